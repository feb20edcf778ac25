/**
 * Drizzle tables of the records the service keeps for hospitals: insured persons (参保人),
 * their approvals and filings, personal accounts (个人账户), institution API keys, claims with
 * their fee items, settlements (结算记录, immutable but for the reversal fields) and the
 * year-to-date accumulators (年度累计). Money columns are integer fen; dates 'YYYY-MM-DD'.
 * Institution ids carry no foreign key: institutions keep their ids across re-seeds (by code).
 */
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { Assumption, SettlementLine, TraceStep } from '../engine/types';
import type { Accumulators } from '../engine/accumulators';
import type { SettlementInput } from '../engine/types';

/** 参保人. The ID number (身份证号) is kept only as a keyed hash and a masked form. */
export const insuredPersons = sqliteTable(
  'insured_persons',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    /** HMAC-SHA-256 of the normalised ID number, hex: look-up by exact number only. */
    idNumberHash: text('id_number_hash').notNull(),
    /** First 6 and last 4 characters, the 8 between as '*'. */
    idNumberMasked: text('id_number_masked').notNull(),
    city: text('city').notNull(),
    scheme: text('scheme').notNull(),
    employeeCategory: text('employee_category'),
    retired: integer('retired', { mode: 'boolean' }).notNull(),
    assistanceCategory: text('assistance_category'),
    /** 医疗救助重特大疾病 (附表7) code, raising the assistance limit. */
    assistanceMajorDiseaseCode: text('assistance_major_disease_code'),
    /** First day of the current unbroken enrolment in the city (连续参保起始日). */
    enrolledSince: text('enrolled_since').notNull(),
    minor: integer('minor', { mode: 'boolean' }).notNull(),
    /** 中断缴费月数 just before enrolledSince (Jining flexible workers' wait); null = none. */
    contributionGapMonths: integer('contribution_gap_months'),
    /** 参保途径 (NEWBORN, STUDENT, DISCHARGED_VETERAN, SCHEME_TRANSFER); null = ordinary. */
    enrolmentRoute: text('enrolment_route'),
    /** 生育保险待遇对象 of the person's maternity claims: 'INSURED' or 'UNINSURED_SPOUSE'; null = INSURED. */
    maternityBeneficiary: text('maternity_beneficiary'),
    /** 退休日期 (在职转退休): the account credit changes from the next month; null = retired throughout, or active. */
    retiredOn: text('retired_on'),
    /** From the ID number at registration (Jining's account credit changes at 70); null for rows from before. */
    birthDate: text('birth_date'),
    /** RETIRED_CADRE: 老红军 or joined during the war of resistance (outpatient quota 4,000). */
    retiredCadreWartime: integer('retired_cadre_wartime', { mode: 'boolean' }).notNull().default(false),
    /** RETIRED_CADRE: 地级离休干部 (outpatient paid in full). */
    retiredCadrePrefectureLevel: integer('retired_cadre_prefecture_level', { mode: 'boolean' }).notNull().default(false),
    /** The institution whose key registered the person; null = the administrator. */
    createdByInstitutionId: integer('created_by_institution_id'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('insured_persons_city_id_number').on(t.city, t.idNumberHash)],
);

/** Which institutions may see and settle for a person: the one that registered it, and any
 *  that identified the person by full ID number and name. */
export const personInstitutions = sqliteTable(
  'person_institutions',
  {
    personId: integer('person_id').notNull().references(() => insuredPersons.id),
    institutionId: integer('institution_id').notNull(),
    /** 'REGISTERED' or 'IDENTIFIED'. */
    how: text('how').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.institutionId] })],
);

/** 门诊慢特病认定: an approval of a chronic disease, valid from approvedOn through validUntil. */
export const chronicApprovals = sqliteTable(
  'chronic_approvals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id').notNull().references(() => insuredPersons.id),
    diseaseCode: text('disease_code').notNull(),
    approvedOn: text('approved_on').notNull(),
    /** Last valid day = approvedOn + the disease's validity years − 1 day; null = no end in the source. */
    validUntil: text('valid_until'),
    createdByInstitutionId: integer('created_by_institution_id'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('chronic_approvals_person').on(t.personId, t.diseaseCode)],
);

