/**
 * `InsuredPerson` (参保人) with its approvals, filings, personal account and year-to-date
 * accumulators (年度累计); the `insuredPerson` query; and the mutations that register and
 * describe persons. Also `UserError` and the payload convention every records mutation uses:
 * a problem the caller can fix is a user error with a code, and nothing is written.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import { findChronicDisease } from '../catalogue/diseases';
import type { Context } from '../context';
import { ACC } from '../engine/accumulators';
import { SettlementError } from '../engine/errors';
import type { AssistanceCategory, City, EmployeeCategory, EnrolmentRoute, MaternityBeneficiary, RemoteFiling, Scheme, TwoDisease } from '../domain';
import {
  accumulators, chronicApprovals, personalAccounts, personInstitutions, remoteCareFilings, settlements,
  twoDiseaseRegistrations, insuredPersons,
} from '../db/records';
import { parseGlobalId, requireCaller, type PersonRow } from '../records/access';
import type { ErrorCode } from '../error-codes';
import { ErrorCodeEnum } from './error-codes';
import { POLICY_PACKS } from '../policy';
import { lastDayOfYears } from '../records/dates';
import { accountBalance } from '../records/accounts';
import { isoDay } from '../records/dates';
import { RecordsError } from '../records/errors';
import {
  approveChronicDisease, createInsuredPerson, creditPersonalAccount, fileRemoteCare, identifyInsuredPerson,
  MAX_NAME_LENGTH, registerTwoDisease,
} from '../records/persons';
import { builder } from './builder';
import { InstitutionRef } from './institutions';
import { AssistanceCategoryEnum, CityEnum, EmployeeCategoryEnum, EnrolmentRouteEnum, MaternityBeneficiaryEnum, RemoteFilingEnum, SchemeEnum, TwoDiseaseEnum } from './enums';
import { InputProblem, inputPath } from './settlement';

/* ---------- user errors and payloads ---------- */

export interface UserErrorShape {
  field: string[];
  message: string;
  code: ErrorCode;
  /** The source clause an eligibility refusal rests on. */
  clause?: string;
}

export const UserErrorRef = builder.objectRef<UserErrorShape>('UserError').implement({
  description: 'A problem with the input the caller can fix; nothing was written.',
  fields: (t) => ({
    field: t.stringList({ nullable: true, description: 'Path of the input field, e.g. ["input", "items", "2", "amount"].', resolve: (e) => e.field }),
    message: t.exposeString('message'),
    code: t.field({ type: ErrorCodeEnum, description: 'Stable code, e.g. PERSON_NOT_FOUND, APPROVAL_EXPIRED (ErrorCode lists them all).', resolve: (e) => e.code }),
    clause: t.string({ nullable: true, description: '出处: the source clause an eligibility refusal rests on, e.g. "000 §二(二)1(6), 附表2-2"; null for other errors.', resolve: (e) => e.clause ?? null }),
  }),
});

/** Runs a mutation; a problem the caller can fix becomes `userErrors`, anything else is rethrown (and masked). */
export async function withUserErrors<T extends object>(run: () => Promise<T>): Promise<Partial<T> & { userErrors: UserErrorShape[] }> {
  try {
    return { ...(await run()), userErrors: [] };
  } catch (error) {
    if (error instanceof RecordsError || error instanceof InputProblem || error instanceof SettlementError) {
      const clause = error instanceof SettlementError || error instanceof RecordsError ? error.clause : undefined;
      return { userErrors: [{ field: inputPath(error.field), message: error.message, code: error.code, ...(clause ? { clause } : {}) }] } as Partial<T> & { userErrors: UserErrorShape[] };
    }
    throw error;
  }
}

/* ---------- loading with access checks ---------- */

/** The persons among `ids` the caller may see, in order (null where not). */
export async function loadPersons(ctx: Context, ids: number[]): Promise<(PersonRow | null)[]> {
  const wanted = ids.filter(Number.isSafeInteger);
  if (ctx.caller.kind === 'PUBLIC' || wanted.length === 0) return ids.map(() => null);
  const rows = await ctx.db.select().from(insuredPersons).where(inArray(insuredPersons.id, wanted));
  let visible = new Set(rows.map((r) => r.id));
  if (ctx.caller.kind === 'INSTITUTION') {
    const links = await ctx.db
      .select({ personId: personInstitutions.personId })
      .from(personInstitutions)
      .where(and(eq(personInstitutions.institutionId, ctx.caller.institutionId), inArray(personInstitutions.personId, wanted)));
    visible = new Set(links.map((l) => l.personId));
  }
  const byId = new Map(rows.filter((r) => visible.has(r.id)).map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? null);
}

