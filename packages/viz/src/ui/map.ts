/**
 * An opened regime map: a slice of it over two parameters chosen in menus (the two that decide
 * the winner most, to begin with) with each point marked by its winner and the tree's thresholds
 * as rules; each regime's share of wins; and what decides the winner in words: the tree's leaves,
 * the importance table, the need-met floor, the winner rule and the regimes compared.
 */
import { barsChart, formatEstimate, formatNumber, formatValue, regimeMapChart } from '../charts/index.ts';
import type { BarsData, RegimeMapData, RegimeMapPoint } from '../charts/types.ts';
import { rankParameters, treeLeaves, treeRules, type TreeCondition, type TreeRule } from '../data/map-tree.ts';
import { paramInfos } from '../data/params.ts';
import type { MapPointRow, MapResult } from '../data/results-map.ts';
import { getLang, t, unitText } from '../i18n.ts';
import { paramHelpText, paramName, paramNamed } from '../i18n-params.ts';
import { unitOf } from '../metrics.ts';
import { card } from './card.ts';
import { resultCaption } from './memo-results.ts';
import { h, replace, select } from './dom.ts';

const percent = (share: number) => `${Math.round(share * 100)} %`;
const signed = (v: number | null, lang: string) =>
  v === null || !Number.isFinite(v) ? '–' : `${v >= 0 ? '+' : '−'}${Math.abs(v).toLocaleString(lang === 'nb' ? 'nb-NO' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** The conditions of a path down the tree in words: "a < 0.43 and b ≥ 2". */
function conditionsText(conditions: readonly TreeCondition[]): string {
  const lang = getLang();
  return conditions.map((c) => `${c.parameter} ${c.op} ${formatNumber(c.threshold, lang)}`).join(t('map.and'));
}

/** The tree's leaves in words, as `ppsim map` reports them: "where a < 0.43: B wins 100 % of 27 points". */
export function treeSentences(root: MapResult['tree']['root']): string[] {
  return treeLeaves(root).map(({ conditions, node }) =>
    t('map.leaf', {
      where: conditions.length === 0 ? t('map.everywhere') : t('map.where', { conditions: conditionsText(conditions) }),
      regime: node.winner,
      share: percent(node.shares[node.winner] ?? 0),
      n: node.points,
    }),
  );
}

function ruleLabel(rule: TreeRule): string {
  const text = t('map.ruleLabel', { parameter: rule.parameter, value: formatNumber(rule.threshold, getLang()) });
  return rule.where.length === 0 ? text : t('map.ruleWhere', { rule: text, conditions: conditionsText(rule.where) });
}

/** The run's size in one line: points, regimes, replications, years, scale, seed. */
function sizeText(r: MapResult): string {
  const lang = getLang();
  const { reps, years, scale, seed, design } = r.size;
  return t('map.size', { points: r.points.length, design, regimes: r.regimes.length, reps, years: years ?? '?', scale: scale === undefined ? '?' : formatNumber(scale, lang), seed });
}

/** The slice of `r` over parameters `px` (across) and `py` (up). */
export function mapSlice(r: MapResult, px: string, py: string): RegimeMapData {
  const lang = getLang();
  const names = r.regimes.map((g) => g.name);
  const leaves = new Map(paramInfos().map((l) => [l.path, l]));
  const xi = r.params.indexOf(px);
  const yi = r.params.indexOf(py);
  const axis = (path: string) => {
    const unit = leaves.get(path)?.unit ?? '';
    const range = r.ranges.find((x) => x.path === path);
    return { label: unit === '' ? path : `${path} (${unitText(unit)})`, unit: '', ...(range === undefined ? {} : { domain: [range.lo, range.hi] as const }) };
  };
  // The map decides on these two metrics (ppsim map's winner rule); their units come from the registry.
  const cost = unitText(unitOf('cost.perNeedHourMet'));
  const needUnit = unitOf('needMet');
  // The shown parameters first, then the others in design order.
  const shown = [xi, yi, ...r.params.map((_, j) => j).filter((j) => j !== xi && j !== yi)].filter((j, k, all) => j >= 0 && all.indexOf(j) === k);
  const tooltip = (p: MapPointRow): RegimeMapPoint['tooltip'] => {
    // A regime that meets clearly less need than the best cannot win, however cheap: say so where it happens.
    const floor = Math.max(...p.needMet) - r.needTolerance;
    return [
      { text: t(p.decided ? 'map.pointDecided' : 'map.pointUndecided', { point: p.point, regime: names[p.winner] ?? '' }), cls: p.winner },
      ...names.map((regime, g) => ({
        text: `${t('map.regimeLine', { regime, cost: formatValue(p.cost[g] ?? Number.NaN, cost, lang), need: formatValue(p.needMet[g] ?? Number.NaN, needUnit, lang) })}${(p.needMet[g] ?? 0) < floor ? t('map.tooLittle') : ''}`,
        cls: g,
      })),
      ...p.costDiff.map((d, g) => ({ text: t('map.diffLine', { regime: names[g + 1] ?? '', baseline: names[0] ?? '', diff: formatEstimate(d.mean, d.lo, d.hi, cost, lang) }) })),
      ...shown.map((j) => ({ text: `${r.params[j]}: ${formatNumber(p.values[j] ?? Number.NaN, lang)}` })),
    ];
  };
  return {
    classes: names.map((n) => ({ key: n, label: n })),
    points: r.points.map((p) => ({ key: String(p.point), x: p.values[xi] ?? Number.NaN, y: p.values[yi] ?? Number.NaN, cls: p.winner, solid: p.decided, tooltip: tooltip(p) })),
    rules: treeRules(r.tree.root, px, py).map((rule) => ({ axis: rule.axis, at: rule.threshold, from: rule.from, to: rule.to, label: ruleLabel(rule) })),
    x: axis(px),
    y: axis(py),
    heading: [t('map.heading', { scenario: r.scenario, regimes: names.join(', ') }), sizeText(r)],
    legend: { solid: t('map.decided'), hollow: t('map.undecided'), rule: t('map.rule') },
    table: { columns: r.columns, rows: r.rows },
  };
}

function importanceTable(r: MapResult): HTMLElement {
  const lang = getLang();
  const leaves = new Map(paramInfos().map((l) => [l.path, l]));
  const rows = new Map(r.importance.map((i) => [i.parameter, i]));
  const caption = t('map.importance');
  const head = h(
    'tr',
    {},
    h('th', { scope: 'col' }, t('map.param')),
    h('th', { scope: 'col' }, t('map.treeShare')),
    ...r.regimes.map((g) => h('th', { scope: 'col' }, t('map.separation', { regime: g.name }))),
  );
  const body = rankParameters(r).map((p) => {
    const row = rows.get(p);
    return h(
      'tr',
      { 'data-parameter': p },
      h('th', { scope: 'row', title: `${paramName(p, lang)}: ${paramHelpText(p, leaves.get(p)?.description ?? '', lang)}` }, p),
      h('td', { class: 'num' }, row === undefined ? '–' : formatValue(row.tree, 'share', lang)),
      ...r.regimes.map((_, g) => h('td', { class: 'num' }, signed(row?.separation[g] ?? null, lang))),
    );
  });
  return h(
    'div',
    { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': caption },
    h('table', { class: 'results-table map-importance', id: 'map-importance' }, h('caption', {}, caption), h('thead', {}, head), h('tbody', {}, ...body)),
    h('p', { class: 'hint' }, t('map.importanceNote')),
  );
}

function decides(r: MapResult): HTMLElement {
  const lang = getLang();
  const f = r.needMetFloor;
  const need = (v: number) => formatValue(v, unitOf('needMet'), lang);
  return h(
    'section',
    { class: 'map-decides', 'aria-labelledby': 'map-decides-title' },
    h('h3', { id: 'map-decides-title' }, t('map.decides')),
    h('p', {}, t('map.treeIntro', { depth: r.tree.maxDepth, leaf: r.tree.minLeaf })),
    h('ul', { id: 'map-tree', class: 'map-tree' }, ...treeSentences(r.tree.root).map((s) => h('li', {}, s))),
    importanceTable(r),
    h(
      'p',
      { id: 'map-floor' },
      t('map.floor', {
        value: need(f.pointMean.value),
        regime: f.pointMean.regime,
        point: f.pointMean.point,
        run: need(f.run.value),
        runRegime: f.run.regime,
        runPoint: f.run.point,
        rep: f.run.rep,
      }),
    ),
    h('h4', {}, t('map.ruleTitle', { tolerance: formatNumber(r.needTolerance, lang) })),
    h('p', { id: 'map-rule' }, r.winnerRule),
    h('h4', {}, t('map.regimes')),
    h(
      'ul',
      { class: 'map-regimes' },
      ...r.regimes.map((g, i) =>
        h('li', {}, h('strong', {}, g.name), i === 0 ? ` (${t('map.baseline')})` : '', `: ${g.description} `, g.settings.length === 0 ? '' : t('map.sets', { settings: g.settings.join(', ') })),
      ),
    ),
  );
}

/** Draws an opened regime map into `host`. */
export function renderMap(host: HTMLElement, r: MapResult): void {
  const lang = getLang();
  const ranked = rankParameters(r);
  let px = ranked[0] ?? '';
  let py = ranked[1] ?? px;
  const title = t('map.title');
  const scatter = card<RegimeMapData>(
    'map-scatter',
    title,
    t('map.note'),
    (el) => regimeMapChart(el, mapSlice(r, px, py), { title, locale: lang }),
    undefined,
    () => resultCaption(title, r),
  );
  const wins: BarsData = {
    rows: r.regimes.map((g) => ({ key: g.name, label: g.name, value: g.share, secondary: { value: g.decidedShare } })),
    value: { label: t('map.winShare'), unit: 'share' },
    legend: [t('map.won'), t('map.wonDecided')],
  };
  const winsTitle = t('map.winsTitle');
  const options = r.params.map((p) => ({ value: p, label: paramNamed(p, getLang()) }));
  const redraw = () => scatter.update(mapSlice(r, px, py));
  replace(
    host,
    h(
      'div',
      { class: 'row' },
      select('map-x', t('sweep.x'), options, px, (v) => {
        px = v;
        redraw();
      }),
      select('map-y', t('sweep.y'), options, py, (v) => {
        py = v;
        redraw();
      }),
    ),
    h(
      'div',
      { class: 'charts', id: 'charts' },
      scatter.element,
      card(
        'map-wins',
        winsTitle,
        t('map.winsNote'),
        (el) => barsChart(el, wins, { title: winsTitle, locale: lang }),
        undefined,
        () => resultCaption(winsTitle, r),
      ).element,
    ),
    decides(r),
  );
}
