/**
 * The `institutions` connection through GraphQL: name and alias search (Chinese
 * substrings, spacing and bracket widths ignored), combined filters, keyset paging, the
 * page-size limit, sources with the name as each row writes it, and node(id:). Expected
 * values are read off 000 附表1-1 … 附表9 and 002 §二(二)1 by hand.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const FIELDS = `id code name aliases level city address designations
  designationDetails { designation restriction } sources { document table row nameAsWritten }`;
const PAGE = `query($first: Int, $after: String, $filter: InstitutionFilter) {
  institutions(first: $first, after: $after, filter: $filter) {
    edges { cursor node { ${FIELDS} } }
    pageInfo { hasNextPage endCursor }
  }
}`;

async function page(variables: Record<string, unknown>) {
  const { body } = await server.gql(PAGE, variables);
  expect(body.errors).toBeUndefined();
  return body.data.institutions as { edges: { cursor: string; node: any }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

/** Every record the filter matches, paging with `size`. */
async function all(filter: Record<string, unknown> = {}, size = 100) {
  const nodes: any[] = [];
  let after: string | null = null;
  for (;;) {
    const result = await page({ first: size, after, filter });
    nodes.push(...result.edges.map((e) => e.node));
    if (!result.pageInfo.hasNextPage) return nodes;
    after = result.pageInfo.endCursor;
  }
}

const search = (text: string, filter: Record<string, unknown> = {}) => all({ ...filter, search: text });
const refs = (node: any) => node.sources.map((s: any) => `${s.table}#${s.row}`);

describe('search', () => {
  it('96604 finds one record holding every designation of its four rows, its other spellings as aliases', async () => {
    const hits = await search('96604');
    expect(hits).toHaveLength(1);
    const [hospital] = hits;
    expect(hospital).toMatchObject({
      name: '中国人民解放军 96604 部队医院',
      aliases: ['中国人民解放军 第 96604 部队医院', '中国人民解放军第 96604 部队医院'],
      level: 'TERTIARY',
      city: 'LANZHOU',
      address: '兰州市城关区静宁南路 74 号体检中心',
      designations: ['NEGOTIATED_DRUG', 'DAY_SURGERY', 'MATERNITY', 'RETIRED_CADRE_CHECKUP'],
    });
    expect(hospital.sources).toEqual([
      { document: '000', table: '附表1-1', row: 18, nameAsWritten: '中国人民解放军 96604 部队医院' },
      { document: '000', table: '附表2-2', row: 13, nameAsWritten: '中国人民解放军 第 96604 部队医院' },
      { document: '000', table: '附表3-2', row: 32, nameAsWritten: '中国人民解放军第 96604 部队医院' },
      { document: '000', table: '附表9', row: 2, nameAsWritten: '中国人民解放军 第 96604 部队医院' },
    ]);
    expect((await search('中国人民解放军第96604部队医院')).map((n) => n.id)).toEqual([hospital.id]);
  });

  it('九四〇 finds the 940 hospital and, as its own record, the 安宁医疗区 campus', async () => {
    const hits = await search('九四〇');
    expect(hits.map((n) => n.name)).toEqual(['联勤保障部队九四〇医院', '联勤保障部队九四〇医院 安宁医疗区']);
    const [hospital, campus] = hits;
    expect(hospital.aliases).toEqual(['联勤保障部队 九四〇医院']);
    expect(refs(hospital)).toEqual(['附表1-1#5', '附表2-2#12', '附表3-2#8', '附表8-1#4', '附表9#1']);
    expect(hospital.designations).toEqual(['NEGOTIATED_DRUG', 'DAY_SURGERY', 'MATERNITY', 'REFERRAL', 'RETIRED_CADRE_CHECKUP']);
    expect(campus).toMatchObject({ aliases: [], designations: ['MATERNITY'], level: 'UNRATED', address: null });
    expect(refs(campus)).toEqual(['附表3-2#9']);
  });

  it('a search matching only an alias finds the record', async () => {
    const [ningxia] = await search('宁夏人民医院');
    expect(ningxia).toMatchObject({ code: 'YC-I-02', name: '宁夏回族自治区人民医院', aliases: ['宁夏人民医院'], city: 'YINCHUAN' });
    expect(await search('宁夏人民医院')).toHaveLength(1);
    const hits = await search('中核五〇四');
    expect(hits.map((n) => n.name)).toEqual(['兰州五零四医院']);
    expect(hits[0].aliases).toEqual(['中核五〇四医院']);
  });

  it('兰州市第二人民医院 holds REFERRAL restricted to 限肝病; the written form with the suffix finds it too', async () => {
    const [hospital] = await search('兰州市第二人民医院');
    expect(hospital.designationDetails).toContainEqual({ designation: 'REFERRAL', restriction: '限肝病' });
    expect(hospital.designationDetails.filter((d: any) => d.restriction !== null)).toHaveLength(1);
    expect(hospital.sources).toContainEqual({ document: '000', table: '附表8-1', row: 9, nameAsWritten: '兰州市第二人民医院（限肝病）' });
    expect((await search('兰州市第二人民医院（限肝病）')).map((n) => n.id)).toEqual([hospital.id]);
  });

  it('ignores spaces and bracket widths; a query never matches across two spellings', async () => {
    expect((await search('甘肃省 康复中心医院')).map(refs)).toEqual([['附表1-1#19', '附表2-2#10', '附表3-2#27']]);
    expect((await search('兰州大学第二医院西固医院（西固区人民医院）')).map(refs)).toEqual([['附表2-2#16', '附表3-2#18']]);
    expect(await search('医院宁夏')).toEqual([]);
    expect(await search('zzz-no-such-institution')).toEqual([]);
  });
});

