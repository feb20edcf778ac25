/**
 * 冲正 (reversal): gives back exactly what a settlement added, its accumulator delta and its
 * personal-account debits (the person's own and 家庭共济 holders'), and marks it REVERSED; the
 * record stays readable. A settlement is reversed only while it is the person's latest SETTLED
 * one of its year: later settlements were positioned (n-th stay, bands, caps) on top of it, so
 * reversing it under them would leave them wrong. Those must be reversed first, latest first
 * (code LATER_SETTLEMENT_EXISTS).
 *
 * Two database round trips (issue 15), as settleClaim (settle.ts):
 * 1. READ, one batch: the settlement, whether a later SETTLED one of its person and year exists,
 *    the accumulators of that year with their version, the person's account, the settlement's
 *    ledger debits and the accounts of the family holders it debited.
 * 2. WRITE, one batch (one transaction): the compare-and-set on the accumulators' version; the
 *    settlement's status, `CASE WHEN changes() = 1 THEN 'REVERSED' END`, so that a lost
 *    compare-and-set fails its NOT NULL column and rolls the batch back; each account refund as
 *    a compare-and-set on the balance read, followed by its ledger row guarded the same way.
 *    Every settlement and reversal of the person's year bumps the version, so a settlement
 *    made or reversed between the two trips is caught by the first statement; the batch is
 *    then read and written again (withWriteRetry).
 */
import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { Context } from '../context';
import { subtractAccumulators } from '../engine/accumulators';
import { accumulators, personalAccountLedger, personalAccounts, settlements } from '../db/records';
import { canSeeSettlement, parseGlobalId, requireKey } from './access';
import { forbiddenCharacterAt, forbiddenCharacterMessage } from '../text';
import { RecordsError } from './errors';
import { withWriteRetry, WriteConflict } from './retry';
import { ifOneChanged, normaliseAccumulators, writeGuarded, type SettlementRow } from './settle';

export const MAX_REASON_LENGTH = 500;

type LedgerRow = typeof personalAccountLedger.$inferSelect;
type AccountRow = typeof personalAccounts.$inferSelect;

/** Everything a reversal needs, in one round trip. */
async function readForReversal(ctx: Context, id: number) {
  const ofIt = (column: 'person_id' | 'year') => sql`(SELECT ${sql.raw(column)} FROM settlements WHERE id = ${id})`;
  const familyHolders = sql`(SELECT ${personalAccountLedger.personId} FROM ${personalAccountLedger}
    WHERE ${personalAccountLedger.settlementId} = ${id} AND ${personalAccountLedger.kind} = 'FAMILY_SETTLEMENT')`;
  const [found, later, acc, own, debits, holders] = await ctx.db.batch([
    ctx.db.select().from(settlements).where(eq(settlements.id, id)),
    ctx.db.select({ id: settlements.id }).from(settlements)
      .where(and(eq(settlements.personId, ofIt('person_id')), eq(settlements.year, ofIt('year')), eq(settlements.status, 'SETTLED'), gt(settlements.id, id)))
      .limit(1),
    ctx.db.select().from(accumulators).where(and(eq(accumulators.personId, ofIt('person_id')), eq(accumulators.year, ofIt('year')))),
    ctx.db.select().from(personalAccounts).where(eq(personalAccounts.personId, ofIt('person_id'))),
    ctx.db.select().from(personalAccountLedger)
      .where(and(eq(personalAccountLedger.settlementId, id), inArray(personalAccountLedger.kind, ['SETTLEMENT', 'FAMILY_SETTLEMENT']))),
    ctx.db.select().from(personalAccounts).where(inArray(personalAccounts.personId, familyHolders)),
  ]);
  return {
    settlement: found[0] as SettlementRow | undefined,
    laterExists: later.length > 0,
    accumulators: acc[0],
    account: own[0] as AccountRow | undefined,
    debit: (debits as LedgerRow[]).find((d) => d.kind === 'SETTLEMENT'),
    familyDebits: (debits as LedgerRow[]).filter((d) => d.kind === 'FAMILY_SETTLEMENT'),
    holderAccounts: new Map((holders as AccountRow[]).map((a) => [a.personId, a])),
  };
}

