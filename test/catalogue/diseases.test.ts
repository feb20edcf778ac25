/**
 * The disease and non-institution directory tables against the sources: counts as the
 * texts state them, unique codes, integer fen, and spot checks of every table with values
 * read off the seed files by hand (元 x 100, 万元 x 1,000,000). When the seeds sit next to
 * the repo, every transcribed string is also checked to occur verbatim in its source.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CHRONIC_DISEASES,
  JINING_FAMILY_PLANNING_LIMITS,
  JINING_HOTLINES,
  JINING_INQUIRY_HOTLINE,
  LANZHOU_ASSISTANCE_MAJOR_DISEASES,
  LANZHOU_DAY_SURGERY_DISEASES,
  LANZHOU_EMERGENCY_DISEASES,
  LANZHOU_EMPLOYEE_CHRONIC,
  LANZHOU_HOTLINES,
  LANZHOU_MAJOR_DISEASES,
  LANZHOU_MANUAL_SETTLEMENT_CASES,
  LANZHOU_MATERNITY_FIXED_RATES,
  LANZHOU_MULTIPLE_CHRONIC_RULE,
  LANZHOU_RESIDENT_CHRONIC,
  LANZHOU_TCM_DAY_CLINIC_DISEASES,
  LANZHOU_TWO_DISEASE_LIMITS,
  YINCHUAN_EMPLOYEE_CHRONIC,
  YINCHUAN_RESIDENT_CHRONIC,
  findChronicDisease,
  findMajorDisease,
} from '../../src/catalogue/diseases';

const byName = <T extends { name: string }>(rows: readonly T[], name: string): T => {
  const found = rows.filter((r) => r.name === name);
  expect(found, name).toHaveLength(1);
  return found[0];
};
const byCode = <T extends { code: string }>(rows: readonly T[], code: string): T => {
  const found = rows.find((r) => r.code === code);
  expect(found, code).toBeDefined();
  return found as T;
};
const expectUniqueCodes = (rows: readonly { code: string }[]) =>
  expect(new Set(rows.map((r) => r.code)).size).toBe(rows.length);

describe('Lanzhou 门诊慢特病 (000 §二(二)1(3) employee, §二(二)1(2) resident)', () => {
  it('has the 36 employee and 45 resident diseases the text announces, codes by row', () => {
    expect(LANZHOU_EMPLOYEE_CHRONIC).toHaveLength(36);
    expect(LANZHOU_RESIDENT_CHRONIC).toHaveLength(45);
    LANZHOU_EMPLOYEE_CHRONIC.forEach((e, i) => {
      expect(e.code).toBe(`LZ-EC-${String(i + 1).padStart(2, '0')}`);
      expect(e.source.row).toBe(i + 1);
      expect([e.city, e.scheme, e.source.document]).toEqual(['LANZHOU', 'EMPLOYEE', '000']);
    });
    LANZHOU_RESIDENT_CHRONIC.forEach((e, i) => {
      expect(e.code).toBe(`LZ-RC-${String(i + 1).padStart(2, '0')}`);
      expect(e.source.row).toBe(i + 1);
      expect([e.city, e.scheme, e.source.document]).toEqual(['LANZHOU', 'RESIDENT', '000']);
    });
  });

  it('employee rows: limits in fen, 无封顶限额 as null, validity years', () => {
    expect(byName(LANZHOU_EMPLOYEE_CHRONIC, '血友病')).toMatchObject({ code: 'LZ-EC-12', annualLimitFen: 6_000_000, validityYears: 10 });
    expect(byName(LANZHOU_EMPLOYEE_CHRONIC, '慢性肾衰竭透析治疗')).toMatchObject({ code: 'LZ-EC-06', annualLimitFen: null, validityYears: 10 });
    expect(byName(LANZHOU_EMPLOYEE_CHRONIC, '器官移植抗排异治疗')).toMatchObject({ code: 'LZ-EC-05', annualLimitFen: null, validityYears: 10 });
    expect(byName(LANZHOU_EMPLOYEE_CHRONIC, '恶性肿瘤放疗')).toMatchObject({ code: 'LZ-EC-01', annualLimitFen: 2_875_000, validityYears: 1 });
    expect(byName(LANZHOU_EMPLOYEE_CHRONIC, '原发性高血压（有合并症者）')).toMatchObject({ annualLimitFen: 340_000, validityYears: 10 });
    expect(byName(LANZHOU_EMPLOYEE_CHRONIC, '包虫病')).toMatchObject({ code: 'LZ-EC-28', annualLimitFen: 110_000, validityYears: 1 });
    expect(byName(LANZHOU_EMPLOYEE_CHRONIC, '心境障碍(抑郁症)')).toMatchObject({ code: 'LZ-EC-32', annualLimitFen: 320_000 });
    expect(byCode(LANZHOU_EMPLOYEE_CHRONIC, 'LZ-EC-36')).toMatchObject({ name: '精神发育迟滞伴发精神障碍', annualLimitFen: 330_000, validityYears: 10 });
    expect(LANZHOU_EMPLOYEE_CHRONIC.filter((e) => e.annualLimitFen === null)).toHaveLength(2);
  });

  it('resident rows, including the one with no 待遇支付年限', () => {
    expect(byName(LANZHOU_RESIDENT_CHRONIC, '慢性肾衰竭透析治疗')).toMatchObject({ code: 'LZ-RC-07', annualLimitFen: 7_000_000, validityYears: 5 });
    expect(byName(LANZHOU_RESIDENT_CHRONIC, '血友病')).toMatchObject({ code: 'LZ-RC-14', annualLimitFen: 6_000_000, validityYears: 10 });
    expect(byName(LANZHOU_RESIDENT_CHRONIC, '苯丙酮尿症')).toMatchObject({ code: 'LZ-RC-20', annualLimitFen: 1_400_000, validityYears: null });
    expect(byName(LANZHOU_RESIDENT_CHRONIC, '白血病')).toMatchObject({ code: 'LZ-RC-05', annualLimitFen: 2_000_000, validityYears: 2 });
    expect(byName(LANZHOU_RESIDENT_CHRONIC, '精神分裂症')).toMatchObject({ annualLimitFen: 144_000, validityYears: 10 });
    expect(byCode(LANZHOU_RESIDENT_CHRONIC, 'LZ-RC-45')).toMatchObject({ name: '疟疾', annualLimitFen: 200_000, validityYears: 2 });
    expect(LANZHOU_RESIDENT_CHRONIC.every((e) => e.annualLimitFen !== null)).toBe(true);
  });

  it('两病 limits: 400, 800, 1,200 元 a year, 5 years', () => {
    const limit = (...d: string[]) => LANZHOU_TWO_DISEASE_LIMITS.find((l) => [...l.diseases].sort().join() === d.sort().join());
    expect(limit('HYPERTENSION')?.annualLimitFen).toBe(40_000);
    expect(limit('DIABETES')?.annualLimitFen).toBe(80_000);
    expect(limit('HYPERTENSION', 'DIABETES')?.annualLimitFen).toBe(120_000);
    expect(LANZHOU_TWO_DISEASE_LIMITS.every((l) => l.validityYears === 5)).toBe(true);
  });

  it('two approved diseases: the higher cap plus 500 元, for both schemes', () => {
    expect(LANZHOU_MULTIPLE_CHRONIC_RULE).toMatchObject({ maxApprovedDiseases: 2, extraLimitFen: 50_000, schemes: ['EMPLOYEE', 'RESIDENT'] });
  });
});

describe('Lanzhou 附表4 重大疾病', () => {
  it('has 51 numbered entries, the multi-disease ones split into sub-rows', () => {
    const numbers = [...new Set(LANZHOU_MAJOR_DISEASES.map((e) => e.number))];
    expect(numbers).toEqual(Array.from({ length: 51 }, (_, i) => i + 1));
    const subCounts = Object.fromEntries(
      numbers.map((n) => [n, LANZHOU_MAJOR_DISEASES.filter((e) => e.number === n).length]).filter(([, c]) => c > 1),
    );
    expect(subCounts).toEqual({ 1: 3, 2: 2, 13: 2, 20: 2, 32: 3, 40: 2, 41: 2, 45: 2 });
    expect(LANZHOU_MAJOR_DISEASES).toHaveLength(61);
    LANZHOU_MAJOR_DISEASES.forEach((e, i) => expect(e.source).toEqual({ document: '000', table: '附表4', row: i + 1 }));
    for (const e of LANZHOU_MAJOR_DISEASES) {
      const nn = String(e.number).padStart(2, '0');
      expect(e.code).toMatch(subCounts[e.number] ? new RegExp(`^LZ-MD-${nn}-[1-3]$`) : new RegExp(`^LZ-MD-${nn}$`));
    }
  });

  it('converts 万元 to fen exactly', () => {
    expect(byName(LANZHOU_MAJOR_DISEASES, '急性早幼粒白血病')).toMatchObject({ code: 'LZ-MD-01-1', number: 1, annualLimitFen: 6_750_000, notes: '累计/年' });
    expect(byName(LANZHOU_MAJOR_DISEASES, '儿童中高危急性淋巴细胞白血病')).toMatchObject({ code: 'LZ-MD-01-3', annualLimitFen: 17_250_000 });
    expect(byName(LANZHOU_MAJOR_DISEASES, '儿童复杂性先天性心脏病')).toMatchObject({ code: 'LZ-MD-02-2', annualLimitFen: 3_000_000 });
    expect(byName(LANZHOU_MAJOR_DISEASES, '乳腺肿瘤(四级手术)')).toMatchObject({ code: 'LZ-MD-04', annualLimitFen: 6_000_000, notes: '包括普通放、化疗, 累计/年' });
    expect(byName(LANZHOU_MAJOR_DISEASES, '血友病')).toMatchObject({ code: 'LZ-MD-07', annualLimitFen: 3_000_000 });
    expect(byName(LANZHOU_MAJOR_DISEASES, '慢性粒细胞白血病')).toMatchObject({ code: 'LZ-MD-08', annualLimitFen: 15_000_000 });
    expect(byName(LANZHOU_MAJOR_DISEASES, '脑出血')).toMatchObject({ code: 'LZ-MD-13-2', annualLimitFen: 3_750_000 });
    expect(byName(LANZHOU_MAJOR_DISEASES, '胆囊恶性肿瘤(四级手术)')).toMatchObject({ code: 'LZ-MD-20-1', annualLimitFen: 1_500_000 });
    expect(byName(LANZHOU_MAJOR_DISEASES, '主动脉夹层和主动脉瘤(介入)')).toMatchObject({ code: 'LZ-MD-32-1', annualLimitFen: 11_250_000 });
    expect(byName(LANZHOU_MAJOR_DISEASES, '下肢静脉血栓形成和/或 合并肺栓塞(介入)')).toMatchObject({ code: 'LZ-MD-32-3', annualLimitFen: 2_250_000 });
    expect(byName(LANZHOU_MAJOR_DISEASES, '儿童哮喘持续状态')).toMatchObject({ code: 'LZ-MD-37', annualLimitFen: 750_000 });
    expect(byName(LANZHOU_MAJOR_DISEASES, '完全性前置胎盘')).toMatchObject({ code: 'LZ-MD-40-2', annualLimitFen: 750_000 });
    expect(byName(LANZHOU_MAJOR_DISEASES, '人工关节置换术(双侧)')).toMatchObject({ code: 'LZ-MD-45-2', annualLimitFen: 7_500_000 });
    expect(byName(LANZHOU_MAJOR_DISEASES, '结核性脑膜炎')).toMatchObject({ code: 'LZ-MD-51', annualLimitFen: 4_500_000 });
  });
});

describe('Lanzhou 附表5-1 中医药日间诊疗, 附表6 急救抢救, 附表7 救助重特大疾病', () => {
  it('TCM day clinic: 6 diseases using 10 techniques', () => {
    expect(LANZHOU_TCM_DAY_CLINIC_DISEASES.map((e) => e.code)).toEqual(['LZ-TCMD-01', 'LZ-TCMD-02', 'LZ-TCMD-03', 'LZ-TCMD-04', 'LZ-TCMD-05', 'LZ-TCMD-06']);
    expect(new Set(LANZHOU_TCM_DAY_CLINIC_DISEASES.flatMap((e) => e.details ?? [])).size).toBe(10);
    expect(byName(LANZHOU_TCM_DAY_CLINIC_DISEASES, '风湿性关节炎').details).toEqual(['普通针刺', '艾灸', '温针', '电针']);
    expect(byName(LANZHOU_TCM_DAY_CLINIC_DISEASES, '骨性关节炎（非手术）').details).toContain('四肢关节针刀治疗');
    expect(byName(LANZHOU_TCM_DAY_CLINIC_DISEASES, '肩周炎').details).toEqual(['普通针刺', '艾灸', '温针', '肩周炎推拿', '拔罐', '刮痧']);
  });

  it('emergency reference range: 7 disease types, parenthesised lists kept whole', () => {
    expect(LANZHOU_EMERGENCY_DISEASES).toHaveLength(7);
    expect(LANZHOU_EMERGENCY_DISEASES.map((e) => e.code)).toEqual(Array.from({ length: 7 }, (_, i) => `LZ-EMG-0${i + 1}`));
    expect(byName(LANZHOU_EMERGENCY_DISEASES, '呼吸系统疾病').details).toHaveLength(7);
    const circulatory = byName(LANZHOU_EMERGENCY_DISEASES, '循环系统疾病').details;
    expect(circulatory).toHaveLength(4);
    expect(circulatory?.[1]).toMatch(/^严重心律失常（阵发性室上速、.*心脏骤停）$/);
    expect(byName(LANZHOU_EMERGENCY_DISEASES, '泌尿性疾病').details).toEqual(['急性肾功能衰竭', '急性尿潴留']);
    expect(byCode(LANZHOU_EMERGENCY_DISEASES, 'LZ-EMG-07')).toMatchObject({ name: '患者生命体征出现危、重、急现象，需急救抢救治疗的疾病' });
    expect(byCode(LANZHOU_EMERGENCY_DISEASES, 'LZ-EMG-07').details).toBeUndefined();
  });

  it('assistance major diseases: 35 in 序号 order across the two column pairs', () => {
    expect(LANZHOU_ASSISTANCE_MAJOR_DISEASES).toHaveLength(35);
    LANZHOU_ASSISTANCE_MAJOR_DISEASES.forEach((e, i) => expect(e.source.row).toBe(i + 1));
    expect(byCode(LANZHOU_ASSISTANCE_MAJOR_DISEASES, 'LZ-AMD-01').name).toBe('儿童先心病');
    expect(byCode(LANZHOU_ASSISTANCE_MAJOR_DISEASES, 'LZ-AMD-18').name).toBe('血友病');
    expect(byCode(LANZHOU_ASSISTANCE_MAJOR_DISEASES, 'LZ-AMD-19').name).toBe('地中海贫血');
    expect(byCode(LANZHOU_ASSISTANCE_MAJOR_DISEASES, 'LZ-AMD-35').name).toBe('人工关节置换术（单侧）');
  });
});

describe('Lanzhou 附表2-1 日间手术（诊疗）病种', () => {
  it('has 48 surgery diseases with 77 clinical paths and 1 day-treatment disease with 4', () => {
    expect(LANZHOU_DAY_SURGERY_DISEASES).toHaveLength(49);
    const surgery = LANZHOU_DAY_SURGERY_DISEASES.filter((e) => e.kind === 'SURGERY');
    const treatment = LANZHOU_DAY_SURGERY_DISEASES.filter((e) => e.kind === 'DAY_TREATMENT');
    expect(surgery).toHaveLength(48);
    expect(surgery.reduce((n, e) => n + e.details.length, 0)).toBe(77);
    expect(treatment.map((e) => e.code)).toEqual(['LZ-DS-49']);
    expect(treatment[0].details).toEqual(['激素治疗（用药治疗）', '人免疫球蛋白 5（用药治疗）', '人免疫球蛋白 2（用药治疗）', '艾曲泊帕（艾曲波帕）（用药治疗）']);
  });

  it('keeps every procedure of a row', () => {
    expect(byCode(LANZHOU_DAY_SURGERY_DISEASES, 'LZ-DS-01')).toMatchObject({ name: '慢性扁桃体炎', details: ['扁桃体切除术'] });
    expect(byCode(LANZHOU_DAY_SURGERY_DISEASES, 'LZ-DS-23').details).toHaveLength(4);
    expect(byCode(LANZHOU_DAY_SURGERY_DISEASES, 'LZ-DS-32')).toMatchObject({
      name: '输尿管结石',
      details: ['经尿道输尿管/肾盂激光碎石取石术', '经尿道输尿管/肾盂气压弹道碎石取石术', '经尿道输尿管/肾盂超声碎石取石术'],
    });
    expect(byCode(LANZHOU_DAY_SURGERY_DISEASES, 'LZ-DS-40').details).toHaveLength(4);
    expect(byCode(LANZHOU_DAY_SURGERY_DISEASES, 'LZ-DS-47')).toMatchObject({ name: '翼状胬肉' });
    expect(byCode(LANZHOU_DAY_SURGERY_DISEASES, 'LZ-DS-47').details).toHaveLength(5);
    expect(byCode(LANZHOU_DAY_SURGERY_DISEASES, 'LZ-DS-48').details).toEqual(['白内障超声乳化抽吸术+白内障摘除伴 人工晶体一期置入术', '白内障超声乳化抽吸术']);
  });
});

describe('Lanzhou 附表3-1 生育定额, 附表8-2 手工结算资料', () => {
  it('maternity fixed rates by level, in fen: the 10 rows of 附表3-1, then the 5 further procedures of §二(二)3', () => {
    expect(LANZHOU_MATERNITY_FIXED_RATES).toHaveLength(15);
    expect(LANZHOU_MATERNITY_FIXED_RATES.filter((r) => r.source.table === '附表3-1').map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // 000 §二(二)3: 产前检查费 定额 1000 元; 产前疾病筛查 报销标准 160 元; 住院 绝育术、输卵管（输精管）吻合术、嵌顿取环 (no 定额).
    expect(byName(LANZHOU_MATERNITY_FIXED_RATES, '产前检查费')).toMatchObject({ code: 'LZ-MAT-11', rate: { kind: 'SINGLE', rateFen: 100_000 }, benefit: 'ANTENATAL_CARE', visitTypes: ['MATERNITY_OUTPATIENT'] });
    expect(byName(LANZHOU_MATERNITY_FIXED_RATES, '产前疾病筛查')).toMatchObject({ code: 'LZ-MAT-12', rate: { kind: 'SINGLE', rateFen: 16_000 }, benefit: 'PRENATAL_SCREENING' });
    expect(byName(LANZHOU_MATERNITY_FIXED_RATES, '绝育术')).toMatchObject({ rate: { kind: 'BY_ITEM' }, benefit: 'FAMILY_PLANNING', visitTypes: ['MATERNITY_INPATIENT'] });
    expect(byName(LANZHOU_MATERNITY_FIXED_RATES, '人工流产').visitTypes).toEqual(['MATERNITY_OUTPATIENT']);
    expect(byName(LANZHOU_MATERNITY_FIXED_RATES, '正常产')).toMatchObject({ benefit: 'DELIVERY', visitTypes: ['MATERNITY_INPATIENT'] });
    expect(byName(LANZHOU_MATERNITY_FIXED_RATES, '人工流产').rate).toEqual({ kind: 'SINGLE', rateFen: 26_000 });
    expect(byName(LANZHOU_MATERNITY_FIXED_RATES, '放环、取环').rate).toEqual({ kind: 'SINGLE', rateFen: 20_000 });
    expect(byName(LANZHOU_MATERNITY_FIXED_RATES, '16周以内引产').rate).toEqual({ kind: 'BY_LEVEL', tertiaryFen: 150_000, secondaryFen: 120_000 });
    expect(byName(LANZHOU_MATERNITY_FIXED_RATES, '正常产').rate).toEqual({ kind: 'BY_LEVEL', tertiaryFen: 290_000, secondaryFen: 220_000 });
    expect(byName(LANZHOU_MATERNITY_FIXED_RATES, '剖宫产').rate).toEqual({ kind: 'BY_LEVEL', tertiaryFen: 490_000, secondaryFen: 390_000 });
    expect(byName(LANZHOU_MATERNITY_FIXED_RATES, '二次剖宫产').rate).toEqual({ kind: 'BY_LEVEL', tertiaryFen: 520_000, secondaryFen: 410_000 });
    expect(byName(LANZHOU_MATERNITY_FIXED_RATES, '剖宫产双胞胎').rate).toEqual({ kind: 'SURCHARGE', tertiaryFen: 50_000, secondaryFen: 40_000 });
  });

  it('manual-settlement cases: 5 inpatient, 3 outpatient, 2 negotiated-drug, each with its documents', () => {
    const count = (t: string) => LANZHOU_MANUAL_SETTLEMENT_CASES.filter((c) => c.type === t).length;
    expect([count('INPATIENT'), count('OUTPATIENT'), count('NEGOTIATED_DRUG')]).toEqual([5, 3, 2]);
    const newborn = LANZHOU_MANUAL_SETTLEMENT_CASES.find((c) => c.situation === '异地出生新生儿在规定期限内尚未办理参保手续因病死亡');
    expect(newborn?.documents).toContain('新生儿父母一方参保证明');
    expect(newborn?.commonDocuments).toContain('签订手工报销诚信承诺书');
    const chronic = byCode(LANZHOU_MANUAL_SETTLEMENT_CASES, 'LZ-MS-08');
    expect(chronic.documents).toContain('慢性肾衰竭透析治疗还需提供透析记录');
    const drug = byCode(LANZHOU_MANUAL_SETTLEMENT_CASES, 'LZ-MS-10');
    expect(drug).toMatchObject({ type: 'NEGOTIATED_DRUG', situation: '异地住院未直接结算', documents: '住院病历复印件' });
    expect(drug.commonDocuments).toContain('医疗机构开具的外购证明（院内购药的不需提供）');
  });
});

describe('hotlines (000 附表10, 004 §八1)', () => {
  it('Lanzhou: 65 lines over 10 districts, merged cells carried down', () => {
    expect(LANZHOU_HOTLINES).toHaveLength(65);
    expect(new Set(LANZHOU_HOTLINES.map((h) => h.district))).toEqual(
      new Set(['兰州市', '城关区', '七里河区', '西固区', '安宁区', '红古区', '永登县', '榆中县', '皋兰县', '兰州新区']),
    );
    expect(byCode(LANZHOU_HOTLINES, 'LZ-HL-01')).toMatchObject({ district: '兰州市', phone: '2912393', department: '全市医保综合咨询服务' });
    expect(LANZHOU_HOTLINES.find((h) => h.department === '医疗救助科')).toMatchObject({ district: '城关区', phone: '7821899' });
    expect(LANZHOU_HOTLINES.find((h) => h.department === '基金监管科')).toMatchObject({ district: '安宁区', phone: '7639205' });
    expect(LANZHOU_HOTLINES.find((h) => h.phone === '6235706')).toMatchObject({ district: '红古区', scope: '异地就医备案、异地就医政策咨询' });
    expect(LANZHOU_HOTLINES.at(-1)).toMatchObject({ district: '兰州新区', phone: '6839162', scope: '城乡居民医保参保登记' });
  });

  it('Jining: 16 counties and the handbook line', () => {
    expect(JINING_HOTLINES).toHaveLength(16);
    expect(JINING_HOTLINES.find((h) => h.district === '任城区')?.phone).toBe('0537-5660596');
    expect(JINING_HOTLINES.find((h) => h.district === '梁山县')?.phone).toBe('0537-7309116');
    expect(JINING_HOTLINES.find((h) => h.district === '市本级')?.phone).toBe('0537-2937536');
    expect(JINING_INQUIRY_HOTLINE.phone).toBe('0537-2937929');
  });
});

describe('Jining 计划生育/引产 limits (004 §六4(3))', () => {
  it('5 induced-labour and 9 family-planning limits, in fen', () => {
    expect(JINING_FAMILY_PLANNING_LIMITS.filter((l) => l.category === '引(流）产类')).toHaveLength(5);
    expect(JINING_FAMILY_PLANNING_LIMITS.filter((l) => l.category === '计划生育手术类')).toHaveLength(9);
    expect(byName(JINING_FAMILY_PLANNING_LIMITS, '<8周妊娠住院流产')).toMatchObject({ code: 'JN-IL-01', limitFen: 80_000 });
    expect(byName(JINING_FAMILY_PLANNING_LIMITS, '16-37周妊娠住院引(流)产')).toMatchObject({ code: 'JN-IL-04', limitFen: 130_000 });
    expect(byName(JINING_FAMILY_PLANNING_LIMITS, '>37周妊娠住院引产')).toMatchObject({ code: 'JN-IL-05', limitFen: 250_000 });
    expect(byName(JINING_FAMILY_PLANNING_LIMITS, '早期妊娠门诊流产')).toMatchObject({ code: 'JN-FP-01', limitFen: 55_000 });
    expect(byName(JINING_FAMILY_PLANNING_LIMITS, '放置宫内节育器')).toMatchObject({ limitFen: 15_000 });
    expect(byName(JINING_FAMILY_PLANNING_LIMITS, '开腹(或经腹腔镜)取环术')).toMatchObject({ code: 'JN-FP-07', limitFen: 200_000 });
    expect(byName(JINING_FAMILY_PLANNING_LIMITS, '输精管结扎术')).toMatchObject({ code: 'JN-FP-09', limitFen: 60_000 });
  });
});

describe('Yinchuan cross-province chronic diseases (002 §一(二)2)', () => {
  const codes = ['M03900', 'M01600', 'M00500', 'M07801', 'M08301', 'M08302', 'M08303', 'M08304', 'M08305', 'M08306'];

  it('lists the 10 national codes for each scheme', () => {
    expect(YINCHUAN_EMPLOYEE_CHRONIC.map((e) => e.code)).toEqual(codes);
    expect(YINCHUAN_RESIDENT_CHRONIC.map((e) => e.code)).toEqual(codes);
    expect(YINCHUAN_EMPLOYEE_CHRONIC.every((e) => e.scheme === 'EMPLOYEE' && e.city === 'YINCHUAN')).toBe(true);
    expect(YINCHUAN_RESIDENT_CHRONIC.every((e) => e.scheme === 'RESIDENT' && e.city === 'YINCHUAN')).toBe(true);
  });

  it('caps: 3,500 / 2,400 for hypertension and diabetes; none / 13,000, 20,000, 28,000 otherwise', () => {
    const cap = (rows: typeof YINCHUAN_EMPLOYEE_CHRONIC, code: string) => byCode(rows, code).annualLimitFen;
    expect(codes.map((c) => cap(YINCHUAN_EMPLOYEE_CHRONIC, c))).toEqual([350_000, 350_000, null, null, null, null, null, null, null, null]);
    expect(codes.map((c) => cap(YINCHUAN_RESIDENT_CHRONIC, c))).toEqual([
      240_000, 240_000, 1_300_000, 2_000_000, 2_800_000, 2_800_000, 2_800_000, 2_800_000, 2_800_000, 2_800_000,
    ]);
    expect(byCode(YINCHUAN_RESIDENT_CHRONIC, 'M07801')).toMatchObject({ category: '慢性肾功能衰竭', name: '透析' });
    expect(byCode(YINCHUAN_RESIDENT_CHRONIC, 'M08306')).toMatchObject({ category: '器官移植抗排异治疗', name: '肝肾移植抗排异治疗' });
  });
});

describe('lookups and invariants', () => {
  it('findChronicDisease looks up by city, scheme and code', () => {
    expect(findChronicDisease('LANZHOU', 'EMPLOYEE', 'LZ-EC-12')?.name).toBe('血友病');
    expect(findChronicDisease('LANZHOU', 'RESIDENT', 'LZ-RC-07')?.annualLimitFen).toBe(7_000_000);
    expect(findChronicDisease('YINCHUAN', 'RESIDENT', 'M07801')?.annualLimitFen).toBe(2_000_000);
    expect(findChronicDisease('YINCHUAN', 'EMPLOYEE', 'M07801')?.annualLimitFen).toBeNull();
    expect(findChronicDisease('LANZHOU', 'RESIDENT', 'LZ-EC-12')).toBeUndefined();
    expect(findChronicDisease('JINING', 'EMPLOYEE', 'M03900')).toBeUndefined();
  });

  it('findMajorDisease looks up 附表4 rows by code', () => {
    expect(findMajorDisease('LZ-MD-01-1')?.annualLimitFen).toBe(6_750_000);
    expect(findMajorDisease('LZ-MD-07')?.name).toBe('血友病');
    expect(findMajorDisease('LZ-MD-01')).toBeUndefined();
  });

  it('codes are unique: across the Lanzhou and Jining tables, and within each Yinchuan scheme', () => {
    expectUniqueCodes([
      LANZHOU_EMPLOYEE_CHRONIC, LANZHOU_RESIDENT_CHRONIC, LANZHOU_MAJOR_DISEASES, LANZHOU_TCM_DAY_CLINIC_DISEASES,
      LANZHOU_EMERGENCY_DISEASES, LANZHOU_ASSISTANCE_MAJOR_DISEASES, LANZHOU_DAY_SURGERY_DISEASES,
      LANZHOU_MATERNITY_FIXED_RATES, LANZHOU_MANUAL_SETTLEMENT_CASES, LANZHOU_HOTLINES, JINING_HOTLINES,
      [JINING_INQUIRY_HOTLINE], JINING_FAMILY_PLANNING_LIMITS,
    ].flat());
    expectUniqueCodes(YINCHUAN_EMPLOYEE_CHRONIC);
    expectUniqueCodes(YINCHUAN_RESIDENT_CHRONIC);
  });

  it('every amount is a non-negative integer of fen', () => {
    const amounts = [
      ...Object.values(CHRONIC_DISEASES).flatMap((s) => Object.values(s)).flat().map((e) => e.annualLimitFen).filter((v) => v !== null),
      ...LANZHOU_MAJOR_DISEASES.map((e) => e.annualLimitFen),
      ...LANZHOU_TWO_DISEASE_LIMITS.map((e) => e.annualLimitFen),
      ...LANZHOU_MATERNITY_FIXED_RATES.flatMap((e) => Object.values(e.rate).filter((v) => typeof v === 'number')),
      ...JINING_FAMILY_PLANNING_LIMITS.map((e) => e.limitFen),
      LANZHOU_MULTIPLE_CHRONIC_RULE.extraLimitFen,
    ];
    // capped chronic 34 + 45 + 2 + 10, 附表4 61, 两病 3, 附表3-1 2 + 7 x 2 + 2 and §二(二)3 2, Jining 14, the +500 rule 1
    expect(amounts).toHaveLength(190);
    for (const v of amounts) expect(Number.isSafeInteger(v) && (v as number) >= 0, String(v)).toBe(true);
  });
});

const seedsDir = fileURLToPath(new URL('../../sources/', import.meta.url));
const seed = (prefix: string) => {
  const files: Record<string, string> = { '000': '000_e4c384301bce650c.txt', '002': '002_8466841c39c32e27.txt', '004': '004_93a1d09985f33254.txt' };
  return readFileSync(seedsDir + files[prefix], 'utf8');
};

describe('every transcribed string occurs verbatim in its source', () => {
  it('names, details, notes and documents', () => {
    const rows: { strings: (string | null | undefined)[]; source: { document: string } }[] = [
      ...[LANZHOU_EMPLOYEE_CHRONIC, LANZHOU_RESIDENT_CHRONIC, LANZHOU_MAJOR_DISEASES].flat().map((e) => ({ strings: [e.name], source: e.source })),
      ...LANZHOU_MAJOR_DISEASES.map((e) => ({ strings: [e.notes], source: e.source })),
      ...[LANZHOU_TCM_DAY_CLINIC_DISEASES, LANZHOU_EMERGENCY_DISEASES, LANZHOU_ASSISTANCE_MAJOR_DISEASES, LANZHOU_DAY_SURGERY_DISEASES]
        .flat()
        .map((e) => ({ strings: [e.name, ...(e.details ?? [])], source: e.source })),
      ...LANZHOU_MATERNITY_FIXED_RATES.map((e) => ({ strings: [e.name], source: e.source })),
      ...LANZHOU_TWO_DISEASE_LIMITS.map((e) => ({ strings: [e.name], source: e.source })),
      { strings: [LANZHOU_MULTIPLE_CHRONIC_RULE.text], source: LANZHOU_MULTIPLE_CHRONIC_RULE.sources[0] },
      ...LANZHOU_MANUAL_SETTLEMENT_CASES.map((e) => ({ strings: [e.typeText, e.situation, e.documents, e.commonDocuments], source: e.source })),
      ...[...LANZHOU_HOTLINES, ...JINING_HOTLINES, JINING_INQUIRY_HOTLINE].map((e) => ({ strings: [e.district, e.phone, e.department, e.scope], source: e.source })),
      ...JINING_FAMILY_PLANNING_LIMITS.map((e) => ({ strings: [e.category, e.name], source: e.source })),
      ...[...YINCHUAN_EMPLOYEE_CHRONIC, ...YINCHUAN_RESIDENT_CHRONIC].map((e) => ({ strings: [e.code, e.category, e.name], source: e.source })),
    ];
    const texts = new Map(['000', '002', '004'].map((d) => [d, seed(d)]));
    for (const row of rows) {
      for (const s of row.strings) if (s) expect(texts.get(row.source.document)?.includes(s), s).toBe(true);
    }
  });
});
