/**
 * Personal accounts (个人账户) and retired cadres (离休干部) on `InsuredPerson`: the monthly
 * credits computed from the person and the pack, the contribution base (缴费基数), 家庭共济
 * bindings, and a retired cadre's entitlements of a year; and the mutations setContributionBase,
 * bindFamilyAccount and unbindFamilyAccount.
 */
import { and, eq } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import { retiredCadreEntitlements, type RetiredCadreEntitlements, type Sex } from '../engine/lanzhou/retiredCadre';
import type { MonthlyCredit } from '../engine/accountCredits';
import { SettlementError } from '../engine/errors';
import { accumulators, contributionBases } from '../db/records';
import { selectPack } from '../policy';
import type { PersonRow } from '../records/access';
import {
  accountCredits, bindFamilyAccount, bindingsOf, FAMILY_RELATIONS, unbindFamilyAccount, setContributionBase,
  type BindingRow, type FamilyRelation,
} from '../records/accounts';
import { isoDay } from '../records/dates';
import { builder } from './builder';
import { loadPersons, PersonRef, UserErrorRef, withUserErrors, type UserErrorShape } from './persons';

export const FamilyRelationEnum = builder.enumType('FamilyRelation', {
  description: '家庭共济 relation of the member to the account holder.',
  values: Object.fromEntries(FAMILY_RELATIONS.map((r) => [r, {
    value: r, description: { SPOUSE: '配偶 (spouse)', PARENT: '父母 (parent)', CHILD: '子女 (child)' }[r],
  }])) as Record<FamilyRelation, { value: FamilyRelation; description: string }>,
});

const PersonalAccountCreditRef = builder.objectRef<MonthlyCredit>('PersonalAccountCredit').implement({
  description: '个人账户划入 of one month, computed from the person (category, retirement, contribution base, age) and the pack in force on the month\'s first day.',
  fields: (t) => ({
    month: t.exposeString('month', { description: "'YYYY-MM'; credited on its first day." }),
    amount: t.field({ type: 'Money', resolve: (c) => c.amountFen }),
    ruleId: t.exposeString('ruleId', { description: 'LZ-ACCT-CREDIT or JN-ACCT-CREDIT.' }),
    clause: t.exposeString('clause'),
    policyPack: t.exposeString('policyPack', { nullable: true }),
    reason: t.exposeString('reason'),
  }),
});

type BaseRow = typeof contributionBases.$inferSelect;

const ContributionBaseRef = builder.objectRef<BaseRow>('ContributionBase').implement({
  description: '缴费基数 from effectiveFrom: the base of an active unit employee\'s 2% monthly account credit.',
  fields: (t) => ({
    effectiveFrom: t.field({ type: 'Date', resolve: (b) => b.effectiveFrom }),
    base: t.field({ type: 'Money', resolve: (b) => b.baseFen }),
  }),
});

const FamilyAccountBindingRef = builder.objectRef<BindingRow>('FamilyAccountBinding').implement({
  description: '家庭共济: the holder\'s personal account pays the member\'s personal part (after the member\'s own account) at designated medical institutions in the province, from boundOn until unboundOn (000 §二(二)1(1)2 and 注①; 001 第十七条).',
  fields: (t) => ({
    holder: t.field({ type: PersonRef, nullable: true, description: 'Null when the key may not see the holder.', resolve: async (b, _a, ctx) => (await loadPersons(ctx, [b.holderPersonId]))[0] }),
    member: t.field({ type: PersonRef, nullable: true, description: 'Null when the key may not see the member.', resolve: async (b, _a, ctx) => (await loadPersons(ctx, [b.memberPersonId]))[0] }),
    relation: t.field({ type: FamilyRelationEnum, resolve: (b) => b.relation as FamilyRelation }),
    boundOn: t.field({ type: 'Date', resolve: (b) => b.boundOn }),
    unboundOn: t.field({ type: 'Date', nullable: true, description: 'First day it no longer pays; null = in force.', resolve: (b) => b.unboundOn }),
  }),
});

