/**
 * Realistic fixture data for the chart gallery: a cost series for two scenarios over 2005–2024
 * with the split abolished in 2009, their paired difference, a breakdown into production and seven
 * transaction-cost items, a 5 × 5 sweep with one failed cell, Morris and Sobol indices, a
 * regime map of three regimes over two parameters, and a calibration: seven targets against the check
 * (two missed) and 300 samples over four parameters.
 * Deterministic (a fixed wobble, no random source) so that screenshots compare across runs.
 */
import type { BandPoint, BandSeries, BarsData, DotIntervalData, HeatmapData, PairsData, RegimeMapData, StackedData, TimeSeriesData } from './charts/types.ts';

/** The gallery's years. */
export const YEARS: readonly number[] = Array.from({ length: 20 }, (_, i) => 2005 + i);

/** A smooth, fixed pseudo-noise in [-1, 1]. */
function wobble(i: number, k: number): number {
  return Math.sin(i * 1.7 + k * 2.3) * 0.6 + Math.sin(i * 0.43 + k * 5.1) * 0.4;
}

/** z(0.975) over √reps: how wide a 95 % interval of the mean is per unit of spread. */
function halfWidth(sd: number, reps: number): number {
  return (1.96 * sd) / Math.sqrt(Math.max(1, reps));
}

function band(means: readonly number[], sd: (i: number) => number, reps: number): BandPoint[] {
  return means.map((mean, i) => {
    const h = reps <= 1 ? 0 : halfWidth(sd(i), reps);
    return { x: YEARS[i] ?? 0, mean, lo: mean - h, hi: mean + h };
  });
}

const costA = YEARS.map((_, i) => 1.62e9 * 1.021 ** i * (1 + 0.006 * wobble(i, 1)));
const costB = YEARS.map((_, i) => {
  const abolished = Math.max(0, Math.min(1, (YEARS[i]! - 2009) / 4));
  return (costA[i] ?? 0) * (1 - 0.045 * abolished + 0.004 * wobble(i, 2));
});

/** Total cost of scenarios A and B with bands from `reps` replications. */
export function costSeries(reps: number): TimeSeriesData {
  const series: BandSeries[] = [
    { key: 'A', label: 'A: split kept', points: band(costA, (i) => 0.05 * (costA[i] ?? 0), reps) },
    { key: 'B', label: 'B: split abolished 2009', points: band(costB, (i) => 0.05 * (costB[i] ?? 0), reps) },
  ];
  return {
    series,
    markers: [
      { x: 2009, label: 'abolition 2009' },
      { x: 2016, label: 'municipal reform 2016' },
    ],
    y: { label: 'Total cost (NOK/year)', unit: 'NOK/year' },
    x: { label: 'Year', unit: 'year' },
    bandLabel: '95 % interval',
  };
}

/** The paired difference B − A (common random numbers, so a narrow band). */
export function differenceSeries(reps: number): TimeSeriesData {
  const diff = costB.map((b, i) => b - (costA[i] ?? 0));
  return {
    series: [{ key: 'B-A', label: 'B − A', points: band(diff, (i) => 12e6 + 4e6 * Math.abs(wobble(i, 3)), reps) }],
    markers: [{ x: 2009, label: 'abolition 2009' }],
    y: { label: 'Difference in total cost, B − A (NOK/year)', unit: 'NOK/year' },
    zeroLine: true,
    bandLabel: '95 % interval of the paired difference',
  };
}

/** A share in Norwegian (nb): share of applications granted in full, two scenarios. */
export function grantedShareSeries(reps: number): TimeSeriesData {
  const a = YEARS.map((_, i) => 0.71 - 0.004 * i + 0.01 * wobble(i, 4));
  const b = YEARS.map((_, i) => (a[i] ?? 0) + (YEARS[i]! >= 2010 ? 0.035 : 0) + 0.006 * wobble(i, 5));
  return {
    series: [
      { key: 'A', label: 'A: bestiller–utførermodell', points: band(a, () => 0.04, reps) },
      { key: 'B', label: 'B: integrert tildeling', points: band(b, () => 0.04, reps) },
    ],
    markers: [{ x: 2009, label: 'avvikling 2009' }],
    y: { label: 'Andel søknader innvilget fullt ut', unit: 'share' },
    bandLabel: '95 % intervall',
  };
}

const ITEMS = [
  ['production', 'Production (care hours)', 1.45e9, 0.02],
  ['assessment', 'Needs assessment', 62e6, 0.015],
  ['tendering', 'Tendering', 28e6, 0.01],
  ['contracts', 'Contract follow-up', 41e6, 0.02],
  ['invoicing', 'Invoicing and settlement', 23e6, 0.01],
  ['disputes', 'Complaints and disputes', 12e6, 0.03],
  ['reporting', 'Reporting and IT', 35e6, 0.04],
  ['overhead', 'Management overhead', 54e6, 0.01],
] as const;

