/**
 * Builds the initial state: users already in service with decisions, staff spread over providers in
 * proportion to their users, municipal units and commercial firms, and the dated events.
 */
import { scheduleEvents } from '../engine/clock/index.ts';
import { createPopulation } from '../engine/population/index.ts';
import { detExp } from '../engine/rng/index.ts';
import type { SetupContext } from '../engine/simulation/index.ts';
import { Ledger } from './ledger.ts';
import { deriveMechanisms } from './mechanisms/settings.ts';
import { addProvider, createProviders } from './mechanisms/market.ts';
import { initialiseUser } from './mechanisms/demography.ts';
import { steadyResidents } from './mechanisms/nursing-homes.ts';
import { addStaff } from './mechanisms/staffing.ts';
import { equilibriumSlack } from './mechanisms/slack.ts';
import { OFFICE_SLACK, budgetedOfficeHours, startMonitoring } from './mechanisms/orderer.ts';
import { createBudget } from './mechanisms/budget.ts';
import { createTenders } from './mechanisms/lots.ts';
import { createScratch } from './mechanisms/scratch.ts';
import { paramIssue, paramsError, safeParseParams, type ModelParams, type UncheckedPatch } from './params/index.ts';
import type { BehaviourRules } from './rules.ts';
import { IN_SERVICE, IdQueue, type ModelState, type Streams, type Users } from './state.ts';
import { StepTotals } from './totals.ts';

/** A dated list of parameter changes, as scenario timelines give them. */
export interface TimelineEvent {
  readonly date: string;
  readonly set: readonly UncheckedPatch[];
}

/** What the model is built from: parsed parameters, dated events and behaviour rules. */
export interface ModelInput {
  readonly params: ModelParams;
  readonly timeline?: readonly TimelineEvent[];
}

export function setupState(input: ModelInput, ctx: SetupContext, rules: BehaviourRules): ModelState {
  const { params } = input;
  checkTimeline(params, input.timeline ?? []);
  const streams = createStreams(ctx);
  const scale = params.population.scale;
  const nUsers = Math.max(1, Math.round(params.population.initialUsers * scale));
  const users: Users = createPopulation({
    name: 'users',
    capacity: Math.ceil(nUsers * 1.3) + 64,
    fields: {
      age: 'f32',
      ability: 'f32',
      need: 'f32',
      granted: 'f32',
      status: 'u8',
      appliedStep: 'i32',
      decidedStep: 'i32',
      reviewStep: 'i32',
      queued: 'u8',
      provider: 'i16',
      assessor: 'i16',
      queen: 'u8',
      costliness: 'f32',
      satisfaction: 'f32',
      prevention: 'f32',
      unmet: 'f32',
      met: 'f32',
    },
  });
  const providers = createProviders();
  for (let i = 0; i < params.providers.municipal.count; i++) addProvider(providers, params, false);
  // Firms are present only where the regime lets outside providers in.
  if (params.governance.split === 'competitive') for (let i = 0; i < params.providers.commercial.count; i++) addProvider(providers, params, true);

  const commercialShare = providers.count > params.providers.municipal.count ? params.providers.commercial.marketShare : 0;
  for (let i = 0; i < nUsers; i++) {
    const s = users.add();
    const c = users.columns;
    initialiseUser(users, s, params, streams.setup, params.population.applicantAge + 4 + 6 * streams.setup.normal(), 1 - streams.setup.beta(1.3, 3));
    c.granted[s] = (c.need[s] as number) * expNormal(streams.setup.normal(), params.orderer.providerError);
    c.status[s] = IN_SERVICE;
    c.appliedStep[s] = -1;
    c.decidedStep[s] = -1 - streams.setup.int(params.governance.reviewWeeks);
    c.reviewStep[s] = streams.setup.random() < params.governance.decisionsWithEndDate ? (c.decidedStep[s] as number) + params.governance.reviewWeeks : -1;
    c.provider[s] = pickInitialProvider(providers.count, params.providers.municipal.count, commercialShare, streams.setup.random(), streams.setup.random());
    // Under integration a unit assessed its own users; otherwise one of the office's teams did.
    const provider = c.provider[s] as number;
    c.assessor[s] = provider < params.providers.municipal.count ? provider : Math.floor(streams.setup.random() * params.providers.municipal.count);
    c.satisfaction[s] = 0.7;
  }

  // Each unit's (and office team's) assessment practice, drawn for every slot from its own stream so
  // that every regime meets the same practices (common random numbers).
  for (let k = 0; k < providers.practice.length; k++) providers.practice[k] = streams.practice.normal();

  const staff = createPopulation({
    name: 'staff',
    capacity: Math.ceil(params.staff.initialStaff * scale * 1.3) + 64,
    fields: { provider: 'i16', motivation: 'f32', baseline: 'f32', competence: 'f32', sickWeeksLeft: 'i16' },
  });
  const usersPerProvider = new Float64Array(providers.count);
  for (let s = 0; s < users.slotCount; s++) usersPerProvider[users.columns.provider[s] as number]! += 1;
  const nStaff = Math.max(1, Math.round(params.staff.initialStaff * scale));
  for (let i = 0; i < nStaff; i++) {
    // Staff in proportion to users: the first providers get the remainder.
    let target = Math.floor((i / nStaff) * nUsers);
    let p = 0;
    while (p < providers.count - 1 && target >= (usersPerProvider[p] as number)) target -= usersPerProvider[p++] as number;
    addStaff(staff, params, streams.setup, p, 0.6 + 0.4 * streams.setup.random());
  }

  const state: ModelState = {
    params,
    mech: deriveMechanisms(params, 0),
    rules,
    users,
    staff,
    providers,
    streams,
    ledger: new Ledger(),
    totals: new StepTotals(),
    events: scheduleEvents(
      ctx.clock,
      (input.timeline ?? []).map((e) => ({ date: e.date, payload: e.set })),
    ),
    assessmentQueue: new IdQueue(),
    reassessmentQueue: new IdQueue(),
    startQueue: new IdQueue(),
    blend: 0,
    overrun: 0,
    officeHours: 0,
    officeDemand: 0,
    lastServed: nUsers,
    lastComplaints: 0,
    auditsPerWeek: 0,
    auditRate: 0,
    detection: 0,
    reportedBreachShare: 0,
    budget: createBudget(params),
    tenders: createTenders(),
    disruption: 0,
    culture: 1,
    scratch: createScratch(),
    curves: {},
    needCurve: undefined,
    nursingHomeResidents: 0,
  };
  state.nursingHomeResidents = steadyResidents(state);
  state.officeHours = budgetedOfficeHours(state);
  state.officeDemand = state.officeHours / (1 + OFFICE_SLACK);
  for (let j = 0; j < providers.count; j++) providers.xslack[j] = equilibriumSlack(state, j);
  startMonitoring(state);
  return state;
}