const RetiredCadreEntitlementsRef = builder.objectRef<RetiredCadreEntitlements>('RetiredCadreEntitlements').implement({
  description: '离休干部医疗保障待遇 of a year (Lanzhou 000 §七2), computed from the person and the settlements of the year and the year before, as they stand.',
  fields: (t) => ({
    year: t.exposeInt('year'),
    outpatientQuota: t.field({ type: 'Money', description: '门诊医疗费定额: 3,000, or 4,000 for 老红军 and cadres who joined during the war of resistance; 0 for 地级 cadres (outpatient paid in full).', resolve: (e) => e.outpatientQuotaFen }),
    outpatientQuotaUsed: t.field({ type: 'Money', description: 'Quota paid on the year\'s outpatient claims.', resolve: (e) => e.outpatientQuotaUsedFen }),
    outpatientQuotaBalance: t.field({ type: 'Money', description: '结余归己: what is left of the quota, the cadre\'s to keep.', resolve: (e) => e.outpatientQuotaBalanceFen }),
    outpatientExcess: t.field({ type: 'Money', description: 'Outpatient policy amount above the quota this year, reimbursed next year (超额次年报销).', resolve: (e) => e.outpatientExcessFen }),
    excessReimbursedFromPreviousYear: t.field({ type: 'Money', description: 'Last year\'s excess, reimbursed in this year.', resolve: (e) => e.excessReimbursedFromPreviousYearFen }),
    checkupSubsidy: t.field({ type: 'Money', nullable: true, description: '健康体检费补助: 1,100 (men) / 1,530 (women) when the previous year had no stay; checkup 1 July-30 November at a 附表9 hospital. Null when the sex is unknown.', resolve: (e) => e.checkupSubsidyFen }),
    healthAward: t.field({ type: 'Money', description: '健康奖励费: 1,000 when the year has no stay and outpatient costs within the quota (so far: final when the year is over).', resolve: (e) => e.healthAwardFen }),
    stays: t.exposeInt('stays', { description: 'Stays of the year.' }),
    previousYearStays: t.exposeInt('previousYearStays'),
    outpatientPolicyAmount: t.field({ type: 'Money', description: 'The year\'s outpatient policy amount (the health award\'s condition).', resolve: (e) => e.outpatientPolicyFen }),
    reasons: t.stringList({ description: 'Each entitlement with its rule id (LZ-RC-CHECKUP, LZ-RC-AWARD, LZ-RC-OP).', resolve: (e) => e.reasons }),
  }),
});

function checkYear(year: number): void {
  if (year < 1900 || year > 9999) throw new GraphQLError('year must be a calendar year.', { extensions: { code: 'INVALID_YEAR' } });
}

/** 性别 from the 17th character of the ID number (kept in the masked form): odd = male. */
function sexOf(p: PersonRow): Sex | null {
  const digit = Number(p.idNumberMasked[16]);
  return Number.isInteger(digit) && p.idNumberMasked[16] !== '*' ? (digit % 2 === 1 ? 'MALE' : 'FEMALE') : null;
}

builder.objectFields(PersonRef, (t) => ({
  retiredOn: t.field({ type: 'Date', nullable: true, description: '退休日期: the account credit changes from the next month.', resolve: (p) => p.retiredOn }),
  retiredCadreWartime: t.exposeBoolean('retiredCadreWartime', { description: 'RETIRED_CADRE: 老红军 or joined during the war of resistance (quota 4,000).' }),
  retiredCadrePrefectureLevel: t.exposeBoolean('retiredCadrePrefectureLevel', { description: 'RETIRED_CADRE: 地级离休干部 (outpatient in full).' }),
  contributionBases: t.field({
    type: [ContributionBaseRef],
    description: '缴费基数 on record, oldest first (employees).',
    resolve: (p, _a, ctx) => ctx.db.select().from(contributionBases).where(eq(contributionBases.personId, p.id)).orderBy(contributionBases.effectiveFrom),
  }),
  personalAccountCredits: t.field({
    type: [PersonalAccountCreditRef],
    description: '个人账户划入 of each month of the year from enrolment, through today (or the year\'s end if earlier); empty for residents and retired cadres.',
    args: { year: t.arg.int({ required: true }) },
    resolve: (p, { year }, ctx) => {
      checkYear(year);
      return accountCredits(ctx.db, p, year, isoDay(ctx.clock.now()));
    },
  }),
  familyAccountBindings: t.field({
    type: [FamilyAccountBindingRef],
    description: '家庭共济 bindings where the person is the holder or the member.',
    resolve: (p, _a, ctx) => bindingsOf(ctx.db, p.id),
  }),
  retiredCadreEntitlements: t.field({
    type: RetiredCadreEntitlementsRef,
    nullable: true,
    description: 'A retired cadre\'s entitlements of the year (checkup subsidy, health award, outpatient quota); null for other schemes.',
    args: { year: t.arg.int({ required: true }) },
    resolve: async (p, { year }, ctx) => {
      checkYear(year);
      if (p.scheme !== 'RETIRED_CADRE') return null;
      let pack;
      try {
        pack = selectPack('LANZHOU', `${year}-01-01`);
      } catch (error) {
        if (error instanceof SettlementError) throw new GraphQLError(error.message, { extensions: { code: error.code } });
        throw error;
      }
      const load = async (y: number) =>
        (await ctx.db.select().from(accumulators).where(and(eq(accumulators.personId, p.id), eq(accumulators.year, y))))[0]?.values ?? {};
      const person = { retiredCadreWartime: p.retiredCadreWartime, retiredCadrePrefectureLevel: p.retiredCadrePrefectureLevel };
      return retiredCadreEntitlements(pack.parameters, person, sexOf(p), year, await load(year), await load(year - 1));
    },
  }),
}));

