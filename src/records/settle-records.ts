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
import { and, asc, desc, eq, gte, inArray, lte, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { addDays, isCalendarDate } from '../calendar';
import type { BatchItem, BatchResponse } from 'drizzle-orm/batch';
import type { Database } from '../db/client';
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

/** Settled claims a claim of this visit type is checked against (Jining long-term care, 004 §七9, §二(一)3). */
function settledClaimTypes(visitType: string): string[] {
  if (visitType === 'LONG_TERM_CARE') return ['INPATIENT'];
  if (visitType === 'INPATIENT' || visitType === 'OUTPATIENT') return ['LONG_TERM_CARE'];
  return [];
}

const STAY_TYPES = ['INPATIENT', 'DAY_SURGERY'];

/**
 * Which settled claims the eligibility checks can use (settle.ts staysOnRecord and
 * outpatientVisitsNear filter the same way): stays ending on or after the claim's first day,
 * and, for a stay, the other visits from 3 days before its admission to its discharge. A
 * person's year of outpatient claims is then not read for every new one. Dates that are not
 * calendar dates (refused later) bound nothing.
 */
function eligibilityWindow(q: SettleQuery): SQL | undefined {
  const from = q.admissionDate ?? q.date;
  if (!isCalendarDate(from) || !isCalendarDate(q.date)) return undefined;
  const stays = and(inArray(claims.visitType, STAY_TYPES), gte(claims.date, from));
  if (q.admissionDate === null) return stays;
  return or(stays, and(notInArray(claims.visitType, STAY_TYPES), gte(claims.date, addDays(q.admissionDate, -3)), lte(claims.date, q.date)));
}

/**
 * The records only some visit types are checked against (settle.ts engineInput, benefits.ts):
 * a claim of another type does not read them (a third of the batch's statements for a general
 * outpatient claim). Everything else is read for every claim, except what the administrator
 * or a claim without an institution has not got (a link, a key, directory rows).
 */
function recordsNeeded(visitType: string) {
  return {
    chronicApprovals: visitType === 'CHRONIC_OUTPATIENT' || visitType === 'TWO_DISEASE_OUTPATIENT',
    twoDiseaseRegistrations: visitType === 'TWO_DISEASE_OUTPATIENT',
    specialDrugApprovals: visitType === 'SPECIAL_DRUG',
    rareDiseaseRegistrations: visitType === 'RARE_DISEASE_DRUG',
    longTermCareAssessments: visitType === 'LONG_TERM_CARE',
    chronicInstitutionChoices: visitType === 'CHRONIC_OUTPATIENT',
  };
}

/** A query left out of the batch: it reads as no rows. */
const NOT_READ = Symbol('not read');

function ifNeeded<Q extends BatchItem<'sqlite'>>(needed: boolean, query: Q): Q {
  return needed ? query : (NOT_READ as unknown as Q);
}

/** db.batch of the queries not left out (still one round trip), with [] in the place of each left out. */
async function batchOfNeeded<T extends Readonly<[BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]>>(db: Database, queries: T): Promise<BatchResponse<T>> {
  const run = queries.filter((q) => (q as unknown) !== NOT_READ) as unknown as Readonly<[BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]>;
  const results: readonly unknown[] = await db.batch(run);
  let next = 0;
  return queries.map((q) => ((q as unknown) === NOT_READ ? [] : results[next++])) as unknown as BatchResponse<T>;
}

/** Reads everything settleClaim needs in one round trip. */
export async function readSettleRecords(db: Database, q: SettleQuery): Promise<SettleRecords> {
  const p = q.personId;
  const ids = [...new Set(q.institutionIds.filter(Number.isSafeInteger))];
  const types = settledClaimTypes(q.visitType);
  const needs = recordsNeeded(q.visitType);
  const [
    person, link, replay, acc, account, approvals, twoDisease, filings, gaps, special, rare, care, choices, settled, directory,
    eligibility, drugFilings, bases, bindings, holderBases, levels, designations, key,
  ] = await batchOfNeeded(db, [
    db.select().from(insuredPersons).where(eq(insuredPersons.id, p)),
    // The administrator acts for anyone: no link to read.
    ifNeeded(q.actingInstitutionId != null, db.select({ personId: personInstitutions.personId }).from(personInstitutions)
      .where(and(eq(personInstitutions.personId, p), eq(personInstitutions.institutionId, q.actingInstitutionId ?? -1)))),
    db.select().from(settlements).where(and(eq(settlements.personId, p), eq(settlements.idempotencyKey, q.idempotencyKey))),
    db.select().from(accumulators).where(and(eq(accumulators.personId, p), eq(accumulators.year, q.year))),
    db.select().from(personalAccounts).where(eq(personalAccounts.personId, p)),
    ifNeeded(needs.chronicApprovals, db.select().from(chronicApprovals).where(eq(chronicApprovals.personId, p))),
    ifNeeded(needs.twoDiseaseRegistrations, db.select().from(twoDiseaseRegistrations).where(eq(twoDiseaseRegistrations.personId, p))),
    db.select().from(remoteCareFilings).where(eq(remoteCareFilings.personId, p)).orderBy(desc(remoteCareFilings.id)),
    db.select().from(coverageGaps).where(eq(coverageGaps.personId, p)),
    ifNeeded(needs.specialDrugApprovals, db.select().from(specialDrugApprovals).where(eq(specialDrugApprovals.personId, p))),
    ifNeeded(needs.rareDiseaseRegistrations, db.select().from(rareDiseaseRegistrations).where(eq(rareDiseaseRegistrations.personId, p))),
    ifNeeded(needs.longTermCareAssessments, db.select().from(longTermCareAssessments).where(eq(longTermCareAssessments.personId, p))),
    ifNeeded(needs.chronicInstitutionChoices,
      db.select().from(chronicInstitutionChoices).where(eq(chronicInstitutionChoices.personId, p)).orderBy(desc(chronicInstitutionChoices.chosenOn))),
    ifNeeded(types.length > 0, db.select({ visitType: claims.visitType, date: claims.date, details: claims.details })
      .from(claims)
      .innerJoin(settlements, eq(settlements.claimId, claims.id))
      .where(and(eq(claims.personId, p), inArray(claims.visitType, types.length ? types : ['']), eq(settlements.status, 'SETTLED')))),
    ifNeeded(ids.length > 0, db.select().from(institutions).where(inArray(institutions.id, ids.length ? ids : [-1]))),
    db.select({ visitType: claims.visitType, date: claims.date, details: claims.details, settlementId: settlements.id })
      .from(claims)
      .innerJoin(settlements, eq(settlements.claimId, claims.id))
      .where(and(
        eq(claims.personId, p), eq(settlements.status, 'SETTLED'), gte(claims.date, `${q.year - 1}-01-01`), lte(claims.date, `${q.year + 1}-12-31`),
        eligibilityWindow(q),
      )),
    db.select({
      drug: negotiatedDrugFilings.drug, institutionId: negotiatedDrugFilings.institutionId, filedOn: negotiatedDrugFilings.filedOn,
      validUntil: negotiatedDrugFilings.validUntil, institutionName: institutions.name,
    })
      .from(negotiatedDrugFilings)
      .leftJoin(institutions, eq(institutions.id, negotiatedDrugFilings.institutionId))
      .where(eq(negotiatedDrugFilings.personId, p)),
    db.select().from(contributionBases).where(eq(contributionBases.personId, p)),
    db.select({ binding: familyAccountBindings, holder: insuredPersons, account: personalAccounts })
      .from(familyAccountBindings)
      .innerJoin(insuredPersons, eq(insuredPersons.id, familyAccountBindings.holderPersonId))
      .leftJoin(personalAccounts, eq(personalAccounts.personId, familyAccountBindings.holderPersonId))
      .where(eq(familyAccountBindings.memberPersonId, p))
      .orderBy(familyAccountBindings.id),
    db.select({ base: contributionBases })
      .from(contributionBases)
      .innerJoin(familyAccountBindings, eq(familyAccountBindings.holderPersonId, contributionBases.personId))
      .where(eq(familyAccountBindings.memberPersonId, p)),
    ifNeeded(ids.length > 0, db.select().from(institutionLevels).where(inArray(institutionLevels.institutionId, ids.length ? ids : [-1])).orderBy(asc(institutionLevels.id))),
    ifNeeded(ids.length > 0, db.select().from(institutionDesignations).where(inArray(institutionDesignations.institutionId, ids.length ? ids : [-1])).orderBy(sql`rowid`)),
    // The administrator's key is not in the table: nothing to confirm.
    ifNeeded(q.actingKeyId != null, db.select({ id: institutionApiKeys.id }).from(institutionApiKeys).where(activeKey(q.actingKeyId ?? -1))),
  ]);
  return {
    query: q,
    person: person[0],
    linked: q.actingInstitutionId == null || link.length > 0,
    keyActive: q.actingKeyId == null || key.length > 0,
    replay: replay[0],
    accumulators: acc[0],
    personalAccount: account[0],
    chronicApprovals: approvals,
    twoDiseaseRegistrations: twoDisease,
    remoteCareFilings: filings,
    coverageGaps: gaps,
    specialDrugApprovals: special,
    rareDiseaseRegistrations: rare,
    longTermCareAssessments: care,
    chronicInstitutionChoices: choices,
    settledClaims: settled,
    eligibilityClaims: eligibility,
    negotiatedDrugFilings: drugFilings,
    institutions: new Map(directory.map((row) => [row.id, row])),
    institutionLevels: new Map(ids.map((id) => [id, levels.filter((r) => r.institutionId === id)])),
    institutionDesignations: new Map(ids.map((id) => [id, designations.filter((r) => r.institutionId === id)])),
    contributionBases: bases,
    familyHolders: bindings.map((b) => ({
      ...b,
      contributionBases: [...new Map(holderBases.filter((h) => h.base.personId === b.holder.id).map((h) => [h.base.effectiveFrom, h.base])).values()],
    })),
  };
}
