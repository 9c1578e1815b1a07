import type { EventSchedule } from '../engine/clock/index.ts';
import type { Population } from '../engine/population/index.ts';
import type { RandomStream } from '../engine/rng/index.ts';
import type { Ledger } from './ledger.ts';
import type { ModelParams, UncheckedPatch } from './params/index.ts';
import type { BehaviourRules } from './rules.ts';
import type { StepTotals } from './totals.ts';
import type { ExpCurve, PowerCurve } from './mechanisms/curves.ts';

/** User status (u8 column). */
export const WAITING_ASSESSMENT = 0;
export const WAITING_START = 1;
export const IN_SERVICE = 2;

/** Users as struct-of-arrays (brukere). */
export type Users = Population<{
  age: 'f32';
  ability: 'f32';
  /** True need, hours per week, from ability. */
  need: 'f32';
  /** Hours per week in the current decision (vedtak). */
  granted: 'f32';
  status: 'u8';
  appliedStep: 'i32';
  decidedStep: 'i32';
  /** Step of the scheduled reassessment, −1 for a decision without end date. */
  reviewStep: 'i32';
  /** 1 while a reassessment is queued. */
  queued: 'u8';
  provider: 'i16';
  /** The unit (integrated) or office team (split) that assessed the user: whose practice the decision carries. */
  assessor: 'i16';
  /** 1 for an active chooser ("queen"), 0 for a "pawn". */
  queen: 'u8';
  /** Cost factor of serving this user (distance, complexity); what cream-skimming selects on. */
  costliness: 'f32';
  satisfaction: 'f32';
  /** Last week's prevention and rehabilitation hours and unmet share of need (what neither formal nor informal care covered). */
  prevention: 'f32';
  unmet: 'f32';
  /** Last week's share of need met by formal care: the work that restores ability (`service.restoration`). */
  met: 'f32';
}>;

/** Care staff as struct-of-arrays (ansatte). */
export type Staff = Population<{
  provider: 'i16';
  motivation: 'f32';
  /** Motivation the person brought (their "knight" level); the target moves around it. */
  baseline: 'f32';
  competence: 'f32';
  sickWeeksLeft: 'i16';
}>;

/** Providers (utførere) as a fixed table of typed arrays, one slot per unit or firm ever present. */
export interface Providers {
  count: number;
  readonly active: Uint8Array;
  readonly commercial: Uint8Array;
  readonly wage: Float64Array;
  readonly overhead: Float64Array;
  /** Weight the owner gives own surplus over users (0 knight … 1 knave). */
  readonly profitWeight: Float64Array;
  /** Learned gaming level 0–1: creeps up unaudited, falls when caught. */
  readonly gaming: Float64Array;
  /** Perceived quality: smoothed mean satisfaction of its users. */
  readonly quality: Float64Array;
  /** Smoothed weekly surplus per user. */
  readonly surplus: Float64Array;
  readonly vacancies: Int32Array;
  /** Staff who quit this step, and the smoothed yearly quit rate (continuity suffers). */
  readonly quits: Int32Array;
  readonly turnover: Float64Array;
  /** Each unit's (or office team's) assessment practice: a standard normal draw, fixed for the run. */
  readonly practice: Float64Array;
  /** X-inefficiency: the share of working time lost to slack (Leibenstein 1966). */
  readonly xslack: Float64Array;
  /** Smoothed yearly share of its users a provider loses to others by their choice. */
  readonly lossRate: Float64Array;
  /** Consecutive weeks a firm has delivered below the statutory floor. */
  readonly belowFloor: Int32Array;
  /** This budget year's cost and care hours delivered so far (the price rule reads last year's). */
  readonly costYear: Float64Array;
  readonly deliveredYear: Float64Array;
  /** The price per hour of the lots a firm holds (mean over them; 0: paid the common price), and how many. */
  readonly contractPrice: Float64Array;
  readonly lotsHeld: Int32Array;
  /** The area a provider's routes cover, relative to a municipal unit's area without tendering (1); under tendering, lots are areas. */
  readonly coverage: Float64Array;
  /** Learning loops: the share of travel, documentation and idle time better practice saves; whether a learning group meets; smoothed cost per care hour. */
  readonly learned: Float64Array;
  readonly learningGroup: Uint8Array;
  readonly unitCost: Float64Array;
  /** A unit's sick share of staff, smoothed like its cost per care hour (learning.ts); its users' rating is `quality`. */
  readonly unitSick: Float64Array;
  // Per-step figures, recomputed each step:
  readonly users: Int32Array;
  readonly started: Int32Array;
  /** Users who left this provider for another this step. */
  readonly lost: Int32Array;
  readonly staff: Int32Array;
  readonly sick: Int32Array;
  readonly staffHours: Float64Array;
  readonly tempHours: Float64Array;
  readonly motivationSum: Float64Array;
  readonly competenceSum: Float64Array;
  readonly demand: Float64Array;
  readonly serviceRatio: Float64Array;
  readonly deliverFactor: Float64Array;
  readonly reportFactor: Float64Array;
  readonly preventionPerUser: Float64Array;
  readonly complaints: Int32Array;
  readonly costlinessSum: Float64Array;
  readonly satisfactionSum: Float64Array;
  readonly granted: Float64Array;
  readonly delivered: Float64Array;
  readonly slack: Float64Array;
  /** Care hours the provider could give this step (direct time less prevention). */
  readonly careCapacity: Float64Array;
  /** Money the provider can spend per week on staff: its share of the frame, or its revenue. */
  readonly budget: Float64Array;
  /** This step's cost (staff time, sick pay, temps, overhead) and payment received. */
  readonly cost: Float64Array;
  readonly revenue: Float64Array;
}

