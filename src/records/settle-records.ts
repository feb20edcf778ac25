/**
 * What settleClaim reads, in ONE database round trip: a single batch (`db.batch`, one Hrana
 * request on a libSQL server, one call on the embedded file, one read transaction either way,
 * so every row is of the same moment) of the person, whether the calling institution may act
 * for the person, the settlement already made with the idempotency key, the accumulators of
 * the claim's year, the personal account, and every record a claim is checked against
 * (chronic approvals, 两病 registrations, remote care filings, coverage gaps, 特药 approvals,
 * 罕见病 registrations, long-term care assessments, Yinchuan chronic institution choices, the
 * settled claims the long-term care rules look at, the settled claims around the claim's year and
 * the negotiated-drug filings the eligibility checks look at) plus the directory rows of the institutions
 * involved. The checks then run on these rows without I/O (settle.ts, benefits.ts).
 *
 * Rows are read per person and filtered by date in the checks, so that the batch does not
 * depend on anything but the request (the person's city is not known before the batch).
 */
import { and, asc, desc, eq, gte, inArray, lte, notInArray, or, sql } from 'drizzle-orm';
import { addDays, isCalendarDate } from '../calendar';
import { POLICY_PACKS } from '../policy';
import type { Database } from '../db/client';
import { bind, builtOnce, type RowsOf } from '../db/prepared';
import {
  accumulators, chronicApprovals, chronicInstitutionChoices, claims, contributionBases, coverageGaps, familyAccountBindings, institutionApiKeys,
  insuredPersons, longTermCareAssessments, negotiatedDrugFilings, personalAccounts, personInstitutions, rareDiseaseRegistrations, remoteCareFilings, settlements, specialDrugApprovals,
  twoDiseaseRegistrations,
} from '../db/records';
import { institutionDesignations, institutionLevels, institutions } from '../db/schema';
import type { PersonRow } from './access';
import { activeKey } from './apiKeys';

export type SettlementRow = typeof settlements.$inferSelect;
export type InstitutionRow = typeof institutions.$inferSelect;
export type LevelRow = typeof institutionLevels.$inferSelect;
export type DesignationRow = typeof institutionDesignations.$inferSelect;

export interface SettleQuery {
  personId: number;
  /** The idempotency key as the settlement stores it (trimmed). */
  idempotencyKey: string;
  /** The accumulator year of the claim. */
  year: number;
  /** The claim's service date and admission date as given (null: none), which bound the settled claims the eligibility checks look at. */
  date: string;
  admissionDate: string | null;
  /** The claim's visit type: which settled claims the long-term care rules need. */
  visitType: string;
  /** The institution acting (its key), whose link to the person is read; null = the administrator. */
  actingInstitutionId: number | null;
  /** The acting key, read again here so a key revoked anywhere cannot settle (records/apiKeyCache.ts); null = the administrator. */
  actingKeyId: number | null;
  /** Directory rows to read along (the acting institution, the claim's institution). */
  institutionIds: number[];
}

export interface SettleRecords {
  /** What was read. */
  query: SettleQuery;
  person: PersonRow | undefined;
  /** The acting institution is linked to the person (always true for the administrator). */
  linked: boolean;
  /** The acting key is still active (always true for the administrator). */
  keyActive: boolean;
  /** The settlement already made with the idempotency key for the person. */
  replay: SettlementRow | undefined;
  accumulators: typeof accumulators.$inferSelect | undefined;
  personalAccount: typeof personalAccounts.$inferSelect | undefined;
  chronicApprovals: (typeof chronicApprovals.$inferSelect)[];
  twoDiseaseRegistrations: (typeof twoDiseaseRegistrations.$inferSelect)[];
  /** Newest first. */
  remoteCareFilings: (typeof remoteCareFilings.$inferSelect)[];
  coverageGaps: (typeof coverageGaps.$inferSelect)[];
  specialDrugApprovals: (typeof specialDrugApprovals.$inferSelect)[];
  rareDiseaseRegistrations: (typeof rareDiseaseRegistrations.$inferSelect)[];
  longTermCareAssessments: (typeof longTermCareAssessments.$inferSelect)[];
  /** Newest choice first. */
  chronicInstitutionChoices: (typeof chronicInstitutionChoices.$inferSelect)[];
  /** The person's SETTLED claims of the visit types the long-term care rules look at. */
  settledClaims: { visitType: string; date: string; details: (typeof claims.$inferSelect)['details'] }[];
  /** The person's SETTLED claims of the year before and after the claim (eligibility: stays, outpatient claims around them). */
  eligibilityClaims: { visitType: string; date: string; details: (typeof claims.$inferSelect)['details']; settlementId: number }[];
  /** The person's negotiated-drug filings (三定备案) with the chosen institution's name. */
  negotiatedDrugFilings: { drug: string; institutionId: number; filedOn: string; validUntil: string; institutionName: string | null }[];
  institutions: Map<number, InstitutionRow>;
  /** Their level history and designation periods (in the order written), read fresh: a
   *  settlement on record prices the directory as it stands, not the in-memory snapshot. */
  institutionLevels: Map<number, LevelRow[]>;
  institutionDesignations: Map<number, DesignationRow[]>;
  /** The person's contribution bases (the monthly account credit, engine/accountCredits.ts). */
  contributionBases: (typeof contributionBases.$inferSelect)[];
  /** 家庭共济: every binding of the person as a member (filtered by date in the split), oldest
   *  first, with the holder, the holder's account and contribution bases. */
  familyHolders: {
    binding: typeof familyAccountBindings.$inferSelect;
    holder: PersonRow;
    account: typeof personalAccounts.$inferSelect | null;
    contributionBases: (typeof contributionBases.$inferSelect)[];
  }[];
}

