import { parameterLeaves } from '@ppsim/core';
import { afterEach, describe, expect, it } from 'vitest';
import { paramInfos } from './data/params.ts';
import { setLang, unitText } from './i18n.ts';
import { paramValueText, PARAM_TEXTS, paramHelpText, paramName, paramNamed } from './i18n-params.ts';

afterEach(() => setLang('en'));

describe("the parameters' words, against core's parameter schema", () => {
  it('PARAM_TEXTS: a name in English and Norwegian and a Norwegian help text for every parameter of the panel, and none the schema lacks', () => {
    const paths = paramInfos().map((i) => i.path);
    const missing = paths.filter((p) => {
      const t = PARAM_TEXTS[p];
      return t === undefined || t.some((x) => x.trim() === '');
    });
    expect(missing, 'add these paths to packages/viz/src/i18n-params-a.ts or -b.ts').toEqual([]);
    const known = new Set(parameterLeaves().map((l) => l.path));
    expect(Object.keys(PARAM_TEXTS).filter((p) => !known.has(p))).toEqual([]);
  });

  it('paramValueText(value, "nb"): a Norwegian word for every choice and switch value', () => {
    const values = paramInfos().flatMap((i) => (i.kind === 'choice' ? (i.choices ?? []) : i.kind === 'boolean' ? ['true', 'false'] : []));
    expect(values.filter((v) => paramValueText(v, 'nb') === v)).toEqual([]);
    expect(paramValueText('integrated', 'en')).toBe('integrated');
  });

  it('unitText(unit) in Norwegian: every unit of a parameter has its word, money in kr', () => {
    setLang('nb');
    const units = [...new Set(paramInfos().map((i) => i.unit))].filter((u) => u !== '');
    expect(units.filter((u) => unitText(u) === u && !/^log HR$/.test(u))).toEqual([]);
    expect(unitText('currency/year')).toBe('kr/år');
    expect(unitText('currency/hour')).toBe('kr/time');
  });

  it('paramNamed(path, lang): the short name with its path; an unknown path stays as it is', () => {
    expect(paramNamed('governance.controlIntensity', 'en')).toBe('control intensity (governance.controlIntensity)');
    expect(paramNamed('governance.controlIntensity', 'nb')).toBe('kontrollintensitet (governance.controlIntensity)');
    expect(paramName('no.such', 'nb')).toBe('no.such');
    expect(paramHelpText('governance.autonomy', 'Room for professional judgment', 'en')).toBe('Room for professional judgment');
    expect(paramHelpText('governance.autonomy', 'Room for professional judgment', 'nb')).toMatch(/^Rom for faglig skjønn/);
  });
});
