/**
 * 结算: settles a claim against the person's year in two database round trips (issue 15).
 *
 * 1. READ: one batch (settle-records.ts) brings the person, the caller's link to it, the
 *    settlement already made with the idempotency key, the accumulators of the year with their
 *    version, the personal account, and every record the claim is checked against. Enrolment,
 *    approvals, registrations, filings, coverage gaps and the engine then run without I/O; a
 *    refusal throws here, before anything is written.
 * 2. WRITE: one batch, which libSQL runs as one transaction (BEGIN … COMMIT, every step
 *    conditional on the one before: any statement that fails rolls the whole batch back; on the
 *    embedded file `db.batch` is one transaction too). Its order:
 *      a. the compare-and-set on the accumulators: UPDATE … SET version = v + 1 WHERE version = v
 *         (or, for the year's first claim, INSERT … ON CONFLICT DO NOTHING);
 *      b. the claim, whose person_id is `CASE WHEN changes() = 1 THEN id END`: changes() is
 *         still the count of statement a (a statement's own changes count only once it is
 *         done), so when a changed no row the NOT NULL person_id fails and the batch rolls back;
 *      c. the settlement (claim_id = last_insert_rowid() of b), returned by the batch;
 *      d. the items (claim_id read back through the settlement's unique (person, key) index);
 *      e. with a debit, the compare-and-set on the personal-account balance read, then the
 *         ledger row guarded like b on e's changes().
 *    SQLite has no RAISE outside triggers, so the guard is a constraint failure; it is told
 *    from any other failure by its message (lostCompareAndSet) and becomes a WriteConflict.
 * 3. On a WriteConflict or a busy database the whole settlement is read, computed and written
 *    again (withWriteRetry): 2 round trips per attempt, the read of the retry included.
 *
 * Idempotency: the unique (person, idempotency key) index keeps one settlement per key; a
 * raced duplicate fails step c and returns the winner (one more read). The settlement keeps the
 * SHA-256 of its request: the same key with a different claim is IDEMPOTENCY_KEY_REUSED. The claim keeps every
 * claim input the engine received, so that a reviewer can re-run it.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { EnrolmentRoute, TwoDisease } from '../domain';
import type { Context } from '../context';
import type { Scheme } from '../domain';
import { addAccumulators, type Accumulators } from '../engine/accumulators';
import { settle } from '../engine';
import type { NegotiatedDrugFilingFacts, OutpatientVisit, SettlementInput, SettlementResult, StayPeriod } from '../engine/types';
import { selectPack } from '../policy';
import {
  accumulators, claimItems, claims, personalAccountLedger, personalAccounts, settlements, type ClaimDetails,
} from '../db/records';
import { actingInstitution, invalidKey, parseGlobalId, requireKey, type PersonRow, type Queryable } from './access';
import { checkBenefitRecords } from './benefits';
import { lastDayOfYears, latestToday, yearOf } from './dates';
import { requestHash } from './crypto';
import { isUniqueViolation, RecordsError } from './errors';
import { forbiddenCharacterAt, forbiddenCharacterMessage } from '../text';
import { withWriteRetry, WriteConflict } from './retry';
import { creditedThrough, type AccountHolder } from '../engine/accountCredits';
import { accountHolderOf } from './accounts';
import { eligibilityWindow, isStayType, readSettleRecords, type SettleQuery, type SettleRecords } from './settle-records';

export type SettlementRow = typeof settlements.$inferSelect;
export type EngineClaim = Omit<SettlementInput, 'scheme' | 'person'>;

export interface ClaimToSettle {
  person: PersonRow;
  idempotencyKey: string;
  claim: EngineClaim;
  /** The directory institution the claim is at, when known. */
  institutionId: number | null;
  /** Employees: let the personal account pay the personal part (default true). */
  usePersonalAccount: boolean;
  /** What the request already read for it (readForSettlement): the first attempt uses it. */
  records?: SettleRecords;
}

export const MAX_IDEMPOTENCY_KEY_LENGTH = 200;
const ITEM_CHUNK = 100;

