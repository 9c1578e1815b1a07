import { detExp, detLog } from '../../engine/rng/index.ts';

/**
 * x^y for x ≥ 0, identical on every JS engine: repeated multiplication for small whole exponents
 * (the common case, and fast), the engine-independent exp/log otherwise. `**` is avoided because
 * ECMAScript lets engines round Math.pow differently.
 */
export function power(x: number, y: number): number {
  if (y === 2) return x * x;
  if (y === 1) return x;
  if (y === 3) return x * x * x;
  if (x <= 0) return y === 0 ? 1 : 0;
  return detExp(y * detLog(x));
}
