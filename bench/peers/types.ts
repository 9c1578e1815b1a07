/**
 * The shape every implementation of the two comparison models takes (ppsim, Flocc, AgentScript),
 * so that one harness can time them and one set of functions can score their outcomes.
 */
import type { SchellingParams } from '../../examples/schelling/schelling.ts';
import type { BoltzmannParams } from '../../examples/boltzmann-wealth/boltzmannWealth.ts';

/** A Schelling run after setup: step it, and read the final grid of groups (0 = empty cell). */
export interface SchellingRun {
  step(n: number): void;
  /** Group (1 or 2) in each cell x + width · y, 0 where empty. */
  groups(): Uint8Array;
}

/** A Boltzmann wealth run after setup: step it, and read every agent's wealth. */
export interface BoltzmannRun {
  step(n: number): void;
  wealth(): number[];
}

/** One framework's implementations: setup with a seed returns a run ready to step. */
export interface Framework {
  readonly name: 'ppsim' | 'flocc' | 'agentscript';
  /** Library and version, for the report. */
  readonly version: string;
  schelling(params: SchellingParams, seed: number): SchellingRun;
  boltzmann(params: BoltzmannParams, seed: number): BoltzmannRun;
}
