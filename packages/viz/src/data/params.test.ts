import { parseParams } from '@ppsim/core';
import { describe, expect, it } from 'vitest';
import { paramInfos, parseValue, type ParamInfo } from './params.ts';

const info = (path: string) => paramInfos().find((i) => i.path === path) as ParamInfo;
const params = parseParams({});

describe('parseValue(info, text, params): the field reads the text, core judges the value', () => {
  it('parseValue(number field, "1,2") takes a decimal comma; out of range or not a number is refused', () => {
    expect(parseValue(info('staff.motivation.crowding'), '1,2', params)).toBe(1.2);
    expect(parseValue(info('staff.motivation.crowding'), ' 0.5 ', params)).toBe(0.5);
    expect(parseValue(info('staff.motivation.crowding'), '7', params)).toBeUndefined();
    expect(parseValue(info('staff.motivation.crowding'), 'x', params)).toBeUndefined();
    expect(parseValue(info('staff.motivation.crowding'), '', params)).toBeUndefined();
  });

  it('parseValue(whole-number field, "2.5") is refused; a choice must be one of the choices; a boolean is true or false', () => {
    const whole = paramInfos().find((i) => i.kind === 'integer') as ParamInfo;
    expect(parseValue(whole, '2.5', params)).toBeUndefined();
    expect(parseValue(info('governance.split'), 'internal', params)).toBe('internal');
    expect(parseValue(info('governance.split'), 'outsourced', params)).toBeUndefined();
    expect(parseValue(info('governance.userChoice'), 'true', params)).toBe(true);
    expect(parseValue(info('governance.userChoice'), 'yes', params)).toBeUndefined();
  });
});
