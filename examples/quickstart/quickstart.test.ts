import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { quickstart } from './quickstart.ts';

describe('examples/quickstart', () => {
  it('quickstart(reps) runs, and a faster decline leaves fewer users, paired by seed', () => {
    const r = quickstart(8);
    expect(r.slow.n).toBe(8);
    expect(r.singleRun).toBeGreaterThan(0);
    expect(r.difference.hi).toBeLessThan(0);
  });

  it('the golden run: seed 1 gives the same number as when this example was written', () => {
    expect(quickstart(2).singleRun).toMatchInlineSnapshot(`750`);
  });

  it("the README's engine example is this file's model, verbatim", () => {
    const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
    const source = readFileSync(join(import.meta.dirname, 'quickstart.ts'), 'utf8');
    const model = source.slice(source.indexOf('export const model'), source.indexOf('\nconst collect'));
    expect(readme).toContain(model.trim());
  });
});
