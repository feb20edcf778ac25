/**
 * Eligibility over GraphQL on a libSQL file: settleClaim refuses with a coded user error that
 * names its clause and writes nothing, estimateSettlement answers alike from the same facts,
 * and the case next to each refusal settles. Facts settleClaim gathers: the person's enrolment,
 * the stays on record (with their admission dates), the designations of the key's institution.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN, bearer, createPerson, idNumbersFrom, issueKey, item, ok, REVERSE, SETTLE, snapshot, startRecordsServer, userError,
} from './support';

let server: Awaited<ReturnType<typeof startRecordsServer>>;
const idNumber = idNumbersFrom('62010219850101');
let seq = 0;

const SETTLE_WITH_CLAUSE = SETTLE.replace('userErrors { field message code }', 'userErrors { field message code clause }');
const ESTIMATE = `query($input: SettlementInput!) { estimateSettlement(input: $input) { basicPoolPayment deductible trace { ruleId clause message } } }`;

interface Institution { id: string; name: string; level: string; designations: string[] }

/** Lanzhou institutions of the directory with their designations. */
async function lanzhouInstitutions(): Promise<Institution[]> {
  const out: Institution[] = [];
  let after: string | null = null;
  for (;;) {
    const res: { body: { data?: any } } = await server.gql(`query($after: String) { institutions(first: 100, after: $after, filter: { city: LANZHOU }) {
      edges { node { id name level designations } } pageInfo { hasNextPage endCursor } } }`, { after });
    const page: { edges: { node: Institution }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } = res.body.data.institutions;
    out.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) return out;
    after = page.pageInfo.endCursor;
  }
}

let all: Institution[];
const find = (pred: (i: Institution) => boolean) => {
  const found = all.find(pred);
  if (!found) throw new Error('no such institution in the directory');
  return found;
};

beforeAll(async () => {
  server = await startRecordsServer();
  all = await lanzhouInstitutions();
});
afterAll(() => server?.close());

async function person(key: string, input: Record<string, unknown>): Promise<string> {
  seq += 1;
  return createPerson(server, { name: `资格${seq}`, idNumber: idNumber(seq), city: 'LANZHOU', scheme: 'EMPLOYEE', employeeCategory: 'ENTERPRISE', enrolledSince: '2015-01-01', ...input }, bearer(key));
}

async function settleAs(key: string, personId: string, idempotencyKey: string, claim: Record<string, unknown>) {
  return server.gql(SETTLE_WITH_CLAUSE, { input: { personId, idempotencyKey, ...claim } }, bearer(key));
}

/** A refusal through settleClaim: one user error with code and clause, and nothing written. */
async function refusedToSettle(key: string, personId: string, claim: Record<string, unknown>, code: string, clause: string) {
  const before = await snapshot(server.dbFile);
  const res = await settleAs(key, personId, `refused-${code}-${seq++}`, claim);
  const e = userError(res, 'settleClaim');
  expect(e).toMatchObject({ code, clause });
  expect(e.message).toContain(`(${clause})`);
  expect(await snapshot(server.dbFile)).toEqual(before);
  return e;
}

async function estimate(input: Record<string, unknown>) {
  return server.gql(ESTIMATE, { input: { city: 'LANZHOU', scheme: 'EMPLOYEE', ...input } });
}

function estimateError(res: { body: { errors?: any[] } }) {
  expect(res.body.errors).toHaveLength(1);
  return res.body.errors![0];
}

const WAITING = '000 §二(一)1 (首次参保待遇享受等待期); §三(一)4(3)';
const PAUSE = '001 第八条; 000 §二(二)1(3)④IV, §三(二)1(2)注, §三(二)1(3)备注2';
const DESIGNATED = '000 §二(二)1(5)②, §二(二)1(6)②, §二(二)3, §三(二)1(7)②; 附表1-1, 1-2, 2-2, 3-2, 5-2';