/* ---------- InsuredPerson ---------- */

export const PersonRef = builder.objectRef<PersonRow>('InsuredPerson');

type ApprovalRow = typeof chronicApprovals.$inferSelect;
type TwoDiseaseRow = typeof twoDiseaseRegistrations.$inferSelect;
type FilingRow = typeof remoteCareFilings.$inferSelect;

const ChronicApprovalRef = builder.objectRef<ApprovalRow & { city: string; scheme: string }>('ChronicApproval').implement({
  description: '门诊慢特病认定: valid from approvedOn through validUntil.',
  fields: (t) => ({
    code: t.exposeString('diseaseCode'),
    name: t.string({ resolve: (a) => findChronicDisease(a.city as City, a.scheme as Scheme, a.diseaseCode)?.name ?? a.diseaseCode }),
    approvedOn: t.field({ type: 'Date', resolve: (a) => a.approvedOn }),
    validUntil: t.field({ type: 'Date', nullable: true, description: 'Last valid day (approvedOn + the disease\'s 待遇支付年限 − 1 day); null = no end in the source.', resolve: (a) => a.validUntil }),
  }),
});

const TwoDiseaseRegistrationRef = builder.objectRef<TwoDiseaseRow & { city: string }>('TwoDiseaseRegistration').implement({
  description: '两病备案.',
  fields: (t) => ({
    disease: t.field({ type: TwoDiseaseEnum, resolve: (r) => r.disease as TwoDisease }),
    registeredOn: t.field({ type: 'Date', resolve: (r) => r.registeredOn }),
    validUntil: t.field({
      type: 'Date',
      nullable: true,
      description: 'Last valid day: registeredOn + the city\'s 待遇支付年限 − 1 day (Lanzhou: 5 years); null = no end in the source.',
      resolve: (r) => {
        const years = POLICY_PACKS.find((pack) => pack.city === r.city && pack.effectiveTo === null)?.parameters.twoDiseaseValidityYears.value ?? null;
        return years === null ? null : lastDayOfYears(r.registeredOn, years);
      },
    }),
  }),
});

const RemoteCareFilingRef = builder.objectRef<FilingRow>('RemoteCareFiling').implement({
  description: '异地就医备案.',
  fields: (t) => ({
    filing: t.field({ type: RemoteFilingEnum, resolve: (f) => f.filing as RemoteFiling }),
    crossProvince: t.exposeBoolean('crossProvince'),
    validFrom: t.field({ type: 'Date', resolve: (f) => f.validFrom }),
    validUntil: t.field({ type: 'Date', nullable: true, description: 'Last valid day, computed by the service (temporary filings: 6 months in Lanzhou; a long-term filing ends the day before the filing that changes it); null = open.', resolve: (f) => f.validUntil }),
    byCommitmentWithoutProof: t.exposeBoolean('byCommitmentWithoutProof', { description: '承诺制备案, proof of residence not yet supplied.' }),
    referringInstitution: t.field({
      type: InstitutionRef, nullable: true, description: '转诊医院 / REFERRAL: the hospital that diagnosed the referral, when named.',
      resolve: (f, _args, ctx) => (f.referringInstitutionId == null ? null : ctx.loaders.institution.load(f.referringInstitutionId)),
    }),
  }),
});

/** Counters that count (stays); every other accumulator is an amount in fen. */
const COUNT_KEYS: ReadonlySet<string> = new Set([ACC.stays]);

export const AccumulatorCounterRef = builder.objectRef<{ key: string; value: number }>('AccumulatorCounter').implement({
  description: 'One year-to-date counter of the engine, e.g. "employee.stayEligible" or "chronic.paid:LZ-EC-06".',
  fields: (t) => ({
    key: t.exposeString('key'),
    count: t.int({ nullable: true, description: 'For counters that count (stays); null for amounts.', resolve: (c) => (COUNT_KEYS.has(c.key) ? c.value : null) }),
    amount: t.field({ type: 'Money', nullable: true, description: 'For amounts; null for counts.', resolve: (c) => (COUNT_KEYS.has(c.key) ? null : c.value) }),
  }),
});

