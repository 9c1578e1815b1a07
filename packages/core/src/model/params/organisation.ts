import { z } from 'zod';
import { choice, num, share } from './define.ts';

/** The orderer office (bestillerkontor): caseworker time per task. */
export const ordererSchema = z
  .strictObject({
    caseworkers: num('Caseworkers in the orderer office (or doing case work inside providers when integrated), at scale 1.', {
      default: 18,
      min: 0,
      max: 5000,
      unit: 'persons',
      grade: 'A',
      source: 'assumption',
    }),
    hoursPerWeek: num('Hours per caseworker per week available for case work.', { default: 33, min: 1, max: 48, unit: 'hours/week', grade: 'A', source: 'assumption' }),
    wagePerHour: num('Cost of a caseworker hour including social costs and office overhead.', {
      default: 700,
      min: 0,
      max: 10_000,
      unit: 'currency/hour',
      grade: 'A',
      source: 'assumption (NOK, 2010s)',
    }),
    visitHours: num('Hours for an assessment with a home visit, including travel.', { default: 4, min: 0, max: 40, unit: 'hours', grade: 'A', source: 'assumption' }),
    deskHours: num('Hours for an assessment at the desk, without seeing the user (any assessor with a backlog).', {
      default: 1.5,
      min: 0,
      max: 40,
      unit: 'hours',
      grade: 'A',
      source: 'assumption; seed 002 (decisions without seeing the user)',
    }),
    decisionHours: num('Hours to write a round decision.', { default: 1, min: 0, max: 40, unit: 'hours', grade: 'A', source: 'assumption' }),
    specificDecisionHours: num('Extra hours to write a fully detailed decision (decisionSpecificity 1).', {
      default: 2.5,
      min: 0,
      max: 40,
      unit: 'hours',
      grade: 'A',
      source: 'assumption; seed 002 (concrete decisions mean more bureaucracy)',
    }),
    reassessHours: num('Hours for a reassessment.', { default: 2, min: 0, max: 40, unit: 'hours', grade: 'A', source: 'assumption' }),
    complaintHours: num('Hours to handle one complaint.', { default: 4, min: 0, max: 80, unit: 'hours', grade: 'A', source: 'assumption' }),
    followUpHoursPerProvider: num('Weekly hours of provider follow-up and audit per provider at control intensity 1.', {
      default: 20,
      min: 0,
      max: 400,
      unit: 'hours/week',
      grade: 'A',
      source: 'assumption',
    }),
    contractHoursPerCommercial: num('Weekly hours of contract and tender management per commercial provider at measurability 0.', {
      default: 16,
      min: 0,
      max: 400,
      unit: 'hours/week',
      grade: 'A',
      source: 'assumption; Petersen et al. 2019 (2.7 % of contract value, higher for complex services)',
    }),
    invoicingHoursPerUserYear: num('Yearly hours of invoicing and settlement per user under per-unit pay.', {
      default: 1.5,
      min: 0,
      max: 100,
      unit: 'hours/user-year',
      grade: 'A',
      source: 'assumption; seed 001 (Moss: internal invoicing)',
    }),
    visitError: num('Assessment error (sd of the log ratio granted/need) after a home visit by a separate orderer.', {
      default: 0.2,
      min: 0,
      max: 2,
      unit: 'sd log',
      grade: 'A',
      source: 'assumption',
    }),
    deskError: num('Assessment error after a desk assessment.', { default: 0.45, min: 0, max: 2, unit: 'sd log', grade: 'A', source: 'assumption; seed 002 (wrong orders)' }),
    providerError: num('Assessment error when a provider reassesses a user it already serves (integrated): it knows the user, so it errs less.', {
      default: 0.12,
      min: 0,
      max: 2,
      unit: 'sd log',
      grade: 'A',
      source: 'assumption; asymmetric information (domain brief §4): the accuracy advantage holds only for users the provider knows',
    }),
    integratedCaseworkShare: share('Hours a reassessment or a complaint takes inside an integrated provider, relative to a separate office (it knows the user and the case).', {
      default: 0.5,
      grade: 'A',
      source: 'assumption; seed 002 (both sides assess the user under a split)',
    }),
    inducedDemand: num(
      "Supplier-induced demand: how far an assessor whose unit gains from what it grants pulls granted hours up, in log units at full weight on revenue or budget and no staff motivation. Applies to a provider that assesses its own users (integrated), paid per granted hour (weight: the owner's profit weight) or funded by a frame that follows its caseload (weight: budget maximisation × caseload elasticity); motivated staff resist it.",
      {
        default: 0.5,
        min: 0,
        max: 3,
        unit: 'log at full weight',
        grade: 'A',
        source: 'assumption for the size; direction from Niskanen 1971 (budget maximisation), McGuire 2000 (supplier-induced demand) and seed 000 (providers pursuing their own interest)',
      },
    ),
    rationingAtTheDoor: num(
      'When a provider assesses its own users and its capacity falls short of what it has promised, it writes new decisions down: log units per unit of shortfall (1 − its service ratio). A separate orderer has no such view of capacity, only the budget pressure.',
      {
        default: 1,
        min: 0,
        max: 5,
        unit: 'log per unit shortfall',
        grade: 'A',
        source: 'assumption; domain brief §6 (under a tight frame the pull reverses: rationing at the door)',
      },
    ),
    assessorVariation: num("Systematic difference in practice between assessing units (sd of each unit's log bias on granted hours): equal needs get different hours from different units.", {
      default: 0.15,
      min: 0,
      max: 1,
      unit: 'sd log',
      grade: 'A',
      source: "assumption; proponents' claim 1 (seed 000: equal treatment)",
    }),
    officeStandardisation: share('Share of the variation between assessors that one orderer office applying one standard removes.', {
      default: 0.6,
      grade: 'A',
      source: "assumption; proponents' claim 1 (seed 000: one office, one standard)",
    }),
    internalMonitoringShare: share("Follow-up hours an integrated organisation spends checking its own units, relative to a separate orderer's follow-up at the same control intensity.", {
      default: 0.25,
      grade: 'A',
      source: 'assumption; seed 002 (follow-up is a task the split creates)',
    }),
    selfMonitoringIndependence: share('Detection per monitoring hour when a provider checks itself, relative to an independent orderer (1: as effective).', {
      default: 0.5,
      grade: 'A',
      source: 'assumption; contract theory (domain brief §6: an independent monitor detects more per hour)',
    }),
    hoursPerAudit: num('Office hours one effective audit of a provider takes; audits per year follow from the monitoring hours actually done.', {
      default: 60,
      min: 1,
      max: 2000,
      unit: 'hours',
      grade: 'A',
      source: 'assumption',
    }),
    deskWhenBacklogWeeks: num('The office switches to desk assessments when the assessment backlog exceeds this many weeks of applications.', {
      default: 3,
      min: 0,
      max: 52,
      unit: 'weeks',
      grade: 'A',
      source: 'assumption',
    }),
    budgetBias: num('Downward bias of granted hours per unit of budget overrun (budget pressure).', {
      default: 0.5,
      min: 0,
      max: 5,
      unit: 'log per overrun share',
      grade: 'A',
      source: 'assumption',
    }),
    fixedCostPerYear: num('Fixed cost of a separate orderer office (management, premises, systems for orders and invoices) at scale 1, before it is shared over the services it orders.', {
      default: 3e6,
      min: 0,
      max: 1e10,
      unit: 'currency/year',
      grade: 'A',
      source: 'assumption (NOK); seed 001 (Moss: an office with its own management and systems)',
    }),
    servicesCovered: num(
      'Services the orderer office orders for (home care, practical help, nursing-home places, …): the simulated service carries 1/servicesCovered of its fixed cost, and abolishing the split for all of them saves the whole.',
      {
        default: 1,
        min: 1,
        max: 20,
        unit: 'services',
        grade: 'A',
        source: 'assumption; seed 001 (Moss: one office for several services)',
      },
    ),
    staffingFlexibility: share(
      'How far the council lets the office grow beyond its budgeted caseworkers toward its workload (1: fully, within about half a year; 0: not at all, a hiring freeze). The office can always shrink.',
      {
        default: 1,
        grade: 'A',
        source: 'assumption',
      },
    ),
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
        profitWeight: share('Weight a municipal result unit gives its own surplus when paid per unit.', {
          default: 0.25,
          grade: 'A',
          source: 'assumption; seed 001 (result units, negative deviations cut)',
        }),
        budgetWeight: share('Weight a municipal unit gives to growing its budget (budget maximisation) when its frame follows its caseload.', {
          default: 0.3,
          grade: 'A',
          source: 'assumption; Niskanen 1971',
        }),
      })
      .prefault({}),
    commercial: z
      .strictObject({
        count: num('Commercial providers present at the start (under competition or choice).', { default: 0, min: 0, max: 50, int: true, unit: 'firms', grade: 'A', source: 'design brief' }),
        wagePerHour: num('Cost of a care-staff hour in a commercial firm.', { default: 480, min: 0, max: 10_000, unit: 'currency/hour', grade: 'A', source: 'assumption' }),
        overheadShare: share('Overhead as a share of staff cost.', { default: 0.15, grade: 'A', source: 'assumption' }),
        knavery: share('Weight commercial owners give profit over users (0 knight, 1 knave).', { default: 0.6, grade: 'A', source: 'assumption; Le Grand 2003' }),
        marketShare: share('Share of users a commercial sector takes when users do not choose (tendered volume).', {
          default: 0.2,
          grade: 'M',
          source: 'Sweden 2011: ~20 % of hours by private providers',
        }),
        entry: z.boolean().default(true).describe('Commercial firms enter and exit on expected profit.').meta({ unit: 'setting', grade: 'A', source: 'assumption' }),
      })
      .prefault({}),
    pricePerHour: num('Per-unit price per granted or reported hour: paid to firms, and internally to municipal units under per-unit financing.', {
      default: 1150,
      min: 0,
      max: 10_000,
      unit: 'currency/hour',
      grade: 'A',
      source: "assumption: near a municipal unit's full cost per granted hour at default settings (NOK)",
    }),
    travelShare: share('Share of staff time spent travelling at reference route density.', { default: 0.22, grade: 'M', source: 'Kristiansand 2018: travel 25 % of working time' }),
    referenceUsers: num('Users per provider (at scale 1) at which travel is at its reference share; fewer users mean sparser routes.', {
      default: 2250,
      min: 1,
      max: 100_000,
      unit: 'users',
      grade: 'A',
      source: 'assumption',
    }),
    documentationShare: share('Share of staff time for documentation and reporting at no control.', { default: 0.04, grade: 'M', source: 'Kristiansand 2018: admin 2.7 %' }),
    documentationPerControl: share('Extra documentation share at control intensity 1.', { default: 0.16, grade: 'A', source: 'assumption; seed 004 (documentation "time thieves")' }),
    coordinationShare: share('Share of staff time for coordination with a separate orderer (before blending).', { default: 0.04, grade: 'A', source: 'assumption; seed 002' }),
    duplicateAssessmentHours: num('Provider hours to assess a new user again when a separate orderer assessed (before blending).', {
      default: 2,
      min: 0,
      max: 40,
      unit: 'hours',
      grade: 'A',
      source: 'seed 002 (both sides assess the user)',
    }),
    preventionShare: share('Share of direct time a fully motivated, unpressured team gives prevention and rehabilitation.', {
      default: 0.15,
      grade: 'A',
      source: 'assumption; Deloitte 2012 as quoted in seeds 000/001 (prevention rests on professional pride)',
    }),
    gamingPropensity: share('Largest share of hours a fully knavish provider over-reports or under-delivers when never audited.', {
      default: 0.15,
      grade: 'C',
      source: 'upcoding studies: +10/+23/+37 pp (Silverman & Skinner 2004)',
    }),
    specificityDiscipline: share('Share of the room for under-delivery and over-reporting that a fully detailed decision written by an independent orderer closes.', {
      default: 0.5,
      grade: 'A',
      source: 'assumption; contract theory and TCE (domain brief §6: detail in a decision narrows the room)',
    }),
    priceRule: choice(
      'How the per-unit price is set each year: "fixed" (pricePerHour throughout), "cost" (last year\'s municipal full cost per care hour delivered), "benchmark" (the lowest cost per care hour delivered among providers last year: a yardstick).',
      ['fixed', 'cost', 'benchmark'],
      {
        default: 'cost',
        grade: 'A',
        source: 'domain brief §6 (one budget process: a price from a rule); Shleifer 1985 (yardstick competition)',
      },
    ),
    accountingHoursPerWeek: num('Weekly hours of accounting and reporting a provider unit carries when it is paid per unit (a result unit with its own accounts), at scale 1.', {
      default: 10,
      min: 0,
      max: 400,
      unit: 'hours/week',
      grade: 'A',
      source: 'assumption; seed 001 (Moss: result units and internal accounts)',
    }),
    hoursPerInvoice: num('Provider hours per monthly invoice (one per user) under per-unit pay.', {
      default: 0.1,
      min: 0,
      max: 10,
      unit: 'hours/invoice',
      grade: 'A',
      source: 'assumption; seed 001 (Moss: internal invoicing)',
    }),
    lastResortFloor: share(
      'The statutory duty: the share of granted hours every user must get. Municipal units staff to it whatever their budget; a firm below it for handoverWeeks hands its users to the municipality.',
      {
        default: 0.7,
        grade: 'A',
        source: "helse- og omsorgstjenesteloven § 3-1 (the municipality must ensure necessary care); the floor's size is an assumption",
      },
    ),
    handoverWeeks: num('Weeks a firm may deliver below the floor before its users are taken over.', {
      default: 8,
      min: 1,
      max: 104,
      int: true,
      unit: 'weeks',
      grade: 'A',
      source: 'assumption',
    }),
    slack: z
      .strictObject({
        max: share(
          'Share of working time a sheltered unit would lose to slack (idle time, costly routines, overstaffing) with no pressure at all and staff without intrinsic motivation; the ceiling falls in proportion to their motivation (knights give effort unpressed).',
          {
            default: 0.3,
            grade: 'A',
            source:
              'assumption for the size (at default motivation about 11 % of working time, the order of the inefficiency DEA studies find in municipal care); Leibenstein 1966 (X-inefficiency); Le Grand 2003',
          },
        ),
        discretion: num(
          'How far room for judgment (governance.autonomy) widens the slack a unit drifts toward, relative to middling room (0.5): ceiling × (1 + discretion × (autonomy − 0.5)). Knights give effort unpressed, so it matters only as far as staff lack motivation: trust abused.',
          {
            default: 0.5,
            min: 0,
            max: 2,
            unit: 'factor per unit autonomy',
            grade: 'A',
            source: 'assumption; Leibenstein 1966 (effort discretion); Le Grand 2003 (knaves given room); SOU 2018:47 (trust presupposes those trusted)',
          },
        ),
        growthPerYear: num('Yearly drift of slack toward its maximum without pressure.', { default: 0.3, min: 0, max: 5, unit: 'per year', grade: 'A', source: 'assumption; Leibenstein 1966' }),
        squeezePerYear: num('Yearly rate at which slack is removed per unit of pressure.', { default: 1, min: 0, max: 10, unit: 'per year per unit pressure', grade: 'A', source: 'assumption' }),
        owner: num('Pressure from an owner who weighs surplus, per unit of profit weight, when revenue follows hours.', {
          default: 1,
          min: 0,
          max: 5,
          unit: 'pressure',
          grade: 'A',
          source: 'assumption; Leibenstein 1966',
        }),
        competition: num(
          'Pressure on every provider when firms compete for users who can choose, if every user were an active chooser; it scales with users.queenShare (pawns do not threaten to leave).',
          { default: 0.6, min: 0, max: 5, unit: 'pressure', grade: 'A', source: 'assumption; Le Grand 2003 (quasi-markets need real competition and choosing users)' },
        ),
        loss: num(
          'Pressure per unit of the yearly share of its users a provider loses to others (choice with teeth), for a provider that cares fully; it responds as far as its owner weighs revenue (paid per unit) or its staff are motivated, whichever is larger.',
          { default: 2, min: 0, max: 20, unit: 'pressure per share lost', grade: 'A', source: 'assumption; Hirschman (exit), Le Grand 2003' },
        ),
        benchmarking: num('Pressure per unit of governance.benchmarking (comparison with comparable units).', {
          default: 1,
          min: 0,
          max: 5,
          unit: 'pressure',
          grade: 'A',
          source: 'assumption; Shleifer 1985',
        }),
        transparency: num("Pressure from the cost transparency a separate orderer brings (orders and prices make each unit's cost visible).", {
          default: 0.3,
          min: 0,
          max: 5,
          unit: 'pressure',
          grade: 'A',
          source: "assumption; proponents' claims (seed 000)",
        }),
        oversight: num(
          'Pressure per unit of the perceived chance that audits and reviews catch shirking (the detection that deters gaming, which scales with measurability): what control buys against slack.',
          { default: 1, min: 0, max: 5, unit: 'pressure', grade: 'A', source: 'assumption; Alchian & Demsetz 1972 (monitoring team production against shirking); domain brief §6' },
        ),
        yardstick: num("Pressure per unit of a provider's cost above the price it is paid, when paid per unit (a benchmark or cost-based price).", {
          default: 2,
          min: 0,
          max: 20,
          unit: 'pressure per share above price',
          grade: 'A',
          source: 'assumption; Shleifer 1985 (yardstick competition)',
        }),
      })
      .prefault({})
      .describe('X-inefficiency of provider units (Leibenstein 1966) and the pressures that squeeze it.'),
  })
  .describe('Provider units and firms, their costs and time use.');

