/**
 * Schelling and Boltzmann wealth in AgentScript 0.10 (GPL-3.0: used here as a library only, none of
 * its code is copied into ppsim), written as an AgentScript user would: a `Model` subclass with
 * `setup` and `step`, turtles on patches, `patches.cacheRect` for the neighbourhood rectangles,
 * `turtlesHere`, `moveTo`/`setxy` (which keep the patches' turtle lists up to date), and AgentScript's
 * seeded `Math.random`. `ask` visits turtles in creation order, so each step shuffles a copy of the
 * turtles for a random activation order, as in the other implementations.
 * Rules as in examples/schelling and examples/boltzmann-wealth.
 */
import type { Patch, Turtle } from 'agentscript';
import type { SchellingParams } from '../../examples/schelling/schelling.ts';
import type { BoltzmannParams } from '../../examples/boltzmann-wealth/boltzmannWealth.ts';
import { Model, seededRandom, util } from './agentscript-node.ts';
import type { BoltzmannRun, Framework, SchellingRun } from './types.ts';

const world = (width: number, height: number) => ({ minX: 0, maxX: width - 1, minY: 0, maxY: height - 1 });

class SchellingModel extends Model {
  emptyPatches: Patch[] = [];
  constructor(readonly params: SchellingParams) {
    super(world(params.width, params.height));
  }

  override setup(): void {
    const { radius, agents } = this.params;
    this.patches.cacheRect(radius, radius, false);
    void (this.patches[0] as Patch).turtlesHere; // starts the patches' turtle lists
    let created = 0;
    this.turtles.create(agents, (t) => {
      t['group'] = created++ < agents / 2 ? 1 : 2;
      t['happy'] = false;
      let p: Patch;
      do p = this.patches.oneOf();
      while (p.turtlesHere.length > 0);
      t.moveTo(p);
    });
    this.emptyPatches = this.patches.filter((p) => p.turtlesHere.length === 0);
  }

  override step(): void {
    const { radius, minSimilar } = this.params;
    const empty = this.emptyPatches;
    this.turtles
      .clone()
      .shuffle()
      .ask((t) => {
        const here = t.patch;
        let similar = 0;
        for (const p of this.patches.inRect(here, radius, radius, false)) {
          const other = p.turtlesHere[0];
          if (other !== undefined && other['group'] === t['group']) similar++;
        }
        if (similar >= minSimilar) {
          t['happy'] = true;
          return;
        }
        t['happy'] = false;
        // Move to a random empty patch; the patch left behind takes its place in the list.
        const k = util.randomInt(empty.length);
        const target = empty[k] as Patch;
        empty[k] = here;
        t.moveTo(target);
      });
  }
}

/** `make()`'s model, set up and stepped under AgentScript's `Math.random` seeded with `seed`. */
function seeded<M extends { setup(): void; step(): void }>(seed: number, make: () => M): { readonly model: M; step(n: number): void } {
  const under = seededRandom(seed);
  const model = under(() => {
    const m = make();
    m.setup();
    return m;
  });
  return {
    model,
    step: (n) =>
      under(() => {
        for (let i = 0; i < n; i++) model.step();
      }),
  };
}

function schelling(params: SchellingParams, seed: number): SchellingRun {
  const { model, step } = seeded(seed, () => new SchellingModel(params));
  return {
    step,
    groups: () => {
      const grid = new Uint8Array(params.width * params.height);
      for (const t of model.turtles) grid[t.x + params.width * t.y] = t['group'] as number;
      return grid;
    },
  };
}

const DX = [-1, 0, 1, -1, 1, -1, 0, 1];
const DY = [-1, -1, -1, 0, 0, 1, 1, 1];

class BoltzmannModel extends Model {
  constructor(readonly params: BoltzmannParams) {
    super(world(params.width, params.height));
  }

  override setup(): void {
    void (this.patches[0] as Patch).turtlesHere; // starts the patches' turtle lists
    this.turtles.create(this.params.agents, (t) => {
      t['wealth'] = 1;
      t.moveTo(this.patches.oneOf());
    });
  }

  override step(): void {
    this.turtles
      .clone()
      .shuffle()
      .ask((t) => {
        // Move to one of the 8 surrounding patches; turtles wrap at the world's edges by default.
        const d = util.randomInt(8);
        t.setxy(t.x + (DX[d] as number), t.y + (DY[d] as number));
        const here = t.patch.turtlesHere;
        if ((t['wealth'] as number) > 0 && here.length > 1) {
          const other = here.otherOneOf(t);
          other['wealth'] = (other['wealth'] as number) + 1;
          t['wealth'] = (t['wealth'] as number) - 1;
        }
      });
  }
}

function boltzmann(params: BoltzmannParams, seed: number): BoltzmannRun {
  const { model, step } = seeded(seed, () => new BoltzmannModel(params));
  return {
    step,
    wealth: () => model.turtles.map((t: Turtle) => t['wealth'] as number),
  };
}

/** AgentScript's implementations of the two models. */
export const agentscript: Framework = { name: 'agentscript', version: 'agentscript 0.10.27', schelling, boltzmann };
