/**
 * `Institution` (定点医药机构) and the `institutions` connection with its filters: city,
 * level and designation combine; `search` is a substring of the normalised name or of a
 * normalised alias. Pages go both ways. A page with nested aliases, designations and
 * sources costs four statements (the page, then one per nested list through the loaders);
 * `totalCount` one more, only when asked for.
 */
import { and, asc, count, desc, eq, gt, inArray, lt, sql, type SQL } from 'drizzle-orm';
import { normaliseInstitutionName } from '../catalogue/institutions/normalise';
import { institutionDesignations, institutions } from '../db/schema';
import type { City, Designation, InstitutionLevel } from '../domain';
import { builder } from './builder';
import { CityEnum, DesignationEnum, InstitutionLevelEnum } from './enums';
import type { InstitutionRow } from './loaders';
import { keysetConnection } from './pagination';
import { institutionSource, SourceRefType } from './catalogues';

export const InstitutionRef = builder.objectRef<InstitutionRow>('Institution');

const InstitutionDesignationRef = builder.objectRef<{ designation: string; restriction: string | null }>('InstitutionDesignation').implement({
  description: 'A designation with its restriction, e.g. REFERRAL 限肝病.',
  fields: (t) => ({
    designation: t.field({ type: DesignationEnum, resolve: (d) => d.designation as Designation }),
    restriction: t.exposeString('restriction', { nullable: true, description: '限定范围, e.g. 限肝病.' }),
  }),
});

builder.node(InstitutionRef, {
  description: '定点医药机构: one real institution, with every designation the source tables give it.',
  id: { resolve: (row) => row.id, parse: (id) => Number(id) },
  loadMany: async (ids, ctx) => {
    const numbers = ids.map(Number);
    const rows = await ctx.loaders.institution.loadMany(numbers.filter(Number.isSafeInteger));
    const byId = new Map(rows.flatMap((r) => (r && !(r instanceof Error) ? [[r.id, r] as const] : [])));
    return numbers.map((n) => byId.get(n) ?? null);
  },
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Stable code, e.g. LZ-I-001.' }),
    name: t.exposeString('name', { description: '机构名称, as the first source table writes it.' }),
    aliases: t.stringList({
      description: '别名: the other spellings the tables use.',
      resolve: (row, _args, ctx) => ctx.loaders.institutionAliases.load(row.id),
    }),
    level: t.field({ type: InstitutionLevelEnum, resolve: (row) => row.level as InstitutionLevel }),
    city: t.field({ type: CityEnum, resolve: (row) => row.city as City }),
    address: t.exposeString('address', { nullable: true, description: '地址' }),
    designations: t.field({
      type: [DesignationEnum],
      resolve: async (row, _args, ctx) => (await ctx.loaders.institutionDesignations.load(row.id)).map((d) => d.designation as Designation),
    }),
    designationDetails: t.field({
      type: [InstitutionDesignationRef],
      description: 'Designations with their restrictions (限…).',
      resolve: (row, _args, ctx) => ctx.loaders.institutionDesignations.load(row.id),
    }),
    sources: t.field({
      type: [SourceRefType],
      description: 'Every source-table row this record was built from, with the name as that row writes it.',
      resolve: async (row, _args, ctx) => (await ctx.loaders.institutionSources.load(row.id)).map(institutionSource),
    }),
  }),
});

const InstitutionFilter = builder.inputType('InstitutionFilter', {
  description: '机构筛选 / Which institutions to list; the conditions combine.',
  fields: (t) => ({
    city: t.field({ type: CityEnum, description: '城市 / Only this city\'s institutions.' }),
    level: t.field({ type: InstitutionLevelEnum, description: '等级 / Only this level.' }),
    designation: t.field({ type: DesignationEnum, description: '定点资格 / Only holders of this designation.' }),
    search: t.string({ description: 'A Chinese substring of the name or of an alias (spaces and bracket widths ignored).' }),
  }),
});

const MAX_SEARCH_LENGTH = 100;

/** 定点医药机构 as a connection type named by its node. */
export const InstitutionConnectionRef = builder.connectionObject(
  { type: InstitutionRef, name: 'InstitutionConnection', description: '定点医药机构 page / A page of institutions.' },
  { name: 'InstitutionEdge', description: 'An institution and its cursor.' },
);

builder.queryField('institutions', (t) =>
  t.connection(
    {
      type: InstitutionRef,
      description: '定点医药机构目录, paged both ways (first/after or last/before, at most 100), in id order.',
      args: { filter: t.arg({ type: InstitutionFilter }) },
      resolve: async (_root, args, ctx) => {
        const f = args.filter ?? {};
        const where: (SQL | undefined)[] = [];
        if (f.city) where.push(eq(institutions.city, f.city));
        if (f.level) where.push(eq(institutions.level, f.level));
        if (f.designation) {
          const holders = ctx.db
            .select({ id: institutionDesignations.institutionId })
            .from(institutionDesignations)
            .where(eq(institutionDesignations.designation, f.designation));
          where.push(inArray(institutions.id, holders));
        }
        if (f.search != null) {
          const needle = normaliseInstitutionName(f.search.slice(0, MAX_SEARCH_LENGTH));
          if (needle) where.push(sql`instr(${institutions.searchText}, ${needle}) > 0`);
        }
        return keysetConnection(
          args,
          'Institution',
          (r: InstitutionRow) => r.id,
          async ({ afterId, beforeId, limit, descending }) => {
            const page = [...where];
            if (afterId != null) page.push(gt(institutions.id, afterId));
            if (beforeId != null) page.push(lt(institutions.id, beforeId));
            const rows = await ctx.db
              .select()
              .from(institutions)
              .where(and(...page))
              .orderBy(descending ? desc(institutions.id) : asc(institutions.id))
              .limit(limit);
            for (const row of rows) ctx.loaders.institution.prime(row.id, row);
            return rows;
          },
          async () => (await ctx.db.select({ n: count() }).from(institutions).where(and(...where)))[0].n,
        );
      },
    },
    InstitutionConnectionRef,
  ),
);