type PersonPayload = { person?: PersonRow; userErrors: UserErrorShape[] };

const SetContributionBasePayload = builder.objectRef<PersonPayload>('SetContributionBasePayload').implement({
  description: '缴费基数 result.',
  fields: (t) => ({
    person: t.field({ type: PersonRef, nullable: true, resolve: (p) => p.person ?? null }),
    userErrors: t.field({ type: [UserErrorRef], resolve: (p) => p.userErrors }),
  }),
});

const SetContributionBaseInput = builder.inputType('SetContributionBaseInput', {
  description: '缴费基数登记 / An employee\'s contribution base from a day on.',
  fields: (t) => ({
    personId: t.id({ required: true, description: 'The employee (职工).' }),
    base: t.field({ type: 'Money', required: true, description: '缴费基数 a month.' }),
    effectiveFrom: t.field({ type: 'Date', required: true, description: 'In force from this day; a month is credited on the base in force on its first day. The same day again replaces the base.' }),
  }),
});

builder.mutationField('setContributionBase', (t) =>
  t.field({
    type: SetContributionBasePayload,
    description: '缴费基数 (administrator only): an active unit employee\'s account is credited 2% of it each month (Lanzhou 000 §二(二)1(1), 001 第十六条; Jining 004 §一4).',
    args: { input: t.arg({ type: SetContributionBaseInput, required: true }) },
    resolve: (_root, { input }, ctx) => withUserErrors(async () => ({ person: await setContributionBase(ctx, { ...input, personId: String(input.personId) }) })),
  }),
);

type BindingPayload = { binding?: BindingRow; userErrors: UserErrorShape[] };

function bindingPayload(name: string, description: string) {
  return builder.objectRef<BindingPayload>(name).implement({
    description,
    fields: (t) => ({
      binding: t.field({ type: FamilyAccountBindingRef, nullable: true, resolve: (p) => p.binding ?? null }),
      userErrors: t.field({ type: [UserErrorRef], resolve: (p) => p.userErrors }),
    }),
  });
}

const BindFamilyAccountInput = builder.inputType('BindFamilyAccountInput', {
  description: '家庭共济绑定 / Binds a family member to an employee\'s personal account.',
  fields: (t) => ({
    holderId: t.id({ required: true, description: 'The employee whose account pays.' }),
    memberId: t.id({ required: true, description: 'The spouse, parent or child insured in the province (any scheme).' }),
    relation: t.field({ type: FamilyRelationEnum, required: true, description: 'The member\'s relation to the holder (配偶, 父母, 子女).' }),
    boundOn: t.field({ type: 'Date', required: true, description: 'First day the holder\'s account pays for the member.' }),
  }),
});

builder.mutationField('bindFamilyAccount', (t) =>
  t.field({
    type: bindingPayload('BindFamilyAccountPayload', '家庭共济绑定 result.'),
    description: '家庭共济绑定 (Lanzhou): from boundOn the holder\'s personal account pays the member\'s personal part after the member\'s own account, at designated medical institutions in the province; not for items an account may not pay (accountExcluded). The key must see both persons.',
    args: { input: t.arg({ type: BindFamilyAccountInput, required: true }) },
    resolve: (_root, { input }, ctx) => withUserErrors(async () => ({
      binding: await bindFamilyAccount(ctx, { ...input, holderId: String(input.holderId), memberId: String(input.memberId) }),
    })),
  }),
);

const UnbindFamilyAccountInput = builder.inputType('UnbindFamilyAccountInput', {
  description: '解除家庭共济绑定 / Ends a family member\'s binding to a personal account.',
  fields: (t) => ({
    holderId: t.id({ required: true, description: 'The employee whose account paid.' }),
    memberId: t.id({ required: true, description: 'The bound family member.' }),
    unboundOn: t.field({ type: 'Date', required: true, description: 'First day the binding no longer pays.' }),
  }),
});

builder.mutationField('unbindFamilyAccount', (t) =>
  t.field({
    type: bindingPayload('UnbindFamilyAccountPayload', '解除家庭共济绑定 result.'),
    description: '解除家庭共济绑定: the binding pays no claim dated unboundOn or later.',
    args: { input: t.arg({ type: UnbindFamilyAccountInput, required: true }) },
    resolve: (_root, { input }, ctx) => withUserErrors(async () => ({
      binding: await unbindFamilyAccount(ctx, { ...input, holderId: String(input.holderId), memberId: String(input.memberId) }),
    })),
  }),
);
