/**
 * 结算: settles a claim against the person's year. Checks what the records say (enrolment,
 * chronic approvals, two-disease registrations, remote filings), then in ONE write transaction
 * reads the year's accumulators, runs the engine, and writes the claim, its items, the
 * settlement, the new accumulators (compare-and-set on their version) and the personal-account
 * debit. Busy databases and lost compare-and-sets retry the whole transaction; the unique
 * (person, idempotency key) index makes a retried or raced request return the first settlement.
 * The claim keeps every claim input the engine received, so that a reviewer can re-run it.
 */
import { and, desc, eq, lte, sql } from 'drizzle-orm';
import type { TwoDisease } from '../domain';
import type { Context } from '../context';
import type { Scheme } from '../domain';
import { addAccumulators, type Accumulators } from '../engine/accumulators';
import { settle } from '../engine';
import type { SettlementInput, SettlementResult } from '../engine/types';
import {
  accumulators, chronicApprovals, claimItems, claims, personalAccountLedger, personalAccounts,
  remoteCareFilings, settlements, twoDiseaseRegistrations, type ClaimDetails,
} from '../db/records';
import type { PersonRow, Queryable } from './access';
import { checkBenefitRecords } from './benefits';
import { yearOf } from './dates';
import { isUniqueViolation, RecordsError } from './errors';
import { withWriteRetry, WriteConflict } from './retry';

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
}

export const MAX_IDEMPOTENCY_KEY_LENGTH = 200;
const ITEM_CHUNK = 100;

