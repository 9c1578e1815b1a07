import { closest } from '@ppsim/core/internal';

/** `did you mean "x"?` for the closest known name (core's edit-distance `closest`), or undefined. */
export function didYouMean(name: string, known: Iterable<string>): string | undefined {
  const guess = closest(name, known);
  return guess === undefined ? undefined : `did you mean "${guess}"?`;
}
