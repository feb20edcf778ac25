/**
 * Problems with a records request that the caller can fix: each becomes a mutation's
 * `userErrors { field message code }` entry, and nothing is written.
 */
import type { ErrorCode } from '../error-codes';

export class RecordsError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly field: string[],
    message: string,
    /** The source clause a refusal rests on (eligibility and validity checks). */
    readonly clause?: string,
  ) {
    super(message);
    this.name = 'RecordsError';
  }
}

/** The SQLite result code of a libSQL error, looking through Drizzle's wrapping. */
export function sqliteCode(error: unknown): string | undefined {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (typeof e.code === 'string' && e.code.startsWith('SQLITE_')) return e.code;
  }
  return undefined;
}

/** True for a unique or primary-key violation. */
export function isUniqueViolation(error: unknown): boolean {
  for (let e = error as { code?: unknown; extendedCode?: unknown; message?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (e.extendedCode === 'SQLITE_CONSTRAINT_UNIQUE' || e.extendedCode === 'SQLITE_CONSTRAINT_PRIMARYKEY') return true;
    if (e.code === 'SQLITE_CONSTRAINT' && typeof e.message === 'string' && /UNIQUE|PRIMARY KEY/i.test(e.message)) return true;
  }
  return false;
}
