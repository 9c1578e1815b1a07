/**
 * The parameter table of docs/ODD.md, generated from the schema so the documentation cannot drift:
 * path, description, unit, range, default, evidence grade and source of every parameter.
 */
import { z } from 'zod';
import { modelParamsSchema } from './schema.ts';

interface JsonNode {
  readonly type?: string;
  readonly description?: string;
  readonly properties?: Record<string, JsonNode>;
  readonly enum?: readonly unknown[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly default?: unknown;
  readonly unit?: string;
  readonly grade?: string;
  readonly source?: string;
}

/** One leaf parameter as the schema describes it (the parameter panel of the viewer reads these). */
export interface ParameterLeaf {
  /** Dotted path, e.g. `staff.motivation.crowding`. */
  readonly path: string;
  readonly description: string;
  readonly unit: string;
  /** number, integer, boolean, choice (an enumeration) or text (dates). */
  readonly kind: 'number' | 'integer' | 'boolean' | 'choice' | 'text';
  readonly min?: number;
  readonly max?: number;
  readonly choices?: readonly string[];
  readonly defaultValue: unknown;
  readonly grade: string;
  readonly source: string;
  /** The leaf's JSON Schema node (type, range or enum, default, unit, grade, source), as `ppsim schema` prints it. */
  readonly json: Readonly<Record<string, unknown>>;
}

/** The schema's leaves as JSON Schema nodes, in schema order. */
function leafNodes(): [string, JsonNode][] {
  const out: [string, JsonNode][] = [];
  const walk = (node: JsonNode, path: string) => {
    if (node.type === 'object' && node.properties !== undefined) {
      for (const [key, child] of Object.entries(node.properties)) walk(child, path === '' ? key : `${path}.${key}`);
    } else out.push([path, node]);
  };
  walk(z.toJSONSchema(modelParamsSchema, { io: 'input' }) as JsonNode, '');
  return out;
}

/** Every leaf parameter of the model, in schema order, with its metadata. */
export function parameterLeaves(): ParameterLeaf[] {
  return leafNodes().map(([path, node]) => ({
    path,
    kind: node.enum !== undefined ? 'choice' : node.type === 'boolean' ? 'boolean' : node.type === 'integer' ? 'integer' : node.type === 'string' ? 'text' : 'number',
    description: node.description ?? '',
    unit: node.unit ?? '',
    defaultValue: node.default,
    grade: node.grade ?? '',
    source: node.source ?? '',
    json: node as Readonly<Record<string, unknown>>,
    ...(node.minimum === undefined ? {} : { min: node.minimum }),
    ...(node.maximum === undefined ? {} : { max: node.maximum }),
    ...(node.enum === undefined ? {} : { choices: node.enum.map(String) }),
  }));
}

/** Markdown rows, one per leaf parameter, in schema order. */
export function parameterTable(): string {
  const rows: string[] = ['| path | description | unit | range | default | grade | source |', '|---|---|---|---|---|---|---|'];
  for (const [path, node] of leafNodes()) {
    rows.push(`| \`${path}\` | ${cell(node.description)} | ${cell(node.unit)} | ${range(node)} | ${cell(format(node.default))} | ${cell(node.grade)} | ${cell(node.source)} |`);
  }
  return rows.join('\n');
}

function range(node: JsonNode): string {
  if (node.enum !== undefined) return node.enum.map((v) => `\`${JSON.stringify(v)}\``).join(', ');
  if (node.type === 'boolean') return 'true / false';
  if (node.type === 'string') return node.pattern !== undefined ? 'date YYYY-MM-DD' : `text (${node.minLength ?? 0}–${node.maxLength ?? '…'} characters)`;
  const integer = node.type === 'integer' ? ' (whole number)' : '';
  return `${format(node.minimum)}–${format(node.maximum)}${integer}`;
}

function format(value: unknown): string {
  if (typeof value === 'number') return Math.abs(value) >= 1e6 ? value.toExponential().replace('e+', 'e') : String(value);
  if (typeof value === 'string') return `"${value}"`;
  return value === undefined ? '—' : String(value);
}

function cell(text: string | undefined): string {
  return text === undefined || text === '' ? '—' : text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}