/** The counters of an accumulators object, sorted by key. */
export function countersOf(values: Record<string, number>) {
  return Object.keys(values).sort().map((key) => ({ key, value: values[key] }));
}

interface YearToDateShape {
  year: number;
  version: number;
  values: Record<string, number>;
  totals: { count: number; total: number; fund: number; basic: number; personal: number; account: number };
}

const YearToDateRef = builder.objectRef<YearToDateShape>('YearToDate').implement({
  description: '年度累计: the person\'s accumulators of one calendar year, the sum of the deltas of its SETTLED settlements.',
  fields: (t) => ({
    year: t.exposeInt('year'),
    version: t.exposeInt('version', { description: 'Rises by one with every settlement and reversal of the year.' }),
    stays: t.int({ description: '住院次数 counted for the n-th stay deductible.', resolve: (y) => y.values[ACC.stays] ?? 0 }),
    counters: t.field({ type: [AccumulatorCounterRef], resolve: (y) => countersOf(y.values) }),
    settlementCount: t.int({ description: 'SETTLED settlements of the year (all institutions).', resolve: (y) => y.totals.count }),
    totalAmount: t.field({ type: 'Money', resolve: (y) => y.totals.total }),
    fundPaymentTotal: t.field({ type: 'Money', resolve: (y) => y.totals.fund }),
    basicPoolPayment: t.field({ type: 'Money', resolve: (y) => y.totals.basic }),
    personalPayment: t.field({ type: 'Money', resolve: (y) => y.totals.personal }),
    personalAccountPayment: t.field({ type: 'Money', resolve: (y) => y.totals.account }),
  }),
});

async function yearToDate(ctx: Context, personId: number, year: number): Promise<YearToDateShape> {
  const [acc] = await ctx.db.select().from(accumulators).where(and(eq(accumulators.personId, personId), eq(accumulators.year, year)));
  const [totals] = await ctx.db
    .select({
      count: sql<number>`count(*)`,
      total: sql<number>`coalesce(sum(${settlements.totalAmount}), 0)`,
      fund: sql<number>`coalesce(sum(${settlements.fundPaymentTotal}), 0)`,
      basic: sql<number>`coalesce(sum(${settlements.basicPoolPayment}), 0)`,
      personal: sql<number>`coalesce(sum(${settlements.personalPayment}), 0)`,
      account: sql<number>`coalesce(sum(${settlements.personalAccountPayment}), 0)`,
    })
    .from(settlements)
    .where(and(eq(settlements.personId, personId), eq(settlements.year, year), eq(settlements.status, 'SETTLED')));
  return { year, version: acc?.version ?? 0, values: acc?.values ?? {}, totals };
}

