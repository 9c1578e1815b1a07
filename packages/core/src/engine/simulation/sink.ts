import type { ClockOptions } from '../clock/index.ts';
import type { AnyColumn } from '../population/index.ts';
import type { Seed } from '../rng/index.ts';

/** What a sink learns before the first row. */
export interface SeriesHeader {
  readonly model: string;
  readonly seed: Seed;
  /** Model-level series names, in column order. */
  readonly columns: readonly string[];
  readonly clock: ClockOptions;
  /** Index of the first step this run executes (0 for a fresh simulation). */
  readonly firstStep: number;
}

/** Agent attributes of one population at the end of one step. Arrays are copies owned by the snapshot. */
export interface AgentSnapshot {
  readonly step: number;
  readonly population: string;
  /** Stable agent ids, in slot order. */
  readonly ids: Int32Array;
  readonly fields: Readonly<Record<string, AnyColumn>>;
}

/**
 * Receives what a run collects. The memory sink keeps it; the CLI's CSV and NDJSON sinks stream it
 * to disk so memory stays flat however long the run.
 */
export interface Sink {
  /** Called once before the first row, with the columns that every row will hold. */
  begin(header: SeriesHeader): void;
  /**
   * One row per executed step, after the step. `values` follows `header.columns` and is a buffer
   * reused for the next row: copy what you keep.
   */
  row(step: number, year: number, values: Float64Array): void;
  /** An agent snapshot, every `every` steps as asked for in `collect.agents`; its arrays are fresh copies. */
  snapshot(snapshot: AgentSnapshot): void;
  /** Called once after the last row: flush and close. */
  end(): void;
}

/** Model-level series of one run, columnar. */
export interface SeriesTable {
  /** Step index of each row. */
  readonly step: Int32Array;
  /** Calendar year in which each row's step starts. */
  readonly year: Int32Array;
  /** One column per collected series. */
  readonly series: Readonly<Record<string, Float64Array>>;
}

/**
 * A sink that keeps everything in growable typed arrays; `table()` returns right-sized copies. Fed by
 * several `run()` calls on one simulation (a run in parts), it keeps adding rows to the same table.
 */
export class MemorySink implements Sink {
  #columns: readonly string[] = [];
  #step = new Int32Array(64);
  #year = new Int32Array(64);
  #data: Float64Array[] = [];
  #rows = 0;
  readonly snapshots: AgentSnapshot[] = [];

  begin(header: SeriesHeader): void {
    if (this.#rows > 0) return; // a run continued: same columns, rows accumulate
    this.#columns = header.columns;
    this.#data = header.columns.map(() => new Float64Array(this.#step.length));
  }

  row(step: number, year: number, values: Float64Array): void {
    if (this.#rows === this.#step.length) this.#grow();
    const r = this.#rows++;
    this.#step[r] = step;
    this.#year[r] = year;
    for (let c = 0; c < this.#data.length; c++) (this.#data[c] as Float64Array)[r] = values[c] as number;
  }

  snapshot(snapshot: AgentSnapshot): void {
    this.snapshots.push(snapshot);
  }

  end(): void {}

  /** The rows collected so far. */
  table(): SeriesTable {
    const n = this.#rows;
    const series: Record<string, Float64Array> = {};
    this.#columns.forEach((name, c) => {
      series[name] = (this.#data[c] as Float64Array).slice(0, n);
    });
    return { step: this.#step.slice(0, n), year: this.#year.slice(0, n), series };
  }

  #grow(): void {
    const size = this.#step.length * 2;
    const grow = <T extends Int32Array | Float64Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(size);
      b.set(a);
      return b;
    };
    this.#step = grow(this.#step);
    this.#year = grow(this.#year);
    this.#data = this.#data.map(grow);
  }
}

/** Feeds every row and snapshot to several sinks, in order. */
export class TeeSink implements Sink {
  readonly #sinks: readonly Sink[];
  constructor(sinks: readonly Sink[]) {
    this.#sinks = sinks;
  }
  begin(header: SeriesHeader): void {
    for (const s of this.#sinks) s.begin(header);
  }
  row(step: number, year: number, values: Float64Array): void {
    for (let i = 0; i < this.#sinks.length; i++) (this.#sinks[i] as Sink).row(step, year, values);
  }
  snapshot(snapshot: AgentSnapshot): void {
    for (const s of this.#sinks) s.snapshot(snapshot);
  }
  end(): void {
    for (const s of this.#sinks) s.end();
  }
}
