/**
 * 公民身份号码 (GB 11643-1999): 17 digits (address code, birth date, sequence) and a check
 * character computed with ISO 7064 MOD 11-2. Validation, normalisation and the masked form
 * kept on record (first 6 and last 4 characters).
 */
import { isCalendarDate } from '../calendar';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

/** The check character of the first 17 digits. */
export function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARACTERS[sum % 11];
}

export type IdNumberProblem = 'FORMAT' | 'BIRTH_DATE' | 'CHECK_CHARACTER';

/** The number in canonical form (upper-case X), or the reason it is not a valid ID number. */
export function parseIdNumber(text: string): { ok: true; idNumber: string } | { ok: false; problem: IdNumberProblem } {
  const idNumber = text.trim().toUpperCase();
  if (!/^[1-9]\d{16}[\dX]$/.test(idNumber)) return { ok: false, problem: 'FORMAT' };
  if (!isCalendarDate(birthDateOf(idNumber))) return { ok: false, problem: 'BIRTH_DATE' };
  if (checkCharacter(idNumber) !== idNumber[17]) return { ok: false, problem: 'CHECK_CHARACTER' };
  return { ok: true, idNumber };
}

/** The birth date (出生日期) of a valid ID number, as YYYY-MM-DD. */
export function birthDateOf(idNumber: string): string {
  return `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
}

/** '620102199001011234' -> '620102********1234'. */
export function maskIdNumber(idNumber: string): string {
  return `${idNumber.slice(0, 6)}${'*'.repeat(idNumber.length - 10)}${idNumber.slice(-4)}`;
}