builder.node(PersonRef, {
  description: '参保人: an insured person. The ID number is kept as a keyed hash and shown masked only.',
  id: { resolve: (p) => p.id, parse: (id) => Number(id) },
  loadMany: (ids, ctx) => loadPersons(ctx, ids),
  fields: (t) => ({
    name: t.exposeString('name', { description: '姓名' }),
    idNumberMasked: t.exposeString('idNumberMasked', { description: '身份证号, first 6 and last 4 characters only.' }),
    city: t.field({ type: CityEnum, resolve: (p) => p.city as City }),
    scheme: t.field({ type: SchemeEnum, resolve: (p) => p.scheme as Scheme }),
    employeeCategory: t.field({ type: EmployeeCategoryEnum, nullable: true, resolve: (p) => p.employeeCategory as EmployeeCategory | null }),
    retired: t.exposeBoolean('retired'),
    assistanceCategory: t.field({ type: AssistanceCategoryEnum, nullable: true, resolve: (p) => p.assistanceCategory as AssistanceCategory | null }),
    assistanceMajorDiseaseCode: t.exposeString('assistanceMajorDiseaseCode', { nullable: true }),
    enrolledSince: t.field({ type: 'Date', resolve: (p) => p.enrolledSince }),
    contributionGapMonths: t.int({ nullable: true, description: '中断缴费月数 before enrolledSince.', resolve: (p) => p.contributionGapMonths }),
    enrolmentRoute: t.field({ type: EnrolmentRouteEnum, nullable: true, description: '参保途径.', resolve: (p) => (p.enrolmentRoute as EnrolmentRoute | null) ?? null }),
    minor: t.exposeBoolean('minor'),
    maternityBeneficiary: t.field({
      type: MaternityBeneficiaryEnum, description: '生育保险待遇对象 of the person\'s maternity claims.',
      resolve: (p) => (p.maternityBeneficiary ?? 'INSURED') as MaternityBeneficiary,
    }),
    chronicApprovals: t.field({
      type: [ChronicApprovalRef],
      resolve: async (p, _args, ctx) =>
        (await ctx.db.select().from(chronicApprovals).where(eq(chronicApprovals.personId, p.id)).orderBy(chronicApprovals.id)).map((a) => ({ ...a, city: p.city, scheme: p.scheme })),
    }),
    twoDiseaseRegistrations: t.field({
      type: [TwoDiseaseRegistrationRef],
      resolve: async (p, _args, ctx) =>
        (await ctx.db.select().from(twoDiseaseRegistrations).where(eq(twoDiseaseRegistrations.personId, p.id)).orderBy(twoDiseaseRegistrations.id)).map((r) => ({ ...r, city: p.city })),
    }),
    remoteCareFilings: t.field({
      type: [RemoteCareFilingRef],
      resolve: (p, _args, ctx) => ctx.db.select().from(remoteCareFilings).where(eq(remoteCareFilings.personId, p.id)).orderBy(remoteCareFilings.id),
    }),
    personalAccountBalance: t.field({
      type: 'Money',
      nullable: true,
      description: '个人账户余额 on a day (default today): the stored movements (credits typed by the administrator, settlement debits, refunds) plus the monthly credits computed from the person and the pack through that month (see personalAccountCredits); null for residents and retired cadres (no personal account).',
      args: { asOf: t.arg({ type: 'Date' }) },
      resolve: async (p, { asOf }, ctx) => (await accountBalance(ctx.db, p, asOf ?? isoDay(ctx.clock.now())))?.balanceFen ?? null,
    }),
    yearToDate: t.field({
      type: YearToDateRef,
      args: { year: t.arg.int({ required: true }) },
      resolve: (p, { year }, ctx) => {
        if (year < 1900 || year > 9999) throw new GraphQLError('year must be a calendar year.', { extensions: { code: 'INVALID_YEAR' } });
        return yearToDate(ctx, p.id, year);
      },
    }),
  }),
});

