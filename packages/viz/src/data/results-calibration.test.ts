import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCalibrationFolder } from '../../../../test/browser/results-fixtures.ts';
import { numberCell } from './result-files.ts';
import { readResult, ResultError, type CalibrationResult, type InputFile } from './results.ts';

let folder: string;
beforeAll(async () => {
  folder = await writeCalibrationFolder();
}, 120_000);
afterAll(() => rmSync(dirname(folder), { recursive: true, force: true }));

const text = (name: string) => readFileSync(join(folder, name), 'utf8');
/** The calibration folder's own files (not its waves' and check's sweeps), as `out/<name>`. */
const filesOf = (): InputFile[] =>
  readdirSync(folder)
    .filter((n) => /\.(json|csv)$/.test(n))
    .map((n) => ({ name: `out/${n}`, text: text(n) }));
/** The folder's files, `name` replaced by `edit(text)`. */
const withFile = (name: string, edit: (text: string) => string): InputFile[] => filesOf().map((f) => (f.name === `out/${name}` ? { ...f, text: edit(f.text) } : f));
const calibration = (files: readonly InputFile[]): CalibrationResult => {
  const r = readResult(files);
  if (r.kind !== 'calibration') throw new Error(`read as ${r.kind}`);
  return r;
};
/** The message readResult throws for `files`. */
const refusal = (files: readonly InputFile[]): string => {
  try {
    readResult(files);
  } catch (error) {
    if (error instanceof ResultError) return error.message;
    throw error;
  }
  throw new Error('readResult accepted the files');
};
/** The messages of the problems a calibration's CSV files have. */
const problems = (files: readonly InputFile[]): string[] => calibration(files).problems.map((p) => p.message);

interface Summary {
  parameters: { path: string; lo: number; hi: number; median: number }[];
  waves: { wave: number; share: number; targets: { name: string; used: boolean }[] }[];
  space: { samples: number; share: number };
  check: { samples: number; reps: number; targets: { target: string; observed: number; observedLo: number; mean: number; hi: number; covered: boolean; grade: string; source: string }[] };
  reading: string;
}
const summary = () => JSON.parse(text('summary.json')) as Summary;
const editSummary = (edit: (s: Summary) => void) => (t: string) => {
  const doc = JSON.parse(t) as Summary;
  edit(doc);
  return JSON.stringify(doc);
};

