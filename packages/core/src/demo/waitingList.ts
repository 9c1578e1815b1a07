/**
 * A small orderer-office queue, the engine's demonstration model (not the purchaser–provider model).
 *
 * Applicants arrive each week and wait for a needs assessment; caseworkers assess a limited number
 * per week, oldest first; assessed applicants become users who receive care until they leave. Users'
 * functional ability declines week by week and the chance of leaving (to an institution or death)
 * rises as it falls. A dated event changes the number of caseworkers, e.g. a staffing cut on
 * 2009-07-01, so a waiting list can grow from a stable queue.
 *
 * Every number here is an assumption [A] chosen for teaching, not calibrated to a case.
 */
import { PpsimError } from '../errors.ts';
import { scheduleEvents, type EventSchedule } from '../engine/clock/index.ts';
import { createPopulation, type Population } from '../engine/population/index.ts';
import type { RandomStream } from '../engine/rng/index.ts';
import type { ModelDefinition, SetupContext, StepContext } from '../engine/simulation/index.ts';

/** Parameters of the waiting-list demo. All rates are per week. */
export interface WaitingListParams {
  /** Mean applications per week (Poisson). */
  readonly arrivalsPerWeek: number;
  /** Caseworkers at the start. */
  readonly caseworkers: number;
  /** Assessments one caseworker completes in a week, on average. */
  readonly assessmentsPerCaseworker: number;
  /** Users in care at the start. */
  readonly initialUsers: number;
  /** Weekly loss of functional ability (0–1 scale). */
  readonly abilityDecline: number;
  /** Weekly probability of leaving care at ability 0; scaled down linearly as ability rises. */
  readonly exitHazardAtZero: number;
  /** Dated changes in the number of caseworkers. */
  readonly staffing: readonly { readonly date: string; readonly caseworkers: number }[];
}

/** Defaults: a stable queue (capacity 33 per week against 30 applications). */
export const defaultWaitingListParams: WaitingListParams = Object.freeze({
  arrivalsPerWeek: 30,
  caseworkers: 6,
  assessmentsPerCaseworker: 5.5,
  initialUsers: 1300,
  abilityDecline: 0.002,
  exitHazardAtZero: 0.04,
  staffing: Object.freeze([]),
});

/** The state of one simulation. */
export interface WaitingListState {
  readonly params: WaitingListParams;
  readonly applicants: Population<{ arrivedStep: 'i32'; need: 'f32' }>;
  readonly users: Population<{ ability: 'f32'; need: 'f32'; startedStep: 'i32' }>;
  /** Applicant ids in order of arrival: a ring buffer, so the queue is first come, first served. */
  queue: Int32Array;
  queueHead: number;
  queueLength: number;
  caseworkers: number;
  readonly staffing: EventSchedule<number>;
  /** Measured in the current step. */
  assessedThisStep: number;
  waitedWeeksThisStep: number;
  exitsThisStep: number;
  readonly streams: { readonly arrivals: RandomStream; readonly assessment: RandomStream; readonly ageing: RandomStream; readonly exits: RandomStream };
}

function setup(params: WaitingListParams, ctx: SetupContext): WaitingListState {
  for (const key of ['arrivalsPerWeek', 'caseworkers', 'assessmentsPerCaseworker', 'initialUsers', 'abilityDecline', 'exitHazardAtZero'] as const) {
    const value = params[key];
    if (!Number.isFinite(value) || value < 0) {
      throw new PpsimError('invalid_argument', { path: `params.${key}`, expected: 'a finite number ≥ 0', received: value, hint: `see defaultWaitingListParams.${key}` });
    }
  }
  const streams = {
    arrivals: ctx.rng.stream('arrivals'),
    assessment: ctx.rng.stream('assessment'),
    ageing: ctx.rng.stream('ageing'),
    exits: ctx.rng.stream('exits'),
  };
  const users = createPopulation({ name: 'users', fields: { ability: 'f32', need: 'f32', startedStep: 'i32' }, capacity: params.initialUsers * 2 + 16 });
  for (let i = 0; i < params.initialUsers; i++) {
    const s = users.add();
    users.columns.ability[s] = 0.2 + 0.8 * streams.arrivals.random();
    users.columns.need[s] = streams.arrivals.gamma(1.5, 4);
    users.columns.startedStep[s] = -1;
  }
  return {
    params,
    applicants: createPopulation({ name: 'applicants', fields: { arrivedStep: 'i32', need: 'f32' }, capacity: 1024 }),
    users,
    queue: new Int32Array(1024),
    queueHead: 0,
    queueLength: 0,
    caseworkers: params.caseworkers,
    staffing: scheduleEvents(
      ctx.clock,
      params.staffing.map((e) => ({ date: e.date, payload: e.caseworkers })),
    ),
    assessedThisStep: 0,
    waitedWeeksThisStep: 0,
    exitsThisStep: 0,
    streams,
  };
}

