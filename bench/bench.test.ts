import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measure, summarise } from './harness.ts';

describe('summarise(xs)', () => {
  it('gives the median of odd and even samples, min and max', () => {
    expect(summarise([3, 1, 2])).toEqual({ median: 2, min: 1, max: 3 });
    expect(summarise([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4 });
  });
});

describe('measure(workload, { warmup, repetitions })', () => {
  it('runs warm-up and timed repetitions with seeds 1, 2, … and reports agent-steps', () => {
    const seeds: number[] = [];
    const r = measure(
      {
        name: 'w',
        description: 'd',
        setup: (seed) => {
          seeds.push(seed);
          return () => 1000;
        },
      },
      { warmup: 2, repetitions: 3 },
    );
    expect(seeds).toEqual([1_000_000, 1_000_001, 1, 2, 3]);
    expect(r.agentSteps).toBe(1000);
    expect(r.repetitions).toBe(3);
    expect(r.agentStepsPerSecond.median).toBeGreaterThan(0);
  });
});

describe('pnpm bench', () => {
  it('prints agent-steps per second and writes results.json in the documented shape', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'ppsim-bench-')), 'results.json');
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'bench/run.ts', 'waiting-list-small'], {
      cwd: join(import.meta.dirname, '..'),
      encoding: 'utf8',
      env: { ...process.env, BENCH_REPS: '1', BENCH_WARMUP: '0', BENCH_OUT: out },
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/engine-waiting-list-small\s+[\d.]+ M? ?agent-steps\/s/);
    const json = JSON.parse(readFileSync(out, 'utf8')) as { machine: { node: string }; workloads: { name: string; agentStepsPerSecond: { median: number } }[] };
    expect(json.machine.node).toBe(process.version);
    expect(json.workloads.map((w) => w.name)).toEqual(['engine-waiting-list-small']);
    expect(json.workloads[0]?.agentStepsPerSecond.median).toBeGreaterThan(0);
  });

  it('runs the peer comparison for the rows the filter names: agreement, then timing per framework, with ratios', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'ppsim-bench-')), 'results.json');
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'bench/run.ts', 'schelling-small'], {
      cwd: join(import.meta.dirname, '..'),
      encoding: 'utf8',
      env: { ...process.env, BENCH_PEER_REPS: '1', BENCH_PEER_WARMUP: '0', BENCH_AGREE_SEEDS: '2', BENCH_OUT: out },
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/schelling-small\s+happy share after step 20\s+ppsim [\d.]+\s+flocc\s+[\d.]+/);
    expect(r.stdout).toMatch(/schelling-small\s+[\d.]+ \/ [\d.]+\s+[\d.]+ \/ [\d.]+\s+[\d.]+ \/ [\d.]+\s+[\d.]+×\s+[\d.]+×\s+[\d.]+×/);
    const json = JSON.parse(readFileSync(out, 'utf8')) as {
      workloads: { name: string }[];
      peers: { agreementSeeds: number; rows: { row: string; vsFasterPeer: number }[]; agreement: { framework: string }[] };
    };
    expect(json.workloads.map((w) => w.name)).toEqual(['schelling-small-ppsim', 'schelling-small-flocc', 'schelling-small-agentscript']);
    expect(json.peers.rows.map((x) => x.row)).toEqual(['schelling-small']);
    expect(json.peers.rows[0]?.vsFasterPeer).toBeGreaterThan(0);
    expect(json.peers.agreement.map((a) => a.framework)).toEqual(['flocc', 'flocc', 'agentscript', 'agentscript']);
  });
});
