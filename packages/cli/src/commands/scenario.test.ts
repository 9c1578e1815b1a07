import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitReference } from './scenario.ts';

describe('splitReference(ref)', () => {
  it('splits case:variant at the last colon', () => {
    expect(splitReference('bergen:frame-funding')).toEqual({ id: 'bergen', variant: 'frame-funding' });
    expect(splitReference('cases/town.yaml:frame')).toEqual({ id: 'cases/town.yaml', variant: 'frame' });
  });

  it('takes a plain id, a Windows path or an existing file whole', () => {
    expect(splitReference('bergen')).toEqual({ id: 'bergen' });
    expect(splitReference('C:\\cases\\town.yaml')).toEqual({ id: 'C:\\cases\\town.yaml' });
    expect(splitReference(':frame')).toEqual({ id: ':frame' });
    const file = join(mkdtempSync(join(tmpdir(), 'ppsim-ref-')), 'odd:name');
    writeFileSync(file, '');
    expect(splitReference(file)).toEqual({ id: file });
  });
});
