/**
 * The guarded write batch of settleClaim (src/records/settle.ts) on the embedded file: a write
 * computed from a stale read (the accumulators' version, or the personal-account balance, moved
 * since) stops at its guard, rolls back whole, and the settlement is read and computed again.
 * The database client's calls are counted: two for a settlement (one read batch, one write
 * batch), three when the first write lost its compare-and-set.
 */
import { createClient, type Client } from '@libsql/client';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../../src/context';
import { openDrizzle, type Database } from '../../src/db/client';
import { prepareDatabase } from '../../src/db/open';
import { accumulators, claimItems, claims, insuredPersons, personalAccountLedger, personalAccounts } from '../../src/db/records';
import { serialiseWrites } from '../../src/db/serialise-writes';
import { settleClaim, type EngineClaim } from '../../src/records/settle';
import { readSettleRecords } from '../../src/records/settle-records';
import { testContext } from '../support/context';
import { tempDbFile } from '../support/server';
import { watchedClient } from '../support/watched-client';

let tmp: ReturnType<typeof tempDbFile>;
let client: Client;
let db: Database;
let calls = 0;

function counting(c: Client): Client {
  return watchedClient(c, (method) => {
    if (['execute', 'batch', 'transaction', 'executeMultiple'].includes(method)) calls += 1;
  });
}

beforeAll(async () => {
  tmp = tempDbFile();
  client = createClient({ url: `file:${tmp.file}` });
  db = openDrizzle(serialiseWrites(counting(client)));
  await prepareDatabase(db);
});
afterAll(() => {
  client?.close();
  tmp?.cleanup();
});

const ctx = (): Context => testContext(db, { now: '2025-12-31T00:00:00Z', requestId: 'test' });
const stay = (date: string): EngineClaim => ({
  city: 'LANZHOU', visitType: 'INPATIENT', date, institutionLevel: 'SECONDARY', items: [{ name: '住院费用', category: 'CLASS_A', amountFen: 600_000 }],
});
const query = (personId: number, key: string, date: string) => ({
  personId, idempotencyKey: key, year: Number(date.slice(0, 4)), date, admissionDate: null, visitType: 'INPATIENT', actingInstitutionId: null, actingKeyId: null, institutionIds: [],
});

describe('a write computed from a stale read', () => {
  it('stops at the guard, writes nothing, and settles on a fresh read', async () => {
    const [person] = await db.insert(insuredPersons).values({
      name: '冯十二', idNumberHash: 'guard-test', idNumberMasked: '620103********0000', city: 'LANZHOU', scheme: 'EMPLOYEE',
      employeeCategory: 'ENTERPRISE', retired: false, enrolledSince: '2020-01-01', minor: false, createdAt: '2024-01-01T00:00:00Z',
    }).returning();
    await db.insert(personalAccounts).values({ personId: person.id, balanceFen: 100_000 });
    const settleAs = (key: string, date: string, records?: Awaited<ReturnType<typeof readSettleRecords>>) =>
      settleClaim(ctx(), { person, idempotencyKey: key, claim: stay(date), institutionId: null, usePersonalAccount: true, records });

    // Read for key b, then let a settle first: b's accumulators (none yet) are stale.
    const stale = await readSettleRecords(db, query(person.id, 'b', '2024-03-02'));
    calls = 0;
    const a = await settleAs('a', '2024-03-01');
    expect(calls).toBe(2);
    expect(a.settlement).toMatchObject({ deductible: 40_000, personalPayment: 73_600, personalAccountPayment: 73_600 });

    calls = 0;
    const b = await settleAs('b', '2024-03-02', stale);
    // The stale write batch (1), a fresh read (2), the write (3).
    expect(calls).toBe(3);
    // Settled as the 2nd stay of the year (deductible 80%: 320), the account paying what a left (264).
    expect(b.settlement).toMatchObject({ deductible: 32_000, personalAccountPayment: 26_400 });
    const [acc] = await db.select().from(accumulators).where(and(eq(accumulators.personId, person.id), eq(accumulators.year, 2024)));
    expect(acc.version).toBe(2);
    const [{ n }] = await db.select({ n: sql<number>`count(*)` }).from(claims).where(eq(claims.personId, person.id));
    expect(n).toBe(2);

    // The account moved (a credit) after the read, the accumulators of 2025 did not: the ledger's
    // guard stops the batch, the accumulators' insert before it is rolled back too.
    const creditOf = async (fen: number, after: number) => {
      await db.update(personalAccounts).set({ balanceFen: after }).where(eq(personalAccounts.personId, person.id));
      await db.insert(personalAccountLedger).values({ personId: person.id, kind: 'CREDIT', amountFen: fen, balanceAfterFen: after, createdAt: '2025-01-01T00:00:00Z' });
    };
    await creditOf(5_000, 5_000);
    const staleAccount = await readSettleRecords(db, query(person.id, 'c', '2025-01-02'));
    await creditOf(5_000, 10_000);
    calls = 0;
    const c = await settleAs('c', '2025-01-02', staleAccount);
    expect(calls).toBe(3);
    expect(c.settlement).toMatchObject({ deductible: 40_000, personalAccountPayment: 10_000 });
    const [acc2025] = await db.select().from(accumulators).where(and(eq(accumulators.personId, person.id), eq(accumulators.year, 2025)));
    expect(acc2025.version).toBe(1);
    const [account] = await db.select().from(personalAccounts).where(eq(personalAccounts.personId, person.id));
    expect(account.balanceFen).toBe(0);
    const ledger = await db.select().from(personalAccountLedger).where(eq(personalAccountLedger.personId, person.id));
    expect(ledger.map((l) => [l.kind, l.amountFen, l.balanceAfterFen])).toEqual([
      ['SETTLEMENT', -73_600, 26_400], ['SETTLEMENT', -26_400, 0], ['CREDIT', 5_000, 5_000], ['CREDIT', 5_000, 10_000], ['SETTLEMENT', -10_000, 0],
    ]);
    const [{ items }] = await db.select({ items: sql<number>`count(*)` }).from(claimItems)
      .innerJoin(claims, eq(claims.id, claimItems.claimId)).where(eq(claims.personId, person.id));
    expect(items).toBe(3);
    // Each settlement points at its own claim and each debit at its own settlement.
    const linked = await db.all<{ key: string; date: string; debit: number }>(sql`SELECT s.idempotency_key AS key, c.date AS date, l.amount_fen AS debit
      FROM settlements s JOIN claims c ON c.id = s.claim_id JOIN personal_account_ledger l ON l.settlement_id = s.id
      WHERE s.person_id = ${person.id} ORDER BY s.id`);
    expect(linked).toEqual([
      { key: 'a', date: '2024-03-01', debit: -73_600 }, { key: 'b', date: '2024-03-02', debit: -26_400 }, { key: 'c', date: '2025-01-02', debit: -10_000 },
    ]);
  });
});
