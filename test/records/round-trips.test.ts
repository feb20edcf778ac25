/**
 * settleClaim at the edge (issue 15): at most two database round trips, one batch of reads and
 * one conditional batch of writes, counted by a proxy in front of the libSQL dev server; and the
 * compare-and-set inside the write batch holding when three server processes race on that one
 * server (caps, accumulators = the sum of the deltas, one settlement per key, one account debit).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, prepareDatabase } from '../../src/db/open';
import { startHranaServer } from '../../src/dev/hrana/server';
import { startNodeServer } from '../../src/node';
import { startCountingProxy, type CountingProxy } from '../support/counting-proxy';
import { gqlAt, tempDbFile } from '../support/server';
import { ADMIN, ADMIN_KEY, bearer, CREATE_PERSON, ISSUE_KEY, item, ok, SETTLE, snapshot, userError, YEAR_TO_DATE, idNumbersFrom } from './support';

let tmp: ReturnType<typeof tempDbFile>;
let hrana: Awaited<ReturnType<typeof startHranaServer>>;
let proxy: CountingProxy;
/** This process's server, on the libSQL server through the counting proxy. */
let local: Awaited<ReturnType<typeof startNodeServer>>;
/** Two more server processes on the same libSQL server, as more Workers would be. */
let others: { url: string; stop(): void }[] = [];
const idNumber = idNumbersFrom('62010319910101');

async function spawnOn(databaseUrl: string): Promise<{ url: string; stop(): void }> {
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: new URL('../..', import.meta.url).pathname,
    env: { ...process.env, PORT: '0', DATABASE_URL: databaseUrl, ADMIN_API_KEY: ADMIN_KEY },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /GraphQL API on (http:\/\/[^/\s]+)\/graphql/.exec(out);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
  return { url, stop: () => child.kill() };
}

beforeAll(async () => {
  tmp = tempDbFile();
  const { db, close } = await openDatabase(`file:${tmp.file}`);
  await prepareDatabase(db);
  close();
  hrana = await startHranaServer({ url: `file:${tmp.file}`, port: 0 });
  proxy = await startCountingProxy(hrana.url);
  local = await startNodeServer({ PORT: '0', DATABASE_URL: proxy.url, ADMIN_API_KEY: ADMIN_KEY });
  others = await Promise.all([1, 2].map(() => spawnOn(hrana.url)));
}, 120_000);
afterAll(async () => {
  for (const o of others) o.stop();
  await local?.close();
  await proxy?.close();
  await hrana?.close();
  tmp?.cleanup();
});

const gql = (query: string, variables: Record<string, unknown>) => gqlAt(local.url, query, variables, ADMIN);
/** Request i goes to one of the three processes in turn. */
const gqlOn = (i: number, query: string, variables: Record<string, unknown>) =>
  gqlAt(i % 3 === 0 ? local.url : others[(i % 3) - 1].url, query, variables, ADMIN);
const fen = (money: string) => {
  const [yuan, cents] = money.split('.');
  return Number(yuan) * 100 + Number(cents);
};

async function createPerson(input: Record<string, unknown>): Promise<string> {
  const res = await gql(`mutation($input: CreateInsuredPersonInput!) { createInsuredPerson(input: $input) { person { id } userErrors { code message } } }`, { input });
  return ok<{ person: { id: string }; userErrors: [] }>(res, 'createInsuredPerson').person.id;
}

async function credit(personId: string, amount: string) {
  const res = await gql(
    `mutation($input: CreditPersonalAccountInput!) { creditPersonalAccount(input: $input) { person { personalAccountBalance } userErrors { code message } } }`,
    { input: { personId, amount, note: 'test credit' } },
  );
  return ok<any>(res, 'creditPersonalAccount').person.personalAccountBalance as string;
}

/** The round trips one request makes from this process to the database. */
async function tripsOf<T>(run: () => Promise<T>): Promise<{ result: T; trips: number }> {
  proxy.reset();
  const result = await run();
  return { result, trips: proxy.count() };
}

