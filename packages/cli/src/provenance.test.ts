import { describe, expect, it } from 'vitest';
import { VERSION, parseParams } from '@ppsim/core';
import { buildProvenance, canonicalJson, currentEnvironment, gitCommit, provenanceScenario, sha256 } from './provenance.ts';

describe('canonicalJson(value)', () => {
  it('sorts keys at every depth, keeps array order, drops undefined and has no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[3,{"y":2,"z":1}]},"b":1}');
    expect(canonicalJson({ x: Number.NaN, s: 'é"' })).toBe('{"s":"é\\"","x":null}');
  });

  it('gives equal text for equal values built in another key order', () => {
    expect(canonicalJson({ a: 1, b: [1, 2] })).toBe(canonicalJson({ b: [1, 2], a: 1 }));
  });
});

describe('sha256(text)', () => {
  it('is the hex SHA-256 of the UTF-8 bytes', () => {
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('provenanceScenario({ id, variant, params, timeline })', () => {
  it('hashes params and timeline only, stably, and marks a missing variant as null', () => {
    const params = parseParams({});
    const a = provenanceScenario({ id: 'a', params, timeline: [] });
    const b = provenanceScenario({ id: 'b', variant: 'v', params: JSON.parse(JSON.stringify(params)) as typeof params, timeline: [] });
    expect(a.variant).toBe(null);
    expect(b.variant).toBe('v');
    expect(a.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(b.sha256).toBe(a.sha256);
    const c = provenanceScenario({ id: 'a', params: parseParams({ governance: { controlIntensity: 0.9 } }), timeline: [] });
    expect(c.sha256).not.toBe(a.sha256);
  });
});

describe('currentEnvironment() and buildProvenance(env, inputs, extra)', () => {
  it('records version, node, platform and a commit (or null), never a time', () => {
    const env = currentEnvironment();
    expect(env).toEqual({ ppsim: VERSION, node: process.version, platform: process.platform, gitCommit: gitCommit() });
    const p = buildProvenance(env, { argv: ['run'], seed: 1, reps: 2, seeds: [5, 6], scenarios: [] }, { scenario: 'reference' });
    expect(Object.keys(p)).toEqual(['ppsim', 'command', 'node', 'platform', 'gitCommit', 'seed', 'reps', 'seeds', 'scenario', 'scenarios']);
  });
});
