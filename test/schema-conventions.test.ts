/**
 * The conventions of the public schema, checked on the checked-in SDL (schema/schema.graphql,
 * which test/schema-sdl.test.ts keeps equal to the code's schema), so that every type a
 * session adds follows them: connections named by their node with totalCount and nodes and
 * paging both ways; DateTime for timestamps; enums for closed sets; mutations of one `input`
 * returning a payload with userErrors; every object with an id a Node; descriptions in
 * Chinese and English on every input type and enum value. And the one registry of error
 * codes: every code written anywhere in src/ is in src/error-codes.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema, getNamedType, isEnumType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLEnumType,
  type GraphQLObjectType, type GraphQLType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../src/error-codes';

const sdl = readFileSync(new URL('../schema/schema.graphql', import.meta.url), 'utf8');
const schema = buildSchema(sdl);
const types = Object.values(schema.getTypeMap()).filter((t) => !t.name.startsWith('__'));
const objects = types.filter(isObjectType);
const han = /\p{Script=Han}/u;
const english = /[A-Za-z]{3,}/;
const bilingual = (text: string | null | undefined) => !!text && han.test(text) && english.test(text);

/** Every field of every object and interface type, as "Type.field". */
const fields = types.flatMap((t) =>
  isObjectType(t) || isInterfaceType(t) ? Object.values(t.getFields()).map((f) => ({ owner: t, field: f, at: `${t.name}.${f.name}` })) : [],
);

/** The type written out, e.g. "[Institution!]!". */
const typeText = (t: GraphQLType) => String(t);

describe('connections', () => {
  const connections = objects.filter((t) => t.name.endsWith('Connection'));

  it('exist (institutions, settlements) and no generated names remain (QueryXConnection, …ConnectionEdge)', () => {
    expect(connections.map((c) => c.name)).toEqual(expect.arrayContaining(['InstitutionConnection', 'SettlementConnection']));
    const generated = types.map((t) => t.name).filter((n) => /ConnectionEdge$|^(Query|Mutation)[A-Z]\w*(Connection|Edge)$/.test(n));
    expect(generated).toEqual([]);
  });

  it.each(connections.map((c) => [c.name, c] as const))('%s is named by its node and has edges, nodes, pageInfo and totalCount', (name, connection) => {
    const f = connection.getFields();
    const node = getNamedType(f.nodes?.type) as GraphQLObjectType;
    expect(typeText(f.nodes?.type), `${name}.nodes`).toBe(`[${node.name}!]!`);
    const base = name.replace(/Connection$/, '');
    const names = [node.name, ...node.getInterfaces().map((i) => i.name).filter((i) => i !== 'Node')];
    expect(names, `${name} must be named <Node>Connection after its node (or an interface it implements)`).toContain(base);
    expect(typeText(f.edges?.type)).toBe(`[${base}Edge!]!`);
    expect(typeText(f.pageInfo?.type)).toBe('PageInfo!');
    expect(typeText(f.totalCount?.type)).toBe('Int!');
    const edge = schema.getType(`${base}Edge`) as GraphQLObjectType;
    expect(typeText(edge.getFields().node.type)).toBe(`${node.name}!`);
    expect(typeText(edge.getFields().cursor.type)).toBe('String!');
  });

  it('every field returning a connection takes first/after and last/before', () => {
    const paged = fields.filter(({ field }) => getNamedType(field.type).name.endsWith('Connection'));
    expect(paged.length).toBeGreaterThanOrEqual(3);
    for (const { field, at } of paged) {
      const args = Object.fromEntries(field.args.map((a) => [a.name, typeText(a.type)]));
      expect(args, at).toMatchObject({ first: 'Int', after: 'String', last: 'Int', before: 'String' });
    }
  });
});

