import { PpsimError } from '../../errors.ts';
import { allocateColumn, growColumn, type AnyColumn, type Columns, type FieldSpec, type FieldType } from './fields.ts';

/** Options of {@link createPopulation}. */
export interface PopulationOptions<F extends FieldSpec> {
  /** Name used in errors and agent snapshots, e.g. `'users'`. */
  readonly name: string;
  /** The columns: attribute name → type. */
  readonly fields: F;
  /** Slots allocated up front (default 1024); the population doubles when full. */
  readonly capacity?: number;
  /** Hard limit on live plus pending agents (default 2^24 ≈ 16.7 million). */
  readonly maxAgents?: number;
}

const DEFAULT_CAPACITY = 1024;
const DEFAULT_MAX_AGENTS = 1 << 24;

/**
 * A set of agents stored as struct-of-arrays: one typed array per attribute, indexed by *slot*.
 *
 * - Each agent has a stable `id` (0, 1, 2, … in order of creation, never reused) and a slot that
 *   may be reused after the agent is removed; `slotOf(id)` maps back.
 * - `remove(slot)` takes effect at once for `isAlive` and `size`, but the slot is only recycled at
 *   {@link Population.commit}, which the simulation calls at the end of every step. So an agent
 *   added in the middle of a step can never take over a slot that a running loop is about to visit.
 * - Columns are reallocated when the population grows: read `pop.columns.x` again after `add()`.
 *
 * @example
 * const users = createPopulation({ name: 'users', fields: { ability: 'f32', waitingSince: 'i32' } });
 * const s = users.add();
 * users.columns.ability[s] = 0.8;
 */
export class Population<F extends FieldSpec = FieldSpec> {
  readonly name: string;
  readonly spec: F;
  readonly maxAgents: number;
  /** The attribute columns, indexed by slot. Replaced (not resized in place) on growth. */
  columns: Columns<F>;
  /** Stable id of the agent in each slot (−1 for a slot never used). */
  ids: Int32Array;
  /** 1 where the slot holds a live agent. */
  alive: Uint8Array;

  #capacity: number;
  #highWater = 0;
  #size = 0;
  #nextId = 0;
  #free: Int32Array;
  #freeCount = 0;
  #pending: Int32Array;
  #pendingCount = 0;
  #slotById: Int32Array;
  #active: Int32Array;
  readonly #names: readonly string[];
  /** The same columns as `columns`, as a list, so `add()` can zero a slot without key lookups. */
  #columnList: AnyColumn[];

