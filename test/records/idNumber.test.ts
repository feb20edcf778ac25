/**
 * GB 11643 ID numbers (check character, birth date, masking) and the approval-validity dates.
 */
import { describe, expect, it } from 'vitest';
import { checkCharacter, maskIdNumber, parseIdNumber } from '../../src/records/idNumber';
import { lastDayOfYears } from '../../src/records/dates';
import { idNumberHash } from '../../src/records/crypto';

describe('ID numbers (公民身份号码, GB 11643)', () => {
  it('computes the check character of the standard examples by hand', () => {
    // 1·7+1·9+0·10+1·5+0·8+5·4+1·2+9·1+4·6+9·3+1·7+2·9+3·10+1·5+0·8+0·4+2·2 = 167; 167 mod 11 = 2 → 'X'
    expect(checkCharacter('11010519491231002')).toBe('X');
    // 4·7+4·9+0+5·5+2·8+4·4+1·2+8·1+8·6+0+0+1·9+0+1·5+0+0+1·2 = 195; 195 mod 11 = 8 → '4'
    expect(checkCharacter('44052418800101001')).toBe('4');
  });

  it('accepts valid numbers, a lower-case x included, and normalises it', () => {
    expect(parseIdNumber('11010519491231002x')).toEqual({ ok: true, idNumber: '11010519491231002X' });
    expect(parseIdNumber(' 440524188001010014 ')).toEqual({ ok: true, idNumber: '440524188001010014' });
  });

  it('refuses wrong check characters, bad birth dates and bad formats', () => {
    expect(parseIdNumber('110105194912310021')).toEqual({ ok: false, problem: 'CHECK_CHARACTER' });
    expect(parseIdNumber('110105194902300021')).toEqual({ ok: false, problem: 'BIRTH_DATE' });
    expect(parseIdNumber('11010519491231002')).toEqual({ ok: false, problem: 'FORMAT' });
    expect(parseIdNumber('01010519491231002X')).toEqual({ ok: false, problem: 'FORMAT' });
    expect(parseIdNumber('1101051949123100XX')).toEqual({ ok: false, problem: 'FORMAT' });
  });

  it('masks all but the first 6 and last 4 characters', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
  });

  it('hashes with a key: same number and key agree, another key differs', async () => {
    const a = await idNumberHash('k1', '11010519491231002X');
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(await idNumberHash('k1', '11010519491231002X')).toBe(a);
    expect(await idNumberHash('k2', '11010519491231002X')).not.toBe(a);
  });
});

describe('approval validity (待遇支付年限)', () => {
  it('ends the day before the anniversary', () => {
    expect(lastDayOfYears('2024-03-01', 2)).toBe('2026-02-28');
    expect(lastDayOfYears('2023-03-01', 1)).toBe('2024-02-29');
    expect(lastDayOfYears('2024-01-01', 10)).toBe('2033-12-31');
  });

  it('from 29 February ends on 28 February', () => {
    expect(lastDayOfYears('2024-02-29', 1)).toBe('2025-02-28');
  });
});
