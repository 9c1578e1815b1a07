import { z } from 'zod';
import { choice, flag, num, share } from './define.ts';

/**
 * The governance regime as mechanism settings. No outcome formula reads a regime's name: `split`
 * says who assesses and who delivers, `financing` how money follows the work, and the intensities
 * say how much control, how specific the decisions and how much professional room there is.
 */
export const governanceSchema = z
  .strictObject({
    split: choice(
      'Who assesses and who delivers: "integrated" (the provider assesses and delivers), "internal" (a separate orderer office, municipal providers only), "competitive" (orderer office plus commercial providers by tender and/or user choice).',
      ['integrated', 'internal', 'competitive'],
      { default: 'integrated', grade: 'M', source: 'domain brief §1; Hovik & Stigen 2008 via seed 002' },
    ),
    financing: choice(
      'How providers are paid: "frame" (a budget per unit, no money follows each order), "perUnitGranted" (a price per ordered hour), "perUnitPerformed" (a price per reported delivered hour).',
      ['frame', 'perUnitGranted', 'perUnitPerformed'],
      { default: 'frame', grade: 'M', source: 'seed 000 (Bergen ABF, Stavanger ABI); SKR 2024 (Sweden: granted vs performed time)' },
    ),
    userChoice: flag('Users may choose and switch provider (brukervalg / LOV); money follows the user.', {
      default: false,
      grade: 'M',
      source: 'seed 000; Bergen byrådssak 42/09',
    }),
    tendering: flag(
      'Contracts for areas of the service are put out to tender when they expire (LOU; competition for the market; see `tendering.*`). Needs split "competitive"; combines with userChoice (choice at a set price) and with providers.priceRule "benchmark" (a computed comparison price).',
      {
        default: false,
        grade: 'M',
        source: 'domain brief §6 (Sweden: LOV and LOU side by side); Hjelmar et al. 2013',
      },
    ),
    controlIntensity: share('Documentation and reporting demands, audits and KPIs, 0 (none) to 1 (heavy).', {
      default: 0.3,
      grade: 'A',
      source: 'assumption; seed 004 (Vänersborg NPM steering) for the high end',
    }),
    decisionSpecificity: share('How detailed individual decisions are: 0 round (open), 1 minute-by-minute task lists.', {
      default: 0.3,
      grade: 'A',
      source: 'assumption; seed 002 (round decisions in an Oslo district)',
    }),
    autonomy: share('Room for professional judgment (trust-based steering high).', {
      default: 0.6,
      grade: 'A',
      source: 'assumption; SOU 2018:47 via seed 004',
    }),
    benchmarking: share(
      "How far units' costs and results are compared with comparable units' (KOSTRA-style key figures, published rankings), 0 none to 1 routine and consequential: a pressure on slack under every regime.",
      {
        default: 0.3,
        grade: 'A',
        source: 'assumption; Shleifer 1985 (yardstick competition); KOSTRA reporting is mandatory for Norwegian municipalities',
      },
    ),
    decisionsWithEndDate: share('Share of decisions with an end date, i.e. a scheduled reassessment.', {
      default: 0.37,
      grade: 'M',
      source: 'BMC Health Serv Res 2017: 41 % and 85 % without end date in two municipalities (mean 63 % without)',
    }),
    reviewWeeks: num('Weeks until a decision with an end date is reassessed.', {
      default: 52,
      min: 4,
      max: 260,
      int: true,
      unit: 'weeks',
      grade: 'A',
      source: 'assumption',
    }),
    blendingPerYear: share('Yearly drift of a separate orderer and municipal providers toward blended roles (cooperation, rounder decisions, less duplicated assessment, weaker control).', {
      default: 0.1,
      unit: 'per year',
      grade: 'A',
      source: 'assumption; direction from seed 002 and seed 001 (slide 18)',
    }),
    blendSpecificity: share('Share of decision specificity a fully blended orderer and provider give up (round decisions, seed 002).', {
      default: 0.7,
      grade: 'A',
      source: 'assumption; direction from seed 002 (round decisions in an Oslo district)',
    }),
    blendControl: share('Share of control intensity a fully blended orderer and provider give up (they trust each other).', {
      default: 0.5,
      grade: 'A',
      source: 'assumption; direction from seed 002',
    }),
    blendAssessment: share(
      "How far a fully blended orderer assesses like the provider itself: its error moves toward the provider's, its independence toward self-monitoring, and the provider's pull on what is granted returns.",
      {
        default: 0.5,
        grade: 'A',
        source: 'assumption; seed 002 (providers become the premise-givers for revisions)',
      },
    ),
  })
  .describe('Governance regime: who orders, who delivers, how money flows, how much control and autonomy.');

/** The governance parameters, parsed (see {@link governanceSchema}). */
export type Governance = z.infer<typeof governanceSchema>;
