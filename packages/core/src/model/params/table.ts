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

/** Markdown rows, one per leaf parameter, in schema order. */
export function parameterTable(): string {
  const schema = z.toJSONSchema(modelParamsSchema, { io: 'input' }) as JsonNode;
  const rows: string[] = ['| path | description | unit | range | default | grade | source |', '|---|---|---|---|---|---|---|'];
  const walk = (node: JsonNode, path: string) => {
    if (node.type === 'object' && node.properties !== undefined) {
      for (const [key, child] of Object.entries(node.properties)) walk(child, path === '' ? key : `${path}.${key}`);
      return;
    }
    rows.push(`| \`${path}\` | ${cell(node.description)} | ${cell(node.unit)} | ${range(node)} | ${cell(format(node.default))} | ${cell(node.grade)} | ${cell(node.source)} |`);
  };
  walk(schema, '');
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