describe('scalars and closed sets', () => {
  it('every timestamp (a field or input named …At) is a DateTime', () => {
    const stamps = [
      ...fields.filter(({ field }) => /At$/.test(field.name)).map(({ field, at }) => [at, getNamedType(field.type).name]),
      ...types.filter(isInputObjectType).flatMap((t) => Object.values(t.getFields()).filter((f) => /At$/.test(f.name)).map((f) => [`${t.name}.${f.name}`, getNamedType(f.type).name])),
    ];
    expect(stamps.length).toBeGreaterThanOrEqual(4);
    for (const [at, type] of stamps) expect(type, at).toBe('DateTime');
  });

  it('closed sets are enums: kind, layer, status, type, and every error code', () => {
    for (const { field, at } of fields) {
      if (['kind', 'layer', 'status', 'type', 'level', 'scheme', 'city', 'visitType', 'category'].includes(field.name)) {
        const named = getNamedType(field.type);
        // CatalogueEntry.category of the national table is free text from the source (病种类别).
        if (at === 'ChronicDisease.category' || at === 'FamilyPlanningLimit.category') continue;
        expect(isEnumType(named), `${at} must be an enum, not ${named.name}`).toBe(true);
      }
    }
    const errorTypes = objects.filter((t) => /Error$|Refusal$/.test(t.name));
    expect(errorTypes.map((t) => t.name)).toEqual(expect.arrayContaining(['UserError', 'SettlementRefusal']));
    for (const t of errorTypes) expect(typeText(t.getFields().code.type), `${t.name}.code`).toBe('ErrorCode!');
  });

  it('the ErrorCode enum is exactly the registry, every value described in Chinese and English', () => {
    const values = (schema.getType('ErrorCode') as GraphQLEnumType).getValues();
    expect(values.map((v) => v.name).sort()).toEqual(Object.keys(ERROR_CODES).sort());
  });

  it('a rate is a Percent (a decimal string with its unit), never a bare String or Float', () => {
    const rates = fields.filter(({ field }) => /^rate$|Rate$/.test(field.name) && !/Rates?$/.test(getNamedType(field.type).name));
    for (const { field, at } of rates) {
      const named = getNamedType(field.type).name;
      // Money-valued rates of the catalogues (定额标准) are amounts, not percentages.
      if (named === 'Money') continue;
      expect(named, at).toBe('Percent');
    }
  });
});

