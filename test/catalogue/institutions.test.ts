/**
 * The institution catalogue (定点医药机构名录): every table transcribed in full and every
 * cell as written (checked against the seed text itself), and the de-duplicated records.
 * Expected counts, codes and merges were worked out by reading 000 附表1-1 … 附表9 and
 * 002 §二(二)1, not from the code's output.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { InstitutionRecord, InstitutionRow } from '../../src/catalogue/types';
import {
  ALL_INSTITUTIONS, DAY_SURGERY_INSTITUTION_ROWS, LANZHOU_INSTITUTION_ROWS, LANZHOU_INSTITUTIONS,
  MATERNITY_INSTITUTION_ROWS, NEGOTIATED_DRUG_INSTITUTION_ROWS, NEGOTIATED_DRUG_PHARMACY_ROWS,
  REFERRAL_INSTITUTION_ROWS, RETIRED_CADRE_CHECKUP_HOSPITAL_ROWS, TCM_DAY_CLINIC_CENTRE_ROWS,
  YINCHUAN_CROSS_PROVINCE_CHRONIC_ROWS, YINCHUAN_INSTITUTIONS, institutionMatchesSearch, JINING_INSTITUTIONS, JINING_RARE_DISEASE_ROWS,
  normaliseInstitutionName, splitRestriction,
} from '../../src/catalogue/institutions';
import { parseLevelText } from '../../src/catalogue/institutions/levels';

const SEEDS = fileURLToPath(new URL('../../sources/', import.meta.url));
const GUIDE = readFileSync(`${SEEDS}000_e4c384301bce650c.txt`, 'utf8');
const YINCHUAN = readFileSync(`${SEEDS}002_8466841c39c32e27.txt`, 'utf8');

/** The text of one appendix table: from its heading line to the next 附表 heading. */
function appendixTable(table: string): string {
  const heading = `\n附表 ${table.replace('附表', '')}\n`;
  const start = GUIDE.lastIndexOf(heading);
  const end = GUIDE.indexOf('\n附表 ', start + heading.length);
  return GUIDE.slice(start, end);
}

const search = (query: string, records: InstitutionRecord[] = ALL_INSTITUTIONS) =>
  records.filter((record) => institutionMatchesSearch(record, query));
const only = (query: string) => {
  const hits = search(query);
  expect(hits.map((hit) => hit.name)).toHaveLength(1);
  return hits[0];
};
const refs = (record: InstitutionRecord) => record.sources.map((s) => `${s.table}#${s.row}`);

const TABLES: Array<[string, InstitutionRow[], number, string]> = [
  // [table, rows, count the source states or that the table holds, designation]
  ['附表1-1', NEGOTIATED_DRUG_INSTITUTION_ROWS, 28, 'NEGOTIATED_DRUG'], // 三定: 共设有 28 家
  ['附表1-2', NEGOTIATED_DRUG_PHARMACY_ROWS, 45, 'NEGOTIATED_DRUG'], // 三定: 共设有 45 家
  ['附表2-2', DAY_SURGERY_INSTITUTION_ROWS, 34, 'DAY_SURGERY'], // 全市 34 家定点医疗机构
  ['附表3-2', MATERNITY_INSTITUTION_ROWS, 49, 'MATERNITY'], // 49 家生育保险定点医疗机构
  ['附表5-2', TCM_DAY_CLINIC_CENTRE_ROWS, 14, 'TCM_DAY_CLINIC'], // 等 14 家基层定点医疗机构
  ['附表8-1', REFERRAL_INSTITUTION_ROWS, 11, 'REFERRAL'], // 序号 1-11, counted
  ['附表9', RETIRED_CADRE_CHECKUP_HOSPITAL_ROWS, 8, 'RETIRED_CADRE_CHECKUP'], // 序号 1-8, counted
];

