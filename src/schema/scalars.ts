/**
 * The scalars: `Money` (yuan string with two places, integer fen inside), `Date`
 * ("YYYY-MM-DD", a real calendar date), `DateTime` (every timestamp, ISO 8601 with an
 * offset) and `Percent` (a rate, "94.00" = 94 %, basis points inside).
 */
import { Kind } from 'graphql';
import { codedError, type ErrorCode } from '../error-codes';
import { formatFen, parseYuan } from '../engine/money';
import { FIRST_YEAR, isCalendarDate, LAST_YEAR } from '../calendar';
import { builder } from './builder';

function invalid(message: string, code: ErrorCode) {
  return codedError(code, message);
}

function parseMoney(value: unknown): number {
  if (typeof value !== 'string') throw invalid('Money must be a string such as "1234.50".', 'INVALID_MONEY');
  try {
    return parseYuan(value);
  } catch (error) {
    throw invalid(`Money: ${(error as Error).message}.`, 'INVALID_MONEY');
  }
}

builder.scalarType('Money', {
  description: 'Yuan (元) as a decimal string with exactly two places, e.g. "1234.50". Inputs take at most two places, no exponent.',
  serialize: (fen) => formatFen(fen as number),
  parseValue: parseMoney,
  parseLiteral: (ast) => parseMoney(ast.kind === Kind.STRING ? ast.value : null),
});

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isCalendarDate(value)) {
    throw invalid(`Date must be a calendar date written YYYY-MM-DD from ${FIRST_YEAR} to ${LAST_YEAR}, e.g. "2024-05-01".`, 'INVALID_DATE');
  }
  return value;
}

builder.scalarType('Date', {
  description: `A calendar date, "YYYY-MM-DD", from ${FIRST_YEAR} to ${LAST_YEAR}.`,
  serialize: (value) => value as string,
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : null),
});

/** RFC 3339 / ISO 8601 with a time and an offset ("Z" or ±hh:mm). */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

function parseDateTime(value: unknown): string {
  const m = typeof value === 'string' ? DATE_TIME.exec(value) : null;
  const time = m ? new Date(value as string) : null;
  if (!m || !time || Number.isNaN(time.getTime()) || !isCalendarDate(`${m[1]}-${m[2]}-${m[3]}`) || Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6]) > 59) {
    throw invalid('DateTime must be ISO 8601 with a time and an offset, e.g. "2024-05-01T08:30:00+08:00" or "2024-05-01T00:30:00Z".', 'INVALID_DATETIME');
  }
  return time.toISOString();
}

builder.scalarType('DateTime', {
  description: '时间戳 / A point in time, ISO 8601 (RFC 3339) with an offset. Answers are in UTC with milliseconds, e.g. "2024-05-01T00:30:00.000Z"; inputs take any offset, e.g. "2024-05-01T08:30:00+08:00".',
  serialize: (value) => new Date(value as string | Date).toISOString(),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : null),
});

/** Basis points as a percentage with two places: 9400 -> "94.00", 6750 -> "67.50". */
export function formatPercent(bp: number): string {
  return `${Math.trunc(bp / 100)}.${String(bp % 100).padStart(2, '0')}`;
}

function parsePercent(value: unknown): number {
  const m = typeof value === 'string' ? /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(value) : null;
  const bp = m ? Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0')) : NaN;
  if (!m || bp > 10_000) throw invalid('Percent must be a string from "0" to "100.00" with at most two places, e.g. "94.00".', 'BAD_USER_INPUT');
  return bp;
}

builder.scalarType('Percent', {
  description: '百分比 / A percentage as a decimal string with two places: "94.00" means 94 % (0.94 of the base).',
  serialize: (bp) => formatPercent(bp as number),
  parseValue: parsePercent,
  parseLiteral: (ast) => parsePercent(ast.kind === Kind.STRING ? ast.value : null),
});
