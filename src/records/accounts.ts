/**
 * 个人账户 as the records keep it: the stored movements (administrator credits such as 历年结余
 * or transfers in, settlement debits, reversal refunds) plus the monthly credits computed from the
 * person and the pack (engine/accountCredits.ts), so that the balance on a date needs no typed
 * credits; the contribution base (缴费基数) with its effective date; and 家庭共济 bindings: an
 * employee's account pays the personal part of a bound spouse, parent or child insured in the
 * province, at designated medical institutions there, after the member's own account
 * (000 §二(二)1(1)2 and 注①; 001 第十七条).
 */
import { and, eq, gt, isNull, lte, or } from 'drizzle-orm';
import type { Context } from '../context';
import type { City, EmployeeCategory, Scheme } from '../domain';
import { type AccountHolder, creditedThrough, creditsThrough, type MonthlyCredit } from '../engine/accountCredits';
import { contributionBases, familyAccountBindings, insuredPersons, personalAccounts } from '../db/records';
import { actingInstitution, personForCaller, requireAdmin, requireKey, type PersonRow, type Queryable } from './access';
import { RecordsError } from './errors';
import { withWriteRetry } from './retry';

export const FAMILY_RELATIONS = ['SPOUSE', 'PARENT', 'CHILD'] as const;
/** 家庭共济 relation of the member to the account holder: 配偶, 父母, 子女. */
export type FamilyRelation = (typeof FAMILY_RELATIONS)[number];

export type BindingRow = typeof familyAccountBindings.$inferSelect;

/** The person as the credit rules need it. */
export async function accountHolder(db: Queryable, person: PersonRow): Promise<AccountHolder> {
  const bases = person.scheme === 'EMPLOYEE'
    ? await db.select().from(contributionBases).where(eq(contributionBases.personId, person.id))
    : [];
  return accountHolderOf(person, bases);
}

/** The person and their contribution bases as the credit rules need them (no I/O). */
export function accountHolderOf(person: PersonRow, bases: { effectiveFrom: string; baseFen: number }[]): AccountHolder {
  return {
    city: person.city as City,
    scheme: person.scheme as Scheme,
    employeeCategory: (person.employeeCategory ?? null) as EmployeeCategory | null,
    retired: person.retired,
    retiredOn: person.retiredOn ?? null,
    birthDate: person.birthDate ?? null,
    enrolledSince: person.enrolledSince,
    contributionBases: bases.map((b) => ({ effectiveFrom: b.effectiveFrom, baseFen: b.baseFen })),
  };
}

/** The account on a date: stored movements + computed credits through the date's month. */
export async function accountBalance(db: Queryable, person: PersonRow, asOf: string): Promise<{ storedFen: number; creditedFen: number; balanceFen: number } | null> {
  const [account] = await db.select().from(personalAccounts).where(eq(personalAccounts.personId, person.id));
  if (!account) return null;
  const creditedFen = creditedThrough(await accountHolder(db, person), asOf);
  return { storedFen: account.balanceFen, creditedFen, balanceFen: account.balanceFen + creditedFen };
}

/** The monthly credits of a calendar year, through the given day. */
export async function accountCredits(db: Queryable, person: PersonRow, year: number, through: string): Promise<MonthlyCredit[]> {
  if (person.scheme !== 'EMPLOYEE') return [];
  const last = `${year}-12-31` < through ? `${year}-12-31` : through;
  return creditsThrough(await accountHolder(db, person), last).filter((c) => c.month.startsWith(`${year}-`));
}

/** 缴费基数 (administrator): the base from `effectiveFrom` on. */
export async function setContributionBase(ctx: Context, input: { personId: string; base: number; effectiveFrom: string }): Promise<PersonRow> {
  requireAdmin(ctx.caller);
  const person = await personForCaller(ctx.db, ctx.caller, input.personId, ['personId']);
  if (person.scheme !== 'EMPLOYEE') throw new RecordsError('NO_PERSONAL_ACCOUNT', ['personId'], 'Only employees (职工) have a contribution base and a personal account.');
  if (!(input.base > 0)) throw new RecordsError('INVALID_AMOUNT', ['base'], 'A contribution base must be more than 0.00.');
  const now = ctx.clock.now().toISOString();
  await withWriteRetry(() =>
    ctx.db.insert(contributionBases).values({ personId: person.id, baseFen: input.base, effectiveFrom: input.effectiveFrom, createdAt: now })
      .onConflictDoUpdate({ target: [contributionBases.personId, contributionBases.effectiveFrom], set: { baseFen: input.base, createdAt: now } }),
  );
  return person;
}

