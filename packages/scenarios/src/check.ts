/**
 * The checks zod cannot make alone: parameter paths and values against the model, sources that exist,
 * dates that exist and lie within the period in order, unique labels, variants that remove real
 * events, and size limits. They run on the raw document (guarding every shape), so a file with schema
 * errors still gets these problems reported in the same pass.
 */
import { PpsimError, dayNumber, formatIsoDate, isLeapYear, parseIsoDate } from '@ppsim/core';
import { didYouMean } from './internal/closest.ts';
import { formatIssuePath, issue, type ScenarioIssue } from './issues.ts';
import { LIMITS } from './limits.ts';
import { checkParamValues, type PlacedValue } from './params.ts';
import { ISO_DATE } from './schema.ts';

/** What a file inherits through `extends`, as far as the checks need it. */
export interface Inherited {
  readonly sourceIds: readonly string[];
  readonly eventLabels: readonly string[];
  readonly eventDates: readonly { readonly label: string; readonly date: string }[];
}

/** The first and last simulated day. */
export interface PeriodBounds {
  readonly start: string;
  readonly end: string;
}

type Path = readonly PropertyKey[];
const record = (v: unknown): Record<string, unknown> | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined);
const list = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : []);

/** `[start, start + years)`, or undefined when the period itself is malformed (zod reports that). */
export function periodBounds(period: unknown): PeriodBounds | undefined {
  const p = record(period);
  const start = p?.['start'];
  const years = p?.['years'];
  if (typeof start !== 'string' || !ISO_DATE.test(start) || typeof years !== 'number' || !Number.isInteger(years) || years < 1 || years > 100) return undefined;
  try {
    const { year, month, day } = parseIsoDate(start);
    const y = year + years;
    // A 29 February start rolls over to 1 March in a common year, as the clock does.
    const next = month === 2 && day === 29 && !isLeapYear(y) ? `${y}-03-01` : `${y}${start.slice(4)}`;
    return { start, end: formatIsoDate(dayNumber(next) - 1) };
  } catch {
    return undefined;
  }
}

/** Every problem of one file beyond its zod schema. */
export function checkScenario(raw: unknown, inherited: Inherited): ScenarioIssue[] {
  const doc = record(raw);
  if (doc === undefined) return [];
  const issues: ScenarioIssue[] = [];
  const bounds = periodBounds(doc['period']);
  const start = record(doc['period'])?.['start'];
  if (typeof start === 'string' && ISO_DATE.test(start)) issues.push(...checkDate(start, ['period', 'start'], undefined));

  const sourceIds = [...inherited.sourceIds];
  list(doc['sources']).forEach((s, i) => {
    const id = record(s)?.['id'];
    if (typeof id !== 'string') return;
    if (sourceIds.includes(id) && !inherited.sourceIds.includes(id))
      issues.push(issue(formatIssuePath(['sources', i, 'id']), 'a source id not used before in this file', id, 'give each source its own id'));
    sourceIds.push(id);
  });

  const block = (value: unknown, at: Path) => checkBlock(value, at, sourceIds, issues);
  issues.push(...checkParamValues(block(doc['params'], ['params'])));

  const labels = [...inherited.eventLabels];
  issues.push(...checkTimeline(doc['timeline'], ['timeline'], bounds, labels, block, true));
  if (bounds !== undefined) {
    for (const e of inherited.eventDates) {
      if (e.date < bounds.start || e.date > bounds.end) {
        issues.push(
          issue(
            'period',
            `a period that covers the inherited event "${e.label}" (${e.date})`,
            `${bounds.start}…${bounds.end}`,
            'widen the period, or drop the event in a variant with removeEvents',
            true,
          ),
        );
      }
    }
  }

  const variants = record(doc['variants']);
  if (variants !== undefined) {
    const names = Object.keys(variants);
    if (names.length > LIMITS.variants) issues.push(issue('variants', `at most ${LIMITS.variants} variants`, `${names.length} variants`, 'split the scenario into several files with `extends`', true));
    for (const name of names) {
      const v = record(variants[name]);
      if (v === undefined) continue;
      const at: Path = ['variants', name];
      issues.push(...checkParamValues(block(v['params'], [...at, 'params'])));
      const removed = new Set<string>();
      list(v['removeEvents']).forEach((label, i) => {
        if (typeof label !== 'string') return;
        if (!labels.includes(label))
          issues.push(
            issue(
              formatIssuePath([...at, 'removeEvents', i]),
              'the label of an event in the base timeline',
              label,
              didYouMean(label, labels) ?? `labels: ${labels.map((l) => `"${l}"`).join(', ') || 'none'}`,
            ),
          );
        removed.add(label);
      });
      issues.push(
        ...checkTimeline(
          v['timeline'],
          [...at, 'timeline'],
          bounds,
          labels.filter((l) => !removed.has(l)),
          block,
          false,
        ),
      );
    }
  }
  return issues;
}

