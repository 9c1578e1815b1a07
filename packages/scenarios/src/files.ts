/**
 * Reading a file a user named (a scenario, a design CSV, a result folder's files): opened once, refused
 * unless it is a regular file, and read up to a byte limit. A named pipe would otherwise block the
 * reader forever, `/dev/zero` would fill memory, and a folder would end in a stack trace.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { PpsimError } from '@ppsim/core';

/** Why a file could not be read, in the words of an error message. */
export interface FileProblem {
  /** What was expected, e.g. "a regular file of at most 1048576 bytes". */
  readonly expected: string;
  /** What was found, e.g. "a named pipe (FIFO)". */
  readonly received: string;
  /** How to fix it. */
  readonly hint: string;
  /** Whether the problem is the file's size (the rest: the path or the kind of file). */
  readonly tooBig: boolean;
}

/** The text of a file, or why it could not be read. */
export type FileRead = { readonly text: string; readonly problem?: undefined } | { readonly text?: undefined; readonly problem: FileProblem };

/** Options of {@link readRegularFile}. */
export interface ReadFileOptions {
  /** The most bytes read; a longer file is refused without reading past the limit. */
  readonly maxBytes: number;
  /** What the file should be, for messages: "a scenario file", "a CSV file of design points". */
  readonly what: string;
}

// Non-blocking, so that opening a named pipe with no writer returns at once (it has no effect on a
// regular file); the kind of file is then checked on the open descriptor, never on the path again.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);
const CHUNK = 64 * 1024;

/**
 * `readRegularFile(path, { maxBytes, what })`: the file's UTF-8 text, or the problem that kept it from
 * being read (no such file, not a regular file, larger than `maxBytes`). Never throws for a bad path.
 * @example
 * const read = readRegularFile('design.csv', { maxBytes: LIMITS.designBytes, what: 'a CSV file of design points' });
 * if (read.problem !== undefined) console.error(read.problem.received);
 */
export function readRegularFile(path: string, options: ReadFileOptions): FileRead {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    return { problem: openProblem(options.what, (error as NodeJS.ErrnoException).code) };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) {
      return { problem: { expected: `${options.what} (a regular file)`, received: kindOf(stats), hint: 'name a regular file; folders, named pipes, devices and sockets are not read', tooBig: false } };
    }
    if (stats.size > options.maxBytes) return { problem: tooBig(options, `${stats.size} bytes`) };
    // The size may be 0 (files in /proc) or grow while reading: read until the end, at most the limit + 1.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK, options.maxBytes + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > options.maxBytes) return { problem: tooBig(options, `more than ${options.maxBytes} bytes`) };
    }
    return { text: Buffer.concat(chunks, total).toString('utf8') };
  } catch (error) {
    return { problem: { expected: `${options.what} that can be read`, received: (error as NodeJS.ErrnoException).code ?? String(error), hint: 'check the file and its permissions', tooBig: false } };
  } finally {
    closeSync(fd);
  }
}

/**
 * `readUserFile(path, options)`: as {@link readRegularFile}, but throws the problem as a PpsimError
 * (`invalid_input`, exit 2 in the CLI) naming `label` (default: the path).
 * @throws PpsimError `invalid_input` when the file is missing, not a regular file or too large.
 */
export function readUserFile(path: string, options: ReadFileOptions & { readonly label?: string }): string {
  const read = readRegularFile(path, options);
  if (read.problem === undefined) return read.text;
  const { expected, received, hint } = read.problem;
  throw new PpsimError('invalid_input', { path: options.label ?? path, expected, received, hint });
}

function tooBig(options: ReadFileOptions, received: string): FileProblem {
  return {
    expected: `${options.what} of at most ${options.maxBytes} bytes`,
    received,
    hint: 'this is a limit of ppsim (packages/scenarios/src/limits.ts); check that this is the file you meant',
    tooBig: true,
  };
}

function openProblem(what: string, code: string | undefined): FileProblem {
  switch (code) {
    case 'ENOENT':
      return { expected: what, received: 'nothing at that path', hint: 'check the path', tooBig: false };
    case 'EACCES':
    case 'EPERM':
      return { expected: `${what} that can be read`, received: 'no permission to read it', hint: "check the file's permissions", tooBig: false };
    // A Unix socket cannot be opened; a device without a driver behind it neither.
    case 'ENXIO':
    case 'ENODEV':
      return { expected: `${what} (a regular file)`, received: 'a socket or a device', hint: 'name a regular file', tooBig: false };
    case 'EISDIR':
      return { expected: `${what} (a regular file)`, received: 'a folder', hint: 'name a file inside the folder', tooBig: false };
    default:
      return { expected: `${what} that can be read`, received: code ?? 'unreadable', hint: 'check the path', tooBig: false };
  }
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}
