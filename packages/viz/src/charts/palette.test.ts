import { describe, expect, it } from 'vitest';
import { PALETTE, areaColour, lineColour, lineDash } from './palette.ts';

describe('chart palette', () => {
  it('PALETTE: the eight Okabe–Ito colours', () => {
    expect(PALETTE).toEqual(['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7', '#000000']);
  });

  it('lineColour(i), lineDash(i, n): 24 series all differ in colour or dash; one line is solid', () => {
    const styles = Array.from({ length: 24 }, (_, i) => `${lineColour(i)}|${lineDash(i, 24)}`);
    expect(new Set(styles).size).toBe(24);
    expect(lineDash(0, 1)).toBe('');
    expect(lineDash(1, 2)).not.toBe('');
  });

  it('areaColour(i): 24 distinct fills (the palette, then lighter, then darker)', () => {
    expect(new Set(Array.from({ length: 24 }, (_, i) => areaColour(i))).size).toBe(24);
    expect(areaColour(0)).toBe(PALETTE[0]);
  });
});
