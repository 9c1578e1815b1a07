import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PpsimError } from '@ppsim/core';
import { readRegularFile, readUserFile } from './files.ts';

const dir = mkdtempSync(join(tmpdir(), 'ppsim-files-'));
const what = 'a test file';

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readRegularFile(path, { maxBytes, what })', () => {
  it('reads a regular file of at most maxBytes as UTF-8', () => {
    writeFileSync(join(dir, 'ok.txt'), 'æøå\n');
    expect(readRegularFile(join(dir, 'ok.txt'), { maxBytes: 7, what })).toEqual({ text: 'æøå\n' });
  });

  it('names what it found instead of reading it: too large, missing, a folder, a named pipe, a device', () => {
    writeFileSync(join(dir, 'big.txt'), '12345678');
    mkdirSync(join(dir, 'folder'));
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    const found = (path: string) => readRegularFile(path, { maxBytes: 7, what }).problem;
    expect(found(join(dir, 'big.txt'))).toMatchObject({ expected: 'a test file of at most 7 bytes', received: '8 bytes', tooBig: true });
    expect(found(join(dir, 'missing.txt'))).toMatchObject({ expected: what, received: 'nothing at that path', tooBig: false });
    expect(found(join(dir, 'folder'))?.received).toBe('a folder');
    expect(found(join(dir, 'pipe'))?.received).toBe('a named pipe (FIFO)');
    expect(found('/dev/zero')?.received).toBe('a character device');
  });

  it('stops at the limit in a file whose size is not known in advance (/proc reports 0 bytes)', () => {
    expect(readRegularFile('/proc/self/status', { maxBytes: 16, what }).problem).toMatchObject({ received: 'more than 16 bytes', tooBig: true });
    expect(readRegularFile('/proc/self/status', { maxBytes: 1024 * 1024, what }).text).toMatch(/^Name:/);
  });
});

describe('readUserFile(path, options)', () => {
  it('throws the problem as a PpsimError (invalid_input) naming the label', () => {
    const error = (() => {
      try {
        readUserFile('/dev/zero', { maxBytes: 7, what, label: '--design /dev/zero' });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(PpsimError);
    expect((error as PpsimError).code).toBe('invalid_input');
    expect((error as PpsimError).message).toMatch(/^--design \/dev\/zero: expected a test file \(a regular file\), received "a character device"\. Fix: /);
  });
});