describe('a flexible worker\'s waiting period (000 §二(一)1)', () => {
  let key: string;
  let personId: string;
  const op = (date: string) => ({ visitType: 'OUTPATIENT', date, items: [item('1000.00')] });

  beforeAll(async () => {
    key = await issueKey(server, find((i) => i.level === 'SECONDARY' && !i.designations.includes('NEGOTIATED_DRUG')).id);
    personId = await person(key, { employeeCategory: 'FLEXIBLE', enrolledSince: '2024-01-15' });
  });

  it('settleClaim refuses care before 2024-07-01 (the month after 6 months of contribution) and writes nothing', async () => {
    const e = await refusedToSettle(key, personId, op('2024-06-30'), 'WAITING_PERIOD', WAITING);
    expect(e.field).toEqual(['input', 'date']);
    expect(e.message).toContain('2024-07-01');
  });

  it('estimateSettlement answers alike from the same person facts', async () => {
    const res = await estimate({ ...op('2024-06-30'), institutionLevel: 'SECONDARY', person: { employeeCategory: 'FLEXIBLE', enrolledSince: '2024-01-15' } });
    const e = estimateError(res);
    expect(e.extensions).toMatchObject({ code: 'WAITING_PERIOD', clause: WAITING });
  });

  it('both settle from 2024-07-01: (1,000 − 200) × 60% = 480', async () => {
    const res = await settleAs(key, personId, 'flex-0701', op('2024-07-01'));
    expect(ok<any>(res, 'settleClaim').settlement.basicPoolPayment).toBe('480.00');
    const est = await estimate({ ...op('2024-07-01'), institutionLevel: 'SECONDARY', person: { employeeCategory: 'FLEXIBLE', enrolledSince: '2024-01-15' } });
    expect(est.body.data.estimateSettlement.basicPoolPayment).toBe('480.00');
  });
});

describe('an outpatient claim inside a settled stay (001 第八条)', () => {
  let key: string;
  let personId: string;

  beforeAll(async () => {
    key = await issueKey(server, find((i) => i.level === 'SECONDARY' && !i.designations.includes('NEGOTIATED_DRUG')).id);
    personId = await person(key, {});
    const stay = await settleAs(key, personId, 'stay-0301', { visitType: 'INPATIENT', admissionDate: '2024-03-01', date: '2024-03-10', items: [item('6000.00')] });
    expect(ok<any>(stay, 'settleClaim').settlement.basicPoolPayment).toBe('5264.00');
  });

  it('the stay keeps its admission date on the claim', async () => {
    const res = await server.gql(`query($id: ID!) { insuredPerson(id: $id) { settlements(first: 5) { edges { node { claim { admissionDate date } } } } } }`, { id: personId }, bearer(key));
    expect(res.body.data.insuredPerson.settlements.edges[0].node.claim).toEqual({ admissionDate: '2024-03-01', date: '2024-03-10' });
  });

  it('settleClaim refuses general and chronic outpatient dated inside the stay, writing nothing', async () => {
    await refusedToSettle(key, personId, { visitType: 'OUTPATIENT', date: '2024-03-05', items: [item('1000.00')] }, 'OUTPATIENT_DURING_STAY', PAUSE);
    await refusedToSettle(key, personId, { visitType: 'OUTPATIENT', date: '2024-03-01', items: [item('1000.00')] }, 'OUTPATIENT_DURING_STAY', PAUSE);
  });

  it('estimateSettlement answers alike when given the stay', async () => {
    const res = await estimate({
      visitType: 'OUTPATIENT', date: '2024-03-05', institutionLevel: 'SECONDARY', items: [item('1000.00')],
      person: { employeeCategory: 'ENTERPRISE', stays: [{ admissionDate: '2024-03-01', dischargeDate: '2024-03-10' }] },
    });
    expect(estimateError(res).extensions).toMatchObject({ code: 'OUTPATIENT_DURING_STAY', clause: PAUSE });
  });

  it('a second stay overlapping the first is refused', async () => {
    await refusedToSettle(key, personId, { visitType: 'INPATIENT', admissionDate: '2024-03-05', date: '2024-03-12', items: [item('1000.00')] }, 'OVERLAPPING_STAY', PAUSE);
  });

  it('a stay over an outpatient claim already settled inside it is refused until that claim is reversed', async () => {
    const op = await settleAs(key, personId, 'op-0320', { visitType: 'OUTPATIENT', date: '2024-03-20', items: [item('1000.00')] });
    const opId = ok<any>(op, 'settleClaim').settlement.id;
    const e = await refusedToSettle(key, personId, { visitType: 'INPATIENT', admissionDate: '2024-03-18', date: '2024-03-25', items: [item('3000.00')] }, 'OUTPATIENT_SETTLED_DURING_STAY', PAUSE);
    expect(e.message).toContain(opId);
    ok(await server.gql(REVERSE, { input: { settlementId: opId, reason: '并入住院' } }, bearer(key)), 'reverseSettlement');
    const stay = await settleAs(key, personId, 'stay-0318', { visitType: 'INPATIENT', admissionDate: '2024-03-18', date: '2024-03-25', items: [item('4000.00')] });
    expect(ok<any>(stay, 'settleClaim').settlement.deductible).toBe('320.00'); // the year's 2nd stay: 80% of 400
  });

  it('outpatient care on the discharge day settles: (1,000 − 200) × 60% = 480', async () => {
    const res = await settleAs(key, personId, 'op-0310', { visitType: 'OUTPATIENT', date: '2024-03-10', items: [item('1000.00')] });
    expect(ok<any>(res, 'settleClaim').settlement.basicPoolPayment).toBe('480.00');
  });
});