/** Checks a timeline's events: dates, order (base timelines only), unique labels, and their `set` blocks. */
function checkTimeline(value: unknown, at: Path, bounds: PeriodBounds | undefined, labels: string[], block: (v: unknown, at: Path) => PlacedValue[], ordered: boolean): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  let previous: string | undefined;
  list(value).forEach((raw, i) => {
    const event = record(raw);
    if (event === undefined) return;
    const date = event['date'];
    if (typeof date === 'string' && ISO_DATE.test(date)) {
      const dateIssues = checkDate(date, [...at, i, 'date'], bounds);
      issues.push(...dateIssues);
      if (dateIssues.length === 0 && ordered && previous !== undefined && date < previous) {
        issues.push(issue(formatIssuePath([...at, i, 'date']), `a date on or after the previous event's ${previous} (events in date order)`, date, 'move the event to its place in the list'));
      }
      if (dateIssues.length === 0) previous = date;
    }
    const label = event['label'];
    if (typeof label === 'string') {
      if (labels.includes(label))
        issues.push(
          issue(formatIssuePath([...at, i, 'label']), 'a label not used by another event of the timeline', label, 'labels identify events (variants remove events by label); make it unique'),
        );
      labels.push(label);
    }
    const set = block(event['set'], [...at, i, 'set']);
    if (record(event['set']) !== undefined && set.length === 0) {
      issues.push(
        issue(
          formatIssuePath([...at, i, 'set']),
          'at least one parameter change',
          'an empty mapping',
          'an event sets one or more parameters, e.g. governance.split: { value: competitive, source: …, grade: M }',
          true,
        ),
      );
    }
    issues.push(...checkParamValues(set));
  });
  return issues;
}

/** A calendar date that exists and, with bounds, lies in the period. One issue at most. */
function checkDate(date: string, at: Path, bounds: PeriodBounds | undefined): ScenarioIssue[] {
  const expected = bounds === undefined ? 'an existing calendar date YYYY-MM-DD' : `an ISO date YYYY-MM-DD within ${bounds.start}…${bounds.end}`;
  try {
    parseIsoDate(date);
  } catch (error) {
    return [issue(formatIssuePath(at), expected, date, error instanceof PpsimError ? error.hint : undefined)];
  }
  if (bounds !== undefined && (date < bounds.start || date > bounds.end)) {
    return [issue(formatIssuePath(at), expected, date, 'move the event into the period, or change `period`')];
  }
  return [];
}

/** The entries of a params or set block with their places; reports unknown sources and the size limit. */
function checkBlock(value: unknown, at: Path, sourceIds: readonly string[], issues: ScenarioIssue[]): PlacedValue[] {
  const block = record(value);
  if (block === undefined) return [];
  const entries = Object.entries(block);
  if (entries.length > LIMITS.params)
    issues.push(issue(formatIssuePath(at), `at most ${LIMITS.params} parameter entries`, `${entries.length} entries`, 'set only values that differ from the defaults', true));
  const placed: PlacedValue[] = [];
  for (const [path, raw] of entries) {
    const entry = record(raw);
    if (entry === undefined) continue;
    const source = entry['source'];
    if (typeof source === 'string' && !sourceIds.includes(source)) {
      issues.push(
        issue(
          formatIssuePath([...at, path, 'source']),
          `the id of an entry in sources (${sourceIds.map((s) => `"${s}"`).join(', ') || 'none listed'})`,
          source,
          didYouMean(source, sourceIds) ?? `add { id: ${source}, kind: …, citation: … } to sources`,
        ),
      );
    }
    const v = entry['value'];
    // A value of the wrong shape was reported by zod; its path is still checked.
    placed.push({ path, value: typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' ? v : undefined, at: [...at, path] });
  }
  return placed;
}
