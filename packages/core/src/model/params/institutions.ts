import { z } from 'zod';
import { choice, flag, num, share } from './define.ts';

/**
 * Competition for the market (LOU tendering): the service is divided into lots (areas) whose
 * contracts are put out to tender when they expire. Bidders bid from their own cost with the markup
 * of a first-price sealed-bid auction with private costs, which falls as bidders increase.
 */
export const tenderingSchema = z
  .strictObject({
    lots: num('Contracts (areas) the service is divided into; each user belongs to one.', {
      default: 4,
      min: 1,
      max: 40,
      int: true,
      unit: 'lots',
      grade: 'A',
      source: 'assumption (home-care tenders are let by district)',
    }),
    share: share('Share of the lots put out to tender; the rest stay with the municipal units.', {
      default: 0.5,
      grade: 'A',
      source: 'assumption; Sweden 2011: about 20 % of home-care hours by private providers, more in municipalities that tender',
    }),
    contractYears: num('Length of a contract; the lot is tendered again when it expires.', {
      default: 4,
      min: 1,
      max: 15,
      int: true,
      unit: 'years',
      grade: 'M',
      source: 'EU Directive 2014/24/EU art. 33 and LOU: framework agreements at most 4 years',
    }),
    bidders: num('Mean number of outside firms bidding for a lot (Poisson), besides the firms already present.', {
      default: 3,
      min: 0,
      max: 30,
      unit: 'bidders',
      grade: 'A',
      source: 'assumption; Petersen, Hjelmar & Vrangbæk 2018 (few bidders in welfare tenders)',
    }),
    costSpread: share("Half-width of bidders' own cost around the reference cost per care hour (uniform private costs), as a share.", {
      default: 0.15,
      grade: 'A',
      source: 'assumption',
    }),
    estimateError: num("Error (sd, share) with which a bidder estimates its own cost per care hour: the lowest bid is often the most mistaken (the winner's curse).", {
      default: 0.08,
      min: 0,
      max: 1,
      unit: 'sd share',
      grade: 'A',
      source: "assumption; Thaler 1988 (the winner's curse)",
    }),
    entrantPremium: share("Extra cost per care hour of a bidder that does not hold the lot, per unit of asset specificity: local knowledge, staff and routes to build (the incumbent's edge).", {
      default: 0.1,
      grade: 'A',
      source: 'assumption; Williamson 1985 (asset specificity: the fundamental transformation)',
    }),
    inHouseBids: flag('The municipal units may bid for a tendered lot at their own cost (a control bid, Danish kontrolbud); otherwise a lot without bids stays with them.', {
      default: false,
      grade: 'M',
      source: 'Danish kontrolbud rules (Slagelse); Swedish LOU does not let the municipality bid in its own tender',
    }),
    exAnteShare: share("Ex-ante transaction costs of a tender round (preparing, evaluating, awarding) as a share of the contract's value, for a service of average measurability (0.5).", {
      default: 0.027,
      grade: 'M',
      source: 'Petersen et al. 2019 (Danish municipalities: about 2.7 % of contract value)',
    }),
    complexityPremium: num('How much more a round costs per unit of measurability below 0.5 (and less above): ex-ante share × (1 + premium × (0.5 − measurability)).', {
      default: 1,
      min: 0,
      max: 2,
      unit: 'factor',
      grade: 'C',
      source: 'Petersen et al. 2019 (higher for complex services); the size is an assumption',
    }),
    learning: num("Fall in a round's ex-ante cost per round already held: share × 1 / (1 + learning × rounds held).", {
      default: 0.2,
      min: 0,
      max: 5,
      unit: 'per round',
      grade: 'C',
      source: 'Petersen et al. 2019 (lower with experience); the size is an assumption',
    }),
    renegotiation: share('Chance that a lot holder in sustained deficit gets its price raised to its cost rather than failing (a low bid turns into renegotiation).', {
      default: 0.5,
      grade: 'A',
      source: 'assumption; Bajari, Houghton & Tadelis 2014 (renegotiation of low bids)',
    }),
    staffTransfer: share("Share of a provider's staff serving a lot that follow its users to the new holder (transfer of undertaking); the rest stay and shrink by attrition.", {
      default: 0.8,
      grade: 'A',
      source: 'arbeidsmiljøloven kap. 16 and Directive 2001/23/EC (staff follow a transferred activity; whether a re-tender is a transfer is decided case by case, hence below 1)',
    }),
    award: choice(
      'How a tendered lot is let: "lowestBid" (sealed bids, the lowest wins and is paid its bid) or "comparisonPrice" (the HOD deal, seed 003: no bidding; a firm that joins the municipality\'s measurement and learning is guaranteed the lot at a price the municipality computes from its own units\' cost per care hour, and keeps it while it stays in business).',
      ['lowestBid', 'comparisonPrice'],
      {
        default: 'lowestBid',
        grade: 'M',
        source: "LOU / EU Directive 2014/24/EU (bids); seed 003 (Slagelse's HOD: a guaranteed share and a computed comparison price)",
      },
    ),
    comparisonCostShare: share(
      "Cost of setting a comparison price and agreeing the deal, as a share of a tender round's ex-ante cost (no bids to invite or evaluate, but the municipality's own cost accounting).",
      {
        default: 0.3,
        grade: 'A',
        source: 'assumption; seed 003 (the municipality computes the comparison price)',
      },
    ),
    contestability: num('Pressure on the slack of a lot holder from the prospect of losing its lot at the next round.', {
      default: 0.5,
      min: 0,
      max: 5,
      unit: 'pressure',
      grade: 'A',
      source: 'assumption; Baumol, Panzar & Willig 1982 (contestable markets); Le Grand 2003',
    }),
  })
  .describe('Tender rounds (competition for the market): lots, contracts, bids and their costs.');

/** Tendering parameters, parsed. */
export type Tendering = z.infer<typeof tenderingSchema>;

/**
 * What a change of regime costs: a one-off cost and a period of disruption when the split is
 * introduced or abolished, or financing changes.
 */
export const reorganisationSchema = z
  .strictObject({
    costShare: share(
      "One-off cost of a reorganisation (introducing or abolishing the split, or changing how providers are paid) as a share of a year's frame: project staff, consultants, new systems, severance.",
      {
        default: 0.01,
        grade: 'A',
        source: 'assumption; seed 001 (Moss: the reorganisation itself cost time and money)',
      },
    ),
    disruptionWeeks: num('Weeks the disruption lasts; it fades linearly (culture does not change at once).', {
      default: 78,
      min: 0,
      max: 520,
      int: true,
      unit: 'weeks',
      grade: 'C',
      source: 'Fulop et al. 2002 (BMJ: mergers of NHS trusts set service development back at least 18 months)',
    }),
    productivityLoss: share("Share of care staff's working time lost at the start of the disruption (new routines, uncertainty, meetings).", {
      default: 0.03,
      grade: 'A',
      source: 'assumption; Fulop et al. 2002 (management attention diverted)',
    }),
    steeringShare: share(
      "Share of a reorganisation's one-off cost and peak disruption that a change of steering alone carries (control, decision detail, autonomy, benchmarking, bottom lines, collegial review, support or learning time changed without the split or financing).",
      {
        default: 0.5,
        grade: 'A',
        source: "assumption; seed 004 (Vänersborg's central scheduling: consultants and six schedulers taken from care work); seed 000 (Sarpsborg: culture does not change at once)",
      },
    ),
  })
  .describe('What a reorganisation costs: once, and while it settles.');

/** Reorganisation parameters, parsed. */
export type Reorganisation = z.infer<typeof reorganisationSchema>;
