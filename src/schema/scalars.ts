/**
 * The contract's scalars: `Money` (yuan string with two places, integer fen inside) and
 * `Date` ("YYYY-MM-DD", a real calendar date).
 */
import { GraphQLError, Kind } from 'graphql';
import { formatFen, parseYuan } from '../engine/money';
import { FIRST_YEAR, isCalendarDate, LAST_YEAR } from '../calendar';
import { builder } from './builder';

function invalid(message: string, code: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
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