describe('designations at the key\'s institution (附表2-1, 2-2, 1-1, 5-2)', () => {
  const day = (extra: Record<string, unknown> = {}) => ({ visitType: 'DAY_SURGERY', date: '2024-05-02', admissionDate: '2024-05-01', items: [item('10000.00')], ...extra });

  it('day surgery at a hospital that is not one of the 34 is refused, writing nothing; the estimate by its id alike', async () => {
    // Every graded hospital of the directory is one of the 34; the others' level is not stated (UNRATED).
    const hospital = find((i) => ['SECONDARY', 'TERTIARY', 'UNRATED'].includes(i.level) && !i.designations.includes('DAY_SURGERY'));
    const key = await issueKey(server, hospital.id);
    const personId = await person(key, {});
    const e = await refusedToSettle(key, personId, day({ daySurgeryDiseaseCode: 'LZ-DS-01' }), 'NOT_DESIGNATED', DESIGNATED);
    expect(e.message).toContain(hospital.name);
    const est = await estimate({ ...day({ daySurgeryDiseaseCode: 'LZ-DS-01' }), institutionId: hospital.id, person: { employeeCategory: 'ENTERPRISE' } });
    expect(estimateError(est).extensions).toMatchObject({ code: 'NOT_DESIGNATED', clause: DESIGNATED });
  });

  it('at one of the 34 it needs a listed disease, then settles; by level the trace states the requirement', async () => {
    const hospital = find((i) => i.level === 'TERTIARY' && i.designations.includes('DAY_SURGERY'));
    const key = await issueKey(server, hospital.id);
    const personId = await person(key, {});
    await refusedToSettle(key, personId, day(), 'MISSING_DISEASE_CODE', '000 §二(二)1(6), 附表2-1');
    // 三级 of unknown grade settles as 三级甲等: deductible 700; 9,300 × 94% = 8,742.
    const res = await settleAs(key, personId, 'day-1', day({ daySurgeryDiseaseCode: 'LZ-DS-01' }));
    expect(ok<any>(res, 'settleClaim').settlement).toMatchObject({ deductible: '700.00', basicPoolPayment: '8742.00' });
    const est = await estimate({ ...day(), institutionLevel: 'TERTIARY_A', person: { employeeCategory: 'ENTERPRISE' } });
    expect(est.body.data.estimateSettlement.basicPoolPayment).toBe('8742.00');
    expect(est.body.data.estimateSettlement.trace.filter((t: any) => t.ruleId === 'LZ-ELIG-DESIGNATION').map((t: any) => t.clause))
      .toEqual([DESIGNATED, '000 §二(二)1(6), 附表2-1']);
  });

  it('outpatient negotiated drugs only at a designated institution, with a 三定 filing there (000 §二(二)1(5)②)', async () => {
    const hospital = find((i) => i.level === 'SECONDARY' && !i.designations.includes('NEGOTIATED_DRUG'));
    const key = await issueKey(server, hospital.id);
    const personId = await person(key, {});
    const drug = [{ name: '谈判药', category: 'CLASS_B', amount: '1000.00', negotiatedDrug: true }];
    const FILING = '000 §二(二)1(5)①备注2, ②';
    await refusedToSettle(key, personId, { visitType: 'NEGOTIATED_DRUG_OUTPATIENT', date: '2024-05-01', items: drug }, 'NOT_DESIGNATED', DESIGNATED);
    const [chosen, other] = all.filter((i) => i.designations.includes('NEGOTIATED_DRUG') && i.level !== 'PHARMACY');
    const at = (institution: Institution, idempotencyKey: string, extra: Record<string, unknown> = {}) => server.gql(SETTLE_WITH_CLAUSE,
      { input: { personId, idempotencyKey, institutionId: institution.id, visitType: 'NEGOTIATED_DRUG_OUTPATIENT', date: '2024-05-01', items: drug, ...extra } }, ADMIN);
    expect(userError(await at(chosen, 'drug-0'), 'settleClaim')).toMatchObject({ code: 'NO_NEGOTIATED_DRUG_FILING', clause: FILING });
    const file = (institution: Institution, name: string, extra: Record<string, unknown> = {}) => server.gql(FILE_DRUG, { input: { personId, institutionId: institution.id, drug: name, filedOn: '2024-04-01', ...extra } }, ADMIN);
    expect(userError(await file(hospital, '奥希替尼'), 'fileNegotiatedDrug')).toMatchObject({ code: 'NOT_DESIGNATED', clause: FILING });
    expect(ok<any>(await file(chosen, '奥希替尼'), 'fileNegotiatedDrug').person.negotiatedDrugFilings).toEqual([
      { drug: '奥希替尼', filedOn: '2024-04-01', validUntil: '2025-03-31', institution: { id: chosen.id } },
    ]);
    expect(userError(await file(other, '奥希替尼'), 'fileNegotiatedDrug')).toMatchObject({ code: 'CHOSEN_INSTITUTION_FIXED', clause: FILING });
    expect(userError(await file(chosen, '阿来替尼'), 'fileNegotiatedDrug')).toMatchObject({ code: 'SECOND_DRUG_NEEDS_TWO_DOCTORS', clause: FILING });
    expect(userError(await at(other, 'drug-1'), 'settleClaim')).toMatchObject({ code: 'NOT_CHOSEN_INSTITUTION', clause: FILING });
    expect(userError(await at(chosen, 'drug-2', { prescriptionDays: 31 }), 'settleClaim')).toMatchObject({ code: 'PRESCRIPTION_TOO_LONG', clause: FILING });
    const res = await at(chosen, 'drug-3', { prescriptionDays: 30 });
    expect(ok<any>(res, 'settleClaim').settlement.basicPoolPayment).toBe('675.00'); // 67.5% of the drug amount (LZ-E-NEGO-OP)
  });
});

