/** Detects and undoes changes to Object.prototype (and Function.prototype) made by a test case. */

const WATCHED = [Object.prototype, Function.prototype, Array.prototype] as const;
const snapshot = WATCHED.map((proto) => new Map(Reflect.ownKeys(proto).map((key) => [key, Object.getOwnPropertyDescriptor(proto, key)])));

const same = (a: PropertyDescriptor | undefined, b: PropertyDescriptor | undefined): boolean =>
  a !== undefined && b !== undefined && a.value === b.value && a.get === b.get && a.set === b.set && a.writable === b.writable && a.enumerable === b.enumerable;

/**
 * `prototypeDamage()`: what differs from the prototypes as they were when this module loaded (keys
 * added, changed or removed), plus what a fresh object now shows; empty when nothing was polluted.
 */
export function prototypeDamage(): string[] {
  const out: string[] = [];
  WATCHED.forEach((proto, i) => {
    const before = snapshot[i] as Map<PropertyKey, PropertyDescriptor | undefined>;
    for (const key of Reflect.ownKeys(proto)) if (!same(before.get(key), Object.getOwnPropertyDescriptor(proto, key))) out.push(`${i}:${String(key)} changed or added`);
    for (const key of before.keys()) if (!Object.hasOwn(proto, key)) out.push(`${i}:${String(key)} removed`);
  });
  const fresh: Record<string, unknown> = {};
  const inherited: string[] = [];
  for (const key in fresh) inherited.push(key);
  if (inherited.length > 0) out.push(`a fresh object lists ${inherited.join(', ')}`);
  if (typeof fresh.hasOwnProperty !== 'function' || typeof fresh.valueOf !== 'function' || typeof fresh.toString !== 'function') out.push('a fresh object lost a method');
  return out;
}

/** `restorePrototype()`: puts back every key of the watched prototypes as it was when this module loaded. */
export function restorePrototype(): void {
  WATCHED.forEach((proto, i) => {
    const before = snapshot[i] as Map<PropertyKey, PropertyDescriptor | undefined>;
    for (const key of Reflect.ownKeys(proto)) if (!before.has(key)) Reflect.deleteProperty(proto, key);
    for (const [key, descriptor] of before) if (descriptor !== undefined) Object.defineProperty(proto, key, descriptor);
  });
}
