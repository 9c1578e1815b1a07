/**
 * The built-in cases as data for the browser: every case and every variant loaded (checked,
 * resolved, frozen) by @ppsim/scenarios at build time, so the page needs no file system.
 */
import { listScenarios, loadScenario, type Scenario } from '@ppsim/scenarios';

/** What the viewer knows of one case: the base scenario and each variant, resolved. */
export interface BundledCase {
  readonly base: Scenario;
  readonly variants: readonly Scenario[];
}

/** Every built-in case that loads, `reference` first. Throws if any case is invalid. */
export function bundledCases(): BundledCase[] {
  const listing = listScenarios();
  if (listing.invalid.length > 0) {
    throw new Error(`built-in cases that do not load: ${listing.invalid.map((c) => c.id).join(', ')} (run \`pnpm ppsim list\`)`);
  }
  return listing.scenarios.map((summary) => {
    const base = loadScenario(summary.id);
    // Files on the build machine are not the page's business.
    return {
      base: withoutFile(base),
      variants: summary.variants.map((v) => withoutFile(loadScenario(summary.id, { variant: v.name }))),
    };
  });
}

function withoutFile(s: Scenario): Scenario {
  const { file: _file, ...rest } = s;
  return rest;
}
