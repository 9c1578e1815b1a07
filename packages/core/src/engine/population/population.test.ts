import { describe, expect, it } from 'vitest';
import { PpsimError } from '../../errors.ts';
import { createPopulation } from './population.ts';

const make = (capacity = 4) => createPopulation({ name: 'users', fields: { ability: 'f32', provider: 'i32' }, capacity });

describe('createPopulation({ name, fields, capacity })', () => {
  it('starts empty with one typed array per field', () => {
    const pop = make();
    expect(pop.size).toBe(0);
    expect(pop.columns.ability).toBeInstanceOf(Float32Array);
    expect(pop.columns.provider).toBeInstanceOf(Int32Array);
    expect(pop.fieldNames).toEqual(['ability', 'provider']);
  });

  it('rejects a capacity that is not a positive integer', () => {
    expect(() => createPopulation({ name: 'users', fields: {}, capacity: 0 })).toThrowErrorMatchingInlineSnapshot(
      `[PpsimError: createPopulation(users).capacity: expected a positive integer, received 0. Fix: pass the number of agents you expect, e.g. 10000]`,
    );
  });
});

describe('Population.add()', () => {
  it('gives stable ids in order of creation and zeroed attributes', () => {
    const pop = make();
    const a = pop.add();
    pop.columns.ability[a] = 0.5;
    pop.remove(a);
    pop.commit();
    const b = pop.add();
    expect(b).toBe(a); // the slot is recycled after commit
    expect(pop.ids[b]).toBe(1); // but the id is new
    expect(pop.columns.ability[b]).toBe(0);
    expect(pop.slotOf(0)).toBe(-1);
    expect(pop.slotOf(1)).toBe(b);
  });

  it('grows past its capacity without losing attributes, ids or liveness', () => {
    const pop = make(2);
    for (let i = 0; i < 1000; i++) {
      const s = pop.add();
      pop.columns.ability[s] = i;
      pop.columns.provider[s] = -i;
    }
    expect(pop.capacity).toBeGreaterThanOrEqual(1000);
    for (let id = 0; id < 1000; id++) {
      const s = pop.slotOf(id);
      expect(pop.columns.ability[s]).toBe(id);
      expect(pop.columns.provider[s]).toBe(0 - id);
      expect(pop.isAlive(s)).toBe(true);
    }
  });

  it('throws limit_exceeded past maxAgents', () => {
    const pop = createPopulation({ name: 'staff', fields: {}, capacity: 2, maxAgents: 3 });
    pop.add();
    pop.add();
    pop.add();
    let error: unknown;
    try {
      pop.add();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PpsimError);
    expect((error as PpsimError).code).toBe('limit_exceeded');
  });
});

describe('Population.remove(slot)', () => {
  it('takes effect at once for size and isAlive, and recycles the slot only at commit()', () => {
    const pop = make();
    const slots = [pop.add(), pop.add(), pop.add()];
    pop.remove(slots[1] as number);
    expect(pop.size).toBe(2);
    expect(pop.isAlive(slots[1] as number)).toBe(false);
    // Before commit, a new agent must not land in the removed slot.
    const fresh = pop.add();
    expect(fresh).not.toBe(slots[1]);
    pop.commit();
    expect(pop.add()).toBe(slots[1]);
  });

  it('refuses a dead or unknown slot with invalid_state', () => {
    const pop = make();
    const s = pop.add();
    pop.remove(s);
    expect(() => pop.remove(s)).toThrow(/expected the slot of a live agent, received 0/);
    expect(() => pop.remove(99)).toThrow(PpsimError);
  });

  it('keeps a loop over activeSlots() correct when agents are removed and added mid-loop', () => {
    const pop = make(8);
    for (let i = 0; i < 100; i++) pop.add();
    const visited: number[] = [];
    const slots = pop.activeSlots();
    for (let i = 0; i < slots.length; i++) {
      const s = slots[i] as number;
      if (!pop.isAlive(s)) continue;
      visited.push(pop.ids[s] as number);
      // Every agent removes the next one and adds a newcomer, which this loop must not visit.
      const next = pop.slotOf((pop.ids[s] as number) + 1);
      if (next >= 0) pop.remove(next);
      pop.add();
    }
    expect(visited).toEqual(Array.from({ length: 50 }, (_, k) => 2 * k));
    expect(pop.size).toBe(100);
  });
});

describe('Population.activeSlots()', () => {
  it('lists live slots in ascending order', () => {
    const pop = make();
    for (let i = 0; i < 6; i++) pop.add();
    pop.remove(1);
    pop.remove(4);
    expect(Array.from(pop.activeSlots())).toEqual([0, 2, 3, 5]);
  });
});

describe('Population.columns after growth', () => {
  it('are new arrays: a column read before add() is stale, one read after is current', () => {
    const pop = make(1);
    pop.add();
    const before = pop.columns.ability;
    const slot = pop.add(); // grows from 1 to 2 slots
    expect(pop.columns.ability).not.toBe(before);
    pop.columns.ability[slot] = 3;
    expect(before.length).toBe(1);
    expect(pop.columns.ability[slot]).toBe(3);
  });
});
