import { z } from 'zod';
import { num, share } from './define.ts';

/** The orderer office (bestillerkontor): caseworker time per task. */
export const ordererSchema = z
  .strictObject({
    caseworkers: num('Caseworkers in the orderer office (or doing case work inside providers when integrated), at scale 1.', {
      default: 18, min: 0, max: 5000, unit: 'persons', grade: 'A', source: 'assumption',
    }),
    hoursPerWeek: num('Hours per caseworker per week available for case work.', { default: 33, min: 1, max: 48, unit: 'hours/week', grade: 'A', source: 'assumption' }),
    wagePerHour: num('Cost of a caseworker hour including social costs and office overhead.', {
      default: 700, min: 0, max: 10_000, unit: 'currency/hour', grade: 'A', source: 'assumption (NOK, 2010s)',
    }),
    visitHours: num('Hours for an assessment with a home visit, including travel.', { default: 4, min: 0, max: 40, unit: 'hours', grade: 'A', source: 'assumption' }),
    deskHours: num('Hours for an assessment at the desk, without seeing the user.', { default: 1.5, min: 0, max: 40, unit: 'hours', grade: 'A', source: 'assumption; seed 002 (decisions without seeing the user)' }),
    decisionHours: num('Hours to write a round decision.', { default: 1, min: 0, max: 40, unit: 'hours', grade: 'A', source: 'assumption' }),
    specificDecisionHours: num('Extra hours to write a fully detailed decision (decisionSpecificity 1).', {
      default: 2.5, min: 0, max: 40, unit: 'hours', grade: 'A', source: 'assumption; seed 002 (concrete decisions mean more bureaucracy)',
    }),
    reassessHours: num('Hours for a reassessment.', { default: 2, min: 0, max: 40, unit: 'hours', grade: 'A', source: 'assumption' }),
    complaintHours: num('Hours to handle one complaint.', { default: 4, min: 0, max: 80, unit: 'hours', grade: 'A', source: 'assumption' }),
    followUpHoursPerProvider: num('Weekly hours of provider follow-up and audit per provider at control intensity 1.', {
      default: 20, min: 0, max: 400, unit: 'hours/week', grade: 'A', source: 'assumption',
    }),
    contractHoursPerCommercial: num('Weekly hours of contract and tender management per commercial provider at measurability 0.', {
      default: 16, min: 0, max: 400, unit: 'hours/week', grade: 'A', source: 'assumption; Petersen et al. 2019 (2.7 % of contract value, higher for complex services)',
    }),
    invoicingHoursPerUserYear: num('Yearly hours of invoicing and settlement per user under per-unit pay.', {
      default: 1.5, min: 0, max: 100, unit: 'hours/user-year', grade: 'A', source: 'assumption; seed 001 (Moss: internal invoicing)',
    }),
    visitError: num('Assessment error (sd of the log ratio granted/need) after a home visit by a separate orderer.', {
      default: 0.2, min: 0, max: 2, unit: 'sd log', grade: 'A', source: 'assumption',
    }),
    deskError: num('Assessment error after a desk assessment.', { default: 0.45, min: 0, max: 2, unit: 'sd log', grade: 'A', source: 'assumption; seed 002 (wrong orders)' }),
    providerError: num('Assessment error when the provider who sees the user assesses (integrated).', {
      default: 0.12, min: 0, max: 2, unit: 'sd log', grade: 'A', source: 'assumption; asymmetric information (domain brief §4)',
    }),
    providerAssessorBias: num('When the provider assesses (integrated), how far it writes decisions down to ease its own workload, per unit of lost staff motivation: the conflict of interest a separate orderer is meant to remove.', {
      default: 0.4, min: 0, max: 3, unit: 'log per unit lost motivation', grade: 'C', source: 'proponents\' claim 1 (seed 000: separation avoids conflicts of interest); size an assumption',
    }),
    deskWhenBacklogWeeks: num('The office switches to desk assessments when the assessment backlog exceeds this many weeks of applications.', {
      default: 3, min: 0, max: 52, unit: 'weeks', grade: 'A', source: 'assumption',
    }),
    budgetBias: num('Downward bias of granted hours per unit of budget overrun (budget pressure).', {
      default: 0.5, min: 0, max: 5, unit: 'log per overrun share', grade: 'A', source: 'assumption',
    }),
    staffingFlexibility: share('How far the council lets the office grow beyond its budgeted caseworkers toward its workload (1: fully, within about half a year; 0: not at all, a hiring freeze). The office can always shrink.', {
      default: 1, grade: 'A', source: 'assumption',
    }),
  })
  .describe('The orderer office and the time its tasks take.');