describe('institution tables, row by row', () => {
  it.each(TABLES)('%s has the count the source gives, every row sourced in 序号 order', (table, rows, count, designation) => {
    expect(rows).toHaveLength(count);
    rows.forEach((row, index) => {
      expect(row.source).toEqual({ document: '000', table, row: index + 1 });
      expect(row.city).toBe('LANZHOU');
      expect(row.designation).toBe(designation);
    });
  });

  it.each(TABLES)('%s: every row\'s cells are written in the source exactly as transcribed', (table, rows) => {
    const text = appendixTable(table);
    for (const row of rows) {
      const cells = [row.name, row.levelText ?? row.address].filter((cell) => cell !== undefined);
      const written = `${row.source.row}\t${cells.join('\t')}`;
      expect(text.includes(`\n${written}`) || text.includes(`\t${written}`), written).toBe(true);
      if (row.district !== undefined) expect(row.address).toContain(row.district);
    }
  });

  it('Yinchuan: four mentions of the two hospitals in 002 §二(二)1, in reading order', () => {
    expect(YINCHUAN_CROSS_PROVINCE_CHRONIC_ROWS.map((row) => row.name)).toEqual([
      '宁夏医科大学总医院', '宁夏回族自治区人民医院', '宁夏医科大学总医院', '宁夏人民医院',
    ]);
    YINCHUAN_CROSS_PROVINCE_CHRONIC_ROWS.forEach((row, index) => {
      expect(row.source).toEqual({ document: '002', table: '§二(二)1', row: index + 1 });
      expect(row.city).toBe('YINCHUAN');
      expect(row.designation).toBe('CROSS_PROVINCE_CHRONIC');
      expect(YINCHUAN.replace(/\s+/g, '')).toContain(row.name);
    });
  });

  it('spot rows as the source writes them', () => {
    expect(NEGOTIATED_DRUG_INSTITUTION_ROWS[17].name).toBe('中国人民解放军 96604 部队医院');
    expect(NEGOTIATED_DRUG_INSTITUTION_ROWS[26].name).toBe('甘肃爱尔眼视光医院有限公司');
    expect(NEGOTIATED_DRUG_PHARMACY_ROWS[44]).toMatchObject({
      name: '甘肃京东大药房有限公司兰州东岗西路分店',
      address: '甘肃省兰州市城关区渭源路街道东岗西路24号独立商铺1层102室',
      district: '城关区',
    });
    expect(MATERNITY_INSTITUTION_ROWS[8].name).toBe('联勤保障部队九四〇医院 安宁医疗区');
    expect(MATERNITY_INSTITUTION_ROWS[48].name).toBe('兰州市西固区妇幼保健院');
    expect(TCM_DAY_CLINIC_CENTRE_ROWS[0].name).toBe('团结新村街道社区卫生服务中心');
    expect(REFERRAL_INSTITUTION_ROWS[9]).toMatchObject({
      name: '兰州市第三人民医院（限精神类疾病）', restriction: '限精神类疾病',
    });
    expect(RETIRED_CADRE_CHECKUP_HOSPITAL_ROWS[1].address).toBe('兰州市城关区静宁南路 74 号体检中心');
  });
});

describe('levels', () => {
  it('reads the 附表2-2 level column: 三级 -> TERTIARY, 二级 -> SECONDARY, 民营 -> UNRATED', () => {
    expect(DAY_SURGERY_INSTITUTION_ROWS[0]).toMatchObject({ name: '甘肃省人民医院', level: 'TERTIARY', levelText: '三级' });
    expect(DAY_SURGERY_INSTITUTION_ROWS[12]).toMatchObject({ level: 'TERTIARY', levelText: '三级' });
    expect(DAY_SURGERY_INSTITUTION_ROWS[19]).toMatchObject({ name: '兰州市妇幼保健院', level: 'SECONDARY', levelText: '二级' });
    expect(DAY_SURGERY_INSTITUTION_ROWS[33]).toMatchObject({ name: '兰州医博肛肠医院', level: 'UNRATED', levelText: '民营' });
    expect(DAY_SURGERY_INSTITUTION_ROWS.filter((row) => row.level === 'TERTIARY')).toHaveLength(19);
    expect(DAY_SURGERY_INSTITUTION_ROWS.filter((row) => row.level === 'SECONDARY')).toHaveLength(13);
  });

  it('pharmacies are PHARMACY, community centres PRIMARY, unstated rows null', () => {
    expect(NEGOTIATED_DRUG_PHARMACY_ROWS.every((row) => row.level === 'PHARMACY')).toBe(true);
    expect(TCM_DAY_CLINIC_CENTRE_ROWS.every((row) => row.level === 'PRIMARY')).toBe(true);
    for (const rows of [NEGOTIATED_DRUG_INSTITUTION_ROWS, MATERNITY_INSTITUTION_ROWS, REFERRAL_INSTITUTION_ROWS]) {
      expect(rows.every((row) => row.level === null && row.levelText === undefined)).toBe(true);
    }
  });

  it('parses graded tertiary levels and rejects an unknown text', () => {
    expect(parseLevelText('三级甲等')).toBe('TERTIARY_A');
    expect(parseLevelText('三级乙等')).toBe('TERTIARY_B');
    expect(parseLevelText('一级')).toBe('PRIMARY');
    expect(() => parseLevelText('特级')).toThrow();
  });

  it('a record takes the most specific level any row states, UNRATED when none does', () => {
    expect(only('兰州市妇幼保健院').level).toBe('SECONDARY'); // 附表2-2 row 20 二级; 附表3-2 states none
    expect(only('兰州新区第一人民医院').level).toBe('UNRATED'); // 附表1-1 and 3-2 state none
    expect(only('甘肃创伤骨科医院').level).toBe('UNRATED'); // 民营
    expect(only('团结新村').level).toBe('PRIMARY');
  });
});

