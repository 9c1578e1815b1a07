/**
 * What an exported chart of an opened sweep, sensitivity analysis, regime map or calibration says
 * about itself: the scenario, what was varied or fitted (the grid, the design, the targets and
 * waves) and the run's size (replications, population scale, master seed, years, changed
 * parameters), read from the result's provenance, as Explore's and Compare's exports say it of
 * the page's own runs.
 */
import type { ExportCaption } from '../charts/export.ts';
import type { CalibrationResult, MapResult, SensitivityResult, SweepResult } from '../data/results.ts';
import { getLang, t } from '../i18n.ts';
import { fmt } from './dom.ts';

/** An opened result whose charts are not ensembles over years. */
export type StudyResult = SweepResult | SensitivityResult | MapResult | CalibrationResult;

/** The provenance every command writes, as far as a caption needs it. */
interface Provenance {
  readonly command?: readonly string[];
  readonly seed?: number;
  readonly reps?: number;
  readonly design?: string;
  readonly scenario?: ScenarioProvenance;
  readonly scenarios?: readonly ScenarioProvenance[];
}

interface ScenarioProvenance {
  readonly id?: string;
  readonly variant?: string | null;
  readonly params?: { readonly horizon?: { readonly start?: string; readonly years?: number } };
}

/** Every value given to `flag` in `command` (`--set a=1 --set b=2` → ['a=1', 'b=2']). */
export function flagValues(command: readonly string[], flag: string): string[] {
  return command.flatMap((arg, i) => (arg === flag && command[i + 1] !== undefined ? [command[i + 1] as string] : arg.startsWith(`${flag}=`) ? [arg.slice(flag.length + 1)] : []));
}

/** `2005–2006` for a horizon of two years from 2005-01-03; '–' when the provenance does not say. */
function yearsOf(s: ScenarioProvenance | undefined): string {
  const start = Number(s?.params?.horizon?.start?.slice(0, 4));
  const years = s?.params?.horizon?.years;
  if (!Number.isFinite(start) || years === undefined || years < 1) return '–';
  return years === 1 ? String(start) : `${start}–${start + years - 1}`;
}

/** `lo–hi` of numbers in the page's locale. */
const span = (lo: number, hi: number) => `${fmt(lo, getLang())}–${fmt(hi, getLang())}`;

/** What the result varied or fitted, in one line. */
function studyLine(r: StudyResult, command: readonly string[], p: Provenance): string {
  if (r.kind === 'sweep') {
    const point = r.columns.indexOf('point');
    const grid = r.params.map((path) => {
      const values = [...new Set(r.rows.map((row) => row[r.columns.indexOf(path)] as number))].sort((a, b) => a - b);
      return t('memo.gridParam', { path, span: span(values[0] ?? Number.NaN, values[values.length - 1] ?? Number.NaN), n: values.length });
    });
    return t('memo.sweep', { grid: grid.join(' × '), points: new Set(r.rows.map((row) => row[point])).size });
  }
  if (r.kind === 'map') {
    const grid = r.ranges.map((x) => `${x.path} ${span(x.lo, x.hi)}`).join(', ');
    return t('memo.map', { points: r.points.length, design: r.size.design, grid, regimes: r.regimes.map((g) => g.name).join(', ') });
  }
  if (r.kind === 'calibration') {
    const file = flagValues(command, '--targets')[0]?.split(/[\\/]/).pop() ?? '–';
    return t('memo.calibration', { title: r.targetsTitle, file, targets: r.targets.length, waves: r.waves.length, samples: r.check.samples, reps: r.check.reps });
  }
  // `path=lo:hi[:steps]` as `path lo–hi`.
  const ranges = flagValues(command, '--param').map((x) => {
    const [path = x, range = ''] = x.split('=');
    const [lo = '', hi = ''] = range.split(':');
    return `${path} ${lo}–${hi}`;
  });
  return t('memo.sensitivity', { design: p.design ?? '–', grid: ranges.join(', ') || [...new Set(r.rows.map((row) => row.parameter))].join(', ') });
}

/**
 * `resultCaption(title, result)`: the caption of an exported chart of an opened study (sweep,
 * sensitivity, map, calibration): the scenario, the grid, design or targets, and the run's size
 * from the result's provenance; the title alone when the result has no provenance.
 *
 * @example
 * resultCaption('Cost, 2006', sweep);
 * // { title: 'Cost, 2006', lines: ['Scenario: reference', 'Grid: … 6 points …', 'Run: 2 replications · …'] }
 */
export function resultCaption(title: string, r: StudyResult): ExportCaption {
  const p = r.provenance as Provenance | undefined;
  if (p === undefined || p === null) return { title, lines: [] };
  const command = p.command ?? [];
  const scenario = p.scenario ?? p.scenarios?.[0];
  const name = scenario?.id === undefined ? (command[1] ?? '–') : scenario.variant ? `${scenario.id}:${scenario.variant}` : scenario.id;
  const sets = flagValues(command, '--set');
  const scale = scaleOf(scenario?.params);
  const changes = sets.filter((x) => !x.startsWith('population.scale=')).map((x) => x.replace('=', ' = '));
  const run = t('memo.run', { n: p.reps ?? '–', scale: fmt(scale, getLang()), seed: p.seed ?? '–', years: yearsOf(scenario) });
  return {
    title,
    lines: [t('memo.scenario', { name }), studyLine(r, command, p), run, ...(changes.length === 0 ? [] : [t('memo.changed', { list: changes.join(', ') })])],
  };
}

/** The population scale of `params` (a scenario's or a result's), or `changed` when the page changed it. */
export function scaleOf(params: unknown, changed?: unknown): number {
  return Number(changed ?? (params as { readonly population?: { readonly scale?: number } } | undefined)?.population?.scale ?? 1);
}
