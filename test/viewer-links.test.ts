/**
 * Viewer links in the documentation (the students' lab is made of them; the policy guide has one).
 * Each must open a state that exists: known cases and variants, valid parameter values, known metrics
 * and sections.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { METRICS, parseParams } from '@ppsim/core';
import { loadScenario } from '@ppsim/scenarios';
import { readState } from '../packages/viz/src/state.ts';
import { SECTIONS } from '../packages/viz/src/ui/chartDefs.ts';

const root = join(import.meta.dirname, '..');
const linksIn = (file: string) => [...readFileSync(join(root, file), 'utf8').matchAll(/<(http:\/\/127\.0\.0\.1:5178\/[^>]*)>/g)].map((m) => m[1] as string);
const docs = [
  'README.md',
  'packages/viz/README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
const links = [...new Set(docs.flatMap(linksIn))];

function scenarioOf(ref: string) {
  const [id = '', variant] = ref.split(':');
  return loadScenario(id, variant === undefined ? {} : { variant });
}

describe('viewer links in the documentation', () => {
  it('the students guide has links for every exercise, the policy guide one for its chart', () => {
    expect(linksIn('docs/guide-students.md').length).toBeGreaterThanOrEqual(9);
    expect(linksIn('docs/guide-policy.md').length).toBeGreaterThanOrEqual(1);
  });

  it.each(links)('%s opens a valid view', (link) => {
    const url = new URL(link);
    const state = readState(url.search);
    // Every query key is one the viewer reads.
    for (const key of url.searchParams.keys()) expect(['view', 'lang', 'case', 'variant', 'a', 'b', 'reps', 'seed', 'years', 'set', 'setb', 'section', 'metric', 'open']).toContain(key);
    const scenarios =
      state.view === 'compare'
        ? [scenarioOf(state.a), scenarioOf(state.b)]
        : state.view === 'explore' || state.view === 'cases'
          ? [loadScenario(state.case, state.variant === '' ? {} : { variant: state.variant })]
          : [];
    expect(scenarios.length).toBeGreaterThan(0);
    scenarios.forEach((s, i) => {
      // B runs with its own changes (setb=) on top of the changes for both.
      const changes = i === 1 ? new Map([...state.set, ...state.setB]) : state.set;
      expect(
        parseParams(
          s.params,
          [...changes].map(([path, value]) => ({ path, value })),
        ),
      ).toBeDefined();
    });
    if (url.searchParams.has('metric')) expect(METRICS.map((m) => m.name)).toContain(state.metric);
    if (url.searchParams.has('section')) expect(SECTIONS.map((x) => x.id as string)).toContain(state.section);
  });
});
