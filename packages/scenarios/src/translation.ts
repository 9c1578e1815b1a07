/**
 * Translations of a case's texts: `cases/<id>.<lang>.yaml` beside `cases/<id>.yaml`, with the title,
 * place, service, summary, knowledge, source notes, evidence notes, event labels and variant texts
 * in another language, keyed by what they translate (a parameter path, an event's English label, a
 * variant's name). Only the viewer reads them: the case file stays the one input of every run, so a
 * translation changes no command's output, provenance or hash. `translationIssues` says what a
 * translation lacks and what it has that the case does not, so a case cannot grow untranslated.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { readRegularFile } from './files.ts';
import { fromZodIssues, issue, type ScenarioIssue } from './issues.ts';
import { LIMITS } from './limits.ts';
import { CASES_DIR } from './registry.ts';
import { knownKeysAt, type ParamEntry, type ScenarioFile, type ScenarioFileEvent } from './schema.ts';
import { caseTranslationSchema, type CaseTranslation, type TranslationLang } from './translationSchema.ts';
import { parseYamlText } from './yaml.ts';

/** `translationFile(id, lang, casesDir?)`: where a case's translation lives, `cases/<id>.<lang>.yaml`. */
export function translationFile(id: string, lang: TranslationLang, casesDir: string = CASES_DIR): string {
  return join(casesDir, `${id}.${lang}.yaml`);
}

/**
 * `readCaseTranslation(path)`: a translation file read as safely as a scenario file and checked by
 * its schema; `translation` is undefined when there are problems (or no file), `issues` lists them.
 *
 * @example
 * const { translation } = readCaseTranslation(translationFile('bergen', 'nb'));
 */
export function readCaseTranslation(path: string): { readonly translation?: CaseTranslation; readonly issues: readonly ScenarioIssue[] } {
  const read = readRegularFile(path, { maxBytes: LIMITS.fileBytes, what: 'a case translation file' });
  if (read.problem !== undefined) return { issues: [issue('(file)', read.problem.expected, read.problem.received, read.problem.hint, true)] };
  const parsed = parseYamlText(read.text, 'case translation');
  if (parsed.issues.length > 0) return { issues: parsed.issues };
  const result = caseTranslationSchema.safeParse(parsed.data);
  if (!result.success) return { issues: fromZodIssues(result.error, parsed.data, (p) => knownKeysAt(p, caseTranslationSchema)) };
  return { translation: result.data, issues: [] };
}

/**
 * `translationIssues(file, translation)`: every text of the case file the translation lacks, and every
 * key of the translation the case file does not have (a renamed event, a removed variant). Empty
 * when the translation covers the file exactly.
 */
export function translationIssues(file: ScenarioFile, tr: CaseTranslation): ScenarioIssue[] {
  const out: ScenarioIssue[] = [];
  if (tr.translates !== file.id) out.push(issue('translates', `the id of the case, "${file.id}"`, tr.translates));
  const now = translationFingerprint(file);
  if (tr.from !== now)
    out.push(
      issue(
        'from',
        `the fingerprint of the case's English texts now, "${now}"`,
        tr.from,
        `the English texts changed since this translation was made: compare the case file with its version then (git log -p cases/${file.id}.yaml), mend the translation, and set from: ${now}`,
      ),
    );
  for (const key of ['measured', 'claimed', 'assumed'] as const) {
    pair(out, `knowledge.${key}`, file.knowledge?.[key] !== undefined, tr.knowledge?.[key] !== undefined);
  }
  const sourceNotes = (file.sources ?? []).filter((s) => s.note !== undefined).map((s) => s.id);
  keys(out, 'sources', sourceNotes, tr.sources);
  keys(out, 'params', notedPaths(file.params), tr.params);
  events(out, 'timeline', file.timeline ?? [], tr.timeline);
  const variants = file.variants ?? {};
  keys(out, 'variants', Object.keys(variants), tr.variants);
  for (const [name, v] of Object.entries(variants)) {
    const t = tr.variants?.[name];
    if (t === undefined) continue;
    const at = `variants.${name}`;
    pair(out, `${at}.description`, v.description !== undefined, t.description !== undefined);
    keys(out, `${at}.params`, notedPaths(v.params), t.params);
    events(out, `${at}.timeline`, v.timeline ?? [], t.timeline);
  }
  return out;
}

/**
 * `translationFingerprint(file)`: the first 12 hexadecimal digits of the SHA-256 of every English
 * text of the case file a translation translates (title, place, service, summary, knowledge, notes,
 * event labels, variant titles and descriptions), so that a translation records what it was made
 * from and an English text rewritten under the same key flags it.
 *
 * @example
 * translationFingerprint(readScenarioFile('cases/bergen.yaml')); // e.g. '3f2a9c01b7e4'
 */
export function translationFingerprint(file: ScenarioFile): string {
  const noted = (block: Readonly<Record<string, ParamEntry>> | undefined) => Object.fromEntries(Object.entries(block ?? {}).map(([path, e]) => [path, e.note ?? null]));
  const timeline = (list: readonly ScenarioFileEvent[] | undefined) => (list ?? []).map((e) => [e.label, noted(e.set)]);
  const texts = {
    title: file.title,
    place: file.place,
    service: file.service,
    summary: file.summary,
    knowledge: file.knowledge ?? null,
    sources: (file.sources ?? []).map((s) => [s.id, s.note ?? null]),
    params: noted(file.params),
    timeline: timeline(file.timeline),
    variants: Object.entries(file.variants ?? {}).map(([name, v]) => [name, v.title, v.description ?? null, noted(v.params), timeline(v.timeline)]),
  };
  return createHash('sha256').update(JSON.stringify(texts)).digest('hex').slice(0, 12);
}

function notedPaths(block: Readonly<Record<string, ParamEntry>> | undefined): string[] {
  return Object.entries(block ?? {})
    .filter(([, e]) => e.note !== undefined)
    .map(([path]) => path);
}

function events(
  out: ScenarioIssue[],
  at: string,
  list: readonly ScenarioFileEvent[],
  tr: Readonly<Record<string, { readonly notes?: Readonly<Record<string, string>> | undefined }>> | undefined,
): void {
  keys(
    out,
    at,
    list.map((e) => e.label),
    tr,
  );
  for (const e of list) {
    const t = tr?.[e.label];
    if (t !== undefined) keys(out, `${at}[${JSON.stringify(e.label)}].notes`, notedPaths(e.set), t.notes);
  }
}

/** The case has `wanted` keys at `at`; the translation has `given`: each missing and each extra one is a problem. */
function keys(out: ScenarioIssue[], at: string, wanted: readonly string[], given: Readonly<Record<string, unknown>> | undefined): void {
  const have = Object.keys(given ?? {});
  for (const k of wanted) if (!have.includes(k)) out.push(issue(`${at}[${JSON.stringify(k)}]`, 'a translation of this text of the case', 'nothing', 'add it to the translation file'));
  for (const k of have)
    if (!wanted.includes(k))
      out.push(
        issue(
          `${at}[${JSON.stringify(k)}]`,
          `a key the case has (${wanted.length === 0 ? 'none here' : wanted.map((w) => JSON.stringify(w)).join(', ')})`,
          k,
          'remove it, or rename it as the case names it',
        ),
      );
}

function pair(out: ScenarioIssue[], at: string, inCase: boolean, inTranslation: boolean): void {
  if (inCase && !inTranslation) out.push(issue(at, 'a translation of this text of the case', 'nothing', 'add it to the translation file'));
  if (!inCase && inTranslation) out.push(issue(at, 'no text: the case has none here', 'a translation', 'remove it'));
}
