/**
 * Claims and settlements on record: the `Claim` (就诊结算申请) and `SettlementRecord` (结算记录)
 * nodes, the person's `settlements` connection, and the `settleClaim` and `reverseSettlement`
 * (冲正) mutations. An institution key sees only the claims and settlements it made.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { and, asc, count, desc, eq, gt, gte, inArray, lt, type SQL } from 'drizzle-orm';
import { codedError } from '../error-codes';
import type { Context } from '../context';
import type { City, FeeCategory, InstitutionLevel, RemoteFiling, TwoDisease, VisitType } from '../domain';
import type { SettlementResult } from '../engine/types';
import { claimItems, claims, personalAccountLedger, settlements } from '../db/records';
import { parseGlobalId, requireCaller, requireKey, type PersonRow } from '../records/access';
import { RecordsError } from '../records/errors';
import { reverseSettlement } from '../records/reverse';
import { readForSettlement, settleClaim, type SettlementRow } from '../records/settle';
import { builder } from './builder';
import {
  ExclusionReasonEnum, FeeCategoryEnum, InstitutionLevelEnum, LongTermCareKindEnum, RareDiseaseEnum, RemoteFilingEnum, StudentAbsenceEnum, TwoDiseaseEnum,
  VisitTypeEnum,
} from './enums';
import { institutionOn, InstitutionRef } from './institutions';
import { keysetConnection, type PageArgs } from './pagination';
import { AccumulatorCounterRef, countersOf, loadPersons, PersonRef, UserErrorRef, withUserErrors, type UserErrorShape } from './persons';
import {
  ChildOrderEnum, ChronicClassEnum, claimInputFields, ClinicalConditionEnum, refuseUnlisted, settlementFields, toEngineClaim, type ClaimArgs,
  SettlementInterface,
} from './settlement';

type ClaimRow = typeof claims.$inferSelect;
type ClaimItemRow = typeof claimItems.$inferSelect;

/** The institution a row was made by is the caller's (or the caller is the administrator). */
function madeByCaller(ctx: Context, institutionId: number | null): boolean {
  if (ctx.caller.kind === 'ADMIN') return true;
  return ctx.caller.kind === 'INSTITUTION' && institutionId === ctx.caller.institutionId;
}

async function loadSettlements(ctx: Context, ids: number[]): Promise<(SettlementRow | null)[]> {
  const wanted = ids.filter(Number.isSafeInteger);
  if (ctx.caller.kind === 'PUBLIC' || wanted.length === 0) return ids.map(() => null);
  const rows = await ctx.db.select().from(settlements).where(inArray(settlements.id, wanted));
  const byId = new Map(rows.filter((r) => madeByCaller(ctx, r.settledByInstitutionId)).map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? null);
}

