/**
 * The peer comparison behind `pnpm bench peers`: first the agreement check (every framework over
 * seeds 1…BENCH_AGREE_SEEDS, default 100, scored alike), then the timing, each framework in its
 * own child process, one after another. Prints both, with the ratios peer time / ppsim time.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WorkloadResult } from '../harness.ts';
import { AGREEMENT_FLOOR, AGREEMENT_Z, compareOutcomes, type Agreement, type Outcomes } from './agreement.ts';
import { FRAMEWORKS, type FrameworkName } from './frameworks.ts';
import type { Row } from './rows.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const child = fileURLToPath(new URL('./child.ts', import.meta.url));

/** One row's medians (seconds) per framework, and how many times faster ppsim steps than each peer. */
export interface PeerRow {
  readonly row: string;
  readonly setup: Record<FrameworkName, number>;
  readonly step: Record<FrameworkName, number>;
  /** Peer step time / ppsim step time (above 1: ppsim is faster). */
  readonly stepRatio: Record<Exclude<FrameworkName, 'ppsim'>, number>;
  readonly setupRatio: Record<Exclude<FrameworkName, 'ppsim'>, number>;
  /** Step-time ratio against the faster peer. */
  readonly vsFasterPeer: number;
}

export interface PeerComparison {
  readonly agreementSeeds: number;
  readonly agreement: readonly (Agreement & { readonly row: string; readonly framework: string })[];
  readonly results: readonly WorkloadResult[];
  readonly rows: readonly PeerRow[];
}

function runChild(args: string[]): unknown {
  const dir = mkdtempSync(join(tmpdir(), 'ppsim-peers-'));
  const out = join(dir, 'out.json');
  try {
    const r = spawnSync(process.execPath, ['--import', 'tsx', child, args[0] as string, args[1] as string, out, ...args.slice(2)], {
      cwd: root,
      encoding: 'utf8',
      env: process.env,
      maxBuffer: 1 << 26,
    });
    if (r.status !== 0) throw new Error(`bench/peers/child.ts ${args.join(' ')} failed (${r.status}):\n${r.stderr}`);
    return JSON.parse(readFileSync(out, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const ms = (s: number) => (s * 1000 < 10 ? (s * 1000).toFixed(2) : (s * 1000).toFixed(1));
const times = (x: number) => `${x.toFixed(1)}×`;

/** `comparePeers(rows, write): PeerComparison` — agreement, then timing, printed through `write`. */
export function comparePeers(rows: readonly Row[], write: (line: string) => void): PeerComparison {
  const names = rows.map((r) => r.name);
  const seeds = Number(process.env.BENCH_AGREE_SEEDS ?? 100);
  const agreement: (Agreement & { row: string; framework: string })[] = [];
  if (seeds > 0) {
    write(`agreement: ${seeds} seeds per row and framework, scored alike; tolerance ${AGREEMENT_Z} standard errors of the difference (floor ${AGREEMENT_FLOOR})`);
    const outcomes = new Map<FrameworkName, Record<string, Outcomes>>();
    for (const f of FRAMEWORKS) outcomes.set(f, (runChild(['agree', f, String(seeds), ...names]) as { outcomes: Record<string, Outcomes> }).outcomes);
    for (const row of names) {
      for (const f of FRAMEWORKS.slice(1)) {
        for (const a of compareOutcomes(outcomes.get('ppsim')?.[row] ?? {}, outcomes.get(f)?.[row] ?? {})) {
          agreement.push({ ...a, row, framework: f });
          write(
            `  ${row.padEnd(16)} ${a.statistic.padEnd(28)} ppsim ${a.reference.toFixed(4)}  ${f.padEnd(11)} ${a.peer.toFixed(4)}` +
              `  Δ ${a.difference >= 0 ? '+' : ''}${a.difference.toFixed(4)} (tolerance ${a.tolerance.toFixed(4)}) ${a.ok ? 'agree' : 'DISAGREE'}`,
          );
        }
      }
    }
  }
  const warmup = process.env.BENCH_PEER_WARMUP ?? '3';
  const reps = process.env.BENCH_PEER_REPS ?? '30';
  write(`timing: each framework in its own process, ${warmup} warm-up runs, then the median of ${reps} seeded runs; setup timed apart from stepping (ms)`);
  const results: WorkloadResult[] = [];
  const byFramework = new Map<FrameworkName, Map<string, WorkloadResult>>();
  for (const f of FRAMEWORKS) {
    const r = runChild(['time', f, ...names]) as { results: WorkloadResult[] };
    results.push(...r.results);
    byFramework.set(f, new Map(r.results.map((w) => [w.name.slice(0, -f.length - 1), w])));
  }
  const peerRows: PeerRow[] = names.map((row) => {
    const get = (f: FrameworkName) => byFramework.get(f)?.get(row) as WorkloadResult;
    const setup = { ppsim: get('ppsim').setupSeconds.median, flocc: get('flocc').setupSeconds.median, agentscript: get('agentscript').setupSeconds.median };
    const step = { ppsim: get('ppsim').runSeconds.median, flocc: get('flocc').runSeconds.median, agentscript: get('agentscript').runSeconds.median };
    return {
      row,
      setup,
      step,
      stepRatio: { flocc: step.flocc / step.ppsim, agentscript: step.agentscript / step.ppsim },
      setupRatio: { flocc: setup.flocc / setup.ppsim, agentscript: setup.agentscript / setup.ppsim },
      vsFasterPeer: Math.min(step.flocc, step.agentscript) / step.ppsim,
    };
  });
  write(`${'row'.padEnd(16)} ${'ppsim setup/step'.padStart(18)} ${'flocc setup/step'.padStart(18)} ${'agentscript setup/step'.padStart(24)}   step: ppsim faster than flocc, agentscript, faster peer`);
  for (const r of peerRows) {
    const cell = (f: FrameworkName, w: number) => `${ms(r.setup[f])} / ${ms(r.step[f])}`.padStart(w);
    write(
      `${r.row.padEnd(16)} ${cell('ppsim', 18)} ${cell('flocc', 18)} ${cell('agentscript', 24)}   ` +
        `${times(r.stepRatio.flocc).padStart(7)} ${times(r.stepRatio.agentscript).padStart(7)} ${times(r.vsFasterPeer).padStart(7)}`,
    );
  }
  return { agreementSeeds: seeds, agreement, results, rows: peerRows };
}