/** 两病 registration (高血压/糖尿病 门诊用药保障). */
export const twoDiseaseRegistrations = sqliteTable(
  'two_disease_registrations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id').notNull().references(() => insuredPersons.id),
    disease: text('disease').notNull(),
    registeredOn: text('registered_on').notNull(),
    createdByInstitutionId: integer('created_by_institution_id'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('two_disease_registrations_person_disease').on(t.personId, t.disease)],
);

/** 异地就医备案: a filing of one type, valid from validFrom through validUntil (null = open). */
export const remoteCareFilings = sqliteTable(
  'remote_care_filings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id').notNull().references(() => insuredPersons.id),
    filing: text('filing').notNull(),
    crossProvince: integer('cross_province', { mode: 'boolean' }).notNull(),
    validFrom: text('valid_from').notNull(),
    validUntil: text('valid_until'),
    /** 承诺制备案 without the proof of residence supplied yet. */
    byCommitmentWithoutProof: integer('by_commitment_without_proof', { mode: 'boolean' }).notNull(),
    /** REFERRAL: the hospital of the directory that diagnosed the referral (Lanzhou 附表8-1); null = not named. */
    referringInstitutionId: integer('referring_institution_id'),
    createdByInstitutionId: integer('created_by_institution_id'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('remote_care_filings_person').on(t.personId)],
);

/**
 * 单独支付管理谈判药品“三定”备案 (Lanzhou 000 §二(二)1(5)②): the person's chosen institution or
 * pharmacy (定点购药机构, fixed for the year) for one drug, valid from filedOn through validUntil
 * (1 year). A second drug in the year needs two responsible doctors' review.
 */
export const negotiatedDrugFilings = sqliteTable(
  'negotiated_drug_filings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id').notNull().references(() => insuredPersons.id),
    /** The chosen institution or pharmacy of the directory (附表1-1, 1-2). */
    institutionId: integer('institution_id').notNull(),
    /** 药品通用名 as filed. */
    drug: text('drug').notNull(),
    filedOn: text('filed_on').notNull(),
    validUntil: text('valid_until').notNull(),
    /** 两名责任医师审核: allows a second drug in the year. */
    reviewedByTwoDoctors: integer('reviewed_by_two_doctors', { mode: 'boolean' }).notNull(),
    createdByInstitutionId: integer('created_by_institution_id'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('negotiated_drug_filings_person').on(t.personId)],
);

/** 个人账户: the balance, kept equal to the sum of the ledger. */
/** 缴费基数: an employee's contribution base from `effectiveFrom` (the 2% account credit's base). */
export const contributionBases = sqliteTable(
  'contribution_bases',
  {
    personId: integer('person_id').notNull().references(() => insuredPersons.id),
    effectiveFrom: text('effective_from').notNull(),
    baseFen: integer('base_fen').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.effectiveFrom] })],
);

/** 家庭共济: the holder's personal account pays the member's personal part from boundOn until unboundOn (exclusive). */
export const familyAccountBindings = sqliteTable(
  'family_account_bindings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    holderPersonId: integer('holder_person_id').notNull().references(() => insuredPersons.id),
    memberPersonId: integer('member_person_id').notNull().references(() => insuredPersons.id),
    /** 'SPOUSE' | 'PARENT' | 'CHILD': the member's relation to the holder. */
    relation: text('relation').notNull(),
    boundOn: text('bound_on').notNull(),
    unboundOn: text('unbound_on'),
    createdByInstitutionId: integer('created_by_institution_id'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('family_account_bindings_member').on(t.memberPersonId), index('family_account_bindings_holder').on(t.holderPersonId)],
);

/** 个人账户: the stored balance, kept equal to the sum of the ledger; the monthly credits computed
 *  from the person and the pack (engine/accountCredits.ts) come on top of it. */
export const personalAccounts = sqliteTable('personal_accounts', {
  personId: integer('person_id').primaryKey().references(() => insuredPersons.id),
  balanceFen: integer('balance_fen').notNull(),
});

/** 个人账户明细: every credit, settlement debit and reversal refund, signed fen. */
export const personalAccountLedger = sqliteTable(
  'personal_account_ledger',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id').notNull().references(() => insuredPersons.id),
    /** 'CREDIT' | 'SETTLEMENT' | 'REVERSAL', and on a holder's account for a bound member's claim
     *  'FAMILY_SETTLEMENT' | 'FAMILY_REVERSAL' (家庭共济). */
    kind: text('kind').notNull(),
    amountFen: integer('amount_fen').notNull(),
    /** The balance after the movement, monthly credits through the movement's date included. */
    balanceAfterFen: integer('balance_after_fen').notNull(),
    settlementId: integer('settlement_id'),
    note: text('note'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('personal_account_ledger_person').on(t.personId)],
);