describe('an employee\'s TCM day clinic settles as general outpatient (000 §二(二)1(2)备注2, 001 第八条)', () => {
  it('at a TCM day-clinic centre: (1,000 − 200) × 65% = 520, the estimate by the centre\'s id alike', async () => {
    const centre = find((i) => i.designations.includes('TCM_DAY_CLINIC'));
    const key = await issueKey(server, centre.id);
    const personId = await person(key, {});
    const claim = { visitType: 'TCM_DAY_CLINIC', date: '2024-05-01', items: [item('1000.00')] };
    const res = await settleAs(key, personId, 'tcm-1', claim);
    expect(ok<any>(res, 'settleClaim').settlement.basicPoolPayment).toBe('520.00');
    const est = await estimate({ ...claim, institutionId: centre.id, person: { employeeCategory: 'ENTERPRISE' } });
    expect(est.body.data.estimateSettlement.basicPoolPayment).toBe('520.00');
    expect(est.body.data.estimateSettlement.trace.map((t: any) => t.ruleId)).toContain('LZ-E-TCMDAY');
  });
});

describe('exclusions (000 §一(二)2)', () => {
  it('a claim marked as a work injury is refused, naming it, and writes nothing', async () => {
    const key = await issueKey(server, find((i) => i.level === 'SECONDARY').id);
    const personId = await person(key, {});
    const e = await refusedToSettle(key, personId, { visitType: 'INPATIENT', date: '2024-05-01', exclusionReason: 'WORK_INJURY', items: [item('6000.00')] }, 'EXCLUDED_FROM_COVERAGE', '000 §一(二)2');
    expect(e.message).toContain('工伤');
    const res = await settleAs(key, personId, 'ok-1', { visitType: 'INPATIENT', date: '2024-05-01', items: [item('6000.00')] });
    expect(ok<any>(res, 'settleClaim').settlement.basicPoolPayment).toBe('5264.00');
  });
});

