/**
 * Who may do what with records. The administrator may do everything. An institution key may
 * register and identify persons, record their approvals and filings, and settle and reverse
 * claims at its own institution; it sees only the persons linked to it (registered or
 * identified by it) and the settlements it made. No key: no records at all.
 */
import { decodeGlobalID } from '@pothos/plugin-relay';
import { and, eq } from 'drizzle-orm';
import type { GraphQLError } from 'graphql';
import { codedError } from '../error-codes';
import type { Caller } from '../context';
import type { Database } from '../db/client';
import { insuredPersons, personInstitutions } from '../db/records';
import { RecordsError } from './errors';

export type PersonRow = typeof insuredPersons.$inferSelect;

/** The database or an open transaction on it. */
export type Queryable = Database | Parameters<Parameters<Database['transaction']>[0]>[0];

export const KEY_REQUIRED_MESSAGE = 'This needs an API key (Authorization: Bearer <key>).';

/** The answer to a missing key where one is needed: UNAUTHENTICATED, HTTP 401 (as for a wrong key). */
export function keyRequired(): GraphQLError {
  return codedError('UNAUTHENTICATED', KEY_REQUIRED_MESSAGE, { http: { status: 401 } });
}

export const INVALID_KEY_MESSAGE = 'The API key is not valid.';

/** The answer to a key that matches nothing, or no longer (revoked): UNAUTHENTICATED, HTTP 401. */
export function invalidKey(): GraphQLError {
  return codedError('UNAUTHENTICATED', INVALID_KEY_MESSAGE, { http: { status: 401 } });
}

/** The caller acting: the administrator or an institution; UNAUTHENTICATED (401) for no key. */
export function requireKey(caller: Caller): Exclude<Caller, { kind: 'PUBLIC' }> {
  if (caller.kind === 'PUBLIC') throw keyRequired();
  return caller;
}

/** requireKey for a resolver's context. */
export function requireCaller(ctx: { caller: Caller }): Exclude<Caller, { kind: 'PUBLIC' }> {
  return requireKey(ctx.caller);
}

export function requireAdmin(caller: Caller): void {
  requireKey(caller);
  if (caller.kind !== 'ADMIN') throw new RecordsError('FORBIDDEN', [], 'Only the administrator may do this.');
}

/** The institution that acts, or null for the administrator. */
export function actingInstitution(caller: Caller): number | null {
  return caller.kind === 'INSTITUTION' ? caller.institutionId : null;
}

/** The integer id inside a global id of the given type, or null. */
export function parseGlobalId(id: string, typename: string): number | null {
  try {
    const decoded = decodeGlobalID(id);
    const n = Number(decoded.id);
    return decoded.typename === typename && /^\d{1,15}$/.test(decoded.id) && Number.isSafeInteger(n) ? n : null;
  } catch {
    return null;
  }
}

/** True when the caller may see (and act for) the person. */
export async function canSeePerson(db: Database, caller: Caller, personId: number): Promise<boolean> {
  if (caller.kind === 'ADMIN') return true;
  if (caller.kind !== 'INSTITUTION') return false;
  const link = await db
    .select({ personId: personInstitutions.personId })
    .from(personInstitutions)
    .where(and(eq(personInstitutions.personId, personId), eq(personInstitutions.institutionId, caller.institutionId)));
  return link.length > 0;
}

/** The person behind a global id, if the caller may see it; otherwise a user error that does not
 *  tell an unknown person from someone else's. */
export async function personForCaller(db: Database, caller: Caller, globalId: string, field: string[]): Promise<PersonRow> {
  const id = parseGlobalId(globalId, 'InsuredPerson');
  const [person] = id == null ? [] : await db.select().from(insuredPersons).where(eq(insuredPersons.id, id));
  if (!person || !(await canSeePerson(db, caller, person.id))) {
    throw new RecordsError('PERSON_NOT_FOUND', field, 'No insured person with this id is visible to this key.');
  }
  return person;
}

/** True when the caller may see a settlement made by `settledBy` (null = the administrator). */
export function canSeeSettlement(caller: Caller, settledBy: number | null): boolean {
  if (caller.kind === 'ADMIN') return true;
  return caller.kind === 'INSTITUTION' && settledBy === caller.institutionId;
}