/** Which family relations the person's city binds (Lanzhou only: 004 has no 家庭共济). */
const FAMILY_ACCOUNT_CITIES: ReadonlySet<City> = new Set(['LANZHOU']);

/** 家庭共济绑定: the holder's account will pay the member's personal part from `boundOn`. */
export async function bindFamilyAccount(
  ctx: Context, input: { holderId: string; memberId: string; relation: FamilyRelation; boundOn: string },
): Promise<BindingRow> {
  const caller = requireKey(ctx.caller);
  const holder = await personForCaller(ctx.db, caller, input.holderId, ['holderId']);
  const member = await personForCaller(ctx.db, caller, input.memberId, ['memberId']);
  if (holder.scheme !== 'EMPLOYEE') throw new RecordsError('NO_PERSONAL_ACCOUNT', ['holderId'], 'The holder must be an employee (职工) with a personal account.');
  if (!FAMILY_ACCOUNT_CITIES.has(holder.city as City)) {
    throw new RecordsError('FAMILY_ACCOUNT_NOT_AVAILABLE', ['holderId'], `${holder.city} has no family account sharing (家庭共济) in its source.`);
  }
  if (holder.id === member.id) throw new RecordsError('INVALID_FAMILY_MEMBER', ['memberId'], 'A person cannot be bound to their own account.');
  if (member.city !== holder.city) {
    throw new RecordsError('MEMBER_OUTSIDE_PROVINCE', ['memberId'], 'The member must be insured in the holder\'s province (在省内参保).');
  }
  const [existing] = await ctx.db.select().from(familyAccountBindings).where(and(
    eq(familyAccountBindings.holderPersonId, holder.id), eq(familyAccountBindings.memberPersonId, member.id), isNull(familyAccountBindings.unboundOn),
  ));
  if (existing) throw new RecordsError('ALREADY_BOUND', ['memberId'], 'The member is already bound to this account.');
  const now = ctx.clock.now().toISOString();
  const [row] = await withWriteRetry(() =>
    ctx.db.insert(familyAccountBindings).values({
      holderPersonId: holder.id, memberPersonId: member.id, relation: input.relation, boundOn: input.boundOn,
      createdByInstitutionId: actingInstitution(caller), createdAt: now,
    }).returning(),
  );
  return row;
}

/** Ends a binding from `unboundOn` (the last day it pays is the day before). */
export async function unbindFamilyAccount(ctx: Context, input: { holderId: string; memberId: string; unboundOn: string }): Promise<BindingRow> {
  const caller = requireKey(ctx.caller);
  const holder = await personForCaller(ctx.db, caller, input.holderId, ['holderId']);
  const member = await personForCaller(ctx.db, caller, input.memberId, ['memberId']);
  const [binding] = await ctx.db.select().from(familyAccountBindings).where(and(
    eq(familyAccountBindings.holderPersonId, holder.id), eq(familyAccountBindings.memberPersonId, member.id), isNull(familyAccountBindings.unboundOn),
  ));
  if (!binding) throw new RecordsError('NOT_BOUND', ['memberId'], 'The member is not bound to this account.');
  if (input.unboundOn < binding.boundOn) throw new RecordsError('INVALID_DATE_RANGE', ['unboundOn'], 'unboundOn is before the binding began.');
  const [row] = await withWriteRetry(() =>
    ctx.db.update(familyAccountBindings).set({ unboundOn: input.unboundOn }).where(eq(familyAccountBindings.id, binding.id)).returning(),
  );
  return row;
}

/** The holders whose accounts pay for the member on the date, oldest binding first. */
export async function holdersFor(db: Queryable, memberId: number, date: string): Promise<{ binding: BindingRow; holder: PersonRow }[]> {
  const rows = await db
    .select({ binding: familyAccountBindings, holder: insuredPersons })
    .from(familyAccountBindings)
    .innerJoin(insuredPersons, eq(insuredPersons.id, familyAccountBindings.holderPersonId))
    .where(and(
      eq(familyAccountBindings.memberPersonId, memberId), lte(familyAccountBindings.boundOn, date),
      or(isNull(familyAccountBindings.unboundOn), gt(familyAccountBindings.unboundOn, date)),
    ))
    .orderBy(familyAccountBindings.id);
  return rows;
}

/** Bindings where the person is the holder or the member. */
export async function bindingsOf(db: Queryable, personId: number): Promise<BindingRow[]> {
  return db.select().from(familyAccountBindings)
    .where(or(eq(familyAccountBindings.holderPersonId, personId), eq(familyAccountBindings.memberPersonId, personId)))
    .orderBy(familyAccountBindings.id);
}