/** An institution's API key: only its SHA-256 hash is stored; the key is shown once. */
export const institutionApiKeys = sqliteTable(
  'institution_api_keys',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    institutionId: integer('institution_id').notNull(),
    keyHash: text('key_hash').notNull().unique(),
    /** The key's first characters, to tell keys apart in listings. */
    keyPrefix: text('key_prefix').notNull(),
    label: text('label').notNull(),
    createdAt: text('created_at').notNull(),
    revokedAt: text('revoked_at'),
  },
  (t) => [index('institution_api_keys_institution').on(t.institutionId)],
);

/** A claim as submitted (就诊/结算申请), without its fee items. */
export const claims = sqliteTable(
  'claims',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id').notNull().references(() => insuredPersons.id),
    visitType: text('visit_type').notNull(),
    date: text('date').notNull(),
    institutionId: integer('institution_id'),
    institutionLevel: text('institution_level').notNull(),
    /** The rest of the claim as given: disease codes, two diseases, remote care. */
    details: text('details', { mode: 'json' }).notNull().$type<ClaimDetails>(),
    createdByInstitutionId: integer('created_by_institution_id'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('claims_person').on(t.personId)],
);

/** Every optional input of the claim as the engine received it (all but its city, visit type,
 *  date, level and items, which have columns), and the personal-account choice. */
export type ClaimDetails = Omit<SettlementInput, 'scheme' | 'person' | 'city' | 'visitType' | 'date' | 'institutionLevel' | 'items' | 'institution'> & {
  /** Whether the personal account was asked to pay the personal part. */
  usePersonalAccount: boolean;
};

/** 费用明细 of a claim, in the order given. */
export const claimItems = sqliteTable(
  'claim_items',
  {
    claimId: integer('claim_id').notNull().references(() => claims.id),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    category: text('category').notNull(),
    amountFen: integer('amount_fen').notNull(),
    tcm: integer('tcm', { mode: 'boolean' }).notNull(),
    negotiatedDrug: integer('negotiated_drug', { mode: 'boolean' }).notNull(),
    /** The disease the item treats (Yinchuan bills naming two diseases); null = not given. */
    diseaseCode: text('disease_code'),
    /** 公共卫生、体育健身、养生保健: no personal account pays it. */
    accountExcluded: integer('account_excluded', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.claimId, t.position] })],
);

/** 结算记录: the engine's result as settled. Only status and the reversal fields ever change. */
export const settlements = sqliteTable(
  'settlements',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    claimId: integer('claim_id').notNull().unique().references(() => claims.id),
    personId: integer('person_id').notNull().references(() => insuredPersons.id),
    idempotencyKey: text('idempotency_key').notNull(),
    /** SHA-256 of the request settled (claim, institution, personal-account choice): a retry with
     *  the same key must carry the same request. Null on settlements made before it was kept. */
    requestHash: text('request_hash'),
    /** The institution whose key settled; null = the administrator. */
    settledByInstitutionId: integer('settled_by_institution_id'),
    year: integer('year').notNull(),
    /** 'SETTLED' | 'REVERSED'. */
    status: text('status').notNull(),
    totalAmount: integer('total_amount').notNull(),
    fullSelfPayAmount: integer('full_self_pay_amount').notNull(),
    preSelfPayAmount: integer('pre_self_pay_amount').notNull(),
    policyAmount: integer('policy_amount').notNull(),
    deductible: integer('deductible').notNull(),
    basicPoolPayment: integer('basic_pool_payment').notNull(),
    largeAmountPayment: integer('large_amount_payment').notNull(),
    criticalIllnessPayment: integer('critical_illness_payment').notNull(),
    assistancePayment: integer('assistance_payment').notNull(),
    secondaryAssistancePayment: integer('secondary_assistance_payment').notNull(),
    /** 生育保险基金支付 (0 on settlements made before maternity claims existed). */
    maternityPayment: integer('maternity_payment').notNull().default(0),
    fundPaymentTotal: integer('fund_payment_total').notNull(),
    personalPayment: integer('personal_payment').notNull(),
    personalAccountPayment: integer('personal_account_payment').notNull(),
    cashPayment: integer('cash_payment').notNull(),
    policyPack: text('policy_pack').notNull(),
    lines: text('lines', { mode: 'json' }).notNull().$type<SettlementLine[]>(),
    trace: text('trace', { mode: 'json' }).notNull().$type<TraceStep[]>(),
    /** The readings the settlement rests on where a fact was unknown (e.g. a hospital's grade). */
    assumptions: text('assumptions', { mode: 'json' }).notNull().default([]).$type<Assumption[]>(),
    /** What the settlement added to the person's accumulators of `year`. */
    accumulatorDelta: text('accumulator_delta', { mode: 'json' }).notNull().$type<Accumulators>(),
    settledAt: text('settled_at').notNull(),
    reversedAt: text('reversed_at'),
    reversalReason: text('reversal_reason'),
    reversedByInstitutionId: integer('reversed_by_institution_id'),
  },
  (t) => [
    uniqueIndex('settlements_person_idempotency_key').on(t.personId, t.idempotencyKey),
    index('settlements_person_year').on(t.personId, t.year),
    index('settlements_institution').on(t.settledByInstitutionId),
  ],
);

