/** Parsed inputs are frozen (style habit 6): parameters here, scenarios in @ppsim/scenarios. */

/**
 * `deepFreeze(value)`: freezes an object and everything inside it, so parsed inputs cannot be
 * changed by accident; returns `value`. Already frozen objects are left as they are (and not
 * walked again).
 *
 * @example
 * const params = deepFreeze(structuredClone(parsed));
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
