/**
 * 冲正 (reversal): gives back exactly what a settlement added, its accumulator delta and its
 * personal-account debit, and marks it REVERSED; the record stays readable. A settlement is
 * reversed only while it is the person's latest SETTLED one of its year: later settlements were
 * positioned (n-th stay, bands, caps) on top of it, so reversing it under them would leave them
 * wrong. Those must be reversed first, latest first (code LATER_SETTLEMENT_EXISTS).
 */
import { and, eq, gt } from 'drizzle-orm';
import type { Context } from '../context';
import { subtractAccumulators } from '../engine/accumulators';
import { accumulators, personalAccountLedger, personalAccounts, settlements } from '../db/records';
import { canSeeSettlement, parseGlobalId, requireKey } from './access';
import { forbiddenCharacterAt, forbiddenCharacterMessage } from '../text';
import { RecordsError } from './errors';
import { withWriteRetry, WriteConflict } from './retry';
import { normaliseAccumulators, type SettlementRow } from './settle';

export const MAX_REASON_LENGTH = 500;

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
  return withWriteRetry(() =>
    ctx.db.transaction(async (tx) => {
      const [s] = await tx.select().from(settlements).where(eq(settlements.id, id));
      if (!s || !canSeeSettlement(caller, s.settledByInstitutionId)) throw notFound();
      if (s.status !== 'SETTLED') throw new RecordsError('ALREADY_REVERSED', ['settlementId'], 'The settlement is already reversed.');
      const later = await tx
        .select({ id: settlements.id })
        .from(settlements)
        .where(and(eq(settlements.personId, s.personId), eq(settlements.year, s.year), eq(settlements.status, 'SETTLED'), gt(settlements.id, s.id)))
        .limit(1);
      if (later.length > 0) {
        throw new RecordsError('LATER_SETTLEMENT_EXISTS', ['settlementId'], `A later settlement of ${s.year} exists for this person; reverse the later ones first, latest first.`);
      }
      const [acc] = await tx.select().from(accumulators).where(and(eq(accumulators.personId, s.personId), eq(accumulators.year, s.year)));
      if (!acc) throw new Error(`Settlement ${s.id} has no accumulators of ${s.year}.`);
      const restored = normaliseAccumulators(subtractAccumulators(acc.values, s.accumulatorDelta));
      if (Object.values(restored).some((v) => v < 0)) throw new Error(`Accumulators of person ${s.personId} in ${s.year} are below settlement ${s.id}'s delta.`);
      const updated = await tx
        .update(accumulators)
        .set({ values: restored, version: acc.version + 1 })
        .where(and(eq(accumulators.personId, s.personId), eq(accumulators.year, s.year), eq(accumulators.version, acc.version)));
      if (updated.rowsAffected !== 1) throw new WriteConflict('accumulators');
      const now = ctx.clock.now().toISOString();
      const [reversed] = await tx
        .update(settlements)
        .set({ status: 'REVERSED', reversedAt: now, reversalReason: reason, reversedByInstitutionId: by })
        .where(and(eq(settlements.id, s.id), eq(settlements.status, 'SETTLED')))
        .returning();
      if (!reversed) throw new WriteConflict('settlement');
      if (s.personalAccountPayment > 0) {
        const [account] = await tx.select().from(personalAccounts).where(eq(personalAccounts.personId, s.personId));
        const balanceAfter = account.balanceFen + s.personalAccountPayment;
        const refunded = await tx
          .update(personalAccounts)
          .set({ balanceFen: balanceAfter })
          .where(and(eq(personalAccounts.personId, s.personId), eq(personalAccounts.balanceFen, account.balanceFen)));
        if (refunded.rowsAffected !== 1) throw new WriteConflict('personal account');
        // As the debit's row: the balance on the claim date, monthly credits included.
        const [debit] = await tx.select().from(personalAccountLedger)
          .where(and(eq(personalAccountLedger.settlementId, s.id), eq(personalAccountLedger.kind, 'SETTLEMENT')));
        await tx.insert(personalAccountLedger).values({
          personId: s.personId,
          kind: 'REVERSAL',
          amountFen: s.personalAccountPayment,
          balanceAfterFen: debit ? debit.balanceAfterFen + s.personalAccountPayment : balanceAfter,
          settlementId: s.id,
          createdAt: now,
        });
      }
      const family = await tx.select().from(personalAccountLedger)
        .where(and(eq(personalAccountLedger.settlementId, s.id), eq(personalAccountLedger.kind, 'FAMILY_SETTLEMENT')));
      for (const debit of family) {
        const [account] = await tx.select().from(personalAccounts).where(eq(personalAccounts.personId, debit.personId));
        const refunded = await tx
          .update(personalAccounts)
          .set({ balanceFen: account.balanceFen - debit.amountFen })
          .where(and(eq(personalAccounts.personId, debit.personId), eq(personalAccounts.balanceFen, account.balanceFen)));
        if (refunded.rowsAffected !== 1) throw new WriteConflict('personal account');
        await tx.insert(personalAccountLedger).values({
          personId: debit.personId,
          kind: 'FAMILY_REVERSAL',
          amountFen: -debit.amountFen,
          balanceAfterFen: debit.balanceAfterFen - debit.amountFen,
          settlementId: s.id,
          note: debit.note,
          createdAt: now,
        });
      }
      return reversed;
    }),
  );
}
