// The part of AgentScript 0.10 (GPL-3.0, used as a library from bench/peers only) these benchmarks
// touch. The package ships no type declarations.
declare module 'agentscript' {
  export interface Patch {
    readonly id: number;
    readonly x: number;
    readonly y: number;
    readonly turtlesHere: Turtle[] & { otherOneOf(t: Turtle): Turtle };
  }
  export interface Turtle {
    readonly id: number;
    x: number;
    y: number;
    readonly patch: Patch;
    setxy(x: number, y: number): void;
    moveTo(agent: Patch | Turtle): void;
    [property: string]: unknown;
  }
  export interface AgentArray<T> extends Array<T> {
    ask(fn: (agent: T, index: number) => void): void;
    clone(): AgentArray<T>;
    shuffle(): AgentArray<T>;
    oneOf(): T;
  }
  export interface Patches extends AgentArray<Patch> {
    patchXY(x: number, y: number): Patch;
    inRect(patch: Patch, dx: number, dy?: number, meToo?: boolean): AgentArray<Patch>;
    cacheRect(dx: number, dy?: number, meToo?: boolean, clear?: boolean): void;
  }
  export interface Turtles extends AgentArray<Turtle> {
    create(n: number, init?: (t: Turtle) => void): Turtle[];
  }
  export interface WorldOptions {
    minX: number;
    maxX: number;
    minY: number;
    maxY: number;
  }
  export class Model {
    constructor(worldOptions?: WorldOptions);
    patches: Patches;
    turtles: Turtles;
    ticks: number;
    setup(): void;
    step(): void;
  }
  export const util: {
    randomSeed(seed?: number): void;
    randomInt(max: number): number;
  };
}
