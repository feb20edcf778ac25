/**
 * Test support for the records: a server with an administrator key, typed GraphQL helpers for
 * the records mutations, and row counts of every records table read straight from the file.
 */
import { createClient } from '@libsql/client';
import { expect } from 'vitest';
import { checkCharacter } from '../../src/records/idNumber';
import { startTestServer, type TestServer } from '../support/server';

export const ADMIN_KEY = 'records-admin-key';
export const ADMIN = { authorization: `Bearer ${ADMIN_KEY}` };
export const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

export const RECORD_TABLES = [
  'insured_persons', 'person_institutions', 'chronic_approvals', 'two_disease_registrations', 'remote_care_filings',
  'personal_accounts', 'personal_account_ledger', 'institution_api_keys', 'claims', 'claim_items', 'settlements', 'accumulators',
  'special_drug_approvals', 'rare_disease_registrations', 'long_term_care_assessments', 'chronic_institution_choices', 'coverage_gaps',
  'negotiated_drug_filings',
  'contribution_bases', 'family_account_bindings',
] as const;

export async function startRecordsServer(): Promise<TestServer & { responses: string[] }> {
  const server = await startTestServer({ ADMIN_API_KEY: ADMIN_KEY });
  const responses: string[] = [];
  const gql: TestServer['gql'] = async (query, variables, headers) => {
    const res = await server.gql(query, variables, headers);
    responses.push(JSON.stringify(res.body));
    return res;
  };
  return { ...server, gql, responses };
}

/** Row counts of every records table, plus a checksum of the mutable columns. */
export async function snapshot(dbFile: string): Promise<Record<string, unknown>> {
  const client = createClient({ url: `file:${dbFile}` });
  try {
    const out: Record<string, unknown> = {};
    for (const table of RECORD_TABLES) out[table] = (await client.execute(`SELECT count(*) AS n FROM ${table}`)).rows[0].n;
    out.accumulators_values = (await client.execute('SELECT person_id, year, "values", version FROM accumulators ORDER BY 1, 2')).rows.map((r) => [...Object.values(r)]);
    out.balances = (await client.execute('SELECT person_id, balance_fen FROM personal_accounts ORDER BY 1')).rows.map((r) => [...Object.values(r)]);
    out.statuses = (await client.execute('SELECT id, status FROM settlements ORDER BY 1')).rows.map((r) => [...Object.values(r)]);
    return out;
  } finally {
    client.close();
  }
}

/** Asserts a mutation payload has no user errors and returns it. */
export function ok<T extends { userErrors: unknown[] }>(res: { body: { data?: any; errors?: any[] } }, field: string): T {
  expect(res.body.errors).toBeUndefined();
  const payload = res.body.data[field] as T;
  expect(payload.userErrors).toEqual([]);
  return payload;
}

/** The one user error of a mutation payload. */
export function userError(res: { body: { data?: any; errors?: any[] } }, field: string): { code: string; field: string[] | null; message: string } {
  expect(res.body.errors).toBeUndefined();
  const payload = res.body.data[field];
  expect(payload.userErrors).toHaveLength(1);
  return payload.userErrors[0];
}

export const CREATE_PERSON = `mutation($input: CreateInsuredPersonInput!) {
  createInsuredPerson(input: $input) { person { id name idNumberMasked scheme } userErrors { field message code } } }`;

export const SETTLE = `mutation($input: SettleClaimInput!) {
  settleClaim(input: $input) {
    settlement {
      id status year totalAmount policyAmount deductible basicPoolPayment largeAmountPayment criticalIllnessPayment
      fundPaymentTotal personalPayment personalAccountPayment cashPayment policyPack
      accumulatorDelta { key count amount }
    }
    userErrors { field message code }
  } }`;

export const REVERSE = `mutation($input: ReverseSettlementInput!) {
  reverseSettlement(input: $input) { settlement { id status reversalReason } userErrors { field message code } } }`;

export const YEAR_TO_DATE = `query($id: ID!, $year: Int!) {
  insuredPerson(id: $id) { yearToDate(year: $year) { year version stays settlementCount basicPoolPayment counters { key count amount } } personalAccountBalance } }`;

export const ISSUE_KEY = `mutation($input: IssueInstitutionKeyInput!) {
  issueInstitutionKey(input: $input) { key apiKey { id keyPrefix institution { id name } } userErrors { field message code } } }`;

/** The first institution of the directory in a city at a level. */
export async function institutionAt(server: TestServer, city: string, level: string): Promise<{ id: string; name: string }> {
  const res = await server.gql(`query($f: InstitutionFilter) { institutions(first: 1, filter: $f) { edges { node { id name } } } }`, { f: { city, level } });
  return res.body.data.institutions.edges[0].node;
}

export async function issueKey(server: TestServer, institutionId: string): Promise<string> {
  const res = await server.gql(ISSUE_KEY, { input: { institutionId, label: 'test HIS' } }, ADMIN);
  return ok<{ key: string; userErrors: [] }>(res, 'issueInstitutionKey').key;
}

export async function createPerson(server: TestServer, input: Record<string, unknown>, headers: Record<string, string> = ADMIN): Promise<string> {
  const res = await server.gql(CREATE_PERSON, { input }, headers);
  return ok<{ person: { id: string }; userErrors: [] }>(res, 'createInsuredPerson').person.id;
}

/** Valid 18-character ID numbers (GB 11643 check character) from a 14-digit area-and-birth prefix. */
export const idNumbersFrom = (prefix: string) => (seq: number) => {
  const first17 = `${prefix}${String(seq).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
};

/** A fee item of `yuan` in a category. */
export const item = (amount: string, category = 'CLASS_A', name = '费用') => ({ name, category, amount });

/** Another server process on the same database file, as a second Worker would be. */
export async function spawnServer(dbFile: string): Promise<{ url: string; stop(): void }> {
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: new URL('../..', import.meta.url).pathname,
    env: { ...process.env, PORT: '0', DATABASE_URL: `file:${dbFile}`, ADMIN_API_KEY: ADMIN_KEY },
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