/** Drops counters at 0, so that equal accumulators are equal objects. */
export function normaliseAccumulators(acc: Accumulators): Accumulators {
  return Object.fromEntries(Object.entries(acc).filter(([, v]) => v !== 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The settlement already made with this key for the person, if the caller may see it. */
async function replay(db: Queryable, ctx: Context, personId: number, key: string): Promise<SettlementRow | null> {
  const [existing] = await db.select().from(settlements).where(and(eq(settlements.personId, personId), eq(settlements.idempotencyKey, key)));
  if (!existing) return null;
  const by = ctx.caller.kind === 'INSTITUTION' ? ctx.caller.institutionId : null;
  if (existing.settledByInstitutionId !== by && ctx.caller.kind !== 'ADMIN') {
    throw new RecordsError('IDEMPOTENCY_KEY_IN_USE', ['idempotencyKey'], 'Another institution used this idempotency key for this person.');
  }
  return existing;
}

/** The engine input: the claim plus the person's profile and what the records allow. */
async function engineInput(db: Queryable, person: PersonRow, claim: EngineClaim, institutionId: number | null): Promise<SettlementInput> {
  const year = yearOf(claim.date);
  if (claim.date < person.enrolledSince) {
    throw new RecordsError('NOT_ENROLLED', ['date'], `The person is enrolled since ${person.enrolledSince}, after the service date.`);
  }
  const input: SettlementInput = {
    ...claim,
    scheme: person.scheme as Scheme,
    person: {
      employeeCategory: (person.employeeCategory ?? undefined) as SettlementInput['person']['employeeCategory'],
      retired: person.retired,
      assistanceCategory: (person.assistanceCategory ?? undefined) as SettlementInput['person']['assistanceCategory'],
      consecutiveEnrollmentYears: year - yearOf(person.enrolledSince) + 1,
      minor: person.minor,
      assistanceMajorDiseaseCode: person.assistanceMajorDiseaseCode ?? undefined,
    },
  };
  const approvals = await db.select().from(chronicApprovals).where(and(eq(chronicApprovals.personId, person.id), lte(chronicApprovals.approvedOn, claim.date)));
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
    const registered = await db.select().from(twoDiseaseRegistrations).where(eq(twoDiseaseRegistrations.personId, person.id));
    (claim.twoDiseases ?? []).forEach((disease, i) => {
      if (!registered.some((r) => r.disease === disease && r.registeredOn <= claim.date)) {
        throw new RecordsError('TWO_DISEASE_NOT_REGISTERED', ['twoDiseases', String(i)], `The person is not registered for ${disease} on ${claim.date}.`);
      }
    });
    // The engine refuses the benefit to a person approved for the matching chronic disease.
    input.chronicDiseaseCodes = [...new Set(approvals.filter((a) => validOnDate(a.diseaseCode)).map((a) => a.diseaseCode))];
    if (lanzhou) {
      const named = claim.twoDiseases ?? [];
      const others = registered.filter((r) => r.registeredOn <= claim.date && !named.includes(r.disease as TwoDisease)).map((r) => r.disease as TwoDisease);
      input.twoDiseases = [...new Set([...named, ...others])];
    }
  }
  if (claim.remote) input.remote = await remoteOnRecord(db, person.id, claim);
  await checkBenefitRecords(db, person, input, institutionId);
  return input;
}

/** Remote care as filed: a stated filing must be on record on the date (an emergency may be
 *  filed afterwards); with none stated, the filing on record on the date applies. */
async function remoteOnRecord(db: Queryable, personId: number, claim: EngineClaim): Promise<SettlementInput['remote']> {
  const remote = claim.remote!;
  const filings = await db
    .select()
    .from(remoteCareFilings)
    .where(and(eq(remoteCareFilings.personId, personId), lte(remoteCareFilings.validFrom, claim.date), sql`coalesce(${remoteCareFilings.validUntil}, '9999-12-31') >= ${claim.date}`))
    .orderBy(desc(remoteCareFilings.id));
  const onRecord = filings.find((f) => (remote.filing ? f.filing === remote.filing : true));
  if (remote.filing && remote.filing !== 'EMERGENCY' && !onRecord) {
    throw new RecordsError('REMOTE_FILING_NOT_ON_RECORD', ['remote', 'filing'], `The person has no ${remote.filing} filing on ${claim.date}.`);
  }
  return {
    crossProvince: remote.crossProvince,
    filing: remote.filing ?? (onRecord?.filing as typeof remote.filing),
    filedByCommitmentWithoutProof: remote.filedByCommitmentWithoutProof ?? onRecord?.byCommitmentWithoutProof ?? undefined,
  };
}

/** Settles the claim, or returns the settlement already made with the same idempotency key. */
export async function settleClaim(ctx: Context, c: ClaimToSettle): Promise<{ settlement: SettlementRow; replayed: boolean }> {
  const key = c.idempotencyKey.trim();
  if (!key || key.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    throw new RecordsError('INVALID_IDEMPOTENCY_KEY', ['idempotencyKey'], `The idempotency key must have 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} characters.`);
  }
  const first = await replay(ctx.db, ctx, c.person.id, key);
  if (first) return { settlement: first, replayed: true };
  const input = await engineInput(ctx.db, c.person, c.claim, c.institutionId);
  const year = yearOf(c.claim.date);
  const settledBy = ctx.caller.kind === 'INSTITUTION' ? ctx.caller.institutionId : null;
  try {
    return await withWriteRetry(() =>
      ctx.db.transaction(async (tx) => {
        const raced = await replay(tx, ctx, c.person.id, key);
        if (raced) return { settlement: raced, replayed: true };
        const [row] = await tx.select().from(accumulators).where(and(eq(accumulators.personId, c.person.id), eq(accumulators.year, year)));
        const result = settle(input, row?.values ?? {});
        if (result.accumulatorYear !== year) throw new Error(`The engine counted the claim in ${result.accumulatorYear}, not ${year}.`);
        const delta = normaliseAccumulators(result.accumulatorDelta);
        const next = normaliseAccumulators(addAccumulators(row?.values ?? {}, delta));
        if (row) {
          const updated = await tx
            .update(accumulators)
            .set({ values: next, version: row.version + 1 })
            .where(and(eq(accumulators.personId, c.person.id), eq(accumulators.year, year), eq(accumulators.version, row.version)));
          if (updated.rowsAffected !== 1) throw new WriteConflict('accumulators');
        } else {
          const inserted = await tx.insert(accumulators).values({ personId: c.person.id, year, values: next, version: 1 }).onConflictDoNothing();
          if (inserted.rowsAffected !== 1) throw new WriteConflict('accumulators');
        }
        const account = await accountSplit(tx, c, result);
        const now = ctx.clock.now().toISOString();
        const [claim] = await tx
          .insert(claims)
          .values({
            personId: c.person.id,
            visitType: c.claim.visitType,
            date: c.claim.date,
            institutionId: c.institutionId,
            institutionLevel: c.claim.institutionLevel,
            details: detailsOf(c, input),
            createdByInstitutionId: settledBy,
            createdAt: now,
          })
          .returning({ id: claims.id });
        const items = c.claim.items.map((item, position) => ({
          claimId: claim.id,
          position,
          name: item.name,
          category: item.category,
          amountFen: item.amountFen,
          tcm: item.tcm ?? false,
          negotiatedDrug: item.negotiatedDrug ?? false,
          diseaseCode: item.diseaseCode ?? null,
        }));
        for (let i = 0; i < items.length; i += ITEM_CHUNK) await tx.insert(claimItems).values(items.slice(i, i + ITEM_CHUNK));
        const [settlement] = await tx
          .insert(settlements)
          .values({
            claimId: claim.id,
            personId: c.person.id,
            idempotencyKey: key,
            settledByInstitutionId: settledBy,
            year,
            status: 'SETTLED',
            ...amountsOf(result),
            personalAccountPayment: account.paid,
            cashPayment: result.personalPayment - account.paid,
            policyPack: result.policyPack,
            lines: result.lines,
            trace: result.trace,
            accumulatorDelta: delta,
            settledAt: now,
          })
          .returning();
        if (account.paid > 0) {
          await tx.insert(personalAccountLedger).values({
            personId: c.person.id,
            kind: 'SETTLEMENT',
            amountFen: -account.paid,
            balanceAfterFen: account.balanceAfter,
            settlementId: settlement.id,
            createdAt: now,
          });
        }
        return { settlement, replayed: false };
      }),
    );
  } catch (error) {
    // Two identical requests raced past the read: the index kept one; return it.
    if (isUniqueViolation(error)) {
      const winner = await replay(ctx.db, ctx, c.person.id, key);
      if (winner) return { settlement: winner, replayed: true };
    }
    throw error;
  }
}

/**
 * The claim's details: every optional claim input as given (the columns hold visit type, date
 * and level, claim_items the items), remote care as the engine received it from the filings on
 * record, and whether the personal account was asked to pay.
 */
function detailsOf(c: ClaimToSettle, input: SettlementInput): ClaimDetails {
  const { city, visitType, date, institutionLevel, items, remote, ...inputs } = c.claim;
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
    fundPaymentTotal: r.fundPaymentTotal,
    personalPayment: r.personalPayment,
  };
}

/** 个人账户支付: an employee's account pays the personal part up to its balance; the debit is a
 *  compare-and-set on the balance read. */
async function accountSplit(tx: Queryable, c: ClaimToSettle, result: SettlementResult): Promise<{ paid: number; balanceAfter: number }> {
  if (c.person.scheme !== 'EMPLOYEE' || !c.usePersonalAccount || result.personalPayment <= 0) return { paid: 0, balanceAfter: 0 };
  const [account] = await tx.select().from(personalAccounts).where(eq(personalAccounts.personId, c.person.id));
  const paid = Math.min(result.personalPayment, account?.balanceFen ?? 0);
  if (paid === 0) return { paid: 0, balanceAfter: account?.balanceFen ?? 0 };
  const balanceAfter = account.balanceFen - paid;
  const updated = await tx
    .update(personalAccounts)
    .set({ balanceFen: balanceAfter })
    .where(and(eq(personalAccounts.personId, c.person.id), eq(personalAccounts.balanceFen, account.balanceFen)));
  if (updated.rowsAffected !== 1) throw new WriteConflict('personal account');
  return { paid, balanceAfter };
}