describe('normaliseInstitutionName', () => {
  it('unifies the three spellings of the 96604 hospital', () => {
    const forms = ['中国人民解放军 96604 部队医院', '中国人民解放军 第 96604 部队医院', '中国人民解放军第 96604 部队医院']
      .map(normaliseInstitutionName);
    expect(new Set(forms)).toEqual(new Set(['中国人民解放军96604部队医院']));
  });

  it('folds full-width brackets and digits, drops whitespace and a restriction suffix', () => {
    expect(normaliseInstitutionName('兰州市第二人民医院（限肝病）')).toBe('兰州市第二人民医院');
    expect(normaliseInstitutionName('兰州大学第二医院 西固医院(西固区 人民医院)')).toBe('兰州大学第二医院西固医院(西固区人民医院)');
    expect(normaliseInstitutionName('甘肃至仁同济大药房连锁有限公司１００分店')).toBe('甘肃至仁同济大药房连锁有限公司100分店');
    expect(splitRestriction('兰州市肺科医院（限传染病）')).toEqual({ name: '兰州市肺科医院', restriction: '限传染病' });
  });
});

describe('merged records', () => {
  it('codes are unique and run LZ-I-001… and YC-I-01… in order of first appearance', () => {
    const codes = ALL_INSTITUTIONS.map((record) => record.code);
    expect(new Set(codes).size).toBe(codes.length);
    LANZHOU_INSTITUTIONS.forEach((record, index) => expect(record.code).toBe(`LZ-I-${String(index + 1).padStart(3, '0')}`));
    expect(YINCHUAN_INSTITUTIONS.map((record) => record.code)).toEqual(['YC-I-01', 'YC-I-02']);
  });

  it('Lanzhou has 123 institutions: 28 + 45 + 14 new in 附表2-2 + 22 new in 附表3-2 + 14, none new in 8-1 or 9', () => {
    expect(LANZHOU_INSTITUTIONS).toHaveLength(123);
    const at = (code: string) => LANZHOU_INSTITUTIONS.find((record) => record.code === code)?.name;
    expect(at('LZ-I-001')).toBe('甘肃省人民医院');
    expect(at('LZ-I-028')).toBe('兰州市红古区人民医院');
    expect(at('LZ-I-029')).toBe('国药控股甘肃有限公司兰州慢性病管理专业药房市二院店');
    expect(at('LZ-I-074')).toBe('甘肃宝石花医院'); // 附表2-2 row 11, its first new row
    expect(at('LZ-I-087')).toBe('兰州医博肛肠医院');
    expect(at('LZ-I-088')).toBe('中国人民武装警察部队 甘肃省总队医院'); // 附表3-2 row 7
    expect(at('LZ-I-089')).toBe('联勤保障部队九四〇医院 安宁医疗区');
    expect(at('LZ-I-109')).toBe('兰州市西固区妇幼保健院');
    expect(at('LZ-I-110')).toBe('团结新村街道社区卫生服务中心');
    expect(at('LZ-I-123')).toBe('伏龙坪街道社区卫生服务中心');
  });

  it('every row is the source of exactly one record', () => {
    const all = [...LANZHOU_INSTITUTION_ROWS, ...YINCHUAN_CROSS_PROVINCE_CHRONIC_ROWS, ...JINING_RARE_DISEASE_ROWS].map((row) => row.source);
    const held = ALL_INSTITUTIONS.flatMap((record) => record.sources);
    expect(held).toHaveLength(all.length);
    expect(new Set(held.map((s) => `${s.document}${s.table}#${s.row}`)).size).toBe(all.length);
  });

  it('96604 finds one record with every designation its tables give it', () => {
    const record = only('96604');
    expect(record.name).toBe('中国人民解放军 96604 部队医院');
    expect(record.aliases).toEqual(['中国人民解放军 第 96604 部队医院', '中国人民解放军第 96604 部队医院']);
    expect(refs(record)).toEqual(['附表1-1#18', '附表2-2#13', '附表3-2#32', '附表9#2']);
    expect(record.designations).toEqual(['NEGOTIATED_DRUG', 'DAY_SURGERY', 'MATERNITY', 'RETIRED_CADRE_CHECKUP']);
    expect(record.level).toBe('TERTIARY');
    expect(record.address).toBe('兰州市城关区静宁南路 74 号体检中心');
  });

  it('九四〇 finds the 940 hospital and, apart, its 安宁医疗区 campus', () => {
    const hits = search('九四〇');
    expect(hits).toHaveLength(2);
    const [hospital, campus] = hits;
    expect(hospital).toMatchObject({ code: 'LZ-I-005', name: '联勤保障部队九四〇医院', level: 'TERTIARY' });
    expect(hospital.aliases).toEqual(['联勤保障部队 九四〇医院']);
    expect(refs(hospital)).toEqual(['附表1-1#5', '附表2-2#12', '附表3-2#8', '附表8-1#4', '附表9#1']);
    expect(hospital.designations).toEqual(['NEGOTIATED_DRUG', 'DAY_SURGERY', 'MATERNITY', 'REFERRAL', 'RETIRED_CADRE_CHECKUP']);
    expect(hospital.address).toBe('滨河路 940 医院大门向西 500 米体检中心');
    expect(campus).toMatchObject({ name: '联勤保障部队九四〇医院 安宁医疗区', level: 'UNRATED', designations: ['MATERNITY'], address: null });
    expect(refs(campus)).toEqual(['附表3-2#9']);
  });

  it('兰州市第二人民医院 carries the REFERRAL restriction 限肝病, its written form kept as an alias', () => {
    const record = only('兰州市第二人民医院');
    expect(record.name).toBe('兰州市第二人民医院');
    expect(record.aliases).toEqual(['兰州市第二人民医院（限肝病）']);
    expect(record.restrictions).toEqual({ REFERRAL: '限肝病' });
    expect(record.designations).toEqual(['NEGOTIATED_DRUG', 'DAY_SURGERY', 'MATERNITY', 'REFERRAL', 'RETIRED_CADRE_CHECKUP']);
    expect(only('兰州市第三人民医院').restrictions).toEqual({ REFERRAL: '限精神类疾病' });
    expect(only('兰州市肺科医院').restrictions).toEqual({ REFERRAL: '限传染病' });
  });

  it('merges the spellings the source shows to be one institution', () => {
    expect(refs(only('华夏眼科'))).toEqual(['附表1-1#15', '附表2-2#24']);
    expect(refs(only('西固区人民医院'))).toEqual(['附表2-2#16', '附表3-2#18']);
    expect(refs(only('七里河区人民医院'))).toEqual(['附表2-2#32', '附表3-2#48']);
    expect(refs(only('五零四'))).toEqual(['附表2-2#29', '附表3-2#23']);
    expect(refs(only('中核五〇四'))).toEqual(['附表2-2#29', '附表3-2#23']);
    expect(refs(only('兰州石化总医院'))).toEqual(['附表1-1#12', '附表3-2#15']);
    expect(refs(only('皋兰县中医医院'))).toEqual(['附表2-2#18', '附表3-2#41']);
    expect(refs(only('甘肃省康复中心医院'))).toEqual(['附表1-1#19', '附表2-2#10', '附表3-2#27']);
    expect(refs(only('甘肃省第三人民医院'))).toEqual(['附表1-1#16', '附表2-2#9', '附表3-2#38']);
  });

  it('keeps campuses and look-alike names apart', () => {
    expect(search('甘肃省人民医院西院区').map(refs)).toEqual([['附表3-2#37']]);
    expect(search('兰州大学第一医院西站院区').map(refs)).toEqual([['附表3-2#13']]);
    expect(refs(only('红古区人民医院'))).toEqual(['附表1-1#28', '附表3-2#28']);
    expect(refs(LANZHOU_INSTITUTIONS[0])).toEqual(['附表1-1#1', '附表2-2#1', '附表3-2#1', '附表8-1#1', '附表9#3']);
    expect(refs(only('兰州普瑞眼科医院'))).toEqual(['附表1-1#13', '附表2-2#23']);
    expect(refs(only('兰州普瑞眼视光医院'))).toEqual(['附表1-1#17', '附表2-2#22']);
    expect(search('兰州手足外科')).toHaveLength(2);
    expect(search('兰州市七里河区').map(refs)).toEqual([['附表2-2#32', '附表3-2#48'], ['附表3-2#31']]);
  });

  it('Jining: the designated rare-disease hospital of 004 §二(一)5②, as the handbook writes it', () => {
    expect(JINING_INSTITUTIONS.map((r) => [r.code, r.name, r.city, r.level, r.designations])).toEqual([['JN-I-001', '济宁市第一人民医院', 'JINING', 'UNRATED', ['RARE_DISEASE']]]);
    expect(readFileSync(`${SEEDS}004_93a1d09985f33254.txt`, 'utf8')).toContain('济宁市第一人民医院为我市定点罕见病治疗医院');
  });

  it('Yinchuan: the two cross-province chronic-disease hospitals', () => {
    expect(YINCHUAN_INSTITUTIONS.map((record) => [record.name, record.aliases, record.city, record.designations]))
      .toEqual([
        ['宁夏医科大学总医院', [], 'YINCHUAN', ['CROSS_PROVINCE_CHRONIC']],
        ['宁夏回族自治区人民医院', ['宁夏人民医院'], 'YINCHUAN', ['CROSS_PROVINCE_CHRONIC']],
      ]);
    expect(search('宁夏人民医院').map((record) => record.code)).toEqual(['YC-I-02']);
  });
});