describe('reading a calibration', () => {
  it('readResult(files of a calibration folder): parameters, targets against the check, waves and samples as the files say', () => {
    const r = calibration(filesOf());
    const s = summary();
    expect(r.scenario).toBe('reference');
    expect(r.targetsTitle).toBe('two made-up targets for tests');
    expect(r.reading).toBe(s.reading);
    expect(r.reading).toContain('not a posterior distribution');
    expect(r.parameters.map((p) => [p.path, p.lo, p.hi, p.median])).toEqual(s.parameters.map((p) => [p.path, p.lo, p.hi, p.median]));
    // Each target as ppc.csv has it: observed with its band, the runs' mean with their central 95 %, the match's implausibility.
    const ppc = text('ppc.csv').trimEnd().split('\n').slice(1);
    expect(
      r.targets.map((x) =>
        [x.name, x.observed.value, x.observed.lo, x.observed.hi, x.simulated.value, x.simulated.lo, x.simulated.hi, String(x.covered), x.implausibility, String(x.matched), x.grade, x.source].join(
          ',',
        ),
      ),
    ).toEqual(ppc);
    expect(r.targets.map((x) => [x.metric, x.unit])).toEqual([
      ['directTimeShare', 'share'],
      ['staff.sickLeave', 'share'],
    ]);
    expect(r.waves.map((w) => [w.wave, w.points, w.runs, w.share])).toEqual(s.waves.map((w) => [w.wave, 12, 24, w.share]));
    expect(r.waves.map((w) => w.failed)).toEqual(s.waves.map((w) => w.targets.filter((x) => !x.used).map((x) => x.name)));
    expect(r.check).toEqual({ samples: 4, reps: 2, covered: s.check.targets.filter((x) => x.covered).length });
    // Every sample, inside the searched box and not implausible.
    expect(r.samples?.columns).toEqual(['sample', 'governance.controlIntensity', 'staff.motivation.mean', 'implausibility']);
    expect(r.samples?.implausibility).toHaveLength(40);
    expect(r.samples?.rows).toHaveLength(40);
    r.parameters.forEach((p, j) => {
      for (const v of r.samples?.values[j] ?? []) expect(v >= p.lo && v <= p.hi).toBe(true);
    });
    expect(Math.max(...(r.samples?.implausibility ?? []))).toBeLessThanOrEqual(r.cutoff);
    expect(r.samples?.values[1]?.[0]).toBe(Number(text('samples.csv').split('\n')[1]?.split(',')[2]));
    expect(r.problems).toEqual([]);
    expect(r.files).toEqual(['summary.json', 'samples.csv', 'ppc.csv', 'waves.csv']);
  });

  it('readResult(a chosen folder with the waves and the check below it): the calibration, not one of its sweeps', () => {
    const below = ['wave-1', 'check'].flatMap((sub) => ['summary.json', 'results.csv'].map((n) => ({ name: `out/${sub}/${n}`, text: text(join(sub, n)) })));
    // The sweeps' files come first, as a folder listing may give them.
    const r = calibration([...below, ...filesOf()]);
    expect(r.samples?.implausibility).toHaveLength(40);
  });

  it('readResult(summary.json alone): targets and waves from the summary, the missing samples named', () => {
    const r = calibration(filesOf().filter((f) => f.name.endsWith('summary.json')));
    expect(r.targets).toHaveLength(2);
    expect(r.waves).toHaveLength(summary().waves.length);
    expect(r.samples).toBeUndefined();
    expect(r.problems.map((p) => p.message)).toEqual([
      'samples.csv: expected the samples beside summary.json, received summary.json without samples.csv. Fix: open the whole calibration folder, or summary.json together with samples.csv',
    ]);
  });

  it('refuses a damaged summary, or parts of a calibration without it, naming the file, what was expected and a fix', () => {
    expect(refusal(withFile('summary.json', (t) => t.replace('"parameters":', '"parameter":')))).toMatchInlineSnapshot(
      `"summary.json: expected the summary.json of ppsim calibrate, received a document that differs at parameters (Invalid input: expected array, received undefined). Fix: open the files of a ppsim command unchanged; a newer ppsim may have written them"`,
    );
    const twice = editSummary((s) => {
      s.parameters.push({ ...(s.parameters[0] as Summary['parameters'][number]) });
    });
    expect(refusal(withFile('summary.json', twice))).toMatchInlineSnapshot(
      `"summary.json: expected each parameter once in parameters, received governance.controlIntensity twice. Fix: open the summary.json that ppsim calibrate wrote, unchanged"`,
    );
    expect(refusal(filesOf().filter((f) => f.name.endsWith('calibration.json')))).toMatch(
      /^calibration\.json: expected the summary\.json, samples\.csv and ppc\.csv of ppsim calibrate, received the calibration's specification \(calibration\.json\) without them\. Fix: open the folder once `ppsim calibrate` has finished/,
    );
    for (const name of ['samples.csv', 'ppc.csv', 'waves.csv']) {
      expect(refusal(filesOf().filter((f) => f.name.endsWith(name)))).toBe(
        `${name}: expected a calibration's ${name} together with its summary.json, received ${name} without summary.json. Fix: open the whole calibration folder, or summary.json together with samples.csv`,
      );
    }
  });

  it('names a damaged samples.csv and shows the rest: a value outside its range, an empty cell, a row missing, another header', () => {
    const lines = (t: string) => t.trimEnd().split('\n');
    const cell = (row: number, column: number, value: string) => (t: string) =>
      lines(t)
        .map((l, i) =>
          i === row
            ? l
                .split(',')
                .map((c, j) => (j === column ? value : c))
                .join(',')
            : l,
        )
        .join('\n');
    const cases: [(t: string) => string, RegExp][] = [
      [cell(3, 1, '1.5'), /^samples\.csv: expected a value of governance\.controlIntensity within its searched range 0–1 on line 4, received 1\.5\./],
      [cell(2, 2, ''), /^samples\.csv: expected a value of staff\.motivation\.mean within its searched range 0\.3–0\.9 on line 3, received \(nothing\)\./],
      [cell(5, 3, '3.5'), /^samples\.csv: expected an implausibility from 0 to the cut-off 3 on line 6, received 3\.5\./],
      [(t) => lines(t).slice(0, -1).join('\n'), /^samples\.csv: expected 40 samples \(as summary\.json says\), received 39 rows\./],
      [
        (t) => t.replace('staff.motivation.mean', 'staff.motivation.sd'),
        /^samples\.csv: expected the samples\.csv of this calibration .*, received column 3 named staff\.motivation\.sd where staff\.motivation\.mean belongs\./,
      ],
      [(t) => t.replace(/\n(\d+),/, '\n$1,0.5,'), /^samples\.csv: expected 4 fields on every line, received 5 on line 2\./],
    ];
    for (const [edit, message] of cases) {
      const r = calibration(withFile('samples.csv', edit));
      expect(r.samples).toBeUndefined();
      expect(r.targets).toHaveLength(2);
      expect(r.problems).toHaveLength(1);
      expect(r.problems[0]?.message).toMatch(message);
    }
  });

  it('reads text cells of ppc.csv back from their spreadsheet-safe form, and names a ppc.csv or waves.csv that differs from the summary', () => {
    const formula = '=HYPERLINK("x")';
    const source = (s: Summary) => {
      for (const x of s.check.targets) x.source = formula;
    };
    // ppsim writes the source as '=HYPERLINK(""x"") in a quoted cell; read back, it is the summary's.
    const safe = filesOf().map((f) => {
      if (f.name.endsWith('summary.json')) return { ...f, text: editSummary(source)(f.text) };
      if (f.name.endsWith('ppc.csv')) return { ...f, text: f.text.replaceAll('made up for the tests', `"'${formula.replaceAll('"', '""')}"`) };
      return f;
    });
    const r = calibration(safe);
    expect(r.problems).toEqual([]);
    expect(r.targets.map((x) => x.source)).toEqual([formula, formula]);
    const target = summary().check.targets[1];
    expect(problems(withFile('ppc.csv', (t) => t.replace(String(target?.hi), '0.5')))).toEqual([
      `ppc.csv: expected simulatedHi of staff.sickLeave@2005 ${target?.hi} on line 3, as summary.json has it, received 0.5. Fix: open the files that one run of ppsim calibrate wrote together; this folder may hold files of two calibrations`,
    ]);
    expect(problems(withFile('ppc.csv', (t) => t.replace('staff.sickLeave@2005', 'staff.sickLeave@2006')))).toEqual([
      expect.stringMatching(/^ppc\.csv: expected target staff\.sickLeave@2005 on line 3, as summary\.json has it, received staff\.sickLeave@2006\./),
    ]);
    const share = String(summary().waves[0]?.share);
    expect(problems(withFile('waves.csv', (t) => t.replace(`,${share},`, ',0.99,')))).toEqual([
      expect.stringMatching(new RegExp(`^waves\\.csv: expected share ${share.replace('.', '\\.')} on line 2, as summary\\.json has it, received 0\\.99\\.`)),
    ]);
  });
});

describe('numberCell', () => {
  it('numberCell(cell): numbers as ppsim writes them; NaN for empty, blank and other text', () => {
    expect(['0.25', '-1e-7', '12', '+3', '.5'].map(numberCell)).toEqual([0.25, -1e-7, 12, 3, 0.5]);
    expect(['', ' ', '0x10', 'Infinity', '1_000', 'NaN', '1,5'].map(numberCell).every(Number.isNaN)).toBe(true);
    expect(numberCell(undefined)).toBeNaN();
  });
});