const FILE_DRUG = `mutation($input: FileNegotiatedDrugInput!) { fileNegotiatedDrug(input: $input) {
  person { negotiatedDrugFilings { drug filedOn validUntil institution { id } } } userErrors { field code message clause } } }`;
const FILE_REMOTE = `mutation($input: FileRemoteCareInput!) { fileRemoteCare(input: $input) { person { remoteCareFilings { filing validFrom validUntil } } userErrors { field code message clause } } }`;
const REGISTER_TWO = `mutation($input: RegisterTwoDiseaseInput!) { registerTwoDisease(input: $input) { person { twoDiseaseRegistrations { disease registeredOn validUntil } } userErrors { code } } }`;

describe('validity the service computes (000 §六(一)2, §三(二)1(3); 004 §四5)', () => {
  const FILING = '000 §六(一)2';

  it('a Lanzhou temporary filing lasts 6 months: remote care after it needs a new filing', async () => {
    const personId = await createPerson(server, { name: '备案甲', idNumber: idNumber(900), city: 'LANZHOU', scheme: 'EMPLOYEE', employeeCategory: 'ENTERPRISE', enrolledSince: '2015-01-01' });
    const res = await server.gql(FILE_REMOTE, { input: { personId, filing: 'REFERRAL', crossProvince: true, validFrom: '2024-01-10' } }, ADMIN);
    expect(ok<any>(res, 'fileRemoteCare').person.remoteCareFilings).toEqual([{ filing: 'REFERRAL', validFrom: '2024-01-10', validUntil: '2024-07-09' }]);
    const claim = (date: string) => ({ personId, idempotencyKey: `remote-${date}`, visitType: 'INPATIENT', date, institutionLevel: 'TERTIARY_A', remote: { crossProvince: true, filing: 'REFERRAL' }, items: [item('6000.00')] });
    const inside = await server.gql(SETTLE_WITH_CLAUSE, { input: claim('2024-07-09') }, ADMIN);
    expect(ok<any>(inside, 'settleClaim').settlement.basicPoolPayment).toBe('4450.00'); // (6,000 − 1,000) × (94% − 5%)
    const before = await snapshot(server.dbFile);
    const after = await server.gql(SETTLE_WITH_CLAUSE, { input: claim('2024-07-10') }, ADMIN);
    expect(userError(after, 'settleClaim').code).toBe('REMOTE_FILING_NOT_ON_RECORD');
    expect(await snapshot(server.dbFile)).toEqual(before);
  });

  it('a later end than the computed one is refused; an earlier end (终止备案) is kept', async () => {
    const personId = await createPerson(server, { name: '备案乙', idNumber: idNumber(901), city: 'LANZHOU', scheme: 'EMPLOYEE', employeeCategory: 'ENTERPRISE', enrolledSince: '2015-01-01' });
    const later = await server.gql(FILE_REMOTE, { input: { personId, filing: 'SELF_REFERRAL', crossProvince: true, validFrom: '2024-01-10', validUntil: '2024-12-31' } }, ADMIN);
    expect(userError(later, 'fileRemoteCare')).toMatchObject({ code: 'VALIDITY_COMPUTED', clause: FILING });
    const earlier = await server.gql(FILE_REMOTE, { input: { personId, filing: 'SELF_REFERRAL', crossProvince: true, validFrom: '2024-01-10', validUntil: '2024-03-01' } }, ADMIN);
    expect(ok<any>(earlier, 'fileRemoteCare').person.remoteCareFilings).toEqual([{ filing: 'SELF_REFERRAL', validFrom: '2024-01-10', validUntil: '2024-03-01' }]);
  });

  it('a long-term filing changes only after 6 months; the change ends the old one the day before', async () => {
    const personId = await createPerson(server, { name: '备案丙', idNumber: idNumber(902), city: 'LANZHOU', scheme: 'EMPLOYEE', employeeCategory: 'ENTERPRISE', enrolledSince: '2015-01-01' });
    const first = await server.gql(FILE_REMOTE, { input: { personId, filing: 'LONG_TERM_RESIDENT', crossProvince: true, validFrom: '2024-01-10' } }, ADMIN);
    expect(ok<any>(first, 'fileRemoteCare').person.remoteCareFilings).toEqual([{ filing: 'LONG_TERM_RESIDENT', validFrom: '2024-01-10', validUntil: null }]);
    const before = await snapshot(server.dbFile);
    const early = await server.gql(FILE_REMOTE, { input: { personId, filing: 'RELOCATED_RETIREE', crossProvince: true, validFrom: '2024-07-09' } }, ADMIN);
    expect(userError(early, 'fileRemoteCare')).toMatchObject({ code: 'FILING_CHANGE_TOO_EARLY', clause: FILING, field: ['input', 'validFrom'] });
    expect(await snapshot(server.dbFile)).toEqual(before);
    const endEarly = await server.gql(FILE_REMOTE, { input: { personId, filing: 'LONG_TERM_RESIDENT', crossProvince: true, validFrom: '2024-01-10', validUntil: '2024-05-01' } }, ADMIN);
    expect(userError(endEarly, 'fileRemoteCare')).toMatchObject({ code: 'FILING_CHANGE_TOO_EARLY', field: ['input', 'validUntil'] });
    const change = await server.gql(FILE_REMOTE, { input: { personId, filing: 'RELOCATED_RETIREE', crossProvince: true, validFrom: '2024-07-10' } }, ADMIN);
    expect(ok<any>(change, 'fileRemoteCare').person.remoteCareFilings).toEqual([
      { filing: 'LONG_TERM_RESIDENT', validFrom: '2024-01-10', validUntil: '2024-07-09' },
      { filing: 'RELOCATED_RETIREE', validFrom: '2024-07-10', validUntil: null },
    ]);
  });

  it('a Jining temporary filing has no end (004 §四5)', async () => {
    const personId = await createPerson(server, { name: '备案丁', idNumber: idNumber(903), city: 'JINING', scheme: 'EMPLOYEE', employeeCategory: 'ENTERPRISE', enrolledSince: '2015-01-01' });
    const res = await server.gql(FILE_REMOTE, { input: { personId, filing: 'SELF_REFERRAL', crossProvince: true, validFrom: '2024-01-10' } }, ADMIN);
    expect(ok<any>(res, 'fileRemoteCare').person.remoteCareFilings).toEqual([{ filing: 'SELF_REFERRAL', validFrom: '2024-01-10', validUntil: null }]);
  });

  it('a referral diagnosed by a Lanzhou hospital needs one of 附表8-1 (referral qualification); another kind of filing names none', async () => {
    const REFERRAL_CLAUSE = '000 §六(一)2 (异地转诊人员), 附表8-1';
    const WITH_HOSPITAL = FILE_REMOTE.replace('remoteCareFilings { filing validFrom validUntil }', 'remoteCareFilings { filing validFrom referringInstitution { name } }');
    const personId = await createPerson(server, { name: '转诊甲', idNumber: idNumber(904), city: 'LANZHOU', scheme: 'EMPLOYEE', employeeCategory: 'ENTERPRISE', enrolledSince: '2015-01-01' });
    const qualified = find((i) => i.designations.includes('REFERRAL'));
    const plain = find((i) => i.level !== 'PHARMACY' && !i.designations.includes('REFERRAL'));
    const filing = (referringInstitutionId: string, kind = 'REFERRAL') => ({ input: { personId, filing: kind, crossProvince: true, validFrom: '2024-03-01', referringInstitutionId } });
    const before = await snapshot(server.dbFile);
    const refused = await server.gql(WITH_HOSPITAL, filing(plain.id), ADMIN);
    expect(userError(refused, 'fileRemoteCare')).toMatchObject({ code: 'NOT_DESIGNATED', clause: REFERRAL_CLAUSE, field: ['input', 'referringInstitutionId'] });
    expect(userError(refused, 'fileRemoteCare').message).toContain(plain.name);
    expect(userError(await server.gql(WITH_HOSPITAL, filing(qualified.id, 'SELF_REFERRAL'), ADMIN), 'fileRemoteCare').code).toBe('INPUT_NOT_APPLICABLE');
    expect(await snapshot(server.dbFile)).toEqual(before);
    const filed = await server.gql(WITH_HOSPITAL, filing(qualified.id), ADMIN);
    expect(ok<any>(filed, 'fileRemoteCare').person.remoteCareFilings).toEqual([{ filing: 'REFERRAL', validFrom: '2024-03-01', referringInstitution: { name: qualified.name } }]);
  });

  it('a two-disease registration lasts 5 years: care after it is refused, writing nothing', async () => {
    const key = await issueKey(server, find((i) => i.level === 'SECONDARY').id);
    const personId = await person(key, { scheme: 'RESIDENT', employeeCategory: null });
    const reg = await server.gql(REGISTER_TWO, { input: { personId, disease: 'HYPERTENSION', registeredOn: '2019-03-01' } }, bearer(key));
    expect(ok<any>(reg, 'registerTwoDisease').person.twoDiseaseRegistrations).toEqual([{ disease: 'HYPERTENSION', registeredOn: '2019-03-01', validUntil: '2024-02-29' }]);
    const claim = (date: string) => ({ visitType: 'TWO_DISEASE_OUTPATIENT', twoDiseases: ['HYPERTENSION'], date, items: [item('100.00')] });
    const e = await refusedToSettle(key, personId, claim('2024-03-01'), 'REGISTRATION_EXPIRED', '000 §三(二)1(3) 待遇支付年限');
    expect(e.message).toContain('2024-02-29');
    const res = await settleAs(key, personId, 'two-0229', claim('2024-02-29'));
    expect(ok<any>(res, 'settleClaim').settlement.basicPoolPayment).toBe('70.00'); // 100 × 70%
  });
});
