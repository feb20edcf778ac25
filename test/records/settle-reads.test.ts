/**
 * What settleClaim's read batch reads (src/records/settle-records.ts): one batch whatever the
 * claim, without the records its visit type is never checked against. The checks that use
 * each record are tested through the API (eligibility, benefits, maternity tests).
 */
import { createClient, type Client, type InStatement } from '@libsql/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDrizzle, type Database } from '../../src/db/client';
import { prepareDatabase } from '../../src/db/open';
import { readSettleRecords } from '../../src/records/settle-records';
import { tempDbFile } from '../support/server';
import { watchedClient } from '../support/watched-client';

let tmp: ReturnType<typeof tempDbFile>;
let client: Client;
let db: Database;
const batches: InStatement[][] = [];

beforeAll(async () => {
  tmp = tempDbFile();
  client = createClient({ url: `file:${tmp.file}` });
  db = openDrizzle(watchedClient(client, (method, args) => {
    if (method === 'batch') batches.push(args[0] as InStatement[]);
  }));
  await prepareDatabase(db);
});
afterAll(() => {
  client?.close();
  tmp?.cleanup();
});

async function statementsFor(visitType: string, institution: number | null = null): Promise<string[]> {
  batches.length = 0;
  const records = await readSettleRecords(db, {
    personId: 1, idempotencyKey: 'k', year: 2024, date: '2024-06-10', admissionDate: null, visitType,
    actingInstitutionId: institution, actingKeyId: institution === null ? null : 1, institutionIds: institution === null ? [] : [institution],
  });
  expect(batches).toHaveLength(1);
  expect(records.chronicApprovals).toEqual([]);
  return batches[0].map((s) => (typeof s === 'string' ? s : s.sql));
}

const reads = (sqls: string[], table: string) => sqls.some((s) => new RegExp(`from "${table}"`).test(s));

describe('the settle read batch', () => {
  it('reads everything for no claim type but what the type is checked against', async () => {
    const outpatient = await statementsFor('OUTPATIENT');
    const chronic = await statementsFor('CHRONIC_OUTPATIENT');
    const twoDisease = await statementsFor('TWO_DISEASE_OUTPATIENT');
    const care = await statementsFor('LONG_TERM_CARE');
    const special = await statementsFor('SPECIAL_DRUG');
    const rare = await statementsFor('RARE_DISEASE_DRUG');
    // 23 reads at most; a general outpatient claim leaves out 6 of them, and the administrator's
    // claim by level (no institution) the link, the key and the 3 directory reads.
    expect(outpatient).toHaveLength(12);
    for (const table of ['person_institutions', 'institution_api_keys', 'institutions', 'institution_levels', 'institution_designations']) {
      expect(reads(outpatient, table), table).toBe(false);
    }
    for (const table of ['chronic_approvals', 'two_disease_registrations', 'special_drug_approvals', 'rare_disease_registrations', 'long_term_care_assessments', 'chronic_institution_choices']) {
      expect(reads(outpatient, table), table).toBe(false);
    }
    expect(reads(chronic, 'chronic_approvals') && reads(chronic, 'chronic_institution_choices')).toBe(true);
    expect(reads(twoDisease, 'chronic_approvals') && reads(twoDisease, 'two_disease_registrations')).toBe(true);
    expect(reads(care, 'long_term_care_assessments')).toBe(true);
    expect(reads(special, 'special_drug_approvals')).toBe(true);
    expect(reads(rare, 'rare_disease_registrations')).toBe(true);
    // An institution's claim reads its link to the person, its key and its directory rows.
    const byInstitution = await statementsFor('OUTPATIENT', 7);
    expect(byInstitution).toHaveLength(17);
    for (const table of ['person_institutions', 'institution_api_keys', 'institutions', 'institution_levels', 'institution_designations']) {
      expect(reads(byInstitution, table), table).toBe(true);
    }
    // Every claim is checked against the person, coverage gaps and remote filings, and reads its accumulators.
    for (const sqls of [outpatient, byInstitution, chronic, twoDisease, care, special, rare]) {
      for (const table of ['insured_persons', 'coverage_gaps', 'remote_care_filings', 'accumulators']) expect(reads(sqls, table), table).toBe(true);
    }
  });
});