/** The visit type of the settled claims the long-term care rules look at (none for other claims). */
function settledClaimType(visitType: string): string | null {
  if (visitType === 'LONG_TERM_CARE') return 'INPATIENT';
  if (visitType === 'INPATIENT' || visitType === 'OUTPATIENT') return 'LONG_TERM_CARE';
  return null;
}

/** The visit types that are stays (an admission and a discharge): read, bounded and checked as stays. */
const STAY_TYPES = ['INPATIENT', 'DAY_SURGERY'];

export function isStayType(visitType: string): boolean {
  return STAY_TYPES.includes(visitType);
}

/**
 * How many days before an admission the visits merged into a stay may lie: the longest
 * pre-admission merge of any pack (Jining 3 days, 004), so that one read serves every city; the
 * engine applies the city's own (engine/eligibility/stays.ts).
 */
const PRE_ADMISSION_DAYS = Math.max(0, ...POLICY_PACKS.map((p) => p.parameters.stayPause.value.preAdmissionMergeDays ?? 0));

/** The settled claims the eligibility checks look at (settle.ts staysOnRecord, outpatientVisitsNear). */
export interface EligibilityWindow {
  /** Stays ending on or after this day: the claim's first day. */
  stayFrom: string;
  /** For a stay being settled, the other visits from PRE_ADMISSION_DAYS before its admission to its discharge; null otherwise. */
  visitsFrom: string | null;
  visitsTo: string | null;
}

export function eligibilityWindow(date: string, admissionDate: string | null | undefined): EligibilityWindow {
  const stayFrom = admissionDate ?? date;
  if (admissionDate == null) return { stayFrom, visitsFrom: null, visitsTo: null };
  return { stayFrom, visitsFrom: addDays(admissionDate, -PRE_ADMISSION_DAYS), visitsTo: date };
}

/**
 * The window as the read batch bounds it: a person's year of outpatient claims is then not read
 * for every new one. With no visits to read, the comparisons with NULL hold for no row; dates
 * that are not calendar dates (refused later) bound nothing.
 */
function readWindow(q: SettleQuery): EligibilityWindow {
  if (!isCalendarDate(q.admissionDate ?? q.date) || !isCalendarDate(q.date)) return { stayFrom: '', visitsFrom: '', visitsTo: '\uffff' };
  return eligibilityWindow(q.date, q.admissionDate);
}

/**
 * The records only some visit types are checked against (settle.ts engineInput, benefits.ts):
 * a claim of another type does not read them (a third of the batch's statements for a general
 * outpatient claim). Everything else is read for every claim, except what the administrator
 * or a claim without an institution has not got (a link, a key, directory rows).
 */
function recordsNeeded(q: SettleQuery, institutions: number) {
  const type = q.visitType;
  return {
    link: q.actingInstitutionId != null,
    key: q.actingKeyId != null,
    institutions: institutions > 0,
    institutionLevels: institutions > 0,
    institutionDesignations: institutions > 0,
    chronicApprovals: type === 'CHRONIC_OUTPATIENT' || type === 'TWO_DISEASE_OUTPATIENT',
    twoDiseaseRegistrations: type === 'TWO_DISEASE_OUTPATIENT',
    specialDrugApprovals: type === 'SPECIAL_DRUG',
    rareDiseaseRegistrations: type === 'RARE_DISEASE_DRUG',
    longTermCareAssessments: type === 'LONG_TERM_CARE',
    chronicInstitutionChoices: type === 'CHRONIC_OUTPATIENT',
    settledClaims: settledClaimType(type) !== null,
  };
}

