/**
 * An opened calibration (`ppsim calibrate --out DIR`): each target's observed value with its band
 * against what the check runs simulate (a dot-and-interval row per target, on its own scale, with
 * its grade and source in the tooltip and the table); a pairs plot of the samples over the searched
 * box; the parameters' medians and spreads; the waves and what the result means (a region the
 * targets allow, not a posterior). Problems with the CSV files are named above the rest.
 */
import { dotIntervalChart, formatEstimate, formatNumber, formatValue, isShare, pairsChart, pairsStep } from '../charts/index.ts';
import type { DotIntervalData, PairsData } from '../charts/types.ts';
import type { CalibrationResult } from '../data/results-calibration.ts';
import { getLang, t, unitText } from '../i18n.ts';
import { card } from './card.ts';
import { resultCaption } from './memo-results.ts';
import { h } from './dom.ts';

const share = (v: number) => formatValue(v, 'share', getLang());

/** The targets chart's data: a row per target, observed above simulated, flagged where the runs miss. */
export function targetRows(r: CalibrationResult): DotIntervalData {
  return {
    rows: r.targets.map((x) => ({
      key: x.name,
      label: `${x.name} (${x.grade})`,
      // Shares keep their unit (the chart shows them as percentages); other units in the page's language.
      unit: isShare(x.unit) ? x.unit : unitText(x.unit),
      estimates: [
        { value: x.observed.value, lo: x.observed.lo, hi: x.observed.hi },
        { value: x.simulated.value, lo: x.simulated.lo, hi: x.simulated.hi },
      ],
      flagged: !x.covered,
      tooltip: [
        t(x.covered ? 'cal.isCovered' : 'cal.notCovered'),
        t(x.matched ? 'cal.isMatched' : 'cal.notMatched', { i: Number(x.implausibility.toPrecision(3)) }),
        t('cal.gradeSource', { grade: x.grade, source: x.source }),
      ],
    })),
    legend: [t('cal.observed'), t('cal.simulated'), t('cal.missed')],
    heading: [t('cal.heading', { scenario: r.scenario, targets: r.targetsTitle }), t('cal.checkLine', { samples: r.check.samples, reps: r.check.reps, covered: r.check.covered, n: r.targets.length })],
    table: {
      columns: ['target', 'observed', 'observedLo', 'observedHi', 'simulatedMean', 'simulatedLo', 'simulatedHi', 'covered', 'implausibility', 'matched', 'grade', 'source'],
      rows: r.targets.map((x) => [
        x.name,
        x.observed.value,
        x.observed.lo,
        x.observed.hi,
        x.simulated.value,
        x.simulated.lo,
        x.simulated.hi,
        String(x.covered),
        x.implausibility,
        String(x.matched),
        x.grade,
        x.source,
      ]),
    },
  };
}

/** The pairs plot's data: the samples over the searched ranges, coloured by implausibility; undefined without samples. */
export function samplePairs(r: CalibrationResult): PairsData | undefined {
  const s = r.samples;
  if (s === undefined) return undefined;
  return {
    variables: r.parameters.map((p) => ({ key: p.path, label: p.path, domain: [p.lo, p.hi] as const })),
    values: s.values,
    colour: { label: t('cal.implausibility', { cutoff: formatNumber(r.cutoff, getLang()) }), values: s.implausibility, domain: [0, r.cutoff] },
    names: s.rows.map((row) => t('cal.sample', { n: row[0] ?? '' })),
    heading: [t('cal.pairsHeading', { scenario: r.scenario }), t('cal.pairsSize', { samples: s.implausibility.length, share: share(r.space.share), waves: r.waves.length })],
    table: { columns: s.columns, rows: s.rows },
  };
}

