import { describe, expect, it } from 'vitest';
import { visibleControls } from './terminal.ts';

describe('visibleControls(text)', () => {
  const cases: readonly (readonly [given: string, shown: string])[] = [
    ['Bergen\u001b[2J\u001b]0;title\u0007', 'Bergen\\u001b[2J\\u001b]0;title\\u0007'],
    ['a\rb\u0000c\u007fd\u009be\u202ef\u2066', 'a\\u000db\\u0000c\\u007fd\\u009be\\u202ef\\u2066'],
    ['line\n\tindented – æøå ✔', 'line\n\tindented – æøå ✔'],
  ];
  it.each(cases)('visibleControls(%j): ESC, C0, C1, DEL and bidirectional overrides as \\uXXXX; tabs and line feeds kept', (given, shown) => {
    expect(visibleControls(given)).toBe(shown);
  });

  it('visibleControls(JSON text): parses to the same value', () => {
    const value = { title: 'x\u009b31m\u007f' };
    expect(JSON.parse(visibleControls(JSON.stringify(value)))).toEqual(value);
  });
});
