import type { AgentSnapshot, SeriesHeader, Sink } from '@ppsim/core';
import type { TextWriter } from './csvSink.ts';

/**
 * Streams a run as newline-delimited JSON: a `header` line, one `row` line per step
 * (`{"type":"row","seed":…,"step":…,"year":…,"values":{…}}`), an `agents` line per snapshot and an
 * `end` line. Readable line by line from any language without loading the whole file.
 */
export class NdjsonSink implements Sink {
  readonly #out: TextWriter;
  readonly #labels: Readonly<Record<string, string>>;
  #columns: readonly string[] = [];
  #seed: SeriesHeader['seed'] = 0;

  constructor(out: TextWriter, labels: Readonly<Record<string, string>> = {}) {
    this.#out = out;
    this.#labels = labels;
  }

  begin(header: SeriesHeader): void {
    this.#columns = header.columns;
    this.#seed = header.seed;
    this.#write({ type: 'header', ...this.#labels, ...header });
  }

  row(step: number, year: number, values: Float64Array): void {
    const named: Record<string, number> = {};
    this.#columns.forEach((name, i) => {
      named[name] = values[i] as number;
    });
    this.#write({ type: 'row', seed: this.#seed, step, year, values: named });
  }

  snapshot(snapshot: AgentSnapshot): void {
    const fields: Record<string, number[]> = {};
    for (const [name, column] of Object.entries(snapshot.fields)) fields[name] = Array.from(column);
    this.#write({ type: 'agents', seed: this.#seed, step: snapshot.step, population: snapshot.population, ids: Array.from(snapshot.ids), fields });
  }

  end(): void {
    this.#write({ type: 'end', seed: this.#seed });
  }

  #write(value: unknown): void {
    this.#out.write(`${JSON.stringify(value)}\n`);
  }
}
