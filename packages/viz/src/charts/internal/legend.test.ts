import { describe, expect, it } from 'vitest';
import type { ChartBase } from './base.ts';
import { wrapLabel } from './legend.ts';

/** A chart whose text is 7 units a character wide. */
const chart = { measure: (texts: readonly string[]) => Math.max(0, ...texts.map((t) => t.length * 7)) } as unknown as ChartBase;

describe('wrapLabel(chart, label, room)', () => {
  it('wrapLabel(chart, label, room): a label that fits stays one line', () => {
    expect(wrapLabel(chart, 'A: bergen', 200)).toEqual(['A: bergen']);
  });

  it('wrapLabel(chart, label, room): a long label breaks after spaces, colons and minus signs, each line within the room, the lines joined the label', () => {
    const label = 'sarpsborg:abolished-with-lighter-steering − moss:split-without-invoicing';
    const lines = wrapLabel(chart, label, 210);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(label);
    for (const line of lines) expect(line.trimEnd().length * 7).toBeLessThanOrEqual(210);
    expect(lines[0]).toBe('sarpsborg:abolished-with-');
  });

  it('wrapLabel(chart, label, room): a word wider than the room is cut at its edge', () => {
    expect(wrapLabel(chart, 'abcdefghij', 35)).toEqual(['abcde', 'fghij']);
  });
});
