import { describe, expect, it } from 'vitest';
import { readState, switchView, writeState } from './state.ts';

describe('the view state in the address', () => {
  it('round-trips every field, parameters sorted', () => {
    const s = readState(
      '?view=compare&lang=nb&a=oslo-district&b=moss:frame&reps=7&seed=3&years=12&metric=needMet&set=staff.motivation.crowding%3D0.8&set=governance.userChoice%3Dtrue&set=governance.split%3Dinternal',
    );
    expect(s.view).toBe('compare');
    expect(s.lang).toBe('nb');
    expect(s.reps).toBe(7);
    expect(s.set.get('staff.motivation.crowding')).toBe(0.8);
    expect(s.set.get('governance.userChoice')).toBe(true);
    expect(s.set.get('governance.split')).toBe('internal');
    const again = readState(writeState(s));
    expect(again).toEqual(s);
    expect(writeState(s)).toBe(
      '?view=compare&lang=nb&a=oslo-district&b=moss%3Aframe&reps=7&seed=3&years=12&metric=needMet&set=governance.split%3Dinternal&set=governance.userChoice%3Dtrue&set=staff.motivation.crowding%3D0.8',
    );
  });

  it('falls back to defaults for malformed values and writes nothing for the defaults', () => {
    const s = readState('?view=nope&lang=xx&reps=0&seed=-1&years=999&set=noequals');
    expect(s.view).toBe('explore');
    expect(s.lang).toBe('en');
    expect(s.reps).toBe(10);
    expect(s.seed).toBe(1);
    expect(s.years).toBe(0);
    expect(s.set.size).toBe(0);
    expect(writeState(s)).toBe('');
  });

  it('keeps changes for scenario B only apart from the changes for both (setb=)', () => {
    const s = readState('?view=compare&set=governance.split%3Dinternal&setb=pay.mode%3Dframe&setb=governance.controlIntensity%3D0.6');
    expect([...s.set]).toEqual([['governance.split', 'internal']]);
    expect([...s.setB]).toEqual([
      ['pay.mode', 'frame'],
      ['governance.controlIntensity', 0.6],
    ]);
    expect(writeState(s)).toBe('?view=compare&set=governance.split%3Dinternal&setb=governance.controlIntensity%3D0.6&setb=pay.mode%3Dframe');
    expect(readState(writeState(s))).toEqual(s);
  });

  it('switchView(compare state, "explore") shows scenario B and keeps the changes', () => {
    const s = readState('?view=compare&a=sarpsborg&b=sarpsborg:keep-split&reps=4&set=governance.controlIntensity%3D0.6&setb=pay.mode%3Dframe');
    const e = switchView(s, 'explore');
    expect([e.view, e.case, e.variant, e.reps]).toEqual(['explore', 'sarpsborg', 'keep-split', 4]);
    expect([...e.set]).toEqual([['governance.controlIntensity', 0.6]]);
    expect(switchView(readState('?view=compare&b=moss'), 'explore').variant).toBe('');
    expect(switchView(s, 'cases')).toEqual({ ...s, view: 'cases' });
  });
});