describe('settleClaim round trips through a counting proxy', () => {
  it('a settlement takes 2 (one read batch, one write batch), its replay 1, a refusal 1 and writes nothing', async () => {
    const personId = await createPerson({ name: '吴九', idNumber: idNumber(1), city: 'LANZHOU', scheme: 'EMPLOYEE', employeeCategory: 'ENTERPRISE', enrolledSince: '2020-01-01' });
    expect(await credit(personId, '500.00')).toBe('500.00');
    const claim = { visitType: 'INPATIENT', date: '2024-03-01', institutionLevel: 'SECONDARY', items: [item('6000.00')] };
    // Warm: the first request of the process has compiled the schema and opened the client.
    await gql(SETTLE, { input: { personId, idempotencyKey: 'warm-up', ...claim, date: '2024-02-01' } });

    const settled = await tripsOf(() => gql(SETTLE, { input: { personId, idempotencyKey: 'trip-1', ...claim } }));
    const s = ok<{ settlement: any; userErrors: [] }>(settled.result, 'settleClaim').settlement;
    expect(settled.trips).toBeLessThanOrEqual(2);
    expect(settled.trips).toBe(2);

    // A stay with its admission date (the read batch then also reads the visits near it) still takes 2
    // (in 2023: a later settlement of 2024 would stand in the way of the reversal below).
    const admitted = await tripsOf(() => gql(SETTLE, { input: { personId, idempotencyKey: 'trip-admitted', ...claim, admissionDate: '2023-04-01', date: '2023-04-05' } }));
    ok<{ settlement: any; userErrors: [] }>(admitted.result, 'settleClaim');
    expect(admitted.trips).toBe(2);

    const replayed = await tripsOf(() => gql(SETTLE, { input: { personId, idempotencyKey: 'trip-1', ...claim } }));
    expect(ok<{ settlement: any; userErrors: [] }>(replayed.result, 'settleClaim').settlement.id).toBe(s.id);
    expect(replayed.trips).toBe(1);

    const before = (await gql(YEAR_TO_DATE, { id: personId, year: 2024 })).body.data.insuredPerson.yearToDate;
    const refused = await tripsOf(() =>
      gql(SETTLE, { input: { personId, idempotencyKey: 'trip-2', visitType: 'CHRONIC_OUTPATIENT', chronicDiseaseCodes: ['M00100'], date: '2024-03-02', institutionLevel: 'SECONDARY', items: [item('100.00')] } }),
    );
    expect(userError(refused.result, 'settleClaim').code).toBe('NOT_APPROVED');
    expect(refused.trips).toBe(1);
    expect((await gql(YEAR_TO_DATE, { id: personId, year: 2024 })).body.data.insuredPerson.yearToDate).toEqual(before);

    // reverseSettlement: one read batch, one guarded write batch; the refund and the counters
    // are back to what they were before the settlement.
    const REVERSE = `mutation($input: ReverseSettlementInput!) { reverseSettlement(input: $input) { settlement { id status } userErrors { code message } } }`;
    const reversed = await tripsOf(() => gql(REVERSE, { input: { settlementId: s.id, reason: '冲正测试' } }));
    expect(ok<any>(reversed.result, 'reverseSettlement').settlement.status).toBe('REVERSED');
    expect(reversed.trips).toBe(2);
    const again = await tripsOf(() => gql(REVERSE, { input: { settlementId: s.id, reason: '冲正测试' } }));
    expect(userError(again.result, 'reverseSettlement').code).toBe('ALREADY_REVERSED');
    expect(again.trips).toBe(1);
  });
});

