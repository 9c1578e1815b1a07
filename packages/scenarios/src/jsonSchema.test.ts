import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from './index.ts';

interface Node {
  type?: string;
  properties?: Record<string, Node>;
  required?: string[];
  additionalProperties?: unknown;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  description?: string;
  items?: Node;
}

describe('scenarioJsonSchema()', () => {
  const schema = scenarioJsonSchema() as Node & { $schema?: string; title?: string };

  it('is a draft 2020-12 schema of a strict object with the required metadata', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['id', 'title', 'place', 'service', 'period', 'summary']);
  });

  it('spells out every parameter path with its type, range, unit and default, and no others', () => {
    const params = schema.properties?.['params'] as Node;
    expect(params.additionalProperties).toBe(false);
    const split = params.properties?.['governance.split'];
    expect(split?.properties?.['value']?.enum).toEqual(['integrated', 'internal', 'competitive']);
    expect(split?.required).toEqual(['value', 'source', 'grade']);
    const control = params.properties?.['governance.controlIntensity'];
    expect(control?.properties?.['value']).toMatchObject({ type: 'number', minimum: 0, maximum: 1 });
    expect(control?.description).toMatch(/Unit: share 0–1\. Default: 0\.3\.$/);
    expect(Object.keys(params.properties ?? {})).not.toContain('horizon.years');
    // Events and variants use the same spelled-out block.
    const timeline = schema.properties?.['timeline'] as Node;
    const event = timeline.items;
    expect(Object.keys(event?.properties?.['set']?.properties ?? {})).toEqual(Object.keys(params.properties ?? {}));
  });
});