/** Production and seven transaction-cost items of scenario A. */
export function costBreakdown(): StackedData {
  return {
    xs: YEARS,
    layers: ITEMS.map(([key, label, base, growth], k) => ({
      key,
      label,
      values: YEARS.map((_, i) => base * (1 + growth) ** i * (1 + 0.01 * wobble(i, k + 6))),
    })),
    y: { label: 'Cost (NOK/year)', unit: 'NOK/year' },
    markers: [{ x: 2009, label: 'abolition 2009' }],
  };
}

/** Transaction costs over contract length × purchaser staff share; one run failed (NaN). */
export function sweepGrid(): HeatmapData {
  const xs = [1, 2, 3, 4, 5];
  const ys = [0.05, 0.1, 0.15, 0.2, 0.25];
  const values = ys.map((s, yi) => xs.map((len, xi) => (yi === 2 && xi === 3 ? NaN : 40 + 260 * s + 18 / len + 3 * wobble(xi, yi))));
  return {
    xs,
    ys,
    values,
    x: { label: 'Contract length (years)', unit: 'years' },
    y: { label: 'Purchaser staff share', unit: 'share' },
    value: { label: 'Transaction costs (NOK m/year)', unit: 'NOK m/year' },
  };
}

const PARAMETERS = [
  ['contractYears', 'Contract length'],
  ['staffShare', 'Purchaser staff share'],
  ['assessmentHours', 'Hours per needs assessment'],
  ['tenderCost', 'Cost per tender'],
  ['complaintRate', 'Complaint rate'],
  ['providerCount', 'Number of providers'],
  ['itCost', 'Reporting and IT cost'],
  ['wage', 'Hourly wage'],
] as const;

/** Morris μ* with bootstrap intervals, largest first. */
export function morrisBars(): BarsData {
  const mu = [41, 33, 27, 18, 12, 8.5, 4.2, 1.1];
  return {
    rows: PARAMETERS.map(([key, label], i) => {
      const v = mu[i] ?? 0;
      return { key, label, value: v, lo: v * 0.78, hi: v * 1.2 };
    }),
    value: { label: 'Morris μ* of total cost (NOK m/year)', unit: 'NOK m/year' },
  };
}

/** Sobol first-order (S1) and total-order (ST) indices with intervals. */
export function sobolBars(): BarsData {
  const s1 = [0.38, 0.22, 0.14, 0.07, 0.04, 0.02, 0.01, 0.0];
  const st = [0.47, 0.3, 0.2, 0.1, 0.07, 0.05, 0.02, 0.01];
  return {
    rows: PARAMETERS.map(([key, label], i) => {
      const a = s1[i] ?? 0;
      const b = st[i] ?? 0;
      return { key, label, value: a, lo: Math.max(0, a - 0.04), hi: a + 0.04, secondary: { value: b, lo: Math.max(0, b - 0.05), hi: b + 0.05 } };
    }),
    value: { label: 'Sobol index of total cost', unit: '' },
    legend: ['First order (S1)', 'Total order (ST)'],
  };
}

/** A tornado: change in B − A when each parameter is raised 10 %, signed. */
export function tornadoBars(): BarsData {
  const effects = [-24, 19, -13, 9.5, -6, 4, -2.5, 1];
  return {
    rows: PARAMETERS.map(([key, label], i) => {
      const v = (effects[i] ?? 0) * 1e6;
      return { key, label, value: v, lo: v - 3e6, hi: v + 3e6 };
    }),
    value: { label: 'Change in B − A when the parameter rises 10 % (NOK/year)', unit: 'NOK/year' },
    signed: true,
  };
}

const REGIMES = ['integrated', 'internal-split', 'competitive-choice'] as const;

/**
 * A regime map's slice: 36 points spread evenly over control intensity and
 * staff motivation; competition wins where control is light, integration where staff are
 * motivated, the internal split elsewhere; points near a threshold are not decided.
 */
export function regimeMapSlice(): RegimeMapData {
  const frac = (v: number) => v - Math.floor(v);
  const points = Array.from({ length: 36 }, (_, i) => {
    // The R2 sequence (Roberts 2018): evenly spread in two dimensions, like a design's points.
    const x = frac(0.5 + i * 0.7548776662);
    const y = 0.2 + 0.7 * frac(0.5 + i * 0.569840291);
    const cls = x < 0.43 ? 2 : y >= 0.6 ? 0 : 1;
    const solid = Math.abs(x - 0.43) > 0.08 && (x < 0.43 || Math.abs(y - 0.6) > 0.06) && i % 7 !== 3;
    const tooltip = [
      { text: `Point ${i}: ${REGIMES[cls]} wins${solid ? ', decided' : ', not decided'}`, cls },
      ...REGIMES.map((name, g) => ({ text: `${name}: ${(900 + 300 * wobble(i, g)).toFixed(0)} NOK per hour of need met`, cls: g })),
      { text: `Control intensity: ${x.toFixed(2)}` },
      { text: `Staff motivation: ${y.toFixed(2)}` },
    ];
    return { key: String(i), x, y, cls, solid, tooltip };
  });
  return {
    classes: REGIMES.map((name) => ({ key: name, label: name })),
    points,
    rules: [
      { axis: 'x', at: 0.43, label: 'governance.controlIntensity = 0.43' },
      { axis: 'y', at: 0.6, from: 0.43, label: 'staff.motivation.mean = 0.6' },
    ],
    x: { label: 'governance.controlIntensity (share 0–1)', unit: '', domain: [0, 1] },
    y: { label: 'staff.motivation.mean (share 0–1)', unit: '', domain: [0.2, 0.9] },
    heading: ['Regime map of reference: integrated, internal-split, competitive-choice', '36 points (lhs) × 3 regimes × 5 replications · 20 years · population scale 0.25 · seed 1'],
    legend: { solid: 'decided', hollow: 'not decided', rule: 'tree threshold' },
  };
}

