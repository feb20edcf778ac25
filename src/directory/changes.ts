/**
 * Maintaining the directory (目录维护), administrator only: create an institution, set its
 * level from a date, add or end a designation, close it. Each change runs in ONE write
 * transaction that also writes its audit entry (who, when, from which day, old and new value,
 * note) and bumps the catalogue version; a problem the caller can fix is a RecordsError
 * (a mutation's userErrors) and writes nothing. Settlements already made never change: they
 * keep the level they were settled at.
 */
import { and, asc, eq, like, sql } from 'drizzle-orm';
import type { Context } from '../context';
import { CITIES, DESIGNATIONS, INSTITUTION_LEVELS, type City, type Designation } from '../domain';
import { normaliseInstitutionName } from '../catalogue/institutions/normalise';
import { directoryChanges, institutionAliases, institutionDesignations, institutionLevels, institutions } from '../db/schema';
import { institutionSearchText, refreshListedLevels } from '../db/seed';
import type { ErrorCode } from '../error-codes';
import { parseGlobalId, requireAdmin, type Queryable } from '../records/access';
import { isoDay } from '../records/dates';
import { RecordsError } from '../records/errors';
import { withWriteRetry } from '../records/retry';
import { dayBefore, levelOn } from './dated';
import type { InstitutionRow } from './read';
import { bumpCatalogueVersion } from './version';

export type DirectoryChangeRow = typeof directoryChanges.$inferSelect;
export type DirectoryChangeKind = 'CREATE_INSTITUTION' | 'UPDATE_LEVEL' | 'ADD_DESIGNATION' | 'END_DESIGNATION' | 'CLOSE_INSTITUTION' | 'RESEED';
export const DIRECTORY_CHANGE_KINDS: readonly DirectoryChangeKind[] = [
  'CREATE_INSTITUTION', 'UPDATE_LEVEL', 'ADD_DESIGNATION', 'END_DESIGNATION', 'CLOSE_INSTITUTION', 'RESEED',
];

export const MAX_INSTITUTION_NAME_LENGTH = 100;
export const MAX_ALIASES = 20;
export const MAX_ADDRESS_LENGTH = 200;
export const MAX_NOTE_LENGTH = 500;
export const MAX_RESTRICTION_LENGTH = 100;

/** Code prefixes of institutions the administrator creates: never met by a seeded code. */
const ADMIN_CODE_PREFIX: Record<City, string> = { LANZHOU: 'LZ-A-', JINING: 'JN-A-', YINCHUAN: 'YC-A-' };

type Tx = Parameters<Parameters<Context['db']['transaction']>[0]>[0];

export interface ChangeResult {
  institution: InstitutionRow;
  change: DirectoryChangeRow;
}

/* ---------- input checks ---------- */

function text(value: string | null | undefined, field: string, max: number, code: ErrorCode, required: boolean): string | null {
  const trimmed = value?.trim() ?? '';
  if (!trimmed) {
    if (required) throw new RecordsError(code, [field], `${field} must not be empty.`);
    return null;
  }
  if (trimmed.length > max) throw new RecordsError(code, [field], `${field} has at most ${max} characters.`);
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) throw new RecordsError(code, [field], `${field} must not contain control characters.`);
  return trimmed;
}

const note = (value: string | null | undefined) => text(value, 'note', MAX_NOTE_LENGTH, 'INVALID_NOTE', false);

function oneOf<T extends string>(value: string, allowed: readonly T[], field: string, code: ErrorCode): T {
  if (!(allowed as readonly string[]).includes(value)) throw new RecordsError(code, [field], `${field} must be one of ${allowed.join(', ')}.`);
  return value as T;
}

/** The institution behind a global id, for a change. */
async function institutionFor(tx: Queryable, globalId: string): Promise<InstitutionRow> {
  const id = parseGlobalId(globalId, 'Institution');
  const [row] = id == null ? [] : await tx.select().from(institutions).where(eq(institutions.id, id));
  if (!row) throw new RecordsError('UNKNOWN_INSTITUTION', ['institutionId'], 'No institution has this id.');
  return row;
}

