import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { PpsimError } from '@ppsim/core';

/**
 * Writes a file through a temporary sibling and renames it into place on `commit()`, so a reader
 * never sees a half-written file and a crash leaves the old file (or none) behind.
 * Buffered: text is flushed in chunks of ~64 KiB with synchronous writes.
 */
export class AtomicFileWriter {
  readonly path: string;
  readonly #tmp: string;
  #fd: number;
  #buffer = '';
  #open = true;

  constructor(path: string) {
    this.path = path;
    this.#tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
    try {
      mkdirSync(dirname(path), { recursive: true });
      this.#fd = openSync(this.#tmp, 'w');
    } catch (error) {
      throw new PpsimError('invalid_input', {
        path: dirname(path),
        expected: 'a folder ppsim can create and write in',
        received: (error as NodeJS.ErrnoException).code ?? String(error),
        hint: 'choose another --out folder, or check its permissions and free space',
      });
    }
  }

  /** Appends text; it reaches the file when the writer is committed. */
  write(text: string): void {
    this.#buffer += text;
    if (this.#buffer.length >= 65536) this.#guard(() => this.#flush());
  }

  /** Flushes, syncs and renames the file into place. */
  commit(): void {
    this.#guard(() => {
      this.#flush();
      fsyncSync(this.#fd);
      closeSync(this.#fd);
      this.#open = false;
      renameSync(this.#tmp, this.path);
    });
  }

  /** Closes and deletes the temporary file; the target is untouched. */
  abort(): void {
    if (!this.#open) return;
    this.#open = false;
    try {
      closeSync(this.#fd);
    } finally {
      rmSync(this.#tmp, { force: true });
    }
  }

  /**
   * Runs a file operation; if it fails (a full disk, a quota, a read-only file system), removes the
   * temporary file so nothing half-written stays behind, and reports the failure as a PpsimError.
   */
  #guard(operation: () => void): void {
    try {
      operation();
    } catch (error) {
      this.abort();
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      const full = code === 'ENOSPC' || code === 'EDQUOT';
      throw new PpsimError(full ? 'limit_exceeded' : 'invalid_input', {
        path: this.path,
        expected: full ? 'free space on the disk to write the file' : 'a file ppsim can write',
        received: code,
        hint: full ? 'free some space or choose another --out folder; nothing was left half-written' : "check the folder's permissions, or choose another --out folder",
      });
    }
  }

  #flush(): void {
    if (this.#buffer.length > 0) writeSync(this.#fd, this.#buffer);
    this.#buffer = '';
  }
}
