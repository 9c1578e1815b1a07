/**
 * Argument checks shared by the experiment layer. Every failure is a `PpsimError` with code
 * `invalid_argument` whose path names the function and the argument (`latinHypercube(n)`,
 * `gridDesign(ranges[1].steps)`), so a caller building a design from a scenario file can point at
 * the offending entry.
 */
import { invalidArgument } from '../../engine/rng/internal/validate.ts';

// The same error builder the samplers use, so every `invalid_argument` in core is built one way.
export { invalidArgument };

/**
 * `assertWhole(path, value, min, hint)` — accepts a safe integer ≥ min.
 * @example assertWhole('latinHypercube(n)', n, 1, 'pass the number of points, e.g. 64');
 */
export function assertWhole(path: string, value: unknown, min: number, hint: string): asserts value is number {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= min) return;
  throw invalidArgument(path, `a whole number ≥ ${min}`, value, hint);
}

/**
 * `assertOutputs(path, outputs, length)` — accepts an array of exactly `length` finite numbers,
 * naming the first bad index otherwise.
 * @example assertOutputs('sobolIndices(outputs)', outputs, design.points.length);
 */
export function assertOutputs(path: string, outputs: ArrayLike<number>, length: number): void {
  if (outputs === null || typeof outputs !== 'object' || typeof outputs.length !== 'number' || outputs.length !== length) {
    throw invalidArgument(path, `${length} outputs, one per design point in row order`, outputs, 'run the model once at each row of design.points and pass the results in the same order');
  }
  for (let i = 0; i < length; i++) {
    const y = outputs[i];
    if (typeof y !== 'number' || !Number.isFinite(y)) {
      throw invalidArgument(`${path}[${i}]`, 'a finite number', y, 'check that the run for this design point finished and produced the output');
    }
  }
}