/** Named streams, one per mechanism (common random numbers across scenarios). */
export interface Streams {
  readonly setup: RandomStream;
  readonly arrivals: RandomStream;
  readonly decline: RandomStream;
  readonly exit: RandomStream;
  readonly assessment: RandomStream;
  readonly choice: RandomStream;
  readonly complaints: RandomStream;
  readonly sickness: RandomStream;
  readonly quitting: RandomStream;
  readonly hiring: RandomStream;
  readonly audits: RandomStream;
  readonly market: RandomStream;
  readonly practice: RandomStream;
  readonly tenders: RandomStream;
}

/** The whole state of one simulation of the purchaser–provider model. */
export interface ModelState {
  params: ModelParams;
  mech: Mechanisms;
  readonly rules: BehaviourRules;
  readonly users: Users;
  readonly staff: Staff;
  readonly providers: Providers;
  readonly streams: Streams;
  readonly ledger: Ledger;
  readonly totals: StepTotals;
  readonly events: EventSchedule<readonly UncheckedPatch[]>;
  /** Applicants waiting for assessment and users queued for reassessment: ids, first in first out. */
  readonly assessmentQueue: IdQueue;
  readonly reassessmentQueue: IdQueue;
  /** Decided users waiting for a provider to start, oldest decision first. */
  readonly startQueue: IdQueue;
  /** How far orderer and municipal providers have blended (0 separate … 1 one unit). */
  blend: number;
  /** Budget overrun share (spending / frame − 1), exponentially smoothed over about 13 weeks: budget pressure. */
  overrun: number;
  /** Hours per week the orderer office (or the integrated case work) has; adapts to its workload. */
  officeHours: number;
  /** Smoothed weekly office workload in hours. */
  officeDemand: number;
  /** Users in service and complaints made last step (read by the office this step). */
  lastServed: number;
  lastComplaints: number;
  /** Effective audits per provider this week, and the chance a gaming provider is caught within a clawback period. */
  auditsPerWeek: number;
  /** Audits per week smoothed over a clawback period: the risk providers perceive. */
  auditRate: number;
  detection: number;
  /** Reported share of starts beyond the waiting-time target, smoothed over a quarter: what a sanction responds to. */
  reportedBreachShare: number;
  /** The council's budget process: this year's frame (currency/year) and per-unit price (currency/hour). */
  readonly budget: BudgetProcess;
  /** The lots' contracts under tendering (mechanisms/tendering.ts). */
  readonly tenders: Tenders;
  /** What is left of a reorganisation's disruption (1 when it happens, fading to 0). */
  disruption: number;
  /** How far staff believe in the current way of steering: 0 right after it changed, 1 once settled (mechanisms/steering.ts). */
  culture: number;
  /** Arrays and objects the phases reuse every step, one set per simulation (mechanisms/scratch.ts). */
  readonly scratch: Scratch;
  /** Tabulated hazard curves, keyed by what they depend on (rebuilt when a slope changes). */
  readonly curves: Record<string, { k: number; curve: ExpCurve } | undefined>;
  /** Tabulated (1 − ability)^needShape. */
  needCurve: PowerCurve | undefined;
  /** Nursing-home residents, an expected count (not agents): users who left home for a place the municipality pays for. */
  nursingHomeResidents: number;
}