builder.queryField('insuredPerson', (t) =>
  t.field({
    type: PersonRef,
    nullable: true,
    description: 'An insured person visible to the key (administrator: all; institution: those it registered or identified); null when none is. Needs a key.',
    extensions: { needsKey: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => {
      requireCaller(ctx);
      const personId = parseGlobalId(String(id), 'InsuredPerson');
      return personId == null ? null : (await loadPersons(ctx, [personId]))[0];
    },
  }),
);

/* ---------- mutations ---------- */

builder.mutationType({ description: 'Records (need a key): persons, approvals, filings, settlements, keys.' });

type PersonPayload = { person?: PersonRow; userErrors: UserErrorShape[] };

export function personPayload(name: string, description: string) {
  return builder.objectRef<PersonPayload>(name).implement({
    description,
    fields: (t) => ({
      person: t.field({ type: PersonRef, nullable: true, resolve: (p) => p.person ?? null }),
      userErrors: t.field({ type: [UserErrorRef], resolve: (p) => p.userErrors }),
    }),
  });
}

const CreateInsuredPersonInput = builder.inputType('CreateInsuredPersonInput', {
  description: '参保登记 / A person to register, with what the settlement needs to know.',
  fields: (t) => ({
    name: t.string({ required: true, description: `姓名, 1 to ${MAX_NAME_LENGTH} characters.` }),
    idNumber: t.string({ required: true, description: '身份证号: 18 characters with the GB 11643 check character. Stored as a keyed hash and a masked form.' }),
    city: t.field({ type: CityEnum, required: true, description: '参保地 / The city the person is insured in.' }),
    scheme: t.field({ type: SchemeEnum, required: true, description: '险种 / The insurance scheme.' }),
    employeeCategory: t.field({ type: EmployeeCategoryEnum, description: '职工类别 / Required for EMPLOYEE.' }),
    retired: t.boolean({ description: '退休 (employees); default false.' }),
    assistanceCategory: t.field({ type: AssistanceCategoryEnum, description: '医疗救助对象类别 / Medical-assistance category, if any.' }),
    assistanceMajorDiseaseCode: t.string({ description: '医疗救助重特大疾病 (Lanzhou 附表7) code.' }),
    enrolledSince: t.field({
      type: 'Date',
      required: true,
      description: '参保缴费起始日: start of the unbroken enrolment in the city (连续参保); for a flexible worker, of the continuous contributions. '
        + 'Claims check the waiting period from it (employees: the next month; Lanzhou flexible workers: the month after 6 months; residents: 1 January = a regular enrolment).',
    }),
    minor: t.boolean({ description: '未成年人; default false.' }),
    contributionGapMonths: t.int({ description: '中断缴费月数: months without contributions just before enrolledSince (Jining flexible workers: more than 3 means a 3-month wait); default 0.' }),
    enrolmentRoute: t.field({ type: EnrolmentRouteEnum, description: '参保途径 (newborn, student, veteran, continuous scheme transfer), where it changes when benefits start; omitted = ordinary.' }),
    maternityBeneficiary: t.field({
      type: MaternityBeneficiaryEnum,
      description: '生育保险待遇对象 of the person\'s maternity claims (employees): INSURED (default) or UNINSURED_SPOUSE (the claims are a male employee\'s for his uninsured spouse).',
    }),
    retiredOn: t.field({ type: 'Date', description: '退休日期 of a retired employee (在职转退休): the personal-account credit changes from the next month (001 第十六条). Omitted: retired throughout.' }),
    retiredCadreWartime: t.boolean({ description: 'RETIRED_CADRE: 老红军 or joined during the war of resistance: outpatient quota 4,000 (000 §七2(2)); default false.' }),
    retiredCadrePrefectureLevel: t.boolean({ description: 'RETIRED_CADRE: 地级离休干部: outpatient paid in full (000 §七2(5)); default false.' }),
  }),
});

builder.mutationField('createInsuredPerson', (t) =>
  t.field({
    type: personPayload('CreateInsuredPersonPayload', '参保登记 result.'),
    description: '参保登记: registers a person (one per city and ID number) and links it to the calling institution.',
    args: { input: t.arg({ type: CreateInsuredPersonInput, required: true }) },
    resolve: (_root, { input }, ctx) => withUserErrors(async () => ({ person: await createInsuredPerson(ctx, input) })),
  }),
);

const IdentifyInsuredPersonInput = builder.inputType('IdentifyInsuredPersonInput', {
  description: '身份识别 / A person registered elsewhere, found by full ID number and exact name.',
  fields: (t) => ({
    city: t.field({ type: CityEnum, required: true, description: '参保地 / The city the person is insured in.' }),
    idNumber: t.string({ required: true, description: '身份证号 / The full 18-character ID number.' }),
    name: t.string({ required: true, description: '姓名 / The name exactly as registered.' }),
  }),
});

builder.mutationField('identifyInsuredPerson', (t) =>
  t.field({
    type: personPayload('IdentifyInsuredPersonPayload', 'The person found.'),
    description: 'Finds a person registered elsewhere by full ID number and exact name (the patient is present) and lets the calling institution see and settle for it.',
    args: { input: t.arg({ type: IdentifyInsuredPersonInput, required: true }) },
    resolve: (_root, { input }, ctx) => withUserErrors(async () => ({ person: await identifyInsuredPerson(ctx, input) })),
  }),
);

const ApproveChronicDiseaseInput = builder.inputType('ApproveChronicDiseaseInput', {
  description: '门诊慢特病认定 / A chronic-disease approval to record.',
  fields: (t) => ({
    personId: t.id({ required: true, description: '参保人 / The insured person\'s global id.' }),
    code: t.string({ required: true, description: 'A code of the city\'s chronic-disease table for the person\'s scheme, e.g. LZ-EC-06.' }),
    approvedOn: t.field({ type: 'Date', required: true, description: '认定日期 / The day the approval takes effect.' }),
  }),
});

builder.mutationField('approveChronicDisease', (t) =>
  t.field({
    type: personPayload('ApproveChronicDiseasePayload', '门诊慢特病认定 result.'),
    description: '门诊慢特病认定: valid from approvedOn for the disease\'s validity years (待遇支付年限).',
    args: { input: t.arg({ type: ApproveChronicDiseaseInput, required: true }) },
    resolve: (_root, { input }, ctx) => withUserErrors(async () => ({ person: await approveChronicDisease(ctx, { ...input, personId: String(input.personId) }) })),
  }),
);

const RegisterTwoDiseaseInput = builder.inputType('RegisterTwoDiseaseInput', {
  description: '两病备案 / A hypertension or diabetes registration to record (residents).',
  fields: (t) => ({
    personId: t.id({ required: true, description: '参保人 / The insured person\'s global id.' }),
    disease: t.field({ type: TwoDiseaseEnum, required: true, description: '病种 / Hypertension or diabetes.' }),
    registeredOn: t.field({ type: 'Date', required: true, description: '备案日期 / The day the registration takes effect.' }),
  }),
});

builder.mutationField('registerTwoDisease', (t) =>
  t.field({
    type: personPayload('RegisterTwoDiseasePayload', '两病备案 result.'),
    description: '两病备案 (residents): two-disease outpatient claims need it.',
    args: { input: t.arg({ type: RegisterTwoDiseaseInput, required: true }) },
    resolve: (_root, { input }, ctx) => withUserErrors(async () => ({ person: await registerTwoDisease(ctx, { ...input, personId: String(input.personId) }) })),
  }),
);

const FileRemoteCareInput = builder.inputType('FileRemoteCareInput', {
  description: '异地就医备案 / A remote-care filing to record.',
  fields: (t) => ({
    personId: t.id({ required: true, description: '参保人 / The insured person\'s global id.' }),
    filing: t.field({ type: RemoteFilingEnum, required: true, description: '备案类型 / The kind of filing.' }),
    crossProvince: t.boolean({ required: true, description: '跨省 / True for care in another province.' }),
    validFrom: t.field({ type: 'Date', required: true, description: '有效期起 / First valid day.' }),
    validUntil: t.field({
      type: 'Date',
      description: '终止日期 (optional, an earlier end only): the service computes the validity from the city\'s rules. A temporary filing (临时外出就医) '
        + 'ends after 6 months in Lanzhou (满6个月自动取消备案; Jining: no end); a long-term filing (长期居住) stays open and can end or change only after 6 months '
        + '(FILING_CHANGE_TOO_EARLY). A later end than the computed one is refused (VALIDITY_COMPUTED).',
    }),
    byCommitmentWithoutProof: t.boolean({ description: '承诺制备案 without proof of residence yet; default false.' }),
    referringInstitutionId: t.id({
      description: '转诊医院 / REFERRAL only: the hospital that diagnosed the referral. A hospital of the person\'s city must have referral qualification '
        + 'on validFrom (Lanzhou: 附表8-1, else NOT_DESIGNATED); one elsewhere is recorded as named. Omitted: not checked.',
    }),
  }),
});

builder.mutationField('fileRemoteCare', (t) =>
  t.field({
    type: personPayload('FileRemoteCarePayload', '异地就医备案 result.'),
    description: '异地就医备案: remote claims that name a filing need one on record on the service date (emergencies excepted).',
    args: { input: t.arg({ type: FileRemoteCareInput, required: true }) },
    resolve: (_root, { input }, ctx) => withUserErrors(async () => ({
      person: await fileRemoteCare(ctx, {
        ...input,
        personId: String(input.personId),
        referringInstitutionId: input.referringInstitutionId == null ? null : String(input.referringInstitutionId),
      }),
    })),
  }),
);

const CreditPersonalAccountInput = builder.inputType('CreditPersonalAccountInput', {
  description: '个人账户划入 / A credit to an employee\'s personal account.',
  fields: (t) => ({
    personId: t.id({ required: true, description: '参保人 / The insured person\'s global id.' }),
    amount: t.field({ type: 'Money', required: true, description: '划入金额 / The amount credited, more than 0.00.' }),
    note: t.string({ description: '备注 / A note kept with the credit.' }),
  }),
});

builder.mutationField('creditPersonalAccount', (t) =>
  t.field({
    type: personPayload('CreditPersonalAccountPayload', '个人账户划入 result.'),
    description: '个人账户划入 (administrator only): adds to an employee\'s personal account.',
    args: { input: t.arg({ type: CreditPersonalAccountInput, required: true }) },
    resolve: (_root, { input }, ctx) => withUserErrors(async () => ({ person: await creditPersonalAccount(ctx, { ...input, personId: String(input.personId) }) })),
  }),
);