describe('objects and mutations', () => {
  it('every object with an id implements Node (global ids are opaque)', () => {
    const withId = objects.filter((t) => 'id' in t.getFields() && !['Query', 'Mutation'].includes(t.name));
    expect(withId.map((t) => t.name)).toEqual(expect.arrayContaining(['PolicyPack', 'InstitutionApiKey', 'Institution', 'SettlementRecord']));
    for (const t of withId) {
      expect(t.getInterfaces().map((i) => i.name), `${t.name} has an id but does not implement Node`).toContain('Node');
      expect(typeText(t.getFields().id.type)).toBe('ID!');
    }
  });

  it('every mutation takes one `input: <Name>Input!` and returns `<Name>Payload!` with userErrors', () => {
    const mutations = Object.values(schema.getMutationType()!.getFields());
    for (const m of mutations) {
      const pascal = m.name[0].toUpperCase() + m.name.slice(1);
      expect(m.args.map((a) => `${a.name}: ${typeText(a.type)}`), m.name).toEqual([`input: ${pascal}Input!`]);
      expect(typeText(m.type), m.name).toBe(`${pascal}Payload!`);
      const payload = getNamedType(m.type) as GraphQLObjectType;
      expect(typeText(payload.getFields().userErrors?.type), `${pascal}Payload.userErrors`).toBe('[UserError!]!');
    }
  });

  it('estimateSettlement and compareSettlement answer the same settlement type', () => {
    const query = schema.getQueryType()!.getFields();
    const comparison = getNamedType(query.compareSettlement.type) as GraphQLObjectType;
    expect(getNamedType(comparison.getFields().settlement.type).name).toBe(getNamedType(query.estimateSettlement.type).name);
  });

  it('names: types PascalCase, fields and arguments camelCase, enum values SCREAMING_SNAKE_CASE', () => {
    for (const t of types) {
      expect(t.name, 'type name').toMatch(/^[A-Z][A-Za-z0-9]*$/);
      if (isEnumType(t)) for (const v of t.getValues()) expect(v.name, `${t.name} value`).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
      if (isInputObjectType(t)) {
        expect(t.name, 'input type').toMatch(/(Input|Filter)$/);
        for (const f of Object.values(t.getFields())) expect(f.name, `${t.name} field`).toMatch(/^[a-z][A-Za-z0-9]*$/);
      }
    }
    for (const { field, at } of fields) {
      expect(field.name, at).toMatch(/^[a-z][A-Za-z0-9]*$/);
      for (const a of field.args) expect(a.name, `${at}(${a.name})`).toMatch(/^[a-z][A-Za-z0-9]*$/);
    }
  });

  it('every deprecation says what to use instead', () => {
    const deprecated: { at: string; reason: string | null | undefined }[] = [];
    for (const { field, at } of fields) {
      if (field.deprecationReason) deprecated.push({ at, reason: field.deprecationReason });
      for (const a of field.args) if (a.deprecationReason) deprecated.push({ at: `${at}(${a.name})`, reason: a.deprecationReason });
    }
    for (const t of types.filter(isEnumType)) for (const v of t.getValues()) if (v.deprecationReason) deprecated.push({ at: `${t.name}.${v.name}`, reason: v.deprecationReason });
    for (const { at, reason } of deprecated) expect(reason, at).toMatch(/Use `?\w+/);
  });
});

describe('both languages', () => {
  it('every input type is described in Chinese and English, and every input field is described', () => {
    for (const t of types.filter(isInputObjectType)) {
      expect(bilingual(t.description), `input ${t.name}: "${t.description ?? ''}" needs 中文 and English`).toBe(true);
      for (const f of Object.values(t.getFields())) expect(f.description, `${t.name}.${f.name} has no description`).toBeTruthy();
    }
  });

  it('every enum value is described in Chinese and English', () => {
    for (const t of types.filter(isEnumType)) {
      for (const v of t.getValues()) expect(bilingual(v.description), `${t.name}.${v.name}: "${v.description ?? ''}" needs 中文 and English`).toBe(true);
    }
  });
});

/* ---------- the one registry of error codes ---------- */

const SRC = new URL('../src/', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path.includes('/catalogue') || path.endsWith('/dev') ? [] : sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const CODE = "'([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)'";

/** Every error code written in the code: error classes' first argument, `code: '…'`, the engine's code union. */
function codesUsedIn(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/new (?!GraphQLError\b)[A-Z]\w*(?:Error|Problem)\(([^[`]*)/g)) {
    for (const c of m[1].matchAll(new RegExp(CODE, 'g'))) found.add(c[1]);
  }
  for (const m of text.matchAll(new RegExp(`\\bcode\\s*[:=]\\s*${CODE}`, 'g'))) found.add(m[1]);
  for (const m of text.matchAll(new RegExp(`codedError\\(\\s*${CODE}`, 'g'))) found.add(m[1]);
  const union = /export type SettlementErrorCode =([^;]*);/.exec(text);
  if (union) for (const c of union[1].matchAll(new RegExp(CODE, 'g'))) found.add(c[1]);
  return [...found];
}

describe('error codes', () => {
  it('the scan finds codes in every form they are written', () => {
    expect(codesUsedIn(`throw new RecordsError(\n expired ? 'APPROVAL_EXPIRED' : 'NOT_APPROVED',\n ['x'], 'm')`)).toEqual(['APPROVAL_EXPIRED', 'NOT_APPROVED']);
    expect(codesUsedIn(`new GraphQLError('m', { extensions: { code: 'SOME_CODE' } })`)).toEqual(['SOME_CODE']);
    expect(codesUsedIn(`export type SettlementErrorCode =\n  | 'A_B'\n  | 'C';`)).toEqual(['A_B', 'C']);
    expect(codesUsedIn(`codedError('X_Y', 'message')`)).toEqual(['X_Y']);
  });

  it('every code used anywhere in src/ is in the registry (src/error-codes.ts), described in Chinese and English', () => {
    const missing: string[] = [];
    for (const file of sourceFiles(SRC)) {
      for (const code of codesUsedIn(readFileSync(file, 'utf8'))) {
        if (!(code in ERROR_CODES)) missing.push(`${code} (${file.slice(SRC.length)})`);
      }
    }
    expect(missing, 'add these codes to src/error-codes.ts').toEqual([]);
    for (const [code, doc] of Object.entries(ERROR_CODES)) {
      expect(han.test(doc.zh) && english.test(doc.en), code).toBe(true);
    }
  });
});