/** 年度累计: the engine's accumulators of one person and calendar year, with a version for
 *  compare-and-set. Always the sum of the deltas of the year's SETTLED settlements. */
export const accumulators = sqliteTable(
  'accumulators',
  {
    personId: integer('person_id').notNull().references(() => insuredPersons.id),
    year: integer('year').notNull(),
    values: text('values', { mode: 'json' }).notNull().$type<Accumulators>(),
    version: integer('version').notNull(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.year] })],
);

/** 特药待遇核准 (Jining): valid from approvedOn through validUntil (31 December of that year, 004 §二(一)5②). */
export const specialDrugApprovals = sqliteTable(
  'special_drug_approvals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id').notNull().references(() => insuredPersons.id),
    approvedOn: text('approved_on').notNull(),
    validUntil: text('valid_until').notNull(),
    /** The drug approved, as the application form names it (free text). */
    drugName: text('drug_name'),
    createdByInstitutionId: integer('created_by_institution_id'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('special_drug_approvals_person').on(t.personId)],
);

/** 罕见病登记备案 (Jining): a rare disease registered from registeredOn until the registration form's end date. */
export const rareDiseaseRegistrations = sqliteTable(
  'rare_disease_registrations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id').notNull().references(() => insuredPersons.id),
    disease: text('disease').notNull(),
    registeredOn: text('registered_on').notNull(),
    validUntil: text('valid_until').notNull(),
    createdByInstitutionId: integer('created_by_institution_id'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('rare_disease_registrations_person').on(t.personId)],
);

/** 长期护理失能等级评估 (Jining): the grade, valid from the day after publicity for 2 years. */
export const longTermCareAssessments = sqliteTable(
  'long_term_care_assessments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id').notNull().references(() => insuredPersons.id),
    grade: integer('grade').notNull(),
    validFrom: text('valid_from').notNull(),
    validUntil: text('valid_until').notNull(),
    createdByInstitutionId: integer('created_by_institution_id'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('long_term_care_assessments_person').on(t.personId)],
);

/** 门诊慢特病定点医疗机构选择 (Yinchuan cross-province chronic): the institutions chosen from chosenOn. */
export const chronicInstitutionChoices = sqliteTable(
  'chronic_institution_choices',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id').notNull().references(() => insuredPersons.id),
    chosenOn: text('chosen_on').notNull(),
    institutionIds: text('institution_ids', { mode: 'json' }).notNull().$type<number[]>(),
    createdByInstitutionId: integer('created_by_institution_id'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('chronic_institution_choices_person').on(t.personId)],
);

/** 停保: a coverage gap from fromDate through untilDate (null = still suspended); no claim is paid in it. */
export const coverageGaps = sqliteTable(
  'coverage_gaps',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id').notNull().references(() => insuredPersons.id),
    fromDate: text('from_date').notNull(),
    untilDate: text('until_date'),
    createdByInstitutionId: integer('created_by_institution_id'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('coverage_gaps_person').on(t.personId)],
);
