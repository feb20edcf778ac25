/**
 * The catalogue queries through GraphQL on a freshly migrated and seeded server: counts as
 * the sources give them, and rows spot-checked against the seed texts (元 and 万元 read off
 * the tables by hand: 6.75 万元 = "67500.00"). Also node(id:) for catalogue entries.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

async function query<T = any>(text: string, variables?: Record<string, unknown>): Promise<T> {
  const { body } = await server.gql<T>(text, variables);
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

const SOURCE = 'source { document table row nameAsWritten }';
const one = (rows: any[], name: string): any => {
  const hits = rows.filter((r) => r.name === name);
  expect(hits, name).toHaveLength(1);
  return hits[0];
};

describe('chronicDiseases (门诊慢特病)', () => {
  const CHRONIC = `query($city: City!, $scheme: Scheme!) {
    chronicDiseases(city: $city, scheme: $scheme) { id code name city scheme annualLimit validityYears category notes ${SOURCE} }
  }`;
  const chronic = async (city: string, scheme: string) =>
    (await query(CHRONIC, { city, scheme })).chronicDiseases as any[];

  it('has 36 employee and 45 resident Lanzhou diseases, 10 + 10 Yinchuan national codes, none for Jining', async () => {
    expect(await chronic('LANZHOU', 'EMPLOYEE')).toHaveLength(36);
    expect(await chronic('LANZHOU', 'RESIDENT')).toHaveLength(45);
    expect(await chronic('YINCHUAN', 'EMPLOYEE')).toHaveLength(10);
    expect(await chronic('YINCHUAN', 'RESIDENT')).toHaveLength(10);
    expect(await chronic('JINING', 'EMPLOYEE')).toEqual([]);
  });

  it('Lanzhou employee: 血友病 60,000 元 for 10 years; 慢性肾衰竭透析治疗 无封顶 (null)', async () => {
    const rows = await chronic('LANZHOU', 'EMPLOYEE');
    expect(one(rows, '血友病')).toMatchObject({
      code: 'LZ-EC-12', city: 'LANZHOU', scheme: 'EMPLOYEE', annualLimit: '60000.00', validityYears: 10,
      source: { document: '000', row: 12, nameAsWritten: null },
    });
    expect(one(rows, '慢性肾衰竭透析治疗')).toMatchObject({ code: 'LZ-EC-06', annualLimit: null, validityYears: 10 });
    expect(one(rows, '恶性肿瘤放疗')).toMatchObject({ annualLimit: '28750.00', validityYears: 1 });
    expect(rows.map((r) => r.code)).toEqual(Array.from({ length: 36 }, (_, i) => `LZ-EC-${String(i + 1).padStart(2, '0')}`));
  });

  it('Lanzhou resident: 透析 70,000 元 for 5 years; 苯丙酮尿症 with no 待遇支付年限', async () => {
    const rows = await chronic('LANZHOU', 'RESIDENT');
    expect(one(rows, '慢性肾衰竭透析治疗')).toMatchObject({ code: 'LZ-RC-07', annualLimit: '70000.00', validityYears: 5 });
    expect(one(rows, '苯丙酮尿症')).toMatchObject({ annualLimit: '14000.00', validityYears: null });
    expect(one(rows, '精神分裂症')).toMatchObject({ annualLimit: '1440.00', validityYears: 10 });
  });

  it('Yinchuan: national codes with 病种类别, employee caps 3,500 or none, resident caps up to 28,000', async () => {
    const employee = await chronic('YINCHUAN', 'EMPLOYEE');
    const resident = await chronic('YINCHUAN', 'RESIDENT');
    expect(employee.find((r) => r.code === 'M07801')).toMatchObject({
      name: '透析', category: '慢性肾功能衰竭', annualLimit: null, validityYears: null,
      source: { document: '002', row: 4 },
    });
    expect(resident.find((r) => r.code === 'M07801')).toMatchObject({ name: '透析', annualLimit: '20000.00' });
    expect(employee.find((r) => r.code === 'M03900')).toMatchObject({ name: '高血压', annualLimit: '3500.00' });
    expect(resident.find((r) => r.code === 'M03900')).toMatchObject({ name: '高血压', annualLimit: '2400.00' });
    expect(resident.find((r) => r.code === 'M08306')).toMatchObject({ name: '肝肾移植抗排异治疗', category: '器官移植抗排异治疗', annualLimit: '28000.00' });
    expect(resident.find((r) => r.code === 'M00500')?.annualLimit).toBe('13000.00');
  });
});

describe('majorDiseases (附表4)', () => {
  it('51 numbered entries, 61 rows with the multi-disease entries split, limits in 万元 converted', async () => {
    const { majorDiseases } = await query(`{ majorDiseases(city: LANZHOU) { id code number name annualLimit notes ${SOURCE} } }`);
    expect(majorDiseases).toHaveLength(61);
    expect(new Set(majorDiseases.map((r: any) => r.number)).size).toBe(51);
    expect(one(majorDiseases, '急性早幼粒白血病')).toMatchObject({
      code: 'LZ-MD-01-1', number: 1, annualLimit: '67500.00', notes: '累计/年', source: { document: '000', table: '附表4', row: 1 },
    });
    expect(one(majorDiseases, '慢性粒细胞白血病')).toMatchObject({ number: 8, annualLimit: '150000.00' });
    expect(one(majorDiseases, '人工关节置换术(双侧)')).toMatchObject({ number: 45, annualLimit: '75000.00' });
    expect(one(majorDiseases, '结核性脑膜炎')).toMatchObject({ number: 51, annualLimit: '45000.00' });
    expect((await query('{ majorDiseases(city: JINING) { code } }')).majorDiseases).toEqual([]);
  });
});

describe('the other Lanzhou disease lists', () => {
  it('assistanceMajorDiseases (附表7): 35 in 序号 order', async () => {
    const { assistanceMajorDiseases: rows } = await query(`{ assistanceMajorDiseases(city: LANZHOU) { code name ${SOURCE} } }`);
    expect(rows).toHaveLength(35);
    expect(rows.map((r: any) => r.source.row)).toEqual(Array.from({ length: 35 }, (_, i) => i + 1));
    expect(rows[0]).toMatchObject({ code: 'LZ-AMD-01', name: '儿童先心病', source: { table: '附表7' } });
    expect(rows[17].name).toBe('血友病');
  });

  it('tcmDayClinicDiseases (附表5-1): 6 diseases using 10 techniques', async () => {
    const { tcmDayClinicDiseases: rows } = await query('{ tcmDayClinicDiseases(city: LANZHOU) { code name techniques } }');
    expect(rows).toHaveLength(6);
    expect(new Set(rows.flatMap((r: any) => r.techniques)).size).toBe(10);
    expect(one(rows, '风湿性关节炎').techniques).toEqual(['普通针刺', '艾灸', '温针', '电针']);
  });

  it('emergencyDiseases (附表6): 7 disease types', async () => {
    const { emergencyDiseases: rows } = await query('{ emergencyDiseases(city: LANZHOU) { code name diseases } }');
    expect(rows).toHaveLength(7);
    expect(one(rows, '泌尿性疾病').diseases).toEqual(['急性肾功能衰竭', '急性尿潴留']);
    expect(rows[6].diseases).toEqual([]);
  });

  it('daySurgeryDiseases (附表2-1): 48 surgery diseases with 77 procedures, and ITP with 4 drug treatments', async () => {
    const { daySurgeryDiseases: rows } = await query(`{ daySurgeryDiseases(city: LANZHOU) { code name kind procedures ${SOURCE} } }`);
    expect(rows).toHaveLength(49);
    const surgery = rows.filter((r: any) => r.kind === 'SURGERY');
    expect(surgery).toHaveLength(48);
    expect(surgery.flatMap((r: any) => r.procedures)).toHaveLength(77);
    expect(one(rows, '慢性扁桃体炎')).toMatchObject({ kind: 'SURGERY', procedures: ['扁桃体切除术'], source: { table: '附表2-1', row: 1 } });
    expect(one(rows, '输尿管结石').procedures).toEqual([
      '经尿道输尿管/肾盂激光碎石取石术', '经尿道输尿管/肾盂气压弹道碎石取石术', '经尿道输尿管/肾盂超声碎石取石术',
    ]);
    expect(rows[48]).toMatchObject({ code: 'LZ-DS-49', kind: 'DAY_TREATMENT' });
    expect(rows[48].procedures).toHaveLength(4);
  });

  it('twoDiseaseLimits: 400 元 hypertension, 800 元 diabetes, 1,200 元 both, 5 years', async () => {
    const { twoDiseaseLimits: rows } = await query(`{ twoDiseaseLimits(city: LANZHOU) { code name diseases annualLimit validityYears ${SOURCE} } }`);
    expect(rows.map((r: any) => [r.diseases, r.annualLimit, r.validityYears])).toEqual([
      [['HYPERTENSION'], '400.00', 5],
      [['DIABETES'], '800.00', 5],
      [['HYPERTENSION', 'DIABETES'], '1200.00', 5],
    ]);
    expect(rows[0]).toMatchObject({ name: '高血压', source: { document: '000', row: 6 } });
  });
});

describe('maternityFixedRates (附表3-1) and manualSettlementCases (附表8-2)', () => {
  it('the 10 rates of 附表3-1 (one rate for 人工流产, by level for 剖宫产, a surcharge for twins), then 5 procedures of §二(二)3', async () => {
    const { maternityFixedRates: rows } = await query(
      `{ maternityFixedRates(city: LANZHOU) { code number name kind benefit visitTypes tertiaryRate secondaryRate notes ${SOURCE} } }`,
    );
    expect(rows).toHaveLength(15);
    expect(one(rows, '产前检查费')).toMatchObject({ code: 'LZ-MAT-11', kind: 'SINGLE', benefit: 'ANTENATAL_CARE', visitTypes: ['MATERNITY_OUTPATIENT'], tertiaryRate: '1000.00', source: { table: '§二(二)3', row: 1 } });
    expect(one(rows, '产前疾病筛查')).toMatchObject({ code: 'LZ-MAT-12', tertiaryRate: '160.00', secondaryRate: '160.00' });
    expect(one(rows, '嵌顿取环')).toMatchObject({ code: 'LZ-MAT-15', kind: 'BY_ITEM', tertiaryRate: null, secondaryRate: null, visitTypes: ['MATERNITY_INPATIENT'] });
    expect(one(rows, '正常产')).toMatchObject({ benefit: 'DELIVERY', visitTypes: ['MATERNITY_INPATIENT'] });
    expect(one(rows, '人工流产')).toMatchObject({ number: 1, kind: 'SINGLE', tertiaryRate: '260.00', secondaryRate: '260.00' });
    expect(one(rows, '剖宫产')).toMatchObject({ number: 8, kind: 'BY_LEVEL', tertiaryRate: '4900.00', secondaryRate: '3900.00' });
    expect(one(rows, '二次剖宫产')).toMatchObject({ kind: 'BY_LEVEL', tertiaryRate: '5200.00', secondaryRate: '4100.00' });
    expect(one(rows, '剖宫产双胞胎')).toMatchObject({ kind: 'SURCHARGE', tertiaryRate: '500.00', secondaryRate: '400.00', source: { table: '附表3-1', row: 10 } });
  });

  it('10 cases: 5 inpatient, 3 outpatient, 2 negotiated-drug, each with its documents', async () => {
    const { manualSettlementCases: rows } = await query(
      `{ manualSettlementCases(city: LANZHOU) { code name type typeText documents commonDocuments ${SOURCE} } }`,
    );
    expect(rows).toHaveLength(10);
    expect(['INPATIENT', 'OUTPATIENT', 'NEGOTIATED_DRUG'].map((t) => rows.filter((r: any) => r.type === t).length)).toEqual([5, 3, 2]);
    expect(one(rows, '异地住院未直接结算')).toMatchObject({
      code: 'LZ-MS-10', type: 'NEGOTIATED_DRUG', documents: '住院病历复印件', source: { table: '附表8-2', row: 11 },
    });
    expect(one(rows, '异地住院未直接结算').commonDocuments).toContain('签订手工报销诚信承诺书');
  });
});

describe('hotlines and Jining limits', () => {
  it('Lanzhou: 65 lines by district and department', async () => {
    const { hotlines: rows } = await query(`{ hotlines(city: LANZHOU) { code name district phone department scope ${SOURCE} } }`);
    expect(rows).toHaveLength(65);
    expect(rows[0]).toMatchObject({ district: '兰州市', phone: '2912393', department: '全市医保综合咨询服务', name: '全市医保综合咨询服务' });
    expect(rows.find((r: any) => r.department === '医疗救助科')).toMatchObject({ district: '城关区', phone: '7821899' });
    expect(rows.at(-1)).toMatchObject({ district: '兰州新区', phone: '6839162', source: { table: '附表10', row: 65 } });
  });

  it('Jining: the handbook line and 16 county lines', async () => {
    const { hotlines: rows } = await query('{ hotlines(city: JINING) { code name district phone department } }');
    expect(rows).toHaveLength(17);
    expect(rows.find((r: any) => r.district === '任城区')).toMatchObject({ phone: '0537-5660596', department: null, name: '任城区' });
    expect(rows.find((r: any) => r.district === '梁山县')?.phone).toBe('0537-7309116');
    expect(rows.filter((r: any) => r.phone === '0537-2937929')).toHaveLength(1);
  });

  it('familyPlanningLimits: 5 induced-labour and 9 family-planning limits', async () => {
    const { familyPlanningLimits: rows } = await query(`{ familyPlanningLimits(city: JINING) { code category number name limit ${SOURCE} } }`);
    expect(rows).toHaveLength(14);
    expect(rows.filter((r: any) => r.category === '引(流）产类')).toHaveLength(5);
    expect(rows.filter((r: any) => r.category === '计划生育手术类')).toHaveLength(9);
    expect(one(rows, '>37周妊娠住院引产')).toMatchObject({ number: 5, limit: '2500.00', source: { document: '004' } });
    expect(one(rows, '输卵管结扎术')).toMatchObject({ number: 8, limit: '1200.00' });
    expect(one(rows, '放置宫内节育器').limit).toBe('150.00');
    expect((await query('{ familyPlanningLimits(city: LANZHOU) { code } }')).familyPlanningLimits).toEqual([]);
  });
});

describe('catalogue entries are nodes', () => {
  it('node(id:) finds each kind of entry by its global id', async () => {
    const lists = await query(`{
      chronicDiseases(city: LANZHOU, scheme: EMPLOYEE) { id code }
      majorDiseases(city: LANZHOU) { id code }
      assistanceMajorDiseases(city: LANZHOU) { id code }
      tcmDayClinicDiseases(city: LANZHOU) { id code }
      emergencyDiseases(city: LANZHOU) { id code }
      daySurgeryDiseases(city: LANZHOU) { id code }
      twoDiseaseLimits(city: LANZHOU) { id code }
      maternityFixedRates(city: LANZHOU) { id code }
      manualSettlementCases(city: LANZHOU) { id code }
      hotlines(city: JINING) { id code }
      familyPlanningLimits(city: JINING) { id code }
    }`);
    const all = Object.values(lists).flat() as { id: string; code: string }[];
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
    for (const [field, entries] of Object.entries(lists) as [string, { id: string; code: string }[]][]) {
      const sample = entries[entries.length - 1];
      const { node } = await query('query($id: ID!) { node(id: $id) { id __typename ... on CatalogueEntry { code } } }', { id: sample.id });
      expect(node, field).toMatchObject({ id: sample.id, code: sample.code });
    }
  });

  it('a global id names its type: another type with the same row id finds nothing', async () => {
    const { chronicDiseases } = await query('{ chronicDiseases(city: LANZHOU, scheme: EMPLOYEE) { id name } }');
    const haemophilia = chronicDiseases.find((r: any) => r.name === '血友病');
    const rowId = atob(haemophilia.id).split(':')[1];
    const { node } = await query('query($id: ID!) { node(id: $id) { id } }', { id: btoa(`MajorDisease:${rowId}`) });
    expect(node).toBeNull();
    const found = await query('query($id: ID!) { node(id: $id) { ... on ChronicDisease { name annualLimit validityYears } } }', { id: haemophilia.id });
    expect(found.node).toEqual({ name: '血友病', annualLimit: '60000.00', validityYears: 10 });
  });
});
