/**
 * Loads AgentScript 0.10 in Node. Its bundle creates a 1×1 canvas when it loads (for CSS colour
 * parsing in views), which Node lacks; the models never draw, so a stub canvas is enough.
 * AgentScript seeds by replacing `Math.random` (`util.randomSeed`); {@link seededRandom} confines
 * that to the calls made under it, so nothing else in the process sees a changed `Math.random`.
 */
const g = globalThis as { OffscreenCanvas?: unknown };
if (g.OffscreenCanvas === undefined) {
  g.OffscreenCanvas = class {
    constructor(
      readonly width: number,
      readonly height: number,
    ) {}
    getContext() {
      return { canvas: this, fillRect() {}, clearRect() {}, getImageData: () => ({ data: new Uint8ClampedArray(4) }) };
    }
  };
}

export const { Model, util } = await import('agentscript');

/** A seeded generator from AgentScript's `util.randomSeed`, and a way to run code under it. */
export function seededRandom(seed: number): <T>(fn: () => T) => T {
  const original = Math.random;
  util.randomSeed(seed);
  const random = Math.random;
  Math.random = original;
  return (fn) => {
    const outer = Math.random;
    Math.random = random;
    try {
      return fn();
    } finally {
      Math.random = outer;
    }
  };
}