function refuseIfClosed(row: InstitutionRow, from: string): void {
  if (row.closedFrom !== null && from >= row.closedFrom) {
    throw new RecordsError('INSTITUTION_CLOSED', ['institutionId'], `The institution is closed from ${row.closedFrom}.`);
  }
}

/* ---------- the transaction every change runs in ---------- */

interface Entry {
  kind: DirectoryChangeKind;
  institutionId: number;
  effectiveFrom: string | null;
  oldValue: Record<string, unknown> | null;
  newValue: Record<string, unknown>;
  note: string | null;
}

/** Runs `write` in one write transaction with the audit entry and the version bump. */
async function change(ctx: Context, write: (tx: Tx, record: (entry: Entry) => Promise<DirectoryChangeRow>) => Promise<InstitutionRow>): Promise<ChangeResult> {
  requireAdmin(ctx.caller);
  const result = await withWriteRetry(() =>
    ctx.db.transaction(async (tx) => {
      const changedAt = ctx.clock.now().toISOString();
      let recorded: DirectoryChangeRow | null = null;
      const record = async (entry: Entry) => {
        const version = await bumpCatalogueVersion(tx, changedAt);
        const [row] = await tx
          .insert(directoryChanges)
          .values({ ...entry, actor: 'ADMINISTRATOR', requestId: ctx.requestId, changedAt, catalogueVersion: version })
          .returning();
        recorded = row;
        return row;
      };
      const institution = await write(tx, record);
      if (!recorded) throw new Error('a directory change wrote no audit entry');
      return { institution, change: recorded };
    }),
  );
  // This process's in-memory directory must not outlive the change (others: within their bound).
  ctx.directory.invalidate();
  return result;
}

async function reload(tx: Queryable, id: number): Promise<InstitutionRow> {
  const [row] = await tx.select().from(institutions).where(eq(institutions.id, id));
  return row;
}

/* ---------- the changes ---------- */

export interface CreateInstitutionInput {
  name: string;
  city: string;
  level: string;
  effectiveFrom?: string | null;
  aliases?: string[] | null;
  address?: string | null;
  note?: string | null;
}

/** 新增定点机构: a new institution with its first level, in force from `effectiveFrom` (default today). */
export async function createInstitution(ctx: Context, input: CreateInstitutionInput): Promise<ChangeResult> {
  requireAdmin(ctx.caller);
  const name = text(input.name, 'name', MAX_INSTITUTION_NAME_LENGTH, 'INVALID_NAME', true)!;
  const city = oneOf(input.city, CITIES, 'city', 'INVALID_CITY');
  const level = oneOf(input.level, INSTITUTION_LEVELS, 'level', 'INVALID_LEVEL');
  const address = text(input.address, 'address', MAX_ADDRESS_LENGTH, 'INVALID_ADDRESS', false);
  const given = input.aliases ?? [];
  if (given.length > MAX_ALIASES) throw new RecordsError('INVALID_ALIAS', ['aliases'], `At most ${MAX_ALIASES} aliases.`);
  const aliases = [...new Set(given.map((a, i) => text(a, `aliases.${i}`, MAX_INSTITUTION_NAME_LENGTH, 'INVALID_ALIAS', true)!))].filter((a) => a !== name);
  const effectiveFrom = input.effectiveFrom ?? isoDay(ctx.clock.now());
  const why = note(input.note);
  const spellings = [name, ...aliases];
  return change(ctx, async (tx, record) => {
    const clash = await sameNameIn(tx, city, spellings);
    if (clash) {
      throw new RecordsError('INSTITUTION_NAME_TAKEN', ['name'], `${clash.name} (${clash.code}) in ${city} already has this name or alias.`);
    }
    const [{ maxId }] = await tx.select({ maxId: sql<number>`coalesce(max(${institutions.id}), 0)` }).from(institutions);
    const id = Number(maxId) + 1;
    const code = await nextAdminCode(tx, city);
    const entry = await record({
      kind: 'CREATE_INSTITUTION', institutionId: id, effectiveFrom, oldValue: null,
      newValue: { code, name, city, level, aliases, address }, note: why,
    });
    await tx.insert(institutions).values({
      id, code, name, city, level, address, searchText: institutionSearchText(spellings), origin: 'ADMIN', changeId: entry.id,
    });
    if (aliases.length > 0) await tx.insert(institutionAliases).values(aliases.map((alias) => ({ institutionId: id, alias })));
    await tx.insert(institutionLevels).values({ institutionId: id, effectiveFrom, level, origin: 'ADMIN', changeId: entry.id });
    return reload(tx, id);
  });
}

