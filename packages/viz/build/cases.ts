/**
 * The built-in cases as data for the browser: every case and every variant loaded (checked,
 * resolved, frozen) by @ppsim/scenarios at build time, so the page needs no file system.
 */
import { existsSync } from 'node:fs';
import { TRANSLATION_LANGS, builtInIds, formatIssues, listScenarios, loadScenario, readCaseTranslation, translationFile, type CaseTranslation, type Scenario, type TranslationLang } from '@ppsim/scenarios';

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

/** Each built-in case's translations by language (`cases/<id>.<lang>.yaml`), by case id. */
export type BundledTranslations = Record<string, Partial<Record<TranslationLang, CaseTranslation>>>;

/**
 * The translations of the built-in cases' texts, for the page's languages other than English. A case
 * without a translation file shows its English texts (the scenarios' tests require every file); a
 * file that does not read or fit its schema stops the build, naming its problems.
 */
export function bundledTranslations(): BundledTranslations {
  const out: BundledTranslations = {};
  for (const id of builtInIds()) {
    for (const lang of TRANSLATION_LANGS) {
      const path = translationFile(id, lang);
      if (!existsSync(path)) continue;
      const { translation, issues } = readCaseTranslation(path);
      if (translation === undefined) throw new Error(`${path} is not a valid case translation:\n${formatIssues(issues)}`);
      out[id] = { ...out[id], [lang]: translation };
    }
  }
  return out;
}