describe('person mutations', () => {
  it('createInsuredPerson is one batch: one round trip; a second registration of the ID is refused in one and writes nothing', async () => {
    const input = { name: '褚十六', idNumber: idNumber(30), city: 'LANZHOU', scheme: 'EMPLOYEE', employeeCategory: 'ENTERPRISE', enrolledSince: '2020-01-01' };
    const created = await tripsOf(() => gql(CREATE_PERSON, { input }));
    const personId = ok<any>(created.result, 'createInsuredPerson').person.id;
    expect(created.trips).toBe(1);
    // The employee's account exists (balance 0.00) with the person.
    expect((await gql(`query($id: ID!) { insuredPerson(id: $id) { personalAccountBalance } }`, { id: personId })).body.data.insuredPerson.personalAccountBalance).toBe('0.00');
    const rows = await snapshot(tmp.file);
    const again = await tripsOf(() => gql(CREATE_PERSON, { input }));
    expect(userError(again.result, 'createInsuredPerson').code).toBe('ID_NUMBER_ALREADY_REGISTERED');
    expect(again.trips).toBe(1);
    expect(await snapshot(tmp.file)).toEqual(rows);
  });

  it('identifyInsuredPerson by a warm institution key is one batch: one round trip, the link written', async () => {
    const input = { name: '卫十七', idNumber: idNumber(31), city: 'LANZHOU', scheme: 'RESIDENT', enrolledSince: '2020-01-01' };
    const personId = ok<any>(await gql(CREATE_PERSON, { input }), 'createInsuredPerson').person.id;
    const found = await gqlAt(local.url, `{ institutions(first: 1, filter: { city: LANZHOU, level: PRIMARY }) { nodes { id } } }`, {});
    const issued = ok<any>(await gql(ISSUE_KEY, { input: { institutionId: found.body.data.institutions.nodes[0].id, label: 'identify' } }), 'issueInstitutionKey');
    const key = bearer(issued.key as string);
    const IDENTIFY = `mutation($input: IdentifyInsuredPersonInput!) { identifyInsuredPerson(input: $input) { person { id } userErrors { code } } }`;
    const PERSON = `query($id: ID!) { insuredPerson(id: $id) { id } }`;
    expect((await gqlAt(local.url, PERSON, { id: personId }, key)).body.data.insuredPerson).toBeNull(); // not linked yet; the key is now warm
    const identified = await tripsOf(() => gqlAt(local.url, IDENTIFY, { input: { city: 'LANZHOU', idNumber: input.idNumber, name: '卫十七' } }, key));
    expect(ok<any>(identified.result, 'identifyInsuredPerson').person.id).toBe(personId);
    expect(identified.trips).toBe(1);
    expect((await gqlAt(local.url, PERSON, { id: personId }, key)).body.data.insuredPerson.id).toBe(personId);
    const rows = await snapshot(tmp.file);
    const wrongName = await tripsOf(() => gqlAt(local.url, IDENTIFY, { input: { city: 'LANZHOU', idNumber: input.idNumber, name: '卫十八' } }, key));
    expect(userError(wrongName.result, 'identifyInsuredPerson').code).toBe('PERSON_NOT_FOUND');
    expect(wrongName.trips).toBe(1);
    expect(await snapshot(tmp.file)).toEqual(rows);
  });
});

