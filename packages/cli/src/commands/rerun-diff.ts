/**
 * How `rerun` tells a recorded result from its rerun: the first differing metric or field of two
 * documents, the first differing line of two texts, and a fresh document with the recorded
 * environment put back (the one thing a rerun takes as recorded).
 */
import { canonicalJson, documentText } from '../provenance.ts';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The first differing metric (or, failing that, the first differing field) of two documents. */
export function firstDifference(old: Json, fresh: Json): { readonly path: string; readonly recorded: unknown; readonly rerun: unknown; readonly summary: string } | undefined {
  const om = isObject(old['metrics']) ? old['metrics'] : {};
  const fm = isObject(fresh['metrics']) ? fresh['metrics'] : {};
  const names = [...new Set([...Object.keys(fm), ...Object.keys(om)])];
  const differing = names.filter((n) => canonicalJson(om[n]) !== canonicalJson(fm[n]));
  const name = differing[0];
  if (name !== undefined) {
    const leaf = firstLeaf(om[name], fm[name], []) ?? { path: [], recorded: om[name], rerun: fm[name] };
    const where = leaf.path.length === 0 ? '' : ` (${leaf.path.join('.')})`;
    return {
      path: ['metrics', name, ...leaf.path].join('/'),
      recorded: leaf.recorded,
      rerun: leaf.rerun,
      summary: `${differing.length} of ${names.length} metrics differ; first ${name}${where}: recorded ${show(leaf.recorded)}, rerun ${show(leaf.rerun)}`,
    };
  }
  const leaf = firstLeaf(old, fresh, []);
  if (leaf === undefined) return undefined;
  return {
    path: leaf.path.join('/'),
    recorded: leaf.recorded,
    rerun: leaf.rerun,
    summary: `the metrics agree, but ${leaf.path.join('.')} differs: recorded ${show(leaf.recorded)}, rerun ${show(leaf.rerun)}`,
  };
}

export function firstLeaf(a: unknown, b: unknown, path: string[]): { path: string[]; recorded: unknown; rerun: unknown } | undefined {
  if (canonicalJson(a) === canonicalJson(b)) return undefined;
  if ((isObject(a) && isObject(b)) || (Array.isArray(a) && Array.isArray(b))) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const k of keys) {
      const found = firstLeaf((a as Json)[k], (b as Json)[k], [...path, k]);
      if (found !== undefined) return found;
    }
  }
  return { path, recorded: a, rerun: b };
}

function show(v: unknown): string {
  const text = v === undefined ? 'nothing' : JSON.stringify(v);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

export function firstDifferentLine(a: string, b: string): number {
  const la = a.split('\n');
  const lb = b.split('\n');
  let i = 0;
  while (i < la.length && i < lb.length && la[i] === lb[i]) i++;
  return i + 1;
}

/** Where a recorded file and its rerun first differ: a line of a CSV, a field of a JSON document. */
export function fileDifference(name: string, recorded: string, fresh: string): string | undefined {
  if (recorded === fresh) return undefined;
  if (!name.endsWith('.json')) return `first difference at line ${firstDifferentLine(recorded, fresh)}`;
  let old: unknown;
  try {
    old = JSON.parse(recorded);
  } catch {
    return 'the recorded file is not JSON';
  }
  const leaf = firstLeaf(old, JSON.parse(fresh), []);
  return leaf === undefined ? 'the same content in other bytes (the file was rewritten by hand)' : `${leaf.path.join('.')}: recorded ${show(leaf.recorded)}, rerun ${show(leaf.rerun)}`;
}

/**
 * A fresh JSON document with the recorded environment (ppsim version, Node, platform, git commit) in
 * its provenance: what a rerun takes as recorded, as for run, compare and demo.
 */
export function withRecordedEnvironment(fresh: string, recorded: string): string {
  try {
    const doc = JSON.parse(fresh) as Json;
    const old = JSON.parse(recorded) as unknown;
    const from = isObject(old) && isObject(old['provenance']) ? old['provenance'] : undefined;
    const to = doc['provenance'];
    if (from === undefined || !isObject(to)) return fresh;
    for (const key of ['ppsim', 'node', 'platform', 'gitCommit']) if (key in from) to[key] = from[key];
    return documentText(doc);
  } catch {
    return fresh;
  }
}
