/**
 * Safe reading of scenario text, and of targets files (`parseYamlText`) (YAML 1.2 core schema; JSON is read by the same parser, since JSON is
 * YAML 1.2): no custom or language tags, unique keys, a cap on alias expansion ("billion laughs"), a
 * cap on size and depth, and no `__proto__`, `constructor` or `prototype` keys anywhere.
 */
import { parseDocument, type DocumentOptions, type ParseOptions, type SchemaOptions, type YAMLError } from 'yaml';
import { readRegularFile } from './files.ts';
import { FORBIDDEN_KEYS, LIMITS } from './limits.ts';
import { formatIssuePath, issue, type ScenarioIssue } from './issues.ts';

/** The parsed document (with forbidden keys dropped) and every problem found on the way. */
export interface ParsedText {
  readonly data: unknown;
  readonly issues: readonly ScenarioIssue[];
}

const YAML_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  schema: 'core',
  customTags: [],
  resolveKnownTags: false,
  uniqueKeys: true,
  prettyErrors: true,
  merge: false,
};

/** Parses scenario text; never throws for bad input, returns the problems instead. */
export function parseScenarioText(text: string): ParsedText {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > LIMITS.fileBytes) return { data: undefined, issues: [tooBig(`${bytes} bytes`)] };
  return parseYamlText(text, 'scenario');
}

/**
 * `parseYamlText(text, kind)`: the same safe reading for any ppsim input file (a scenario, a targets
 * file), its hints naming the kind of file; the caller has checked the size.
 */
export function parseYamlText(text: string, kind: string): ParsedText {
  const doc = parseDocument(text, YAML_OPTIONS);
  // Unresolved tags (`!!js/function`, `!custom`) are warnings to the yaml package; here they are errors.
  const problems = [...doc.errors, ...doc.warnings.filter((w) => w.code === 'TAG_RESOLVE_FAILED')];
  if (problems.length > 0) return { data: undefined, issues: yamlIssues(problems, text, kind) };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: LIMITS.aliases });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      data: undefined,
      issues: [issue('(document)', `at most ${LIMITS.aliases} alias expansions (*name)`, message, 'anchors and aliases are capped against "billion laughs" files; write the values out instead')],
    };
  }
  const issues: ScenarioIssue[] = [];
  return { data: sanitise(data, [], issues, kind), issues };
}

/**
 * Reads and parses a scenario file: opened once, refused unless it is a regular file (a named pipe, a
 * device or a folder is reported, never read), and never read past the size limit.
 */
export function readScenarioFile(path: string): ParsedText {
  const read = readRegularFile(path, { maxBytes: LIMITS.fileBytes, what: 'a scenario file' });
  if (read.problem === undefined) return parseScenarioText(read.text);
  const { problem } = read;
  if (problem.tooBig) return { data: undefined, issues: [tooBig(problem.received)] };
  return { data: undefined, issues: [issue('(file)', problem.expected, problem.received, `${problem.hint}; built-in cases are run by id, see \`ppsim list\``, true)] };
}

function tooBig(received: string): ScenarioIssue {
  return issue('(file)', `a scenario file of at most ${LIMITS.fileBytes} bytes (1 MiB)`, received, 'split the scenario with `extends`, or move long texts to the sources', true);
}

function yamlIssues(errors: readonly YAMLError[], text: string, kind: string): ScenarioIssue[] {
  const lines = text.split(/\r?\n/);
  const shown = errors.slice(0, LIMITS.yamlErrors).map((e) => {
    const pos = e.linePos?.[0];
    const where = pos === undefined ? '(document)' : `line ${pos.line}, column ${pos.col}`;
    const line = pos === undefined ? '' : (lines[pos.line - 1] ?? '').trim();
    // With prettyErrors the message carries " at line …" and a code frame; keep the sentence only.
    const reason = e.message.split(' at line ')[0]?.split('\n')[0] ?? e.code;
    return issue(where, `valid YAML (${reason})`, line.length > 60 ? `${line.slice(0, 57)}...` : line, yamlHint(e.code, kind));
  });
  if (errors.length > LIMITS.yamlErrors) {
    shown.push(issue('(document)', 'valid YAML', `${errors.length - LIMITS.yamlErrors} more syntax errors`, 'fix the ones above first', true));
  }
  return shown;
}

function yamlHint(code: string, kind: string): string | undefined {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'each key may appear once per mapping; merge the two entries';
    case 'TAG_RESOLVE_FAILED':
      return `tags (!name, !!type) are not allowed in ${kind} files; write the plain value`;
    case 'MULTIPLE_DOCS':
      return `a ${kind} file holds one document; remove the \`---\` separator`;
    case 'RESOURCE_EXHAUSTION':
      return `the document is nested too deeply; ${kind} files need fewer than ${LIMITS.depth} levels`;
    default:
      return 'check indentation (spaces, not tabs), colons after keys and closing brackets';
  }
}

/**
 * A copy of the parsed document without forbidden keys (each reported with its path), and with nothing
 * nested deeper than the depth limit.
 */
function sanitise(value: unknown, path: PropertyKey[], issues: ScenarioIssue[], kind: string): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (path.length >= LIMITS.depth) {
    issues.push(issue(formatIssuePath(path), `at most ${LIMITS.depth} levels of nesting`, 'deeper nesting', `${kind} files are shallow; check the indentation`, true));
    return undefined;
  }
  if (Array.isArray(value)) return value.map((item, i) => sanitise(item, [...path, i], issues, kind));
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (FORBIDDEN_KEYS.has(key)) {
      issues.push(
        issue(
          formatIssuePath([...path, key]),
          'a key other than __proto__, constructor or prototype',
          key,
          'these keys are refused because they can change object prototypes; rename or remove the key',
        ),
      );
      continue;
    }
    out[key] = sanitise(inner, [...path, key], issues, kind);
  }
  return out;
}