describe('institution keys held in memory (src/records/apiKeyCache.ts)', () => {
  const REVOKE = `mutation($input: RevokeInstitutionKeyInput!) { revokeInstitutionKey(input: $input) { apiKey { id revokedAt } userErrors { code message } } }`;
  const PERSON = `query($id: ID!) { insuredPerson(id: $id) { id yearToDate(year: 2024) { settlementCount } } }`;
  /** A key of a secondary Lanzhou hospital, issued through another process, and a person it registered. */
  async function keyWithPerson(seq: number) {
    const found = await gqlAt(local.url, `{ institutions(first: 1, filter: { city: LANZHOU, level: SECONDARY }) { edges { node { id } } } }`, {});
    const institutionId = found.body.data.institutions.edges[0].node.id as string;
    const issued = ok<any>(await gqlAt(others[0].url, ISSUE_KEY, { input: { institutionId, label: `edge ${seq}` } }, ADMIN), 'issueInstitutionKey');
    const key = bearer(issued.key as string);
    const input = { name: '钱十二', idNumber: idNumber(10 + seq), city: 'LANZHOU', scheme: 'EMPLOYEE', employeeCategory: 'ENTERPRISE', enrolledSince: '2020-01-01' };
    const personId = ok<any>(await gqlAt(local.url, CREATE_PERSON, { input }, key), 'createInsuredPerson').person.id as string;
    return { key, keyId: issued.apiKey.id as string, personId };
  }
  const stay = (personId: string, idempotencyKey: string) =>
    ({ input: { personId, idempotencyKey, visitType: 'INPATIENT', date: '2024-04-01', institutionLevel: 'SECONDARY', items: [item('6000.00')] } });

  it('a warm key costs no round trip: settleClaim by an institution key takes 2', async () => {
    const { key, personId } = await keyWithPerson(1);
    await gqlAt(local.url, SETTLE, stay(personId, 'key-warm-up'), key);
    const settled = await tripsOf(() => gqlAt(local.url, SETTLE, stay(personId, 'key-1'), key));
    expect(ok<any>(settled.result, 'settleClaim').settlement.basicPoolPayment).not.toBe('0.00');
    expect(settled.trips).toBe(2);
  });

  it('a key revoked in another process cannot settle or write here at once; reads end within the bound', async () => {
    const { key, keyId, personId } = await keyWithPerson(2);
    await gqlAt(local.url, SETTLE, stay(personId, 'revoked-warm-up'), key); // the key is now held here
    ok<any>(await gqlAt(others[1].url, REVOKE, { input: { keyId } }, ADMIN), 'revokeInstitutionKey');

    const before = (await gqlAt(local.url, YEAR_TO_DATE, { id: personId, year: 2024 }, ADMIN)).body.data.insuredPerson.yearToDate;
    const settle = await tripsOf(() => gqlAt(local.url, SETTLE, stay(personId, 'after-revoke'), key));
    expect(settle.result.status).toBe(401);
    expect(settle.result.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(settle.trips).toBe(1); // the read batch that found the key revoked; nothing written
    expect((await gqlAt(local.url, YEAR_TO_DATE, { id: personId, year: 2024 }, ADMIN)).body.data.insuredPerson.yearToDate).toEqual(before);

    const rows = await snapshot(tmp.file);
    const input = { name: '孙十三', idNumber: idNumber(20), city: 'LANZHOU', scheme: 'RESIDENT', enrolledSince: '2024-01-01' };
    const write = await gqlAt(local.url, CREATE_PERSON, { input }, key);
    expect(write.status).toBe(401);
    expect(write.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(await snapshot(tmp.file)).toEqual(rows);
    // identifyInsuredPerson confirms the key in its own batch: refused, no link written.
    const registered = { name: '孙十三', idNumber: idNumber(21), city: 'LANZHOU', scheme: 'RESIDENT', enrolledSince: '2024-01-01' };
    ok<any>(await gql(CREATE_PERSON, { input: registered }), 'createInsuredPerson');
    const linked = await snapshot(tmp.file);
    const identify = await gqlAt(local.url, `mutation($input: IdentifyInsuredPersonInput!) { identifyInsuredPerson(input: $input) { person { id } userErrors { code } } }`,
      { input: { city: 'LANZHOU', idNumber: registered.idNumber, name: registered.name } }, key);
    expect(identify.status).toBe(401);
    expect(identify.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(await snapshot(tmp.file)).toEqual(linked);

    // A read here is still served within API_KEY_MAX_AGE_SECONDS (30 s on a libSQL server) …
    expect((await gqlAt(local.url, PERSON, { id: personId }, key)).body.data.insuredPerson.id).toBe(personId);
    // … and the process that revoked the key refuses it at once.
    expect((await gqlAt(others[1].url, PERSON, { id: personId }, key)).status).toBe(401);
  });

  it('a key revoked through this process is refused here at once, for reads too', async () => {
    const { key, keyId, personId } = await keyWithPerson(3);
    expect((await gqlAt(local.url, PERSON, { id: personId }, key)).body.data.insuredPerson.id).toBe(personId);
    ok<any>(await gqlAt(local.url, REVOKE, { input: { keyId } }, ADMIN), 'revokeInstitutionKey');
    const read = await gqlAt(local.url, PERSON, { id: personId }, key);
    expect(read.status).toBe(401);
    expect(read.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('three processes racing on one libSQL server', () => {
  it('40 parallel stays of one resident pay exactly the 80,000 cap; accumulators are the sum of the deltas', async () => {
    const personId = await createPerson({ name: '郑十', idNumber: idNumber(2), city: 'LANZHOU', scheme: 'RESIDENT', enrolledSince: '2024-01-01' });
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        gqlOn(i, SETTLE, { input: { personId, idempotencyKey: `race-${i}`, visitType: 'INPATIENT', date: '2024-06-01', institutionLevel: 'PRIMARY', items: [item('3000.00')] } }),
      ),
    );
    const settled = results.map((r) => ok<{ settlement: any; userErrors: [] }>(r, 'settleClaim').settlement);
    expect(new Set(settled.map((s) => s.id)).size).toBe(40);
    // As test/records/concurrency.test.ts: 7,668 for the first 4 stays, 26 more at 2,610 = 75,528,
    // the 31st 2,610 → 78,138, the 32nd capped at 1,862, the other 8 nothing: 80,000 in all.
    expect(settled.reduce((sum, s) => sum + fen(s.basicPoolPayment), 0)).toBe(8_000_000);
    const payments = settled.map((s) => s.basicPoolPayment);
    expect(payments.filter((p) => p === '1862.00')).toHaveLength(1);
    expect(payments.filter((p) => p === '0.00')).toHaveLength(9);
    const sumOfDeltas: Record<string, number> = {};
    for (const s of settled) for (const c of s.accumulatorDelta) sumOfDeltas[c.key] = (sumOfDeltas[c.key] ?? 0) + (c.count ?? fen(c.amount));
    const ytd = (await gql(YEAR_TO_DATE, { id: personId, year: 2024 })).body.data.insuredPerson.yearToDate;
    expect(Object.fromEntries(ytd.counters.map((c: any) => [c.key, c.count ?? fen(c.amount)]))).toEqual(sumOfDeltas);
    expect(ytd).toMatchObject({ stays: 40, settlementCount: 40, version: 40, basicPoolPayment: '80000.00' });
  }, 120_000);

  it('one key sent 12 times at once settles once; a 500.00 account is debited once, to 0', async () => {
    const personId = await createPerson({ name: '王十一', idNumber: idNumber(3), city: 'LANZHOU', scheme: 'EMPLOYEE', employeeCategory: 'ENTERPRISE', enrolledSince: '2020-01-01' });
    await credit(personId, '500.00');
    const input = { personId, idempotencyKey: 'same-visit', visitType: 'INPATIENT', date: '2024-07-01', institutionLevel: 'SECONDARY', items: [item('6000.00')] };
    const same = await Promise.all(Array.from({ length: 12 }, (_, i) => gqlOn(i, SETTLE, { input })));
    const ids = new Set(same.map((r) => ok<{ settlement: any; userErrors: [] }>(r, 'settleClaim').settlement.id));
    expect(ids.size).toBe(1);
    // Different keys racing for the same account: the balance is paid out once in all.
    const more = await Promise.all(
      Array.from({ length: 6 }, (_, i) => gqlOn(i, SETTLE, { input: { ...input, idempotencyKey: `account-${i}`, date: '2024-07-02' } })),
    );
    const all = [same[0], ...more].map((r) => ok<{ settlement: any; userErrors: [] }>(r, 'settleClaim').settlement);
    expect(all.reduce((sum, s) => sum + fen(s.personalAccountPayment), 0)).toBe(50_000);
    const person = (await gql(`query($id: ID!) { insuredPerson(id: $id) { personalAccountBalance yearToDate(year: 2024) { settlementCount } } }`, { id: personId })).body.data.insuredPerson;
    expect(person).toEqual({ personalAccountBalance: '0.00', yearToDate: { settlementCount: 7 } });
  }, 120_000);

  it('one settlement reversed 9 times at once from three processes is reversed once: counters and account back exactly', async () => {
    const REVERSE = `mutation($input: ReverseSettlementInput!) { reverseSettlement(input: $input) { settlement { id status } userErrors { code message } } }`;
    const personId = await createPerson({ name: '冯十四', idNumber: idNumber(4), city: 'LANZHOU', scheme: 'EMPLOYEE', employeeCategory: 'ENTERPRISE', enrolledSince: '2020-01-01' });
    await credit(personId, '300.00');
    const stay = (key: string, date: string) => ({ input: { personId, idempotencyKey: key, visitType: 'INPATIENT', date, institutionLevel: 'SECONDARY', items: [item('6000.00')] } });
    ok<any>(await gql(SETTLE, stay('before', '2024-08-01')), 'settleClaim');
    const ytdBefore = (await gql(YEAR_TO_DATE, { id: personId, year: 2024 })).body.data.insuredPerson.yearToDate;
    const balanceQuery = `query($id: ID!) { insuredPerson(id: $id) { personalAccountBalance } }`;
    const balanceBefore = (await gql(balanceQuery, { id: personId })).body.data.insuredPerson.personalAccountBalance;
    const s = ok<any>(await gql(SETTLE, stay('to-reverse', '2024-08-02')), 'settleClaim').settlement;
    const results = await Promise.all(Array.from({ length: 9 }, (_, i) => gqlOn(i, REVERSE, { input: { settlementId: s.id, reason: '并发冲正' } })));
    const done = results.filter((r) => r.body.data.reverseSettlement.userErrors.length === 0);
    expect(done).toHaveLength(1);
    expect(results.map((r) => r.body.data.reverseSettlement.userErrors[0]?.code).filter(Boolean)).toEqual(Array(8).fill('ALREADY_REVERSED'));
    const ytdAfter = (await gql(YEAR_TO_DATE, { id: personId, year: 2024 })).body.data.insuredPerson.yearToDate;
    expect({ ...ytdAfter, version: undefined }).toEqual({ ...ytdBefore, version: undefined });
    expect(ytdAfter.version).toBe(ytdBefore.version + 2); // one settlement, one reversal
    expect((await gql(balanceQuery, { id: personId })).body.data.insuredPerson.personalAccountBalance).toBe(balanceBefore);
  }, 120_000);
});
