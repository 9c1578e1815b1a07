import { spreadsheetSafe, type AgentSnapshot, type SeriesHeader, type Sink } from '@ppsim/core';

/** Something that accepts text, such as an {@link AtomicFileWriter}. */
export interface TextWriter {
  /** Appends text. */
  write(text: string): void;
}

/** Options of {@link CsvSink}. */
export interface CsvSinkOptions {
  /** Extra leading columns with a fixed value per run, e.g. `{ scenario: 'bergen' }`. */
  readonly labels?: Readonly<Record<string, string>>;
  /** Write the header line (default true). Set false for every run after the first in a shared file. */
  readonly header?: boolean;
}

/**
 * Streams model-level series as tidy CSV: one row per run and step, columns
 * `<labels…>,seed,step,year,<series…>`. Numbers use JavaScript's shortest round-trip form, so the
 * bytes are the same on every machine. Agent snapshots are not written (use the NDJSON sink).
 */
export class CsvSink implements Sink {
  readonly #out: TextWriter;
  readonly #options: CsvSinkOptions;
  #prefix = '';

  constructor(out: TextWriter, options: CsvSinkOptions = {}) {
    this.#out = out;
    this.#options = options;
  }

  begin(header: SeriesHeader): void {
    const labels = this.#options.labels ?? {};
    if (this.#options.header ?? true) {
      this.#out.write(`${[...Object.keys(labels), 'seed', 'step', 'year', ...header.columns].map(csvField).join(',')}\n`);
    }
    this.#prefix = [...Object.values(labels), String(header.seed)].map(csvField).join(',');
  }

  row(step: number, year: number, values: Float64Array): void {
    let line = `${this.#prefix},${step},${year}`;
    for (let i = 0; i < values.length; i++) line += `,${values[i] as number}`;
    this.#out.write(`${line}\n`);
  }

  snapshot(_snapshot: AgentSnapshot): void {}

  end(): void {}
}

/**
 * A text CSV field: made safe for spreadsheets first (text beginning with `=`, `+`, `-`, `@`, tab or
 * CR gets a leading apostrophe; numbers such as `-0.5` are kept, see `spreadsheetSafe` in
 * @ppsim/core), then quoted when it holds a comma, quote or line break (RFC 4180).
 */
export function csvField(value: string): string {
  const safe = spreadsheetSafe(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
