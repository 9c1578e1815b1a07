/**
 * `ppsim calibrate`: a small calibration end to end (files, a calibrated scenario that loads, the
 * same bytes when resumed and on worker threads) and every kind of bad input with a clear message
 * and exit 2: an unknown metric, a year outside the run, a range outside the parameter's bounds,
 * targets no run can reach, a folder holding another calibration.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliAsync as cli } from './helpers/cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'ppsim-calibrate-'));
const targetsFile = (name: string, targets: readonly Record<string, unknown>[]) => {
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify({ format: 'ppsim-targets/v1', title: `test targets ${name}`, targets }));
  return file;
};
const direct = { metric: 'directTimeShare', year: 2006, observed: 0.6, sd: 0.02, source: 'a test', grade: 'A' };
const sick = { metric: 'staff.sickLeave', year: 2006, observed: 0.09, sd: 0.01, source: 'a test', grade: 'A' };
const SMALL = ['--years', '2', '--set', 'population.scale=0.02', '--points', '8', '--reps', '2', '--waves', '2', '--samples', '20', '--check', '2', '--quiet'];
const PARAMS = ['--param', 'governance.controlIntensity=0:1', '--param', 'staff.motivation.mean=0.3:0.9'];
const files = ['calibrated.yaml', 'ppc.csv', 'samples.csv', 'summary.json', 'waves.csv'];

describe('ppsim calibrate', () => {
  const good = targetsFile('good', [direct, sick]);

  it('writes samples, waves, the check, a calibrated scenario and summary.json; resumed and on two threads the same bytes', async () => {
    const out = join(dir, 'one');
    const r = await cli('calibrate', 'reference', '--targets', good, ...PARAMS, ...SMALL, '--out', out);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/History matching: \d wave\(s\) of 8 points × 2 replications; implausibility cut-off 3/);
    expect(r.out).toMatch(/directTimeShare@2006 +0\.6 \[0\.561, 0\.639\]/);
    const bytes = files.map((f) => readFileSync(join(out, f), 'utf8'));
    const summary = JSON.parse(bytes[3] as string) as { parameters: { path: string; median: number }[]; check: { targets: unknown[] }; spec: { targets: { sha256: string } } };
    expect(summary.parameters.map((p) => p.path)).toEqual(['governance.controlIntensity', 'staff.motivation.mean']);
    expect(summary.check.targets).toHaveLength(2);
    expect((await cli('validate', join(out, 'calibrated.yaml'))).code).toBe(0);
    expect(readFileSync(join(out, 'calibrated.yaml'), 'utf8')).toMatch(/grade: F/);
    // Resumed: nothing runs again, the same files.
    rmSync(join(out, 'summary.json'));
    expect((await cli('calibrate', 'reference', '--targets', good, ...PARAMS, ...SMALL, '--out', out)).code).toBe(0);
    expect(files.map((f) => readFileSync(join(out, f), 'utf8'))).toEqual(bytes);
    const again = await cli('rerun', out);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/✔ reproduced byte for byte: the calibration in .*\n {2}compared: samples\.csv, waves\.csv, ppc\.csv, calibrated\.yaml, summary\.json/);
    const threads = join(dir, 'threads');
    const t = await cli('calibrate', 'reference', '--targets', good, ...PARAMS, ...SMALL, '--workers', '2', '--out', threads);
    expect(t.code, t.err).toBe(0);
    expect(files.map((f) => readFileSync(join(threads, f), 'utf8').replaceAll(threads, out))).toEqual(bytes);
  });

  it.each([
    ['an unknown metric', () => ['--targets', targetsFile('metric', [{ ...direct, metric: 'directTime' }]), ...PARAMS], /targets\[0\]\.metric: expected a result metric .*received "directTime"/],
    [
      'a year the run does not reach',
      () => ['--targets', targetsFile('year', [{ ...direct, year: 2030 }]), ...PARAMS],
      /targets\[0\]\.year: expected a year the scenario's runs report \(2005–2006\), received 2030/,
    ],
    ["a range outside the parameter's bounds", () => ['--targets', good, '--param', 'governance.controlIntensity=0:2'], /--param: expected a range within governance\.controlIntensity's bounds 0–1/],
    [
      'no error on a target',
      () => ['--targets', targetsFile('nosd', [{ metric: 'needMet', year: 2006, observed: 0.8, source: 'x', grade: 'A' }]), ...PARAMS],
      /targets\[0\]: expected the observation error as `sd` or as `interval`, one of them, received neither/,
    ],
  ])('%s: exit 2 with the path and a fix, nothing run', async (_name, argv, message) => {
    const out = join(dir, `bad-${_name.replaceAll(' ', '-')}`);
    const r = await cli('calibrate', 'reference', ...argv(), ...SMALL, '--out', out);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  it('targets no run can reach: exit 2, saying so with the closest run', async () => {
    const out = join(dir, 'unreachable');
    const far = targetsFile('far', [{ ...direct, observed: 0.05, sd: 0.005, discrepancy: 0 }]);
    const r = await cli('calibrate', 'reference', '--targets', far, ...PARAMS, ...SMALL, '--out', out);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /far\.json \(wave 1\): expected parameter sets in the ranges whose implausibility is at most 3 for every target, received "none among \d+ tried"\. Fix: the closest, governance\.controlIntensity=[\d.]+, staff\.motivation\.mean=[\d.]+, has implausibility [\d.]+ \(directTimeShare@2006: observed 0\.05, the model there [\d.]+\); widen the ranges/,
    );
  });

  it('refuses a folder that holds another calibration', async () => {
    const out = join(dir, 'other');
    expect((await cli('calibrate', 'reference', '--targets', good, ...PARAMS, ...SMALL, '--out', out)).code).toBe(0);
    const r = await cli('calibrate', 'reference', '--targets', good, ...PARAMS, ...SMALL, '--seed', '2', '--out', out);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/calibration\.json: expected the same calibration as the one this folder holds/);
  });
});

describe('--posterior DIR on run, compare and demo', () => {
  const out = join(dir, 'for-posterior');
  const good = targetsFile('posterior', [direct, sick]);
  const RUN = ['--reps', '4', '--years', '2', '--set', 'population.scale=0.02', '--quiet'];

  it('draws one calibrated parameter set per replication, records the draws, says so, and rerun reproduces it from the file', async () => {
    expect((await cli('calibrate', 'reference', '--targets', good, ...PARAMS, ...SMALL, '--out', out)).code).toBe(0);
    const result = join(dir, 'posterior-run');
    const r = await cli('run', 'reference', ...RUN, '--posterior', out, '--out', result);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(
      /Parameters governance\.controlIntensity, staff\.motivation\.mean drawn per replication from 20 calibrated samples in .* the intervals cover parameter and stochastic uncertainty/,
    );
    const doc = JSON.parse(readFileSync(join(result, 'summary.json'), 'utf8')) as { provenance: { posterior: { paths: string[]; values: number[][] } } };
    expect(doc.provenance.posterior.paths).toEqual(['governance.controlIntensity', 'staff.motivation.mean']);
    expect(doc.provenance.posterior.values).toHaveLength(4);
    expect(new Set(doc.provenance.posterior.values.map((v) => v.join())).size).toBeGreaterThan(1);
    // Without draws the numbers differ: the draws reached the model.
    expect((await cli('run', 'reference', ...RUN, '--json')).out).not.toBe((await cli('run', 'reference', ...RUN, '--posterior', out, '--json')).out);
    expect((await cli('rerun', result)).code).toBe(0);
    doc.provenance.posterior.values.pop();
    writeFileSync(join(result, 'summary.json'), JSON.stringify(doc));
    const edited = await cli('rerun', result);
    expect(edited.code).toBe(2);
    expect(edited.err).toMatch(/received "provenance\.posterior without parameter paths.*Fix: the file was edited or cut short/);
  });

  it('compare pairs every scenario on the same draws and seeds; a folder that is not a calibration exits 2', async () => {
    const r = await cli('compare', 'reference', 'reference:internal-split', ...RUN, '--posterior', out, '--json');
    expect(r.code, r.err).toBe(0);
    const bad = await cli('run', 'reference', ...RUN, '--posterior', dir);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/summary\.json: expected the summary\.json of a finished ppsim calibration/);
  });

  it('map draws per replication too, refuses to map a parameter the calibration fitted, and rerun reproduces it', async () => {
    const folder = join(dir, 'map-posterior');
    const argv = ['map', 'reference', '--regimes', 'integrated,competitive-choice', '--runs', '3', '--reps', '2', '--years', '2', '--set', 'population.scale=0.02', '--quiet', '--posterior', out];
    const r = await cli(...argv, '--param', 'providers.slack.max=0:0.3', '--out', folder);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/drawn per replication from 20 calibrated samples/);
    expect((await cli('rerun', folder)).code).toBe(0);
    const both = await cli(...argv, '--param', 'staff.motivation.mean=0.3:0.9', '--out', join(dir, 'map-both'));
    expect(both.code).toBe(2);
    expect(both.err).toMatch(/--param: expected parameters the calibration did not fit \(they are drawn from it\), received "staff\.motivation\.mean"/);
  });
});

describe('ppsim calibrate --shard i/n', () => {
  it('two shards taking turns in one folder finish the same calibration as one machine, byte for byte', async () => {
    const good = targetsFile('shards', [direct, sick]);
    const single = join(dir, 'shard-single');
    expect((await cli('calibrate', 'reference', '--targets', good, ...PARAMS, ...SMALL, '--out', single)).code).toBe(0);
    const shared = join(dir, 'shard-shared');
    const messages: string[] = [];
    // Each stage (wave, check) needs both shards; a shard that finds its share done and the stage complete goes on.
    for (let turn = 0; turn < 12 && !messages.some((m) => m.startsWith('ppsim calibrate')); turn++) {
      const r = await cli('calibrate', 'reference', '--targets', good, ...PARAMS, ...SMALL, '--shard', `${turn % 2}/2`, '--out', shared);
      expect(r.code, r.err).toBe(0);
      messages.push(r.out);
    }
    expect(messages[0]).toMatch(/^Shard done for wave 1: \d+ runs now, 0 done before; run the same command again when every shard of this stage is done/);
    expect(messages.at(-1)).toMatch(/^ppsim calibrate reference/);
    for (const f of files) expect(readFileSync(join(shared, f), 'utf8').replaceAll(shared, single), f).toBe(readFileSync(join(single, f), 'utf8'));
  });
});
