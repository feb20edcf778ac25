/**
 * Issue 16, items 4 to 6: claims and persons in the future, control characters in stored
 * text, and an idempotency key reused for a different bill. Each refusal has its code and
 * writes nothing; a retry of the same request still returns the first settlement.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '@libsql/client';
import { idNumbersFrom, snapshot } from '../records/support';
import { ADMIN_KEY, openDirectApp, type DirectApp } from './support';

/** 2026-06-30 20:00 UTC: already 1 July in China (UTC+8), and up to UTC+14. */
const NOW = new Date('2026-06-30T20:00:00Z');
const ADMIN = { authorization: `Bearer ${ADMIN_KEY}` };

let base: DirectApp;
let app: DirectApp;
let dbFile: string;
let personId: string;
const idNumber = idNumbersFrom('62010219800101');

const CREATE = `mutation($input: CreateInsuredPersonInput!) { createInsuredPerson(input: $input) { person { id name } userErrors { field code message } } }`;
const SETTLE = `mutation($input: SettleClaimInput!) { settleClaim(input: $input) { settlement { id totalAmount } userErrors { field code message } } }`;
const REVERSE = `mutation($input: ReverseSettlementInput!) { reverseSettlement(input: $input) { settlement { id status } userErrors { field code message } } }`;
const ESTIMATE = `query($input: SettlementInput!) { estimateSettlement(input: $input) { totalAmount } }`;

const person = (overrides: Record<string, unknown> = {}) => ({ name: '张三', idNumber: idNumber(1), city: 'LANZHOU', scheme: 'RESIDENT', enrolledSince: '2010-01-01', ...overrides });
const claim = (overrides: Record<string, unknown> = {}) => ({
  personId,
  idempotencyKey: `k-${Math.random()}`,
  visitType: 'INPATIENT',
  date: '2026-03-01',
  institutionLevel: 'SECONDARY',
  items: [{ name: '床位费', category: 'CLASS_A', amount: '3000.00' }],
  ...overrides,
});

async function tables(): Promise<Record<string, unknown>> {
  return snapshot(dbFile);
}

/** The one user error of a mutation, asserting nothing was written. */
async function refused(query: string, field: string, input: Record<string, unknown>) {
  const before = await tables();
  const res = await app.gql(query, { input }, ADMIN);
  expect(res.body.errors).toBeUndefined();
  expect(res.body.data[field].userErrors).toHaveLength(1);
  expect(await tables()).toEqual(before);
  return res.body.data[field].userErrors[0] as { field: string[]; code: string; message: string };
}

beforeAll(async () => {
  base = await openDirectApp();
  app = base.with({ clock: { now: () => NOW } });
  // The direct app's database file, for row counts.
  const [row] = (await base.db.$client.execute('PRAGMA database_list')).rows;
  dbFile = String(row.file);
  const res = await app.gql(CREATE, { input: person() }, ADMIN);
  personId = res.body.data.createInsuredPerson.person.id;
});
afterAll(() => base?.close());

describe('dates in the future (item 4)', () => {
  it('settles a claim dated today in the easternmost time zone, refuses the day after and 2199-12-31', async () => {
    const today = await app.gql(SETTLE, { input: claim({ date: '2026-07-01' }) }, ADMIN);
    expect(today.body.data.settleClaim.userErrors).toEqual([]);
    expect(today.body.data.settleClaim.settlement.totalAmount).toBe('3000.00');
    for (const date of ['2026-07-02', '2199-12-31']) {
      const error = await refused(SETTLE, 'settleClaim', claim({ date }));
      expect(error).toMatchObject({ code: 'DATE_IN_FUTURE', field: ['input', 'date'] });
      expect(error.message).toContain(date);
    }
  });

  it('refuses a person born in the future (from the ID number) and an enrolment before birth', async () => {
    const future = idNumbersFrom('62010221500101')(1);
    expect(await refused(CREATE, 'createInsuredPerson', person({ idNumber: future, enrolledSince: '2150-01-01' }))).toMatchObject({
      code: 'DATE_IN_FUTURE',
      field: ['input', 'idNumber'],
    });
    const tomorrow = idNumbersFrom('62010220260702')(1);
    expect((await refused(CREATE, 'createInsuredPerson', person({ idNumber: tomorrow, enrolledSince: '2026-07-02' }))).code).toBe('DATE_IN_FUTURE');
    const error = await refused(CREATE, 'createInsuredPerson', person({ idNumber: idNumber(2), enrolledSince: '1979-12-31' }));
    expect(error).toMatchObject({ code: 'ENROLLED_BEFORE_BIRTH', field: ['input', 'enrolledSince'] });
    expect(error.message).toContain('1980-01-01');
    // Born today (in China) and enrolled on the day of birth: fine.
    const newborn = await app.gql(CREATE, { input: person({ idNumber: idNumbersFrom('62010220260701')(1), enrolledSince: '2026-07-01' }) }, ADMIN);
    expect(newborn.body.data.createInsuredPerson.userErrors).toEqual([]);
  });
});

