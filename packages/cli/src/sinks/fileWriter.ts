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
        path: dirname(path), expected: 'a folder ppsim can create and write in', received: (error as NodeJS.ErrnoException).code ?? String(error),
        hint: 'choose another --out folder, or check its permissions and free space',
      });
    }
  }

  write(text: string): void {
    this.#buffer += text;
    if (this.#buffer.length >= 65536) this.#flush();
  }

  /** Flushes, syncs and renames the file into place. */
  commit(): void {
    this.#flush();
    fsyncSync(this.#fd);
    closeSync(this.#fd);
    this.#open = false;
    renameSync(this.#tmp, this.path);
  }

  /** Closes and deletes the temporary file; the target is untouched. */
  abort(): void {
    if (!this.#open) return;
    closeSync(this.#fd);
    this.#open = false;
    rmSync(this.#tmp, { force: true });
  }

  #flush(): void {
    if (this.#buffer.length > 0) writeSync(this.#fd, this.#buffer);
    this.#buffer = '';
  }
}