function applyStaffing(state: WaitingListState, ctx: StepContext): void {
  for (const event of state.staffing.at(ctx.step)) state.caseworkers = event.payload;
}

function arrive(state: WaitingListState, ctx: StepContext): void {
  const s = state.streams.arrivals;
  const n = s.poisson(state.params.arrivalsPerWeek);
  for (let i = 0; i < n; i++) {
    const slot = state.applicants.add();
    state.applicants.columns.arrivedStep[slot] = ctx.step;
    state.applicants.columns.need[slot] = s.gamma(1.5, 4);
    enqueue(state, state.applicants.ids[slot] as number);
  }
}

function enqueue(state: WaitingListState, id: number): void {
  if (state.queueLength === state.queue.length) {
    const grown = new Int32Array(state.queue.length * 2);
    for (let i = 0; i < state.queueLength; i++) grown[i] = state.queue[(state.queueHead + i) % state.queue.length] as number;
    state.queue = grown;
    state.queueHead = 0;
  }
  state.queue[(state.queueHead + state.queueLength) % state.queue.length] = id;
  state.queueLength++;
}

function assess(state: WaitingListState, ctx: StepContext): void {
  const { applicants, users } = state;
  // Capacity varies week to week (sick days, complex cases): Poisson around the nominal rate.
  let capacity = state.streams.assessment.poisson(state.caseworkers * state.params.assessmentsPerCaseworker);
  state.assessedThisStep = 0;
  state.waitedWeeksThisStep = 0;
  while (capacity > 0 && state.queueLength > 0) {
    const id = state.queue[state.queueHead] as number;
    state.queueHead = (state.queueHead + 1) % state.queue.length;
    state.queueLength--;
    const slot = applicants.slotOf(id);
    const u = users.add();
    users.columns.ability[u] = 0.5;
    users.columns.need[u] = applicants.columns.need[slot] as number;
    users.columns.startedStep[u] = ctx.step;
    state.waitedWeeksThisStep += ctx.step - (applicants.columns.arrivedStep[slot] as number);
    applicants.remove(slot);
    state.assessedThisStep++;
    capacity--;
  }
}

function ageAndExit(state: WaitingListState): void {
  const { users, params } = state;
  const { ability, need } = users.columns;
  const alive = users.alive;
  const ageing = state.streams.ageing;
  const exits = state.streams.exits;
  state.exitsThisStep = 0;
  const n = users.slotCount;
  for (let s = 0; s < n; s++) {
    if (alive[s] !== 1) continue;
    const a = Math.max(0, (ability[s] as number) - params.abilityDecline * 2 * ageing.random());
    ability[s] = a;
    need[s] = (need[s] as number) * (1 + params.abilityDecline);
    if (exits.random() < params.exitHazardAtZero * (1 - a)) {
      users.remove(s);
      state.exitsThisStep++;
    }
  }
}

/**
 * The waiting-list demo model.
 * @example
 * const runs = replicate(waitingListModel, { params: defaultWaitingListParams, seeds: replicationSeeds(1, 20), until: 520, collect: { model: waitingListReporters } });
 */
export const waitingListModel: ModelDefinition<WaitingListParams, WaitingListState> = {
  name: 'waiting-list-demo',
  setup,
  clock: { start: '2005-01-03', unit: 'week' },
  phases: [
    { name: 'staffing', run: applyStaffing },
    { name: 'arrivals', run: arrive },
    { name: 'assessment', run: assess },
    { name: 'ageing', run: ageAndExit },
  ],
  populations: (s) => [s.applicants, s.users],
};

/** The demo's model-level series. */
export const waitingListReporters = {
  /** Applicants waiting for assessment at the end of the week. */
  waiting: (s: WaitingListState) => s.queueLength,
  /** Weeks waited, summed over those assessed this week (divide a year's sum by its `assessed`). */
  waitedWeeks: (s: WaitingListState) => s.waitedWeeksThisStep,
  /** Assessments completed this week. */
  assessed: (s: WaitingListState) => s.assessedThisStep,
  /** Users receiving care. */
  users: (s: WaitingListState) => s.users.size,
  /** Caseworkers this week. */
  caseworkers: (s: WaitingListState) => s.caseworkers,
} as const;