/** An institution of the city one of whose spellings normalises like one of `spellings`. */
async function sameNameIn(tx: Queryable, city: City, spellings: readonly string[]): Promise<InstitutionRow | undefined> {
  const keys = spellings.map(normaliseInstitutionName);
  const rows = await tx.select().from(institutions).where(eq(institutions.city, city));
  return rows.find((r) => r.searchText.split('\n').some((s) => keys.includes(s)));
}

async function nextAdminCode(tx: Queryable, city: City): Promise<string> {
  const prefix = ADMIN_CODE_PREFIX[city];
  const rows = await tx.select({ code: institutions.code }).from(institutions).where(like(institutions.code, `${prefix}%`));
  const serial = Math.max(0, ...rows.map((r) => Number(r.code.slice(prefix.length)) || 0)) + 1;
  return `${prefix}${String(serial).padStart(3, '0')}`;
}

export interface UpdateInstitutionInput {
  institutionId: string;
  level: string;
  effectiveFrom?: string | null;
  note?: string | null;
}

/**
 * 等级变更: the institution's level from `effectiveFrom` (default today) until its next dated
 * entry. An entry of the administrator's on the same day is replaced (the audit keeps both).
 */
export async function updateInstitution(ctx: Context, input: UpdateInstitutionInput): Promise<ChangeResult> {
  requireAdmin(ctx.caller);
  const level = oneOf(input.level, INSTITUTION_LEVELS, 'level', 'INVALID_LEVEL');
  const effectiveFrom = input.effectiveFrom ?? isoDay(ctx.clock.now());
  const why = note(input.note);
  return change(ctx, async (tx, record) => {
    const row = await institutionFor(tx, input.institutionId);
    refuseIfClosed(row, effectiveFrom);
    const history = await tx.select().from(institutionLevels).where(eq(institutionLevels.institutionId, row.id)).orderBy(asc(institutionLevels.id));
    const old = levelOn(history, effectiveFrom);
    const sameDay = history.find((h) => h.origin === 'ADMIN' && h.effectiveFrom === effectiveFrom);
    if (old === level) {
      throw new RecordsError('LEVEL_UNCHANGED', ['level'], `The institution's level on ${effectiveFrom} is already ${level}.`);
    }
    const entry = await record({
      kind: 'UPDATE_LEVEL', institutionId: row.id, effectiveFrom, oldValue: { level: old }, newValue: { level }, note: why,
    });
    if (sameDay) {
      await tx.update(institutionLevels).set({ level, changeId: entry.id }).where(eq(institutionLevels.id, sameDay.id));
    } else {
      await tx.insert(institutionLevels).values({ institutionId: row.id, effectiveFrom, level, origin: 'ADMIN', changeId: entry.id });
    }
    await refreshListedLevels(tx, row.id);
    return reload(tx, row.id);
  });
}

export interface AddDesignationInput {
  institutionId: string;
  designation: string;
  restriction?: string | null;
  effectiveFrom?: string | null;
  note?: string | null;
}