/** Providers: municipal units and commercial firms. */
export const providersSchema = z
  .strictObject({
    municipal: z
      .strictObject({
        count: num('Municipal provider units.', { default: 4, min: 1, max: 50, int: true, unit: 'units', grade: 'A', source: 'assumption' }),
        wagePerHour: num('Cost of a care-staff hour (wage and social costs).', { default: 520, min: 0, max: 10_000, unit: 'currency/hour', grade: 'A', source: 'assumption (NOK)' }),
        overheadShare: share('Overhead as a share of staff cost.', { default: 0.12, grade: 'A', source: 'assumption' }),
        profitWeight: share('Weight a municipal result unit gives its own surplus when paid per unit.', { default: 0.25, grade: 'A', source: 'assumption; seed 001 (result units, negative deviations cut)' }),
      })
      .prefault({}),
    commercial: z
      .strictObject({
        count: num('Commercial providers present at the start (under competition or choice).', { default: 0, min: 0, max: 50, int: true, unit: 'firms', grade: 'A', source: 'design brief' }),
        wagePerHour: num('Cost of a care-staff hour in a commercial firm.', { default: 480, min: 0, max: 10_000, unit: 'currency/hour', grade: 'A', source: 'assumption' }),
        overheadShare: share('Overhead as a share of staff cost.', { default: 0.15, grade: 'A', source: 'assumption' }),
        knavery: share('Weight commercial owners give profit over users (0 knight, 1 knave).', { default: 0.6, grade: 'A', source: 'assumption; Le Grand 2003' }),
        marketShare: share('Share of users a commercial sector takes when users do not choose (tendered volume).', { default: 0.2, grade: 'M', source: 'Sweden 2011: ~20 % of hours by private providers' }),
        entry: z.boolean().default(true).describe('Commercial firms enter and exit on expected profit.').meta({ unit: 'setting', grade: 'A', source: 'assumption' }),
      })
      .prefault({}),
    pricePerHour: num('Per-unit price per granted or reported hour: paid to firms, and internally to municipal units under per-unit financing.', {
      default: 1150, min: 0, max: 10_000, unit: 'currency/hour', grade: 'A', source: 'assumption: near a municipal unit\'s full cost per granted hour at default settings (NOK)',
    }),
    travelShare: share('Share of staff time spent travelling at reference route density.', { default: 0.22, grade: 'M', source: 'Kristiansand 2018: travel 25 % of working time' }),
    referenceUsers: num('Users per provider (at scale 1) at which travel is at its reference share; fewer users mean sparser routes.', {
      default: 2250, min: 1, max: 100_000, unit: 'users', grade: 'A', source: 'assumption',
    }),
    documentationShare: share('Share of staff time for documentation and reporting at no control.', { default: 0.04, grade: 'M', source: 'Kristiansand 2018: admin 2.7 %' }),
    documentationPerControl: share('Extra documentation share at control intensity 1.', { default: 0.16, grade: 'A', source: 'assumption; seed 004 (documentation "time thieves")' }),
    coordinationShare: share('Share of staff time for coordination with a separate orderer (before blending).', { default: 0.04, grade: 'A', source: 'assumption; seed 002' }),
    duplicateAssessmentHours: num('Provider hours to assess a new user again when a separate orderer assessed (before blending).', {
      default: 2, min: 0, max: 40, unit: 'hours', grade: 'A', source: 'seed 002 (both sides assess the user)',
    }),
    preventionShare: share('Share of direct time a fully motivated, unpressured team gives prevention and rehabilitation.', {
      default: 0.15, grade: 'A', source: 'assumption; Deloitte 2012 as quoted in seeds 000/001 (prevention rests on professional pride)',
    }),
    gamingPropensity: share('Largest share of hours a fully knavish provider over-reports or under-delivers when never audited.', {
      default: 0.15, grade: 'C', source: 'upcoding studies: +10/+23/+37 pp (Silverman & Skinner 2004)',
    }),
    auditsPerYear: num('Audits per provider per year at control intensity 1.', { default: 4, min: 0, max: 52, unit: 'audits/year', grade: 'A', source: 'assumption' }),
  })
  .describe('Provider units and firms, their costs and time use.');

/** Money: the council's frame. */
export const budgetSchema = z
  .strictObject({
    framePerYear: num('The council\'s budget frame for the service per year, at scale 1.', {
      default: 2.3e9, min: 0, max: 1e12, unit: 'currency/year', grade: 'A', source: 'assumption: sized so the default (integrated, frame-funded) municipality starts near balance',
    }),
  })
  .describe('The budget frame.');

/** Multipliers on transaction costs. */
export const transactionCostsSchema = z
  .strictObject({
    scale: num('Multiplier on every transaction-cost item (0 turns all of them off).', { default: 1, min: 0, max: 10, unit: 'factor', grade: 'A', source: 'design brief' }),
  })
  .describe('Transaction costs.');
