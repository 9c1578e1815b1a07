/**
 * Named governance presets: a regime is nothing but a set of mechanism settings (who assesses, how
 * money flows, whether users choose and firms may enter). `ppsim map` and the validation suite
 * compare regimes by these names; no outcome formula ever reads them.
 */
import { parseParams, type ModelParams, type UncheckedPatch } from './params/index.ts';

/** A named regime: the parameter settings that make it, and one line on what it is. */
export interface RegimePreset {
  readonly name: string;
  readonly description: string;
  readonly set: readonly UncheckedPatch[];
}

const preset = (name: string, description: string, set: Record<string, unknown>): RegimePreset =>
  Object.freeze({ name, description, set: Object.freeze(Object.entries(set).map(([path, value]) => Object.freeze({ path, value }))) });

/** The governance presets, by name. */
export const REGIME_PRESETS: readonly RegimePreset[] = Object.freeze([
  preset('integrated', 'Municipal units assess and deliver, funded by a frame (the model default).', {
    'governance.split': 'integrated',
    'governance.financing': 'frame',
    'governance.userChoice': false,
    'providers.commercial.count': 0,
  }),
  preset('integrated-per-unit', 'Municipal units assess and deliver, paid per hour they grant themselves.', {
    'governance.split': 'integrated',
    'governance.financing': 'perUnitGranted',
    'governance.userChoice': false,
    'providers.commercial.count': 0,
  }),
  preset('internal-split', 'A separate orderer office orders from municipal units funded by a frame.', {
    'governance.split': 'internal',
    'governance.financing': 'frame',
    'governance.userChoice': false,
    'providers.commercial.count': 0,
  }),
  preset('internal-split-per-unit', 'A separate orderer office orders from municipal units paid per granted hour (Bergen-style ABF).', {
    'governance.split': 'internal',
    'governance.financing': 'perUnitGranted',
    'governance.userChoice': false,
    'providers.commercial.count': 0,
  }),
  preset('competitive-choice', 'A separate orderer office; users choose among municipal units and commercial firms, all paid per granted hour.', {
    'governance.split': 'competitive',
    'governance.financing': 'perUnitGranted',
    'governance.userChoice': true,
    'providers.commercial.count': 3,
  }),
  preset(
    'competitive-tender',
    'A separate orderer office puts half the areas out to tender when contracts expire (LOU); the lowest bid wins and is paid its price per granted hour; the rest stay with municipal units paid per granted hour.',
    {
      'governance.split': 'competitive',
      'governance.financing': 'perUnitGranted',
      'governance.userChoice': false,
      'governance.tendering': true,
      'providers.commercial.count': 0,
    },
  ),
  preset('competitive-performed', 'As competitive-choice, but providers are paid per reported delivered hour.', {
    'governance.split': 'competitive',
    'governance.financing': 'perUnitPerformed',
    'governance.userChoice': true,
    'providers.commercial.count': 3,
  }),
  preset(
    'trust-based',
    "Municipal units assess and deliver, funded by a frame, steered with trust (SOU 2018:47): few goals and reports, round decisions and room for judgment, collegial review in place of most audits, managers' support, less weight on rankings.",
    {
      'governance.split': 'integrated',
      'governance.financing': 'frame',
      'governance.userChoice': false,
      'providers.commercial.count': 0,
      'governance.controlIntensity': 0.1,
      'governance.decisionSpecificity': 0.15,
      'governance.autonomy': 0.85,
      'governance.benchmarking': 0.15,
      'steering.collegialReview': 0.3,
      'steering.managerSupport': 0.5,
    },
  ),
  preset(
    'hod',
    "Holistic operation (Slagelse's HOD): municipal units funded by a frame and steered on four bottom lines with learning groups; a quarter of the areas let to firms that join the measurement and learning, at a computed comparison price.",
    {
      'governance.split': 'competitive',
      'governance.financing': 'frame',
      'governance.userChoice': false,
      'governance.tendering': true,
      'providers.commercial.count': 0,
      'governance.controlIntensity': 0.2,
      'governance.decisionSpecificity': 0.3,
      'governance.autonomy': 0.8,
      'governance.blendingPerYear': 0.4,
      'tendering.share': 0.25,
      'tendering.award': 'comparisonPrice',
      'steering.bottomLines': 4,
      'learning.timeShare': 0.02,
    },
  ),
]);

/** `withRegime(params, preset)`: the parameters with the preset's settings applied, in order. */
export function withRegime(params: ModelParams, preset: RegimePreset): ModelParams {
  return parseParams(params, preset.set);
}

/** The preset called `name`, or undefined. */
export function regimePreset(name: string): RegimePreset | undefined {
  return REGIME_PRESETS.find((r) => r.name === name);
}