/** A table in a focusable, scrolling wrapper, with a caption and a hint under it. */
function table(id: string, caption: string, head: readonly string[], rows: readonly HTMLElement[], hint?: string): HTMLElement {
  return h(
    'div',
    { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': caption },
    h('table', { class: 'results-table calibration-table', id }, h('caption', {}, caption), h('thead', {}, h('tr', {}, ...head.map((x) => h('th', { scope: 'col' }, x)))), h('tbody', {}, ...rows)),
    hint === undefined ? null : h('p', { class: 'hint' }, hint),
  );
}

function targetsTable(r: CalibrationResult): HTMLElement {
  const lang = getLang();
  // Values without their unit, which has a column of its own (shares are percentages).
  const unit = (u: string) => (isShare(u) ? u : '');
  const rows = r.targets.map((x) =>
    h(
      'tr',
      { 'data-target': x.name, class: x.covered ? '' : 'missed' },
      h('th', { scope: 'row' }, x.name),
      h('td', {}, isShare(x.unit) ? '%' : unitText(x.unit)),
      h('td', { class: 'num' }, formatEstimate(x.observed.value, x.observed.lo, x.observed.hi, unit(x.unit), lang)),
      h('td', { class: 'num' }, formatEstimate(x.simulated.value, x.simulated.lo, x.simulated.hi, unit(x.unit), lang)),
      h('td', {}, x.covered ? t('cal.yes') : `✗ ${t('cal.no')}`),
      h('td', { class: `grade grade-${x.grade}` }, x.grade),
      h('td', { class: 'source' }, x.source),
    ),
  );
  const head = [t('cal.target'), t('table.unit'), t('cal.observedCol'), t('cal.simulatedCol'), t('cal.covered'), t('cal.grade'), t('cal.source')];
  return table('calibration-targets-table', t('cal.targetsTable'), head, rows, t('cases.grades'));
}

function parametersTable(r: CalibrationResult): HTMLElement {
  const lang = getLang();
  const num = (v: number) => formatNumber(v, lang);
  const rows = r.parameters.map((p) =>
    h(
      'tr',
      { 'data-parameter': p.path },
      h('th', { scope: 'row' }, p.path),
      h('td', { class: 'num' }, `${num(p.lo)}–${num(p.hi)}`),
      h('td', { class: 'num' }, num(p.median)),
      h('td', { class: 'num' }, `${num(p.q025)}–${num(p.q975)}`),
    ),
  );
  return table('calibration-parameters', t('cal.paramsTable'), [t('cal.param'), t('cal.searched'), t('cal.median'), t('cal.central')], rows);
}

function wavesSection(r: CalibrationResult): HTMLElement {
  const rows = r.waves.map((w) =>
    h(
      'tr',
      { 'data-wave': w.wave },
      h('th', { scope: 'row' }, String(w.wave)),
      h('td', { class: 'num' }, String(w.points)),
      h('td', { class: 'num' }, String(w.runs)),
      h('td', { class: 'num' }, share(w.share)),
      h('td', { class: 'failed' }, w.failed.length === 0 ? '–' : w.failed.join(', ')),
    ),
  );
  const head = [t('cal.wave'), t('cal.points'), t('cal.runs'), t('cal.left'), t('cal.failed')];
  // The method and the reading are summary.json's own words, in English.
  const en = getLang() === 'en' ? {} : { lang: 'en' };
  return h(
    'section',
    { class: 'calibration-waves', 'aria-labelledby': 'calibration-waves-title' },
    h('h3', { id: 'calibration-waves-title' }, t('cal.wavesTitle')),
    table('calibration-waves', t('cal.wavesTable'), head, rows, t('cal.failedNote')),
    h('p', { id: 'calibration-space' }, t('cal.space', { share: share(r.space.share), tried: r.space.tried, samples: r.space.samples })),
    h('h4', {}, t('cal.reading')),
    h('p', { id: 'calibration-reading', ...en }, r.reading),
    h('p', { class: 'hint' }, t('cal.pairsNote')),
    h('p', { class: 'hint', id: 'calibration-method' }, `${t('cal.method')} `, h('span', en, r.method)),
  );
}

/** Draws an opened calibration into `host`. */
export function renderCalibration(host: HTMLElement, r: CalibrationResult): void {
  const lang = getLang();
  const problems =
    r.problems.length === 0 ? null : h('div', { class: 'alert', role: 'alert', id: 'calibration-problems' }, h('strong', {}, t('cal.problems')), ...r.problems.map((p) => h('p', {}, p.message)));
  const targetsTitle = t('cal.targetsTitle');
  const targets = card(
    'calibration-targets',
    targetsTitle,
    t('cal.targetsNote'),
    (el) => dotIntervalChart(el, targetRows(r), { title: targetsTitle, locale: lang }),
    h('p', { class: 'band-note' }, t('cal.bands', { samples: r.check.samples, reps: r.check.reps })),
    () => resultCaption(targetsTitle, r),
  );
  const pairsTitle = t('cal.pairsTitle');
  const data = samplePairs(r);
  const n = r.samples?.implausibility.length ?? 0;
  const step = pairsStep(n, r.parameters.length);
  const below = h('p', { class: 'band-note' }, t('cal.pairsBelow'), step > 1 ? ` ${t('cal.thinned', { step, n })}` : '');
  const pairs =
    data === undefined
      ? h('figure', { class: 'card', 'data-chart': 'calibration-pairs' }, h('div', { class: 'card-head' }, h('h3', {}, pairsTitle)), h('p', { class: 'alert' }, t('cal.noPairs')))
      : card(
          'calibration-pairs',
          pairsTitle,
          t('cal.pairsNote'),
          (el) => pairsChart(el, data, { title: pairsTitle, locale: lang }),
          below,
          () => resultCaption(pairsTitle, r),
        ).element;
  host.replaceChildren();
  for (const node of [problems, h('div', { class: 'charts calibration-charts', id: 'charts' }, targets.element, pairs), targetsTable(r), parametersTable(r), wavesSection(r)])
    if (node !== null) host.append(node);
}