describe('control characters (item 5)', () => {
  const BAD = ['\u0000', '\u0007', '\t', '\n', '\u007f', '\u0085', '\u202e', '\u2066', '\u200f', '\u2028', '\ud800'];

  it('refuses them in a person\'s name, keeping names in any script', async () => {
    for (const [i, c] of BAD.entries()) {
      const error = await refused(CREATE, 'createInsuredPerson', person({ idNumber: idNumber(10 + i), name: `张${c}三` }));
      expect(error).toMatchObject({ code: 'CONTROL_CHARACTER', field: ['input', 'name'] });
      expect(error.message).toContain(`U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
    }
    const uyghur = await app.gql(CREATE, { input: person({ idNumber: idNumber(40), name: 'ئەخمەت·ئابدۇللا' }) }, ADMIN);
    expect(uyghur.body.data.createInsuredPerson.userErrors).toEqual([]);
    expect(uyghur.body.data.createInsuredPerson.person.name).toBe('ئەخمەت·ئابدۇللا');
  });

  it('refuses them in an item\'s name and an idempotency key, and refuses an empty item name', async () => {
    for (const c of BAD) {
      const item = await refused(SETTLE, 'settleClaim', claim({ items: [{ name: `药品${c}`, category: 'CLASS_A', amount: '1.00' }] }));
      expect(item).toMatchObject({ code: 'CONTROL_CHARACTER', field: ['input', 'items', '0', 'name'] });
      const key = await refused(SETTLE, 'settleClaim', claim({ idempotencyKey: `key${c}1` }));
      expect(key).toMatchObject({ code: 'CONTROL_CHARACTER', field: ['input', 'idempotencyKey'] });
    }
    for (const name of ['', '   ']) {
      const error = await refused(SETTLE, 'settleClaim', claim({ items: [{ name: '床位费', category: 'CLASS_A', amount: '1.00' }, { name, category: 'CLASS_A', amount: '1.00' }] }));
      expect(error).toMatchObject({ code: 'EMPTY_ITEM_NAME', field: ['input', 'items', '1', 'name'] });
    }
    const emoji = await app.gql(SETTLE, { input: claim({ items: [{ name: '阿莫西林胶囊 0.25g×24粒 💊', category: 'CLASS_A', amount: '20.00' }] }) }, ADMIN);
    expect(emoji.body.data.settleClaim.userErrors).toEqual([]);
  });

  it('refuses them in an estimate\'s item names too (nothing is stored, but the answer is clear)', async () => {
    const input = { city: 'LANZHOU', scheme: 'RESIDENT', person: {}, visitType: 'OUTPATIENT', date: '2024-05-01', institutionLevel: 'PRIMARY' };
    const bad = await app.gql(ESTIMATE, { input: { ...input, items: [{ name: 'a\u202eb', category: 'CLASS_A', amount: '1.00' }] } });
    expect(bad.body.errors[0].extensions).toMatchObject({ code: 'CONTROL_CHARACTER', field: ['input', 'items', '0', 'name'] });
    const empty = await app.gql(ESTIMATE, { input: { ...input, items: [{ name: '', category: 'CLASS_A', amount: '1.00' }] } });
    expect(empty.body.errors[0].extensions).toMatchObject({ code: 'EMPTY_ITEM_NAME' });
  });

  it('refuses them in a reversal reason', async () => {
    const settled = await app.gql(SETTLE, { input: claim() }, ADMIN);
    const settlementId = settled.body.data.settleClaim.settlement.id;
    expect(await refused(REVERSE, 'reverseSettlement', { settlementId, reason: '录入错误\u0000' })).toMatchObject({ code: 'CONTROL_CHARACTER', field: ['input', 'reason'] });
  });
});

describe('an idempotency key reused for a different bill (item 6)', () => {
  it('returns the first settlement for an identical retry, and refuses a different bill with IDEMPOTENCY_KEY_REUSED', async () => {
    const input = claim({ idempotencyKey: 'visit-2026-03-05', date: '2026-03-05' });
    const first = await app.gql(SETTLE, { input }, ADMIN);
    const id = first.body.data.settleClaim.settlement.id;
    const before = await tables();
    // The same request, with its optional flags spelled out: the same bill.
    const retry = await app.gql(SETTLE, { input: { ...input, items: [{ ...input.items[0], tcm: false }] } }, ADMIN);
    expect(retry.body.data.settleClaim).toEqual(first.body.data.settleClaim);
    expect(await tables()).toEqual(before);
    for (const changed of [
      { items: [{ name: '床位费', category: 'CLASS_A', amount: '3000.01' }] },
      { items: [...input.items, { name: '检查费', category: 'CLASS_A', amount: '1.00' }] },
      { date: '2026-03-06' },
      { visitType: 'OUTPATIENT' },
      { institutionLevel: 'TERTIARY' },
      { usePersonalAccount: false },
    ]) {
      const error = await refused(SETTLE, 'settleClaim', { ...input, ...changed });
      expect(error).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', field: ['input', 'idempotencyKey'] });
    }
    const again = await app.gql(SETTLE, { input }, ADMIN);
    expect(again.body.data.settleClaim.settlement.id).toBe(id);
  });

  it('still replays a settlement recorded before request hashes were kept', async () => {
    const input = claim({ idempotencyKey: 'before-hashes', date: '2026-03-07' });
    const first = await app.gql(SETTLE, { input }, ADMIN);
    await base.db.$client.execute({ sql: 'UPDATE settlements SET request_hash = NULL WHERE idempotency_key = ?', args: ['before-hashes'] });
    const other = await app.gql(SETTLE, { input: { ...input, date: '2026-03-08' } }, ADMIN);
    expect(other.body.data.settleClaim.settlement.id).toBe(first.body.data.settleClaim.settlement.id);
  });

  it('keeps the request hash with every settlement', async () => {
    const client = createClient({ url: `file:${dbFile}` });
    try {
      const rows = (await client.execute("SELECT request_hash FROM settlements WHERE idempotency_key <> 'before-hashes'")).rows;
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row.request_hash).toMatch(/^[0-9a-f]{64}$/);
    } finally {
      client.close();
    }
  });
});