/** Money: the council's frame and its yearly budget round. */
export const budgetSchema = z
  .strictObject({
    framePerYear: num("The council's budget frame for the service in the first year, at scale 1; later years follow the council's yearly budget round.", {
      default: 2.3e9,
      min: 0,
      max: 1e12,
      unit: 'currency/year',
      grade: 'A',
      source: 'assumption: sized so the default (integrated, frame-funded) municipality starts near balance',
    }),
    overrunCover: share(
      "One budget process for every financing mode: the share of last year's overrun (or underspend) the council adds to (or takes from) next year's frame. 1 covers every deficit (a soft budget), 0 never adjusts; persistent deficits need a value below 1.",
      {
        default: 0.5,
        grade: 'A',
        source: 'assumption; Kornai 1986 (soft budget constraint); kommuneloven (deficits must be covered)',
      },
    ),
    caseloadElasticity: share("How far next year's frame follows the change in granted hours (demography and caseload funding): what lets a budget-maximising assessor grow its budget.", {
      default: 0.5,
      grade: 'A',
      source: 'assumption; Niskanen 1971',
    }),
    waitResponse: num("Rise of next year's frame per week of mean wait for a service start above two weeks (waiting lists bring money).", {
      default: 0.01,
      min: 0,
      max: 0.5,
      unit: 'share per week',
      grade: 'A',
      source: 'assumption',
    }),
  })
  .describe("The budget frame and the council's yearly budget round.");

/** Multipliers on transaction costs. */
export const transactionCostsSchema = z
  .strictObject({
    scale: num('Multiplier on every transaction-cost item (0 turns all of them off).', { default: 1, min: 0, max: 10, unit: 'factor', grade: 'A', source: 'design brief' }),
  })
  .describe('Transaction costs.');