const at = sql.placeholder;

/**
 * The read batch's statements, built once (src/db/prepared.ts): a request fills in its values
 * (`at(...)`). The directory rows are read for at most two institutions
 * (the acting one and the claim's): `institutionA` and `institutionB`, the same id twice when
 * there is one.
 */
const readsOf = builtOnce((db) => {
  const person = at('person');
  return {
    person: db.select().from(insuredPersons).where(eq(insuredPersons.id, person)).prepare(),
    link: db.select({ personId: personInstitutions.personId }).from(personInstitutions)
      .where(and(eq(personInstitutions.personId, person), eq(personInstitutions.institutionId, at('actingInstitution')))).prepare(),
    replay: db.select().from(settlements).where(and(eq(settlements.personId, person), eq(settlements.idempotencyKey, at('idempotencyKey')))).prepare(),
    accumulators: db.select().from(accumulators).where(and(eq(accumulators.personId, person), eq(accumulators.year, at('year')))).prepare(),
    account: db.select().from(personalAccounts).where(eq(personalAccounts.personId, person)).prepare(),
    chronicApprovals: db.select().from(chronicApprovals).where(eq(chronicApprovals.personId, person)).prepare(),
    twoDiseaseRegistrations: db.select().from(twoDiseaseRegistrations).where(eq(twoDiseaseRegistrations.personId, person)).prepare(),
    remoteCareFilings: db.select().from(remoteCareFilings).where(eq(remoteCareFilings.personId, person)).orderBy(desc(remoteCareFilings.id)).prepare(),
    coverageGaps: db.select().from(coverageGaps).where(eq(coverageGaps.personId, person)).prepare(),
    specialDrugApprovals: db.select().from(specialDrugApprovals).where(eq(specialDrugApprovals.personId, person)).prepare(),
    rareDiseaseRegistrations: db.select().from(rareDiseaseRegistrations).where(eq(rareDiseaseRegistrations.personId, person)).prepare(),
    longTermCareAssessments: db.select().from(longTermCareAssessments).where(eq(longTermCareAssessments.personId, person)).prepare(),
    chronicInstitutionChoices: db.select().from(chronicInstitutionChoices).where(eq(chronicInstitutionChoices.personId, person))
      .orderBy(desc(chronicInstitutionChoices.chosenOn)).prepare(),
    settledClaims: db.select({ visitType: claims.visitType, date: claims.date, details: claims.details })
      .from(claims)
      .innerJoin(settlements, eq(settlements.claimId, claims.id))
      .where(and(eq(claims.personId, person), eq(claims.visitType, at('settledType')), eq(settlements.status, 'SETTLED'))).prepare(),
    institutions: db.select().from(institutions).where(inArray(institutions.id, [at('institutionA'), at('institutionB')])).prepare(),
    eligibilityClaims: db.select({ visitType: claims.visitType, date: claims.date, details: claims.details, settlementId: settlements.id })
      .from(claims)
      .innerJoin(settlements, eq(settlements.claimId, claims.id))
      .where(and(
        eq(claims.personId, person), eq(settlements.status, 'SETTLED'), gte(claims.date, at('yearsFrom')), lte(claims.date, at('yearsTo')),
        or(
          and(inArray(claims.visitType, STAY_TYPES), gte(claims.date, at('stayFrom'))),
          and(notInArray(claims.visitType, STAY_TYPES), gte(claims.date, at('visitsFrom')), lte(claims.date, at('visitsTo'))),
        ),
      )).prepare(),
    negotiatedDrugFilings: db.select({
      drug: negotiatedDrugFilings.drug, institutionId: negotiatedDrugFilings.institutionId, filedOn: negotiatedDrugFilings.filedOn,
      validUntil: negotiatedDrugFilings.validUntil, institutionName: institutions.name,
    })
      .from(negotiatedDrugFilings)
      .leftJoin(institutions, eq(institutions.id, negotiatedDrugFilings.institutionId))
      .where(eq(negotiatedDrugFilings.personId, person)).prepare(),
    contributionBases: db.select().from(contributionBases).where(eq(contributionBases.personId, person)).prepare(),
    familyBindings: db.select({ binding: familyAccountBindings, holder: insuredPersons, account: personalAccounts })
      .from(familyAccountBindings)
      .innerJoin(insuredPersons, eq(insuredPersons.id, familyAccountBindings.holderPersonId))
      .leftJoin(personalAccounts, eq(personalAccounts.personId, familyAccountBindings.holderPersonId))
      .where(eq(familyAccountBindings.memberPersonId, person))
      .orderBy(familyAccountBindings.id).prepare(),
    holderBases: db.select({ base: contributionBases })
      .from(contributionBases)
      .innerJoin(familyAccountBindings, eq(familyAccountBindings.holderPersonId, contributionBases.personId))
      .where(eq(familyAccountBindings.memberPersonId, person)).prepare(),
    institutionLevels: db.select().from(institutionLevels).where(inArray(institutionLevels.institutionId, [at('institutionA'), at('institutionB')]))
      .orderBy(asc(institutionLevels.id)).prepare(),
    institutionDesignations: db.select().from(institutionDesignations)
      .where(inArray(institutionDesignations.institutionId, [at('institutionA'), at('institutionB')])).orderBy(sql`rowid`).prepare(),
    key: db.select({ id: institutionApiKeys.id }).from(institutionApiKeys).where(activeKey(at('actingKey'))).prepare(),
  };
});