  constructor(options: PopulationOptions<F>) {
    const capacity = options.capacity ?? DEFAULT_CAPACITY;
    const maxAgents = options.maxAgents ?? DEFAULT_MAX_AGENTS;
    if (!Number.isSafeInteger(maxAgents) || maxAgents < 1) {
      throw new PpsimError('invalid_argument', {
        path: `createPopulation(${options.name}).maxAgents`,
        expected: 'a positive integer',
        received: maxAgents,
        hint: 'omit it for the default of 16,777,216',
      });
    }
    if (!Number.isSafeInteger(capacity) || capacity < 1) {
      throw new PpsimError('invalid_argument', {
        path: `createPopulation(${options.name}).capacity`,
        expected: 'a positive integer',
        received: capacity,
        hint: 'pass the number of agents you expect, e.g. 10000',
      });
    }
    this.name = options.name;
    this.spec = options.fields;
    this.maxAgents = maxAgents;
    this.#names = Object.keys(options.fields);
    this.#capacity = Math.min(capacity, maxAgents);
    const columns: Record<string, AnyColumn> = {};
    for (const name of this.#names) columns[name] = allocateColumn(options.fields[name] as FieldType, this.#capacity);
    this.columns = columns as Columns<F>;
    this.#columnList = Object.values(columns);
    this.ids = new Int32Array(this.#capacity).fill(-1);
    this.alive = new Uint8Array(this.#capacity);
    this.#free = new Int32Array(this.#capacity);
    this.#pending = new Int32Array(this.#capacity);
    this.#active = new Int32Array(this.#capacity);
    this.#slotById = new Int32Array(this.#capacity).fill(-1);
  }

  /** Live agents. */
  get size(): number {
    return this.#size;
  }
  /** Slots allocated. */
  get capacity(): number {
    return this.#capacity;
  }
  /** One past the highest slot ever used: loops run `for (let s = 0; s < pop.slotCount; s++)`. */
  get slotCount(): number {
    return this.#highWater;
  }
  /** Agents ever created (the next id). */
  get created(): number {
    return this.#nextId;
  }
  /** Attribute names in declaration order. */
  get fieldNames(): readonly string[] {
    return this.#names;
  }

  /**
   * Adds an agent with every attribute 0 and returns its slot. May reallocate `columns`, so call it
   * before reading a column: `const s = pop.add(); pop.columns.x[s] = 1;` is right, while
   * `pop.columns.x[pop.add()] = 1` evaluates the column first and can write into the old array.
   */
  add(): number {
    let slot: number;
    if (this.#freeCount > 0) {
      slot = this.#free[--this.#freeCount] as number;
    } else {
      if (this.#highWater === this.#capacity) this.#grow(this.#highWater + 1);
      slot = this.#highWater++;
    }
    const list = this.#columnList;
    for (let c = 0; c < list.length; c++) (list[c] as AnyColumn)[slot] = 0;
    const id = this.#nextId++;
    if (id >= this.#slotById.length) this.#slotById = growInt32(this.#slotById, Math.max(id + 1, this.#slotById.length * 2), -1);
    this.#slotById[id] = slot;
    this.ids[slot] = id;
    this.alive[slot] = 1;
    this.#size++;
    return slot;
  }

  /** Removes the agent in `slot` now; its slot is recycled at the next {@link commit}. */
  remove(slot: number): void {
    if (!(slot >= 0 && slot < this.#highWater) || this.alive[slot] !== 1) {
      throw new PpsimError('invalid_state', {
        path: `${this.name}.remove(slot)`,
        expected: 'the slot of a live agent',
        received: slot,
        hint: 'check isAlive(slot) first; an agent can be removed only once',
      });
    }
    this.alive[slot] = 0;
    this.#slotById[this.ids[slot] as number] = -1;
    this.#pending[this.#pendingCount++] = slot;
    this.#size--;
  }

  /** True when `slot` holds a live agent. */
  isAlive(slot: number): boolean {
    return this.alive[slot] === 1;
  }

  /** The slot of the agent with stable id `id`, or −1 if it was removed or never existed. */
  slotOf(id: number): number {
    return id >= 0 && id < this.#nextId ? (this.#slotById[id] as number) : -1;
  }

  /** Releases the slots removed since the last commit for reuse. Called by the step pipeline. */
  commit(): void {
    // Slots are pushed in removal order and popped LIFO: deterministic, and recently used memory first.
    for (let i = 0; i < this.#pendingCount; i++) this.#free[this.#freeCount++] = this.#pending[i] as number;
    this.#pendingCount = 0;
  }

  /**
   * The slots of live agents in ascending order, in a buffer owned by the population and reused on
   * the next call (copy it if you need to keep it). Shuffle it for a random activation order.
   */
  activeSlots(): Int32Array {
    const active = this.#active;
    let n = 0;
    const alive = this.alive;
    for (let s = 0; s < this.#highWater; s++) if (alive[s] === 1) active[n++] = s;
    return active.subarray(0, n);
  }

  /** Makes room for `n` agents in total without further reallocation. */
  reserve(n: number): void {
    if (n > this.#capacity) this.#grow(n);
  }

  #grow(needed: number): void {
    if (needed > this.maxAgents) {
      throw new PpsimError('limit_exceeded', {
        path: `${this.name}.add()`,
        expected: `at most ${this.maxAgents} agents (maxAgents)`,
        received: needed,
        hint: 'raise maxAgents in createPopulation, or check for a runaway birth process',
      });
    }
    const capacity = Math.min(this.maxAgents, Math.max(needed, this.#capacity * 2));
    const columns: Record<string, AnyColumn> = {};
    for (const name of this.#names) columns[name] = growColumn(this.columns[name] as AnyColumn, capacity);
    this.columns = columns as Columns<F>;
    this.#columnList = Object.values(columns);
    this.ids = growInt32(this.ids, capacity, -1);
    const alive = new Uint8Array(capacity);
    alive.set(this.alive);
    this.alive = alive;
    this.#free = growInt32(this.#free, capacity, 0);
    this.#pending = growInt32(this.#pending, capacity, 0);
    this.#active = new Int32Array(capacity);
    this.#capacity = capacity;
  }
}

function growInt32(old: Int32Array, length: number, fill: number): Int32Array {
  const grown = new Int32Array(length);
  if (fill !== 0) grown.fill(fill, old.length);
  grown.set(old);
  return grown;
}

/**
 * Creates a struct-of-arrays population.
 *
 * @param options name, fields (`{ attribute: 'f64' | 'f32' | 'i32' | … }`), capacity (default 1024),
 *   maxAgents (default 2^24)
 * @returns an empty {@link Population}
 * @example
 * const staff = createPopulation({ name: 'staff', fields: { motivation: 'f32', provider: 'i32' }, capacity: 2000 });
 */
export function createPopulation<F extends FieldSpec>(options: PopulationOptions<F>): Population<F> {
  return new Population(options);
}