describe('filters combine', () => {
  it('city', async () => {
    expect(await all({ city: 'YINCHUAN' })).toHaveLength(2);
    expect(await all({ city: 'LANZHOU' })).toHaveLength(123);
    expect((await all({ city: 'JINING' })).map((i: { name: string }) => i.name)).toEqual(['济宁市第一人民医院']); // 004 §二(一)5②
  });

  it('designation and level: 附表2-2 has 19 三级, 13 二级 and 2 民营 institutions', async () => {
    expect(await all({ designation: 'DAY_SURGERY' })).toHaveLength(34);
    expect(await all({ designation: 'DAY_SURGERY', level: 'TERTIARY' })).toHaveLength(19);
    expect(await all({ designation: 'DAY_SURGERY', level: 'SECONDARY', city: 'LANZHOU' })).toHaveLength(13);
    expect((await all({ designation: 'DAY_SURGERY', level: 'UNRATED' })).map((n) => n.name)).toEqual(['甘肃创伤骨科医院', '兰州医博肛肠医院']);
    expect(await all({ designation: 'REFERRAL' })).toHaveLength(11);
    expect(await all({ designation: 'TCM_DAY_CLINIC', level: 'PRIMARY' })).toHaveLength(14);
    expect(await all({ level: 'PHARMACY' })).toHaveLength(45);
  });

  it('search with designation and city', async () => {
    expect(await search('九四〇', { designation: 'MATERNITY' })).toHaveLength(2);
    expect((await search('九四〇', { designation: 'REFERRAL' })).map((n) => n.name)).toEqual(['联勤保障部队九四〇医院']);
    expect(await search('九四〇', { city: 'YINCHUAN' })).toEqual([]);
    expect((await search('医院', { designation: 'CROSS_PROVINCE_CHRONIC' })).map((n) => n.code)).toEqual(['YC-I-01', 'YC-I-02']);
  });
});

describe('paging', () => {
  it('pages of 100 return every one of the 126 records exactly once, in directory order', async () => {
    const first = await page({ first: 100 });
    expect(first.edges).toHaveLength(100);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await page({ first: 100, after: first.pageInfo.endCursor });
    expect(second.edges).toHaveLength(26);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const codes = [...first.edges, ...second.edges].map((e) => e.node.code);
    expect(new Set(codes).size).toBe(126);
    expect(codes[0]).toBe('LZ-I-001');
    expect(codes.slice(-4)).toEqual(['LZ-I-123', 'YC-I-01', 'YC-I-02', 'JN-I-001']);
    expect(first.edges.at(-1)?.cursor).toBe(first.pageInfo.endCursor);
  });

  it('cursors work across pages of a filtered list: 73 negotiated-drug institutions in pages of 30', async () => {
    const sizes: number[] = [];
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const result = await page({ first: 30, after, filter: { designation: 'NEGOTIATED_DRUG' } });
      sizes.push(result.edges.length);
      ids.push(...result.edges.map((e) => e.node.id));
      after = result.pageInfo.hasNextPage ? result.pageInfo.endCursor : null;
    } while (after);
    expect(sizes).toEqual([30, 30, 13]);
    expect(new Set(ids).size).toBe(73);
  });

  it('first above 100 is an error with a code; so is a cursor from nowhere', async () => {
    const tooMany = await server.gql(PAGE, { first: 101 });
    expect(tooMany.body.data).toBeNull();
    expect(tooMany.body.errors?.[0].extensions.code).toBe('PAGE_SIZE_LIMIT');
    const negative = await server.gql(PAGE, { first: -1 });
    expect(negative.body.errors?.[0].extensions.code).toBe('PAGE_SIZE_LIMIT');
    const badCursor = await server.gql(PAGE, { first: 10, after: 'not-a-cursor' });
    expect(badCursor.body.errors?.[0].extensions.code).toBe('INVALID_CURSOR');
  });
});

describe('node(id:)', () => {
  it('round trips an institution by its global id', async () => {
    const [hospital] = await search('96604');
    const { body } = await server.gql(`query($id: ID!) { node(id: $id) { __typename ... on Institution { ${FIELDS} } } }`, { id: hospital.id });
    expect(body.errors).toBeUndefined();
    expect(body.data.node).toEqual({ __typename: 'Institution', ...hospital });
  });

  it('an id that names no record finds nothing, and does not disturb the others of a batch', async () => {
    const [hospital] = await search('96604');
    const missing = btoa('Institution:99999');
    const garbage = btoa('Institution:abc');
    const { body } = await server.gql('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [garbage, hospital.id, missing] });
    expect(body.errors).toBeUndefined();
    expect(body.data.nodes).toEqual([null, { id: hospital.id }, null]);
  });
});