/** Drops counters at 0, so that equal accumulators are equal objects. */
export function normaliseAccumulators(acc: Accumulators): Accumulators {
  return Object.fromEntries(Object.entries(acc).filter(([, v]) => v !== 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * The settlement already made with this key for the person, if the caller may see it and the
 * request is the same (a retry); a different request under the same key is refused, as Stripe
 * and the IETF Idempotency-Key draft do.
 */
function replayOf(ctx: Context, existing: SettlementRow | undefined, hash: string): SettlementRow | null {
  if (!existing) return null;
  const by = ctx.caller.kind === 'INSTITUTION' ? ctx.caller.institutionId : null;
  if (existing.settledByInstitutionId !== by && ctx.caller.kind !== 'ADMIN') {
    throw new RecordsError('IDEMPOTENCY_KEY_IN_USE', ['idempotencyKey'], 'Another institution used this idempotency key for this person.');
  }
  if (existing.requestHash != null && existing.requestHash !== hash) {
    throw new RecordsError(
      'IDEMPOTENCY_KEY_REUSED',
      ['idempotencyKey'],
      'This idempotency key was used for a different claim for this person; a retry must send the same claim, a new claim needs a new key.',
    );
  }
  return existing;
}

/** The settlement made with this key, read on its own (after a raced duplicate lost on the unique index). */
async function replay(db: Queryable, ctx: Context, personId: number, key: string, hash: string): Promise<SettlementRow | null> {
  const [existing] = await db.select().from(settlements).where(and(eq(settlements.personId, personId), eq(settlements.idempotencyKey, key)));
  return replayOf(ctx, existing, hash);
}

/** What a retry must repeat: the claim as resolved (items with their defaults), where, and who pays the personal part. */
function requestOf(c: ClaimToSettle): unknown {
  const items = c.claim.items.map((i) => ({ ...i, tcm: i.tcm ?? false, negotiatedDrug: i.negotiatedDrug ?? false }));
  return { personId: c.person.id, claim: { ...c.claim, items }, institutionId: c.institutionId, usePersonalAccount: c.usePersonalAccount };
}

/** The engine input: the claim plus the person's profile and what the records allow. */
function engineInput(records: SettleRecords, person: PersonRow, claim: EngineClaim, institutionId: number | null): SettlementInput {
  const year = yearOf(claim.date);
  if (claim.date < person.enrolledSince) {
    throw new RecordsError('NOT_ENROLLED', ['date'], `The person is enrolled since ${person.enrolledSince}, after the service date.`);
  }
  const input: SettlementInput = {
    ...claim,
    scheme: person.scheme as Scheme,
    person: {
      employeeCategory: (person.employeeCategory ?? undefined) as SettlementInput['person']['employeeCategory'],
      // Retiree benefits from the day of retirement on record (办理在职转退休手续后享受退休人员医保待遇).
      retired: person.retired && (person.retiredOn == null || claim.date >= person.retiredOn),
      assistanceCategory: (person.assistanceCategory ?? undefined) as SettlementInput['person']['assistanceCategory'],
      consecutiveEnrollmentYears: year - yearOf(person.enrolledSince) + 1,
      minor: person.minor,
      assistanceMajorDiseaseCode: person.assistanceMajorDiseaseCode ?? undefined,
      enrolledSince: person.enrolledSince,
      ...(person.contributionGapMonths != null ? { contributionGapMonths: person.contributionGapMonths } : {}),
      ...(person.enrolmentRoute != null ? { enrolmentRoute: person.enrolmentRoute as EnrolmentRoute } : {}),
      stays: staysOnRecord(records, claim),
      ...(claim.admissionDate !== undefined ? { outpatientVisits: outpatientVisitsNear(records, claim) } : {}),
      maternityBeneficiary: (person.maternityBeneficiary ?? undefined) as SettlementInput['person']['maternityBeneficiary'],
      ...(person.retiredCadreWartime ? { retiredCadreWartime: true } : {}),
      ...(person.retiredCadrePrefectureLevel ? { retiredCadrePrefectureLevel: true } : {}),
    },
  };
  const approvals = records.chronicApprovals.filter((a) => a.approvedOn <= claim.date);
  const validOnDate = (code: string) => approvals.some((a) => a.diseaseCode === code && (a.validUntil == null || a.validUntil >= claim.date));
  if (claim.visitType === 'CHRONIC_OUTPATIENT') {
    (claim.chronicDiseaseCodes ?? []).forEach((code, i) => {
      if (validOnDate(code)) return;
      const expired = approvals.some((a) => a.diseaseCode === code);
      throw new RecordsError(
        expired ? 'APPROVAL_EXPIRED' : 'NOT_APPROVED',
        ['chronicDiseaseCodes', String(i)],
        expired ? `The approval of ${code} ended before ${claim.date}.` : `The person has no approval of ${code} on ${claim.date}.`,
      );
    });
  }
  // Lanzhou: two approved chronic diseases share one cap (the higher + 500, 000 §二(一)3), and
  // two-disease payments one year's limit for the diseases registered. A claim may name only
  // the disease treated, so the engine is given the person's whole approved or registered set,
  // the claim's own first, and applies the shared cap to every claim of the year.
  const lanzhou = claim.city === 'LANZHOU';
  if (lanzhou && claim.visitType === 'CHRONIC_OUTPATIENT') {
    const named = claim.chronicDiseaseCodes ?? [];
    const others = approvals.map((a) => a.diseaseCode).filter((code) => validOnDate(code) && !named.includes(code));
    input.chronicDiseaseCodes = [...new Set([...named, ...others])].slice(0, 2);
  }
  if (claim.visitType === 'TWO_DISEASE_OUTPATIENT') {
    const all = records.twoDiseaseRegistrations;
    // A registration lasts the pack's years (Lanzhou: 待遇支付年限 5 年); the service date must fall inside.
    const validity = selectPack(claim.city, claim.date).parameters.twoDiseaseValidityYears;
    const lastDay = (r: (typeof all)[number]) => (validity.value === null ? null : lastDayOfYears(r.registeredOn, validity.value));
    const registered = all.filter((r) => r.registeredOn <= claim.date && (lastDay(r) === null || claim.date <= lastDay(r)!));
    (claim.twoDiseases ?? []).forEach((disease, i) => {
      if (registered.some((r) => r.disease === disease)) return;
      const expired = all.find((r) => r.disease === disease && r.registeredOn <= claim.date);
      if (expired) {
        throw new RecordsError('REGISTRATION_EXPIRED', ['twoDiseases', String(i)],
          `The ${disease} registration of ${expired.registeredOn} ended on ${lastDay(expired)}, before ${claim.date}: register again (${validity.source}).`, validity.source);
      }
      throw new RecordsError('TWO_DISEASE_NOT_REGISTERED', ['twoDiseases', String(i)], `The person is not registered for ${disease} on ${claim.date}.`);
    });
    // The engine refuses the benefit to a person approved for the matching chronic disease.
    input.chronicDiseaseCodes = [...new Set(approvals.filter((a) => validOnDate(a.diseaseCode)).map((a) => a.diseaseCode))];
    if (lanzhou) {
      const named = claim.twoDiseases ?? [];
      const others = registered.filter((r) => !named.includes(r.disease as TwoDisease)).map((r) => r.disease as TwoDisease);
      input.twoDiseases = [...new Set([...named, ...others])];
    }
  }
  if (claim.remote) input.remote = remoteOnRecord(records, claim);
  checkBenefitRecords(records, person, input, institutionId);
  if (!claim.remote && institutionId !== null && needsNegotiatedDrugFiling(claim)) input.negotiatedDrugFilings = negotiatedDrugFilingsOn(records, claim.date, institutionId);
  return input;
}

/**
 * The person's settled stays and day surgery (with an admission date on record) that end on or
 * after the claim's first day: the engine pauses outpatient benefits inside them, refuses an
 * overlapping stay, and (Jining) merges the 3 days before an admission into the stay.
 */
function staysOnRecord(records: SettleRecords, claim: EngineClaim): StayPeriod[] {
  const { stayFrom } = eligibilityWindow(claim.date, claim.admissionDate);
  return records.eligibilityClaims
    .filter((r) => isStayType(r.visitType) && r.date >= stayFrom && typeof r.details.admissionDate === 'string')
    .map((r) => ({ admissionDate: r.details.admissionDate as string, dischargeDate: r.date, visitType: r.visitType as StayPeriod['visitType'] }));
}

/** The person's settled non-stay claims from the pre-admission days before the admission to the discharge (for a stay being settled). */
function outpatientVisitsNear(records: SettleRecords, claim: EngineClaim): OutpatientVisit[] {
  const { visitsFrom, visitsTo } = eligibilityWindow(claim.date, claim.admissionDate);
  return records.eligibilityClaims
    .filter((r) => !isStayType(r.visitType) && r.date >= visitsFrom! && r.date <= visitsTo!)
    .map((r) => ({ date: r.date, visitType: r.visitType as OutpatientVisit['visitType'], reference: `settlement ${encodeGlobalID('SettlementRecord', r.settlementId)}` }));
}

/** Outpatient negotiated drugs of a city that files them (三定). */
function needsNegotiatedDrugFiling(claim: EngineClaim): boolean {
  if (selectPack(claim.city, claim.date).parameters.negotiatedDrugFiling.value === null) return false;
  if (isStayType(claim.visitType)) return false;
  return claim.visitType === 'NEGOTIATED_DRUG_OUTPATIENT' || claim.items.some((i) => i.negotiatedDrug === true);
}

/** The person's negotiated-drug filings valid on the date, and whether each is at this institution. */
function negotiatedDrugFilingsOn(records: SettleRecords, date: string, institutionId: number): NegotiatedDrugFilingFacts[] {
  return records.negotiatedDrugFilings
    .filter((f) => f.filedOn <= date && f.validUntil >= date)
    .map((f) => ({ drug: f.drug, institutionName: f.institutionName ?? `institution ${f.institutionId}`, atThisInstitution: f.institutionId === institutionId }));
}

/** Remote care as filed: a stated filing must be on record on the date (an emergency may be
 *  filed afterwards); with none stated, the filing on record on the date applies. */
function remoteOnRecord(records: SettleRecords, claim: EngineClaim): SettlementInput['remote'] {
  const remote = claim.remote!;
  const filings = records.remoteCareFilings.filter((f) => f.validFrom <= claim.date && (f.validUntil ?? '9999-12-31') >= claim.date);
  const onRecord = filings.find((f) => (remote.filing ? f.filing === remote.filing : true));
  if (remote.filing && remote.filing !== 'EMERGENCY' && !onRecord) {
    throw new RecordsError('REMOTE_FILING_NOT_ON_RECORD', ['remote', 'filing'], `The person has no ${remote.filing} filing on ${claim.date}.`);
  }
  return {
    crossProvince: remote.crossProvince,
    filing: remote.filing ?? (onRecord?.filing as typeof remote.filing),
    filedByCommitmentWithoutProof: remote.filedByCommitmentWithoutProof ?? onRecord?.byCommitmentWithoutProof ?? undefined,
    ...(remote.studentAbsence !== undefined ? { studentAbsence: remote.studentAbsence } : {}),
  };
}

/**
 * The person of a settleClaim request and everything its settlement reads, in one round trip
 * (settle-records.ts); PERSON_NOT_FOUND as personForCaller says it. `institutionId` is the
 * directory institution named by the claim, if any (the acting institution is read anyway).
 */
export async function readForSettlement(
  ctx: Context,
  q: { personId: string; idempotencyKey: string; date: string; admissionDate: string | null; visitType: string; institutionId: number | null },
): Promise<{ person: PersonRow; records: SettleRecords }> {
  const caller = requireKey(ctx.caller);
  const notFound = () => new RecordsError('PERSON_NOT_FOUND', ['personId'], 'No insured person with this id is visible to this key.');
  const id = parseGlobalId(q.personId, 'InsuredPerson');
  if (id == null) throw notFound();
  const acting = actingInstitution(caller);
  const records = await readSettleRecords(ctx.db, {
    personId: id,
    idempotencyKey: q.idempotencyKey.trim(),
    year: /^\d{4}-/.test(q.date) ? yearOf(q.date) : 0,
    date: q.date,
    admissionDate: q.admissionDate,
    visitType: q.visitType,
    actingInstitutionId: acting,
    actingKeyId: caller.kind === 'INSTITUTION' ? caller.keyId : null,
    institutionIds: [acting, q.institutionId].filter((i): i is number => i != null),
  });
  if (!records.keyActive) throw invalidKey();
  if (!records.person || !records.linked) throw notFound();
  return { person: records.person, records };
}

/** A value only when the statement before changed exactly one row, else NULL (which a NOT NULL column refuses: the guard). */
export function ifOneChanged<T>(value: T): SQL {
  return sql`CASE WHEN changes() = 1 THEN ${value} END`;
}

/** Runs a guarded write batch: a lost compare-and-set becomes a WriteConflict (retried by withWriteRetry). */
export async function writeGuarded(ctx: Context, statements: [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]): Promise<unknown[]> {
  try {
    return await ctx.db.batch(statements);
  } catch (error) {
    if (lostCompareAndSet(error)) throw new WriteConflict('accumulators or personal account');
    throw error;
  }
}

/** True when a write batch stopped at a guard: a compare-and-set before it changed no row. */
function lostCompareAndSet(error: unknown): boolean {
  for (let e = error as { message?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (typeof e.message === 'string' && /NOT NULL constraint failed: ((claims|personal_account_ledger)\.person_id|settlements\.status)/.test(e.message)) return true;
  }
  return false;
}

/** Settles the claim, or returns the settlement already made with the same idempotency key. */
export async function settleClaim(ctx: Context, c: ClaimToSettle): Promise<{ settlement: SettlementRow; replayed: boolean }> {
  const key = c.idempotencyKey.trim();
  if (!key || key.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    throw new RecordsError('INVALID_IDEMPOTENCY_KEY', ['idempotencyKey'], `The idempotency key must have 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} characters.`);
  }
  const bad = forbiddenCharacterAt(key);
  if (bad >= 0) throw new RecordsError('CONTROL_CHARACTER', ['idempotencyKey'], forbiddenCharacterMessage('The idempotency key', key, bad));
  if (c.claim.date > latestToday(ctx.clock.now())) {
    throw new RecordsError('DATE_IN_FUTURE', ['date'], `The service date ${c.claim.date} is after today; a claim is settled for care already given.`);
  }
  const hash = await requestHash(requestOf(c));
  const year = yearOf(c.claim.date);
  const settledBy = ctx.caller.kind === 'INSTITUTION' ? ctx.caller.institutionId : null;
  const query: SettleQuery = {
    personId: c.person.id,
    idempotencyKey: key,
    year,
    date: c.claim.date,
    admissionDate: c.claim.admissionDate ?? null,
    visitType: c.claim.visitType,
    actingInstitutionId: settledBy,
    actingKeyId: ctx.caller.kind === 'INSTITUTION' ? ctx.caller.keyId : null,
    institutionIds: [settledBy, c.institutionId].filter((i): i is number => i != null),
  };
  // The request's own read is reused for the first attempt when it read what this claim needs.
  let read: SettleRecords | undefined = c.records && sameQuery(c.records.query, query) ? c.records : undefined;
  const pid = c.person.id;
  const ourSettlement = (column: 'id' | 'claim_id') =>
    sql`(SELECT ${sql.raw(column)} FROM ${settlements} WHERE ${settlements.personId} = ${pid} AND ${settlements.idempotencyKey} = ${key})`;
  try {
    return await withWriteRetry(async () => {
      const records = read ?? (await readSettleRecords(ctx.db, query));
      read = undefined;
      if (!records.keyActive) throw invalidKey();
      const first = replayOf(ctx, records.replay, hash);
      if (first) return { settlement: first, replayed: true };
      const input = engineInput(records, c.person, c.claim, c.institutionId);
      const row = records.accumulators;
      const result = settle(input, row?.values ?? {});
      if (result.accumulatorYear !== year) throw new Error(`The engine counted the claim in ${result.accumulatorYear}, not ${year}.`);
      const delta = normaliseAccumulators(result.accumulatorDelta);
      const next = normaliseAccumulators(addAccumulators(row?.values ?? {}, delta));
      const account = accountSplit(records, c, result);
      const family = familySplit(records, c, result, result.personalPayment - account.paid);
      const familyPaid = family.reduce((sum, f) => sum + f.paid, 0);
      const now = ctx.clock.now().toISOString();
      // One batch, one transaction. Statement 0 is the compare-and-set on the accumulators'
      // version; statement 1 (the claim) takes its person id only if statement 0 changed one
      // row, else NULL fails the NOT NULL column and the whole batch rolls back (see the header).
      const onlyIfOneChanged = ifOneChanged(pid);
      const statements: [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]] = [
        row
          ? ctx.db
              .update(accumulators)
              .set({ values: next, version: row.version + 1 })
              .where(and(eq(accumulators.personId, pid), eq(accumulators.year, year), eq(accumulators.version, row.version)))
          : ctx.db.insert(accumulators).values({ personId: pid, year, values: next, version: 1 }).onConflictDoNothing(),
        ctx.db.insert(claims).values({
          personId: onlyIfOneChanged,
          visitType: c.claim.visitType,
          date: c.claim.date,
          institutionId: c.institutionId,
          institutionLevel: c.claim.institutionLevel,
          details: detailsOf(c, input),
          createdByInstitutionId: settledBy,
          createdAt: now,
        }),
        ctx.db
          .insert(settlements)
          .values({
            claimId: sql`last_insert_rowid()`,
            personId: pid,
            idempotencyKey: key,
            requestHash: hash,
            settledByInstitutionId: settledBy,
            year,
            status: 'SETTLED',
            ...amountsOf(result),
            personalAccountPayment: account.paid,
            cashPayment: result.personalPayment - account.paid - familyPaid,
            policyPack: result.policyPack,
            lines: result.lines,
            trace: result.trace,
            assumptions: result.assumptions,
            accumulatorDelta: delta,
            settledAt: now,
          })
          .returning(),
      ];
      const items = c.claim.items.map((item, position) => ({
        claimId: ourSettlement('claim_id'),
        position,
        name: item.name,
        category: item.category,
        amountFen: item.amountFen,
        tcm: item.tcm ?? false,
        negotiatedDrug: item.negotiatedDrug ?? false,
        diseaseCode: item.diseaseCode ?? null,
        accountExcluded: item.accountExcluded ?? false,
      }));
      for (let i = 0; i < items.length; i += ITEM_CHUNK) statements.push(ctx.db.insert(claimItems).values(items.slice(i, i + ITEM_CHUNK)));
      if (account.paid > 0) {
        // The debit: a compare-and-set on the balance read; the ledger row is guarded like the claim.
        statements.push(
          ctx.db
            .update(personalAccounts)
            .set({ balanceFen: account.storedBefore - account.paid })
            .where(and(eq(personalAccounts.personId, pid), eq(personalAccounts.balanceFen, account.storedBefore))),
          ctx.db.insert(personalAccountLedger).values({
            personId: onlyIfOneChanged,
            kind: 'SETTLEMENT',
            amountFen: -account.paid,
            balanceAfterFen: account.balanceAfter,
            settlementId: ourSettlement('id'),
            createdAt: now,
          }),
        );
      }
      for (const f of family) {
        // 家庭共济: the same compare-and-set on each holder's stored balance, the ledger row guarded by it.
        const holderChanged = ifOneChanged(f.holderId);
        statements.push(
          ctx.db
            .update(personalAccounts)
            .set({ balanceFen: f.storedBefore - f.paid })
            .where(and(eq(personalAccounts.personId, f.holderId), eq(personalAccounts.balanceFen, f.storedBefore))),
          ctx.db.insert(personalAccountLedger).values({
            personId: holderChanged,
            kind: 'FAMILY_SETTLEMENT',
            amountFen: -f.paid,
            balanceAfterFen: f.balanceAfter,
            settlementId: ourSettlement('id'),
            note: `家庭共济: claim of person ${pid}`,
            createdAt: now,
          }),
        );
      }
      const written = await writeGuarded(ctx, statements);
      const [settlement] = written[2] as SettlementRow[];
      return { settlement, replayed: false };
    });
  } catch (error) {
    // Two identical requests raced past the read: the index kept one; return it.
    if (isUniqueViolation(error)) {
      const winner = await replay(ctx.db, ctx, c.person.id, key, hash);
      if (winner) return { settlement: winner, replayed: true };
    }
    throw error;
  }
}

function sameQuery(a: SettleQuery, b: SettleQuery): boolean {
  return a.personId === b.personId && a.idempotencyKey === b.idempotencyKey && a.year === b.year && a.visitType === b.visitType
    && a.date === b.date && a.admissionDate === b.admissionDate
    && a.actingInstitutionId === b.actingInstitutionId && a.actingKeyId === b.actingKeyId && b.institutionIds.every((id) => a.institutionIds.includes(id));
}

/**
 * The claim's details: every optional claim input as given (the columns hold visit type, date
 * and level, claim_items the items), remote care as the engine received it from the filings on
 * record, and whether the personal account was asked to pay.
 */
function detailsOf(c: ClaimToSettle, input: SettlementInput): ClaimDetails {
  const { city, visitType, date, institutionLevel, items, remote, institution, ...inputs } = c.claim;
  return {
    ...inputs, remote: input.remote, usePersonalAccount: c.usePersonalAccount,
    ...(input.longTermCare ? { longTermCare: input.longTermCare } : {}),
    ...(input.rareDisease ? { rareDisease: input.rareDisease } : {}),
  };
}

function amountsOf(r: SettlementResult) {
  return {
    totalAmount: r.totalAmount,
    fullSelfPayAmount: r.fullSelfPayAmount,
    preSelfPayAmount: r.preSelfPayAmount,
    policyAmount: r.policyAmount,
    deductible: r.deductible,
    basicPoolPayment: r.basicPoolPayment,
    largeAmountPayment: r.largeAmountPayment,
    criticalIllnessPayment: r.criticalIllnessPayment,
    assistancePayment: r.assistancePayment,
    secondaryAssistancePayment: r.secondaryAssistancePayment,
    maternityPayment: r.maternityPayment,
    fundPaymentTotal: r.fundPaymentTotal,
    personalPayment: r.personalPayment,
  };
}

/** What a personal account may pay of the claim's personal part: all of it but the items marked
 *  as outside the account's use (公共卫生, 体育健身, 养生保健: 000 §二(二)1(1)3; 001 第十七条). */
function accountPayable(c: ClaimToSettle, result: SettlementResult): number {
  const excluded = c.claim.items.reduce((sum, item) => sum + (item.accountExcluded ? item.amountFen : 0), 0);
  return Math.max(0, Math.min(result.personalPayment, result.personalPayment - excluded));
}

interface Debit {
  paid: number;
  /** The stored balance read (the compare-and-set's expected value). */
  storedBefore: number;
  /** The balance on the claim date after the debit, monthly credits included. */
  balanceAfter: number;
}

/** Up to `wanted` from an account as it stands on `date`: stored balance + monthly credits through the date. */
function debit(holder: AccountHolder, storedFen: number, date: string, wanted: number): Debit {
  const available = Math.max(0, storedFen + creditedThrough(holder, date));
  const paid = Math.max(0, Math.min(wanted, available));
  return { paid, storedBefore: storedFen, balanceAfter: available - paid };
}

/** 个人账户支付: an employee's account pays the personal part (less what an account may not pay
 *  for) up to its balance on the claim date; the debit is a compare-and-set on the stored balance
 *  read, in the write batch. */
function accountSplit(records: SettleRecords, c: ClaimToSettle, result: SettlementResult): Debit {
  const stored = records.personalAccount?.balanceFen ?? 0;
  if (c.person.scheme !== 'EMPLOYEE' || !c.usePersonalAccount || !records.personalAccount) return { paid: 0, storedBefore: stored, balanceAfter: 0 };
  const payable = accountPayable(c, result);
  if (payable <= 0) return { paid: 0, storedBefore: stored, balanceAfter: 0 };
  return debit(accountHolderOf(c.person, records.contributionBases), stored, c.claim.date, payable);
}

/**
 * 家庭共济: what is left of the personal part after the member's own account is paid by the
 * accounts the member is bound to on the claim date (oldest binding first), for care at a
 * designated medical institution in the province (not a pharmacy, not cross-province):
 * 000 §二(二)1(1)2 and 注①.
 */
function familySplit(records: SettleRecords, c: ClaimToSettle, result: SettlementResult, leftFen: number): (Debit & { holderId: number })[] {
  if (!c.usePersonalAccount || leftFen <= 0) return [];
  if (c.claim.institutionLevel === 'PHARMACY' || c.claim.remote?.crossProvince) return [];
  let wanted = leftFen - (result.personalPayment - accountPayable(c, result));
  const out: (Debit & { holderId: number })[] = [];
  const date = c.claim.date;
  for (const h of records.familyHolders) {
    if (wanted <= 0) break;
    const b = h.binding;
    if (b.boundOn > date || (b.unboundOn !== null && b.unboundOn <= date) || !h.account) continue;
    const d = debit(accountHolderOf(h.holder, h.contributionBases), h.account.balanceFen, date, wanted);
    if (d.paid > 0) {
      out.push({ ...d, holderId: h.holder.id });
      wanted -= d.paid;
    }
  }
  return out;
}