/**
 * Applies every dated change once, in order, before the run starts, so a mistyped path or a bad
 * value is reported at once with its place in the timeline, not years into the run.
 */
function checkTimeline(params: ModelParams, timeline: readonly TimelineEvent[]): void {
  const places = timeline.flatMap((event, i) => event.set.map((change, k) => ({ change, at: `timeline[${i}].set[${k}] (${change.path})` })));
  const result = safeParseParams(
    params,
    places.map((p) => p.change),
  );
  if (result.success) return;
  throw paramsError(
    result.error.issues.map((issue) => {
      const place = places[issue.patch ?? -1];
      return place === undefined ? issue : paramIssue(place.at, issue.expected, place.change.value, issue.hint);
    }),
  );
}

/** e^(sd·z): a log-normal multiplier with median 1 (engine-independent exp). */
export function expNormal(z: number, sd: number): number {
  return detExp(sd * z);
}

function pickInitialProvider(count: number, municipal: number, commercialShare: number, u1: number, u2: number): number {
  if (count > municipal && u1 < commercialShare) return municipal + Math.floor(u2 * (count - municipal));
  return Math.floor(u2 * municipal);
}

function createStreams(ctx: SetupContext): Streams {
  const s = (name: string) => ctx.rng.stream(name);
  return {
    setup: s('setup'),
    arrivals: s('users/arrivals'),
    decline: s('users/decline'),
    exit: s('users/exit'),
    assessment: s('orderer/assessment'),
    choice: s('users/choice'),
    complaints: s('users/complaints'),
    sickness: s('staff/sickness'),
    quitting: s('staff/quitting'),
    hiring: s('staff/hiring'),
    audits: s('providers/audits'),
    market: s('providers/market'),
    practice: s('orderer/practice'),
    tenders: s('providers/tenders'),
  };
}