type Reads = ReturnType<typeof readsOf>;

/**
 * Runs the needed reads in one batch (one round trip, one read transaction) with the request's
 * values; a read left out gives no rows.
 */
async function readBatch<K extends keyof Reads>(db: Database, reads: Reads, needed: readonly K[], values: Record<string, unknown>): Promise<{ [P in keyof Reads]: RowsOf<Reads[P]> }> {
  const results = await db.$client.batch(needed.map((name) => bind(reads[name], values)));
  const rows: Record<string, unknown> = {};
  for (const name of Object.keys(reads)) rows[name] = [];
  needed.forEach((name, i) => (rows[name] = reads[name].mapResult(results[i], true)));
  return rows as { [P in keyof Reads]: RowsOf<Reads[P]> };
}

/** Reads everything settleClaim needs in one round trip. */
export async function readSettleRecords(db: Database, q: SettleQuery): Promise<SettleRecords> {
  const ids = [...new Set(q.institutionIds.filter(Number.isSafeInteger))];
  const needs = recordsNeeded(q, ids.length);
  const reads = readsOf();
  const needed = (Object.keys(reads) as (keyof Reads)[]).filter((name) => needs[name as keyof typeof needs] ?? true);
  const r = await readBatch(db, reads, needed, {
    person: q.personId,
    actingInstitution: q.actingInstitutionId ?? -1,
    actingKey: q.actingKeyId ?? -1,
    idempotencyKey: q.idempotencyKey,
    year: q.year,
    settledType: settledClaimType(q.visitType),
    institutionA: ids[0] ?? -1,
    institutionB: ids[1] ?? ids[0] ?? -1,
    yearsFrom: `${q.year - 1}-01-01`,
    yearsTo: `${q.year + 1}-12-31`,
    ...readWindow(q),
  });
  return {
    query: q,
    person: r.person[0],
    linked: q.actingInstitutionId == null || r.link.length > 0,
    keyActive: q.actingKeyId == null || r.key.length > 0,
    replay: r.replay[0],
    accumulators: r.accumulators[0],
    personalAccount: r.account[0],
    chronicApprovals: r.chronicApprovals,
    twoDiseaseRegistrations: r.twoDiseaseRegistrations,
    remoteCareFilings: r.remoteCareFilings,
    coverageGaps: r.coverageGaps,
    specialDrugApprovals: r.specialDrugApprovals,
    rareDiseaseRegistrations: r.rareDiseaseRegistrations,
    longTermCareAssessments: r.longTermCareAssessments,
    chronicInstitutionChoices: r.chronicInstitutionChoices,
    settledClaims: r.settledClaims,
    eligibilityClaims: r.eligibilityClaims,
    negotiatedDrugFilings: r.negotiatedDrugFilings,
    institutions: new Map(r.institutions.map((row) => [row.id, row])),
    institutionLevels: new Map(ids.map((id) => [id, r.institutionLevels.filter((row) => row.institutionId === id)])),
    institutionDesignations: new Map(ids.map((id) => [id, r.institutionDesignations.filter((row) => row.institutionId === id)])),
    contributionBases: r.contributionBases,
    familyHolders: r.familyBindings.map((b) => ({
      ...b,
      contributionBases: [...new Map(r.holderBases.filter((h) => h.base.personId === b.holder.id).map((h) => [h.base.effectiveFrom, h.base])).values()],
    })),
  };
}
