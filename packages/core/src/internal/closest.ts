/** "Did you mean": the known name nearest a mistyped one, for core's parameter paths and the scenario files' keys. */

/**
 * `closest(name, known)`: the known name closest to `name` by edit distance (case ignored), if it is
 * close enough to be a likely typo: within a third of its length, and never more than two edits for
 * short names; undefined otherwise.
 *
 * @example
 * closest('governance.spilt', ['governance.split', 'governance.autonomy']); // 'governance.split'
 */
export function closest(name: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  const lower = name.toLowerCase();
  for (const candidate of known) {
    const other = candidate.toLowerCase();
    // The distance is at least the difference in length: skip the quadratic work (long hostile names).
    if (Math.abs(lower.length - other.length) >= bestDistance) continue;
    const d = editDistance(lower, other);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length] as number;
}