/** What the council's yearly budget process keeps between years (mechanisms/budget.ts). */
export interface BudgetProcess {
  /** The calendar year being accumulated; −1 before the first step. */
  year: number;
  /** This year's frame at scale, currency per year, and the per-unit price, currency per hour. */
  frame: number;
  price: number;
  /** Sums over the year so far. */
  spending: number;
  budgetIn: number;
  granted: number;
  startWaitSum: number;
  started: number;
  weeks: number;
  /** Last year's mean weekly granted hours (0 before a year has passed). */
  lastGranted: number;
  /** Last year's municipal full cost per care hour delivered (the price per hour before a year has passed): what bids are measured against. */
  municipalCostPerHour: number;
}

/** A growable FIFO ring of agent ids. */
export class IdQueue {
  #ids = new Int32Array(256);
  #head = 0;
  #length = 0;
  get length(): number {
    return this.#length;
  }
  push(id: number): void {
    if (this.#length === this.#ids.length) {
      const grown = new Int32Array(this.#ids.length * 2);
      for (let i = 0; i < this.#length; i++) grown[i] = this.#ids[(this.#head + i) % this.#ids.length] as number;
      this.#ids = grown;
      this.#head = 0;
    }
    this.#ids[(this.#head + this.#length) % this.#ids.length] = id;
    this.#length++;
  }
  shift(): number {
    const id = this.#ids[this.#head] as number;
    this.#head = (this.#head + 1) % this.#ids.length;
    this.#length--;
    return id;
  }
}

/** The lots' contracts: who holds each (−1: the municipal units), at what price, until which step (mechanisms/lots.ts). */
export interface Tenders {
  readonly holder: Int16Array;
  readonly price: Float64Array;
  readonly ends: Int32Array;
  /** Tender rounds held so far (the municipality's experience). */
  rounds: number;
}

/** Governance settings as the mechanism switches and intensities the phases use (mechanisms/settings.ts derives them). */
export interface Mechanisms {
  /** A separate orderer office assesses and decides (split ≠ integrated). */
  readonly separateOrderer: boolean;
  /** Commercial providers may take users (competitive split). */
  readonly outsideProviders: boolean;
  /** Lots are put out to tender (governance.tendering under a competitive split). */
  readonly tendering: boolean;
  /** Municipal providers' revenue follows hours (per-unit financing). */
  readonly municipalPaidPerUnit: boolean;
  /** Payment follows reported hours (so over-reporting pays) rather than granted hours. */
  readonly paidOnReported: boolean;
  /** Invoicing and settlement per user are needed. */
  readonly invoicing: boolean;
  /** Decision specificity after blending. */
  readonly specificity: number;
  /** Control intensity felt by providers after blending. */
  readonly control: number;
  /** Share of the pre-blending coordination and duplicated assessment still done. */
  readonly separation: number;
  /** Error (sd of log granted/need) when reassessing a user in service: lower where the assessor knows the user. */
  readonly reassessError: number;
  /** Provider flexibility: how far delivery follows true need rather than the decision. */
  readonly flexibility: number;
  /** Transaction-cost multiplier. */
  readonly tc: number;
  /**
   * How independent the assessor and the monitor are of the providers: 1 for a separate orderer,
   * `selfMonitoringIndependence` for an integrated provider checking itself; blending moves a
   * separate orderer toward the latter.
   */
  readonly independence: number;
  /** How far the provider's own interest reaches what is granted: 1 integrated, 0 for a separate orderer, rising with blending. */
  readonly assessorInterest: number;
  /** Multiplier on the variation between assessing units: 1 integrated, 1 − officeStandardisation for one office (less as it blends). */
  readonly assessorSpread: number;
}

/**
 * Working arrays the phases fill and read within one step, allocated once per simulation so that
 * nothing allocates per step and no two simulations share them (mechanisms/scratch.ts).
 */
export interface Scratch {
  /** Per provider: how far it follows need upward (delivery), effectiveness, continuity and delivered share of its care (delivery), felt control (staffing). */
  readonly upward: Float64Array;
  readonly effectiveness: Float64Array;
  readonly continuity: Float64Array;
  readonly deliveredShare: Float64Array;
  readonly felt: Float64Array;
  /** A chooser's perceived quality per provider slot, and the context the choice rule sees (market). */
  readonly quality: Float64Array;
  readonly choice: { quality: Float64Array; sensitivity: number; u: number };
  /** One tender round's bidders: cost, wage and slot (−1 for an outside firm) (tendering). */
  readonly bidCost: Float64Array;
  readonly bidWage: Float64Array;
  readonly bidSlot: Int32Array;
  /** One hand-over of a lot: users moved from and to each provider, and users each served (tendering). */
  readonly movedFrom: Int32Array;
  readonly movedTo: Int32Array;
  readonly servedBy: Int32Array;
}
