/**
 * Provenance: what every result document carries so that it can be re-run from itself
 * (`ppsim rerun`). No timestamps: the same inputs must give the same bytes.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VERSION, type ModelParams, type TimelineEvent } from '@ppsim/core';
import { visibleControls } from './terminal.ts';

/** Where a result was made: recorded, and compared (with a warning) by `rerun`. */
export interface Environment {
  /** The ppsim version (`VERSION` of @ppsim/core). */
  readonly ppsim: string;
  /** `process.version`, e.g. `v20.19.0`. */
  readonly node: string;
  /** `process.platform`, e.g. `linux`. */
  readonly platform: string;
  /** `git rev-parse HEAD` of the repository ppsim runs from; null outside a git checkout. */
  readonly gitCommit: string | null;
}

/** A scenario exactly as the model saw it, after variant, `--years` and `--set`. */
export interface ProvenanceScenario {
  readonly id: string;
  readonly variant: string | null;
  /** SHA-256 (hex) of the canonical JSON of `{ params, timeline }`: the model's whole input. */
  readonly sha256: string;
  readonly params: ModelParams;
  readonly timeline: readonly TimelineEvent[];
}

/** The `provenance` object of a result document. */
export interface Provenance extends Environment {
  /** The arguments exactly as given (without `node` and the script). */
  readonly command: readonly string[];
  /** The master seed (`--seed`); `seeds` derive from it with `replicationSeeds(seed, reps)`. */
  readonly seed: number;
  readonly reps: number;
  readonly seeds: readonly number[];
  readonly scenarios: readonly ProvenanceScenario[];
}

let cachedCommit: string | null | undefined;

/**
 * `gitCommit()`: the commit of the checkout ppsim runs from, or null when git is missing, the code
 * is not in a repository, or git does not answer within a second. Never throws.
 */
export function gitCommit(): string | null {
  if (cachedCommit !== undefined) return cachedCommit;
  try {
    const out = execFileSync('git', ['rev-parse', 'HEAD'], {
      cwd: dirname(fileURLToPath(import.meta.url)),
      timeout: 1000,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    cachedCommit = /^[0-9a-f]{40,64}$/.test(out) ? out : null;
  } catch {
    cachedCommit = null;
  }
  return cachedCommit;
}

/** `currentEnvironment()`: this process's ppsim version, Node version, platform and git commit. */
export function currentEnvironment(): Environment {
  return { ppsim: VERSION, node: process.version, platform: process.platform, gitCommit: gitCommit() };
}

/**
 * `canonicalJson(value)`: JSON with object keys sorted at every depth and no whitespace, so equal
 * values give equal text whatever order their keys were built in. `undefined` members are dropped
 * (as JSON.stringify does); non-finite numbers become null.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const entries = Object.keys(value)
    .sort()
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(',')}}`;
}

/** `sha256(text)`: the hex SHA-256 of a UTF-8 string. */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** `provenanceScenario({ id, variant, params, timeline })`: the entry with its hash. */
export function provenanceScenario(s: { readonly id: string; readonly variant?: string | undefined; readonly params: ModelParams; readonly timeline: readonly TimelineEvent[] }): ProvenanceScenario {
  return { id: s.id, variant: s.variant ?? null, sha256: sha256(canonicalJson({ params: s.params, timeline: s.timeline })), params: s.params, timeline: s.timeline };
}

/** What a command knows about its inputs; {@link buildProvenance} adds the environment. */
export interface ProvenanceInputs {
  readonly argv: readonly string[];
  readonly seed: number;
  readonly reps: number;
  readonly seeds: readonly number[];
  readonly scenarios: readonly ProvenanceScenario[];
}

/**
 * `commandEnvironment(command, env?)`: how every provenance object begins, in its fixed key order:
 * ppsim, command, node, platform, gitCommit. What a command ran on (seeds, scenarios, design) follows.
 */
export function commandEnvironment(command: readonly string[], env: Environment = currentEnvironment()): Environment & { readonly command: readonly string[] } {
  return { ppsim: env.ppsim, command: [...command], node: env.node, platform: env.platform, gitCommit: env.gitCommit };
}

/**
 * `buildProvenance(env, inputs, extra?)`: the provenance object in its fixed key order:
 * ppsim, command, node, platform, gitCommit, seed, reps, seeds, extra…, scenarios.
 */
export function buildProvenance(env: Environment, inputs: ProvenanceInputs, extra: Readonly<Record<string, unknown>> = {}): Provenance & Record<string, unknown> {
  return {
    ...commandEnvironment(inputs.argv, env),
    seed: inputs.seed,
    reps: inputs.reps,
    seeds: inputs.seeds,
    ...extra,
    scenarios: inputs.scenarios,
  };
}

/**
 * The text of a result document as written to stdout and summary.json: 2-space JSON and a newline.
 * Control characters JSON.stringify leaves raw (DEL, C1, bidirectional overrides) are escaped as
 * `\uXXXX`, the same JSON, so the file holds the bytes `--json` prints on a terminal.
 */
export function documentText(doc: unknown): string {
  return `${visibleControls(JSON.stringify(doc, null, 2))}\n`;
}