/** 新增定点资格: a designation in force from `effectiveFrom` (default today), open-ended. */
export async function addDesignation(ctx: Context, input: AddDesignationInput): Promise<ChangeResult> {
  requireAdmin(ctx.caller);
  const designation = oneOf(input.designation, DESIGNATIONS, 'designation', 'INVALID_DESIGNATION');
  const restriction = text(input.restriction, 'restriction', MAX_RESTRICTION_LENGTH, 'INVALID_RESTRICTION', false);
  const effectiveFrom = input.effectiveFrom ?? isoDay(ctx.clock.now());
  const why = note(input.note);
  return change(ctx, async (tx, record) => {
    const row = await institutionFor(tx, input.institutionId);
    refuseIfClosed(row, effectiveFrom);
    const periods = await periodsOf(tx, row.id, designation);
    const overlapping = periods.find((p) => p.effectiveUntil === null || p.effectiveUntil >= effectiveFrom);
    if (overlapping) {
      const until = overlapping.effectiveUntil ? ` until ${overlapping.effectiveUntil}` : '';
      throw new RecordsError('DESIGNATION_IN_FORCE', ['designation'], `The institution holds ${designation}${until} already; end it first.`);
    }
    const entry = await record({
      kind: 'ADD_DESIGNATION', institutionId: row.id, effectiveFrom, oldValue: null, newValue: { designation, restriction }, note: why,
    });
    await tx.insert(institutionDesignations).values({
      institutionId: row.id, designation, restriction, effectiveFrom, effectiveUntil: null, origin: 'ADMIN', changeId: entry.id,
    });
    return reload(tx, row.id);
  });
}

export interface EndDesignationInput {
  institutionId: string;
  designation: string;
  /** The first day without the designation. */
  effectiveFrom?: string | null;
  note?: string | null;
}

/** 取消定点资格: the designation in force the day before `effectiveFrom` (default today) ends that day. */
export async function endDesignation(ctx: Context, input: EndDesignationInput): Promise<ChangeResult> {
  requireAdmin(ctx.caller);
  const designation = oneOf(input.designation, DESIGNATIONS, 'designation', 'INVALID_DESIGNATION');
  const effectiveFrom = input.effectiveFrom ?? isoDay(ctx.clock.now());
  const why = note(input.note);
  return change(ctx, async (tx, record) => {
    const row = await institutionFor(tx, input.institutionId);
    const periods = await periodsOf(tx, row.id, designation);
    const lastDay = dayBefore(effectiveFrom);
    const held = periods.find((p) => (p.effectiveFrom === null || p.effectiveFrom <= lastDay) && (p.effectiveUntil === null || p.effectiveUntil >= effectiveFrom));
    if (!held) {
      throw new RecordsError('DESIGNATION_NOT_HELD', ['designation'], `The institution holds no ${designation} that is in force both on ${lastDay} and ${effectiveFrom}.`);
    }
    const entry = await record({
      kind: 'END_DESIGNATION', institutionId: row.id, effectiveFrom,
      oldValue: { designation, restriction: held.restriction, effectiveUntil: held.effectiveUntil },
      newValue: { designation, restriction: held.restriction, effectiveUntil: lastDay }, note: why,
    });
    await tx.update(institutionDesignations).set({ effectiveUntil: lastDay, endChangeId: entry.id }).where(eq(institutionDesignations.id, held.id));
    return reload(tx, row.id);
  });
}

async function periodsOf(tx: Queryable, institutionId: number, designation: Designation) {
  return tx
    .select()
    .from(institutionDesignations)
    .where(and(eq(institutionDesignations.institutionId, institutionId), eq(institutionDesignations.designation, designation)))
    .orderBy(asc(institutionDesignations.id));
}

export interface CloseInstitutionInput {
  institutionId: string;
  /** The first day closed. */
  effectiveFrom?: string | null;
  note?: string | null;
}

/** 停止定点: the institution is closed from `effectiveFrom` (default today): no claim settles there from that day. */
export async function closeInstitution(ctx: Context, input: CloseInstitutionInput): Promise<ChangeResult> {
  requireAdmin(ctx.caller);
  const effectiveFrom = input.effectiveFrom ?? isoDay(ctx.clock.now());
  const why = note(input.note);
  return change(ctx, async (tx, record) => {
    const row = await institutionFor(tx, input.institutionId);
    if (row.closedFrom !== null) {
      throw new RecordsError('INSTITUTION_CLOSED', ['institutionId'], `The institution is closed from ${row.closedFrom} already.`);
    }
    const entry = await record({
      kind: 'CLOSE_INSTITUTION', institutionId: row.id, effectiveFrom, oldValue: { closedFrom: null }, newValue: { closedFrom: effectiveFrom }, note: why,
    });
    await tx.update(institutions).set({ closedFrom: effectiveFrom }).where(eq(institutions.id, row.id));
    return reload(tx, row.id);
  });
}