export async function reverseSettlement(ctx: Context, input: { settlementId: string; reason: string }): Promise<SettlementRow> {
  const caller = requireKey(ctx.caller);
  const id = parseGlobalId(input.settlementId, 'SettlementRecord');
  const notFound = () => new RecordsError('SETTLEMENT_NOT_FOUND', ['settlementId'], 'No settlement with this id is visible to this key.');
  if (id == null) throw notFound();
  const reason = input.reason.trim();
  if (!reason || reason.length > MAX_REASON_LENGTH) {
    throw new RecordsError('INVALID_REASON', ['reason'], `The reason must have 1 to ${MAX_REASON_LENGTH} characters.`);
  }
  const bad = forbiddenCharacterAt(reason);
  if (bad >= 0) throw new RecordsError('CONTROL_CHARACTER', ['reason'], forbiddenCharacterMessage('The reason', reason, bad));
  const by = caller.kind === 'INSTITUTION' ? caller.institutionId : null;
  return withWriteRetry(async () => {
    const read = await readForReversal(ctx, id);
    const s = read.settlement;
    if (!s || !canSeeSettlement(caller, s.settledByInstitutionId)) throw notFound();
    if (s.status !== 'SETTLED') throw new RecordsError('ALREADY_REVERSED', ['settlementId'], 'The settlement is already reversed.');
    if (read.laterExists) {
      throw new RecordsError('LATER_SETTLEMENT_EXISTS', ['settlementId'], `A later settlement of ${s.year} exists for this person; reverse the later ones first, latest first.`);
    }
    const acc = read.accumulators;
    if (!acc) throw new Error(`Settlement ${s.id} has no accumulators of ${s.year}.`);
    const restored = normaliseAccumulators(subtractAccumulators(acc.values, s.accumulatorDelta));
    if (Object.values(restored).some((v) => v < 0)) throw new Error(`Accumulators of person ${s.personId} in ${s.year} are below settlement ${s.id}'s delta.`);
    const now = ctx.clock.now().toISOString();
    const statements: [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]] = [
      ctx.db.update(accumulators)
        .set({ values: restored, version: acc.version + 1 })
        .where(and(eq(accumulators.personId, s.personId), eq(accumulators.year, s.year), eq(accumulators.version, acc.version))),
      ctx.db.update(settlements)
        .set({ status: ifOneChanged('REVERSED'), reversedAt: now, reversalReason: reason, reversedByInstitutionId: by })
        .where(and(eq(settlements.id, s.id), eq(settlements.status, 'SETTLED')))
        .returning(),
    ];
    if (s.personalAccountPayment > 0) {
      const account = read.account;
      if (!account) throw new Error(`Settlement ${s.id} debited an account that person ${s.personId} does not have.`);
      statements.push(
        ctx.db.update(personalAccounts)
          .set({ balanceFen: account.balanceFen + s.personalAccountPayment })
          .where(and(eq(personalAccounts.personId, s.personId), eq(personalAccounts.balanceFen, account.balanceFen))),
        ctx.db.insert(personalAccountLedger).values({
          personId: ifOneChanged(s.personId),
          kind: 'REVERSAL',
          amountFen: s.personalAccountPayment,
          // As the debit's row: the balance on the claim date, monthly credits included.
          balanceAfterFen: read.debit ? read.debit.balanceAfterFen + s.personalAccountPayment : account.balanceFen + s.personalAccountPayment,
          settlementId: s.id,
          createdAt: now,
        }),
      );
    }
    for (const debit of read.familyDebits) {
      const account = read.holderAccounts.get(debit.personId);
      if (!account) throw new Error(`Settlement ${s.id} debited the account of person ${debit.personId}, which does not exist.`);
      statements.push(
        ctx.db.update(personalAccounts)
          .set({ balanceFen: account.balanceFen - debit.amountFen })
          .where(and(eq(personalAccounts.personId, debit.personId), eq(personalAccounts.balanceFen, account.balanceFen))),
        ctx.db.insert(personalAccountLedger).values({
          personId: ifOneChanged(debit.personId),
          kind: 'FAMILY_REVERSAL',
          amountFen: -debit.amountFen,
          balanceAfterFen: debit.balanceAfterFen - debit.amountFen,
          settlementId: s.id,
          note: debit.note,
          createdAt: now,
        }),
      );
    }
    const written = await writeGuarded(ctx, statements);
    const [reversed] = written[1] as SettlementRow[];
    if (!reversed) throw new WriteConflict('settlement');
    return reversed;
  });
}