async function loadClaims(ctx: Context, ids: number[]): Promise<(ClaimRow | null)[]> {
  const wanted = ids.filter(Number.isSafeInteger);
  if (ctx.caller.kind === 'PUBLIC' || wanted.length === 0) return ids.map(() => null);
  const rows = await ctx.db.select().from(claims).where(inArray(claims.id, wanted));
  const byId = new Map(rows.filter((r) => madeByCaller(ctx, r.createdByInstitutionId)).map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** A stored settlement in the engine's result shape, for the contract's Settlement fields. */
function asResult(s: SettlementRow): SettlementResult {
  return { ...s, accumulatorYear: s.year, accumulatorDelta: s.accumulatorDelta };
}

const SettlementStatusEnum = builder.enumType('SettlementStatus', {
  description: '结算状态.',
  values: {
    SETTLED: { description: '已结算 / Settled and standing' },
    REVERSED: { description: '已冲正 / Reversed: everything it added is given back' },
  },
});

export const SettlementRecordRef = builder.objectRef<SettlementRow>('SettlementRecord');
export const ClaimRef = builder.objectRef<ClaimRow>('Claim');

builder.node(SettlementRecordRef, {
  description: '结算记录: a settlement on record, immutable but for its reversal. Carries every Settlement field.',
  // The row is not a SettlementResult: every interface field is defined again below over asResult(row).
  interfaces: [SettlementInterface] as never,
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'status' in value,
  id: { resolve: (s) => s.id, parse: (id) => Number(id) },
  loadMany: (ids, ctx) => loadSettlements(ctx, ids),
  fields: (t) => ({
    ...(settlementFields(t as never, asResult) as object as Record<string, never>),
    status: t.field({ type: SettlementStatusEnum, resolve: (s) => s.status as 'SETTLED' | 'REVERSED' }),
    familyAccountPayment: t.field({
      type: 'Money',
      description: '个人账户共济支付 (acct_mulaid_pay): paid from the accounts of family members the person is bound to (家庭共济), after the person\'s own account; part of the personal part, not of cashPayment.',
      resolve: async (s, _args, ctx) => {
        const rows = await ctx.db.select({ amount: personalAccountLedger.amountFen }).from(personalAccountLedger)
          .where(and(eq(personalAccountLedger.settlementId, s.id), eq(personalAccountLedger.kind, 'FAMILY_SETTLEMENT')));
        return -rows.reduce((sum, r) => sum + r.amount, 0);
      },
    }),
    idempotencyKey: t.exposeString('idempotencyKey'),
    settledAt: t.field({ type: 'DateTime', description: '结算时间 / When it was settled.', resolve: (s) => s.settledAt }),
    reversedAt: t.field({ type: 'DateTime', nullable: true, description: '冲正时间 / When it was reversed; null while it stands.', resolve: (s) => s.reversedAt }),
    reversalReason: t.exposeString('reversalReason', { nullable: true }),
    accumulatorDelta: t.field({ type: [AccumulatorCounterRef], description: 'What this settlement added to the person\'s year.', resolve: (s) => countersOf(s.accumulatorDelta) }),
    person: t.field({ type: PersonRef, nullable: true, resolve: async (s, _args, ctx) => (await loadPersons(ctx, [s.personId]))[0] }),
    claim: t.field({ type: ClaimRef, resolve: async (s, _args, ctx) => (await ctx.db.select().from(claims).where(eq(claims.id, s.claimId)))[0] }),
    settledBy: t.field({
      type: InstitutionRef,
      nullable: true,
      description: 'The institution whose key settled; null = the administrator.',
      resolve: (s, _args, ctx) => (s.settledByInstitutionId == null ? null : ctx.loaders.institution.load(s.settledByInstitutionId)),
    }),
  }),
});

const ClaimItemRef = builder.objectRef<ClaimItemRow>('ClaimItem').implement({
  description: '费用明细 as submitted.',
  fields: (t) => ({
    name: t.exposeString('name'),
    category: t.field({ type: FeeCategoryEnum, resolve: (i) => i.category as FeeCategory }),
    amount: t.field({ type: 'Money', resolve: (i) => i.amountFen }),
    tcm: t.exposeBoolean('tcm'),
    negotiatedDrug: t.exposeBoolean('negotiatedDrug'),
    diseaseCode: t.exposeString('diseaseCode', { nullable: true, description: 'The disease the item treats (Yinchuan bills naming two diseases).' }),
    accountExcluded: t.exposeBoolean('accountExcluded', { description: '公共卫生、体育健身、养生保健: no personal account paid it.' }),
  }),
});

type RemoteCareDetails = NonNullable<ClaimRow['details']['remote']>;
type LongTermCareDetails = NonNullable<ClaimRow['details']['longTermCare']>;

const LongTermCareRef = builder.objectRef<LongTermCareDetails>('LongTermCare').implement({
  description: '长期护理 of a claim on record.',
  fields: (t) => ({
    kind: t.field({ type: LongTermCareKindEnum, resolve: (c) => c.kind }),
    days: t.exposeInt('days'),
    disabilityGrade: t.int({ nullable: true, resolve: (c) => c.disabilityGrade ?? null }),
  }),
});

const RemoteCareRef = builder.objectRef<RemoteCareDetails>('RemoteCare').implement({
  description: '异地就医 of a claim on record, as settled: a filing not given on the claim is the one on record on the date.',
  fields: (t) => ({
    crossProvince: t.exposeBoolean('crossProvince', { description: '跨省异地就医.' }),
    filing: t.field({ type: RemoteFilingEnum, nullable: true, description: '备案类型.', resolve: (r) => (r.filing as RemoteFiling | undefined) ?? null }),
    filedByCommitmentWithoutProof: t.boolean({ nullable: true, description: '承诺制备案且未补齐材料, treated back home.', resolve: (r) => r.filedByCommitmentWithoutProof ?? null }),
    studentAbsence: t.field({ type: StudentAbsenceEnum, nullable: true, description: '参保学生在异地的原因.', resolve: (r) => r.studentAbsence ?? null }),
  }),
});

builder.node(ClaimRef, {
  description: 'A claim as submitted for settlement, with its fee items and every other input the settlement used (null = not given).',
  id: { resolve: (c) => c.id, parse: (id) => Number(id) },
  loadMany: (ids, ctx) => loadClaims(ctx, ids),
  fields: (t) => ({
    visitType: t.field({ type: VisitTypeEnum, resolve: (c) => c.visitType as VisitType }),
    date: t.field({ type: 'Date', resolve: (c) => c.date }),
    institution: t.field({ type: InstitutionRef, nullable: true, resolve: (c, _args, ctx) => (c.institutionId == null ? null : ctx.loaders.institution.load(c.institutionId)) }),
    institutionLevel: t.field({ type: InstitutionLevelEnum, resolve: (c) => c.institutionLevel as InstitutionLevel }),
    chronicDiseaseCodes: t.stringList({ nullable: true, resolve: (c) => c.details.chronicDiseaseCodes ?? null }),
    majorDiseaseCode: t.string({ nullable: true, resolve: (c) => c.details.majorDiseaseCode ?? null }),
    twoDiseases: t.field({ type: [TwoDiseaseEnum], nullable: true, resolve: (c) => (c.details.twoDiseases as TwoDisease[] | undefined) ?? null }),
    tcmDayDiseaseCode: t.string({ nullable: true, resolve: (c) => c.details.tcmDayDiseaseCode ?? null }),
    remote: t.field({ type: RemoteCareRef, nullable: true, resolve: (c) => c.details.remote ?? null }),
    signedFamilyDoctor: t.boolean({ nullable: true, description: '签约家庭医生团队.', resolve: (c) => c.details.signedFamilyDoctor ?? null }),
    childOrder: t.field({ type: ChildOrderEnum, nullable: true, description: '住院分娩孩次.', resolve: (c) => c.details.childOrder ?? null }),
    accident: t.boolean({ nullable: true, description: '无责任人的意外伤害.', resolve: (c) => c.details.accident ?? null }),
    chronicClass: t.field({ type: ChronicClassEnum, nullable: true, description: '门诊慢特病病种类别.', resolve: (c) => c.details.chronicClass ?? null }),
    tcmHospital: t.boolean({ nullable: true, description: '中医医疗机构.', resolve: (c) => c.details.tcmHospital ?? null }),
    condition: t.field({ type: ClinicalConditionEnum, nullable: true, description: '病情.', resolve: (c) => c.details.condition ?? null }),
    insulin: t.boolean({ nullable: true, description: '糖尿病使用胰岛素.', resolve: (c) => c.details.insulin ?? null }),
    longTermCare: t.field({ type: LongTermCareRef, nullable: true, description: '长期护理 as settled (the grade from the assessment on record).', resolve: (c) => c.details.longTermCare ?? null }),
    pureTcmTherapy: t.boolean({ nullable: true, description: '纯中医疗法.', resolve: (c) => c.details.pureTcmTherapy ?? null }),
    rareDisease: t.field({ type: RareDiseaseEnum, nullable: true, description: '罕见病 as settled (from the registration on record).', resolve: (c) => c.details.rareDisease ?? null }),
    admissionDate: t.field({ type: 'Date', nullable: true, description: '入院日期.', resolve: (c) => c.details.admissionDate ?? null }),
    daySurgeryDiseaseCode: t.string({ nullable: true, description: '日间手术病种.', resolve: (c) => c.details.daySurgeryDiseaseCode ?? null }),
    exclusionReason: t.field({ type: ExclusionReasonEnum, nullable: true, description: '不予支付的情形.', resolve: (c) => c.details.exclusionReason ?? null }),
    prescriptionDays: t.int({ nullable: true, description: '单次处方天数.', resolve: (c) => c.details.prescriptionDays ?? null }),
    maternityProcedureCode: t.string({ nullable: true, description: '生育保险项目 (maternityFixedRates code).', resolve: (c) => c.details.maternityProcedureCode ?? null }),
    maternityComplication: t.boolean({ nullable: true, description: '合并症.', resolve: (c) => c.details.maternityComplication ?? null }),
    usePersonalAccount: t.boolean({ resolve: (c) => c.details.usePersonalAccount }),
    items: t.field({
      type: [ClaimItemRef],
      resolve: (c, _args, ctx) => ctx.db.select().from(claimItems).where(eq(claimItems.claimId, c.id)).orderBy(asc(claimItems.position)),
    }),
    person: t.field({ type: PersonRef, nullable: true, resolve: async (c, _args, ctx) => (await loadPersons(ctx, [c.personId]))[0] }),
    settlement: t.field({ type: SettlementRecordRef, nullable: true, resolve: async (c, _args, ctx) => (await ctx.db.select().from(settlements).where(eq(settlements.claimId, c.id)))[0] ?? null }),
  }),
});

/** 结算记录 as a connection type named by its node's interface (Settlement). */
export const SettlementConnectionRef = builder.connectionObject(
  { type: SettlementRecordRef, name: 'SettlementConnection', description: '结算记录 page / A page of settlements on record.' },
  { name: 'SettlementEdge', description: 'A settlement and its cursor.' },
);

/** A page of the settlements matching `where`, in the order they were made (by id). */
function settlementPage(ctx: Context, args: PageArgs, where: (SQL | undefined)[]) {
  return keysetConnection(
    args,
    'Settlement',
    (r: SettlementRow) => r.id,
    ({ afterId, beforeId, limit, descending }) => {
      const page = [...where];
      if (afterId != null) page.push(gt(settlements.id, afterId));
      if (beforeId != null) page.push(lt(settlements.id, beforeId));
      return ctx.db.select().from(settlements).where(and(...page)).orderBy(descending ? desc(settlements.id) : asc(settlements.id)).limit(limit);
    },
    async () => (await ctx.db.select({ n: count() }).from(settlements).where(and(...where)))[0].n,
  );
}

/** Only the settlements an institution key made; the administrator sees all. */
function visibleTo(ctx: Context): SQL | undefined {
  return ctx.caller.kind === 'INSTITUTION' ? eq(settlements.settledByInstitutionId, ctx.caller.institutionId) : undefined;
}

builder.objectField(PersonRef, 'settlements', (t) =>
  t.connection(
    {
      type: SettlementRecordRef,
      description: 'The person\'s settlements in the order they were made (an institution key sees only its own).',
      args: { year: t.arg.int({ description: '只看该年度 / Only this accumulator year.' }) },
      resolve: (person, args, ctx) => {
        const where = [eq(settlements.personId, person.id), visibleTo(ctx)];
        if (args.year != null) where.push(eq(settlements.year, args.year));
        return settlementPage(ctx, args, where);
      },
    },
    SettlementConnectionRef,
  ),
);

/** China Standard Time (UTC+08:00, no daylight saving): the day of a 对账 (reconciliation). */
const CHINA_OFFSET = '+08:00';

/** The first instant of a day in China, as the UTC ISO text settledAt is stored in. */
function startOfChinaDay(date: string): string {
  return new Date(`${date}T00:00:00${CHINA_OFFSET}`).toISOString();
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

const SettlementFilter = builder.inputType('SettlementFilter', {
  description: '结算记录筛选（对账）/ Which settlements to list for reconciliation; the conditions combine.',
  fields: (t) => ({
    settledFrom: t.field({ type: 'Date', description: '结算日期起（含，北京时间）/ Settled on or after this day, China Standard Time (UTC+08:00).' }),
    settledTo: t.field({ type: 'Date', description: '结算日期止（含，北京时间）/ Settled on or before this day, China Standard Time (UTC+08:00).' }),
    status: t.field({ type: SettlementStatusEnum, description: '结算状态 / Only settlements in this status now (SETTLED or REVERSED).' }),
    year: t.int({ description: '年度 / Only this accumulator year.' }),
    personId: t.id({ description: '参保人 / Only this insured person\'s settlements.' }),
  }),
});

builder.queryField('settlements', (t) =>
  t.connection(
    {
      type: SettlementRecordRef,
      description: '对账: the settlements the key made (the administrator: all), in the order they were made, filtered by settlement day, status, year or person, paged both ways. Needs a key.',
      extensions: { needsKey: true },
      args: { filter: t.arg({ type: SettlementFilter }) },
      resolve: (_root, args, ctx) => {
        requireCaller(ctx);
        const f = args.filter ?? {};
        const where: (SQL | undefined)[] = [visibleTo(ctx)];
        if (f.settledFrom != null && f.settledTo != null && f.settledTo < f.settledFrom) {
          throw codedError('INVALID_DATE_RANGE', 'filter.settledTo is before filter.settledFrom.', { field: ['filter', 'settledTo'] });
        }
        if (f.settledFrom != null) where.push(gte(settlements.settledAt, startOfChinaDay(f.settledFrom)));
        if (f.settledTo != null) where.push(lt(settlements.settledAt, startOfChinaDay(nextDay(f.settledTo))));
        if (f.status != null) where.push(eq(settlements.status, f.status));
        if (f.year != null) where.push(eq(settlements.year, f.year));
        if (f.personId != null) where.push(eq(settlements.personId, parseGlobalId(String(f.personId), 'InsuredPerson') ?? -1));
        return settlementPage(ctx, args, where);
      },
    },
    SettlementConnectionRef,
  ),
);

/* ---------- mutations ---------- */

type SettlementPayload = { settlement?: SettlementRow; userErrors: UserErrorShape[] };

function settlementPayload(name: string, description: string) {
  return builder.objectRef<SettlementPayload>(name).implement({
    description,
    fields: (t) => ({
      settlement: t.field({ type: SettlementRecordRef, nullable: true, resolve: (p) => p.settlement ?? null }),
      userErrors: t.field({ type: [UserErrorRef], resolve: (p) => p.userErrors }),
    }),
  });
}

const SettleClaimInput = builder.inputType('SettleClaimInput', {
  description: '结算申请 / A claim to settle and record for an insured person.',
  fields: (t) => ({
    personId: t.id({ required: true, description: '参保人 / The insured person\'s global id.' }),
    idempotencyKey: t.string({ required: true, description: 'The same key for the same person returns the first settlement and writes nothing.' }),
    ...(claimInputFields(t as never) as object as Record<string, never>),
    usePersonalAccount: t.boolean({ description: 'The personal account pays the personal part up to its balance on the claim date (employees), then the accounts of family members the person is bound to (家庭共济, familyAccountPayment); default true.' }),
  }),
});

/** The claim as made at the caller: an institution key settles at its own institution only,
 *  and a person of another city is remote care at the institution's level. */
async function atCaller(ctx: Context, person: PersonRow, args: ClaimArgs): Promise<{ args: ClaimArgs; institutionId: number | null }> {
  const caller = requireKey(ctx.caller);
  if (caller.kind === 'ADMIN') {
    return { args, institutionId: args.institutionId == null ? null : parseGlobalId(String(args.institutionId), 'Institution') };
  }
  const own = await ctx.loaders.institution.load(caller.institutionId);
  if (!own) throw new RecordsError('UNKNOWN_INSTITUTION', [], 'The key\'s institution is no longer in the directory.');
  if (args.institutionId != null && parseGlobalId(String(args.institutionId), 'Institution') !== own.id) {
    throw new RecordsError('FOREIGN_INSTITUTION', ['institutionId'], 'An institution key settles claims at its own institution only.');
  }
  if (own.city === person.city) {
    if (args.remote?.crossProvince) {
      throw new RecordsError('NOT_REMOTE', ['remote', 'crossProvince'], `The institution is in the person's own city (${own.city}): the care is not cross-province.`);
    }
    return { args: { ...args, institutionId: encodeGlobalID('Institution', own.id) }, institutionId: own.id };
  }
  // Remote care: settled at the institution's level on the service date (directory history).
  const onDate = await institutionOn(ctx, own, args.date);
  refuseUnlisted(onDate);
  if (args.institutionLevel && args.institutionLevel !== onDate.level) {
    throw new RecordsError('LEVEL_MISMATCH', ['institutionLevel'], `The institution's level on ${args.date} is ${onDate.level}, not ${args.institutionLevel}.`);
  }
  if (!args.remote) throw new RecordsError('REMOTE_CARE_REQUIRED', ['remote'], `The person is insured in ${person.city} and the institution is in ${own.city}: describe the remote care.`);
  return { args: { ...args, institutionId: null, institutionLevel: onDate.level }, institutionId: own.id };
}

builder.mutationField('settleClaim', (t) =>
  t.field({
    type: settlementPayload('SettleClaimPayload', '结算 result.'),
    description: '结算: settles a claim against the person\'s accumulators of the claim\'s year and records it.',
    args: { input: t.arg({ type: SettleClaimInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      withUserErrors(async () => {
        // One round trip reads the person, the caller's link to it, the directory rows involved
        // and everything the settlement needs; a second one writes it (records/settle.ts).
        const args = input as unknown as ClaimArgs;
        const named = args.institutionId == null ? null : parseGlobalId(String(args.institutionId), 'Institution');
        const { person, records } = await readForSettlement(ctx, {
          personId: String(input.personId),
          idempotencyKey: input.idempotencyKey,
          date: String(args.date),
          admissionDate: args.admissionDate == null ? null : String(args.admissionDate),
          visitType: String(args.visitType),
          institutionId: named,
        });
        // The directory rows come fresh from the read batch, not from the in-memory snapshot.
        for (const [id, row] of records.institutions) ctx.loaders.institution.prime(id, row);
        for (const [id, rows] of records.institutionLevels) ctx.loaders.institutionLevels.prime(id, rows);
        for (const [id, rows] of records.institutionDesignations) ctx.loaders.institutionDesignations.prime(id, rows);
        const at = await atCaller(ctx, person, args);
        const claim = await toEngineClaim(ctx, person.city as City, at.args);
        const { settlement } = await settleClaim(ctx, {
          person,
          idempotencyKey: input.idempotencyKey,
          claim,
          institutionId: at.institutionId,
          usePersonalAccount: input.usePersonalAccount ?? true,
          records,
        });
        return { settlement };
      }),
  }),
);

const ReverseSettlementInput = builder.inputType('ReverseSettlementInput', {
  description: '冲正申请 / A settlement to reverse, with the reason.',
  fields: (t) => ({
    settlementId: t.id({ required: true, description: '结算记录 / The settlement\'s global id.' }),
    reason: t.string({ required: true, description: '冲正原因.' }),
  }),
});

builder.mutationField('reverseSettlement', (t) =>
  t.field({
    type: settlementPayload('ReverseSettlementPayload', '冲正 result.'),
    description: '冲正: gives back what the settlement added (accumulators, personal account); refused with LATER_SETTLEMENT_EXISTS while a later settlement of the same year stands.',
    args: { input: t.arg({ type: ReverseSettlementInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      withUserErrors(async () => ({ settlement: await reverseSettlement(ctx, { settlementId: String(input.settlementId), reason: input.reason }) })),
  }),
);
