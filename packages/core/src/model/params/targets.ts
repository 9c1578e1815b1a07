import { z } from 'zod';
import { num, share } from './define.ts';

/**
 * Waiting-time targets with sanctions ("targets and terror", Bevan & Hood 2006): a maximum wait from
 * decision to start that providers are held to, and how hard a breach is punished. With no target
 * (the default) nothing here acts.
 */
export const targetsSchema = z
  .strictObject({
    startWeeks: num('Maximum wait from decision to service start that providers are held to (a waiting-time target); 0 means no target.', {
      default: 0,
      min: 0,
      max: 104,
      unit: 'weeks',
      grade: 'A',
      source: "assumption: no target in Norwegian home care; England's hospital targets (6 months by 2005, 18 weeks referral to treatment by 2008) in the scotland case",
    }),
    sanction: share(
      'How hard a breach is punished: 0 a figure that is published and nothing more, 1 "targets and terror" (star ratings, managers\' jobs at stake). It drives the effort against slack, the priority stretch and the temptation to hide breaches.',
      {
        default: 0,
        grade: 'A',
        source: "assumption for the scale; Bevan & Hood 2006; Propper et al. 2008, 2010 (England's sanctions shortened waits against Scotland's targets without them)",
      },
    ),
    priorityWeeks: num('Weeks before the target at which a waiting user counts as about to breach it and is started before everyone else (those already past it lose that priority).', {
      default: 1,
      min: 0,
      max: 52,
      unit: 'weeks',
      grade: 'A',
      source: 'assumption; Propper et al. 2008 (waits bunched just under the target); Bevan & Hood 2006',
    }),
    overbooking: share("Share of a provider's weekly care capacity it commits, at full sanction, beyond its spare time to start users about to breach: care taken from users already in service.", {
      default: 0.01,
      grade: 'A',
      source: 'assumption (new starts take about 1–2 % of weekly care time in the cases); Bevan & Hood 2006 (follow-up appointments displaced to meet targets for new patients)',
    }),
    effort: num("Pressure on providers' slack per unit of sanction times the reported share of starts that breached the target: managers pressed to meet it.", {
      default: 3,
      min: 0,
      max: 20,
      unit: 'pressure per breach share',
      grade: 'A',
      source: 'assumption; Propper et al. 2010 (English hospitals cut waits with no more resources); Leibenstein 1966',
    }),
    gaming: share(
      'Share of breaches hidden from the reported figure (clocks stopped, patients reclassified) at full sanction, by a provider that weighs its own interest fully and faces no chance of detection; it scales with sanction × profit weight × (1 − detection).',
      {
        default: 0.5,
        grade: 'A',
        source: 'assumption for the size; Bevan & Hood 2006 (gaming of ambulance and waiting targets documented by audits)',
      },
    ),
  })
  .describe('Waiting-time targets with sanctions: priority for users about to breach, effort against slack, and gaming of the reported figure.');