/** Seven targets of the reference against a calibration's check, in five units; the runs miss two. */
export function targetChecks(): DotIntervalData {
  const rows = [
    { key: 'grantedHoursPerUserWeek@2009', unit: 'hours/week', grade: 'M', observed: [7.4, 6.8, 8.0], simulated: [6.9, 6.1, 7.8] },
    // A long name, missed: its bold label must still fit a narrow chart.
    { key: 'hours.grantedPerUserWeekExtensive@2009', unit: 'hours/week', grade: 'M', observed: [31.2, 29.2, 33.2], simulated: [18.7, 16.2, 22.3] },
    { key: 'directTimeShare@2018', unit: 'share', grade: 'M', observed: [0.42, 0.38, 0.46], simulated: [0.61, 0.57, 0.66] },
    { key: 'staff.sickLeave@2015', unit: 'share', grade: 'M', observed: [0.088, 0.078, 0.098], simulated: [0.091, 0.079, 0.104] },
    { key: 'usersPer1000Aged80@2015', unit: 'persons', grade: 'M', observed: [172, 160, 184], simulated: [165, 149, 182] },
    { key: 'staff.turnover@2015', unit: 'share/year', grade: 'C', observed: [0.16, 0.11, 0.21], simulated: [0.14, 0.12, 0.17] },
    { key: 'waits.assessment@2015', unit: 'weeks', grade: 'A', observed: [2.5, 1.0, 4.0], simulated: [2.9, 2.2, 3.7] },
  ];
  const est = ([value = 0, lo = 0, hi = 0]: number[]) => ({ value, lo, hi });
  return {
    rows: rows.map((r) => {
      const observed = est(r.observed);
      const simulated = est(r.simulated);
      const flagged = observed.value < simulated.lo || observed.value > simulated.hi;
      return { key: r.key, label: `${r.key} (${r.grade})`, unit: r.unit, estimates: [observed, simulated], flagged, tooltip: [`Grade ${r.grade}: a register`] };
    }),
    legend: ['observed, 95 % band', 'simulated mean, central 95 % of the runs', 'the runs miss the observed value'],
    heading: ['Calibration of reference to Norwegian registers', 'Check: 20 samples × 5 replications against every target; the runs cover 5 of 7'],
  };
}

/** 300 samples over four parameters, filling part of the searched box (a band in the first two), coloured by implausibility. */
export function calibrationSamples(): PairsData {
  const frac = (v: number) => v - Math.floor(v);
  const n = 300;
  const u = Array.from({ length: n }, (_, i) => [frac(0.5 + i * 0.8191725134), frac(0.5 + i * 0.6710436067), frac(0.5 + i * 0.5497004779), frac(0.5 + i * 0.3819660113)]);
  const values = [
    u.map(([a = 0, b = 0]) => 0.2 + 0.5 * a * (0.6 + 0.4 * b)),
    u.map(([a = 0, b = 0]) => 0.45 + 0.4 * (0.7 * b + 0.3 * a)),
    u.map(([, , c = 0]) => 900 + 500 * c),
    u.map(([, , , d = 0]) => 0.05 + 0.25 * d ** 1.5),
  ];
  return {
    variables: [
      { key: 'governance.controlIntensity', label: 'governance.controlIntensity', domain: [0, 1] },
      { key: 'staff.motivation.mean', label: 'staff.motivation.mean', domain: [0.3, 0.9] },
      { key: 'providers.pricePerHour', label: 'providers.pricePerHour', domain: [800, 1600] },
      { key: 'staff.motivation.crowding', label: 'staff.motivation.crowding', domain: [0, 0.5] },
    ],
    values,
    colour: { label: 'implausibility (cut-off 3)', values: u.map(([a = 0, b = 0, c = 0]) => 3 * frac(a + b + c)), domain: [0, 3] },
    heading: ['Parameters of reference the targets allow', '300 samples · 21.4 % of the searched box left after 3 waves'],
  };
}
