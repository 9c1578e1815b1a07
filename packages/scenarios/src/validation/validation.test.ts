import { describe, expect, it } from 'vitest';
import { PATTERNS, renderReport, runValidation } from './index.ts';

describe('runValidation({ scale, reps, seed }) at a small size (CI)', () => {
  // Small and short: the full run is `pnpm validate` (docs/validation.md).
  const results = runValidation({ scale: 0.15, reps: 6, seed: 1, only: ['P2-', 'P5-', 'P6-'] });

  it('runs every selected pattern and judges every check', () => {
    expect(results.map((r) => r.pattern.id)).toEqual(['P2-prevention-financing', 'P5-control', 'P6-gaming']);
    for (const r of results) for (const c of r.checks) for (const e of c.effects) expect(e.lo).toBeLessThanOrEqual(e.hi);
  });

  it('reproduces the robust patterns even at this size: prevention under per-unit pay, control, gaming', () => {
    expect(results.map((r) => [r.pattern.id, r.verdict])).toEqual([
      ['P2-prevention-financing', 'reproduced'],
      ['P5-control', 'reproduced'],
      ['P6-gaming', 'reproduced'],
    ]);
  });

  it('renderReport(results, meta) gives a table row and a section per pattern, with sources and regions', () => {
    const md = renderReport(results, { scale: 0.15, reps: 6, seed: 1, command: 'test', version: '0', date: '2026-01-01' });
    for (const r of results) {
      expect(md).toContain(`## ${r.pattern.id}`);
      expect(md).toContain(r.pattern.source);
      expect(md).toContain(r.pattern.region);
    }
  });
});

describe('PATTERNS', () => {
  it('covers the eight patterns of the domain brief, each with a source, a region and checks', () => {
    const numbers = new Set(PATTERNS.map((p) => p.id.match(/^P(\d)/)?.[1]));
    expect([...numbers].sort()).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    for (const p of PATTERNS) {
      expect(p.source.length).toBeGreaterThan(10);
      expect(p.region.length).toBeGreaterThan(10);
      expect(p.checks.length).toBeGreaterThan(0);
    }
  });
});
