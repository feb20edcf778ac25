/**
 * `Institution` (定点医药机构) and the `institutions` connection with its filters: city,
 * level and designation combine; `search` is a substring of the normalised name or of a
 * normalised alias. Pages go both ways. `level` and `designations` are those in force today
 * (the request's clock); the history and the dated views are in ./directory.ts. A page, its
 * filters, `totalCount` and its nested aliases, designations, levels and sources are read from
 * the directory in memory (src/directory/snapshot.ts): no statement while it is within its
 * staleness bound, one to confirm its version after.
 */
import { normaliseInstitutionName } from '../catalogue/institutions/normalise';
import type { City, Designation, InstitutionLevel } from '../domain';
import type { Context } from '../context';
import { designationsOn, openOn } from '../directory/dated';
import { institutionDay, type InstitutionDay } from '../directory/day-views';
import { listedLevel, type InstitutionOnDate } from '../directory/read';
import { isoDay } from '../records/dates';
import { builder } from './builder';
import { CityEnum, DesignationEnum, InstitutionLevelEnum } from './enums';
import type { DesignationRow, InstitutionRow } from './loaders';
import { keysetConnection } from './pagination';
import { institutionSource, SourceRefType } from './catalogues';

export const InstitutionRef = builder.objectRef<InstitutionRow>('Institution');

/** A designation period (or one in force on a day, which has no dates of its own here). */
type DesignationShape = { designation: string; restriction: string | null; effectiveFrom?: string | null; effectiveUntil?: string | null };

export const InstitutionDesignationRef = builder.objectRef<DesignationShape>('InstitutionDesignation').implement({
  description: 'A designation with its restriction, e.g. REFERRAL 限肝病, and the period it is in force.',
  fields: (t) => ({
    designation: t.field({ type: DesignationEnum, resolve: (d) => d.designation as Designation }),
    restriction: t.exposeString('restriction', { nullable: true, description: '限定范围, e.g. 限肝病.' }),
    effectiveFrom: t.field({ type: 'Date', nullable: true, description: 'First day in force; null = as the sources list it (no start date).', resolve: (d) => d.effectiveFrom ?? null }),
    effectiveUntil: t.field({ type: 'Date', nullable: true, description: 'Last day in force; null = open.', resolve: (d) => d.effectiveUntil ?? null }),
  }),
});

const todays = new WeakMap<Context, string>();

/** Today ('YYYY-MM-DD', UTC) by the request's clock: read once, so a whole page shows one day. */
export function today(ctx: Context): string {
  let day = todays.get(ctx);
  if (day === undefined) todays.set(ctx, (day = isoDay(ctx.clock.now())));
  return day;
}

/**
 * The institution as it stands on `date`, from the directory in memory (src/directory/day-views.ts):
 * at once when this request has read the snapshot already (a page of institutions: no promise
 * per field), else after reading it.
 */
function dayOf(ctx: Context, row: InstitutionRow, date: string): InstitutionDay | Promise<InstitutionDay> {
  const snapshot = ctx.directory.loaded();
  return snapshot ? institutionDay(snapshot, row, date) : ctx.directory.snapshot().then((s) => institutionDay(s, row, date));
}

/** `then` without a promise when the value is there already. */
function mapDay<T>(day: InstitutionDay | Promise<InstitutionDay>, pick: (day: InstitutionDay) => T): T | Promise<T> {
  return day instanceof Promise ? day.then(pick) : pick(day);
}

/** The institution as it stands on `date` (the directory in memory). */
export async function institutionOn(ctx: Context, row: InstitutionRow, date: string): Promise<InstitutionOnDate> {
  return (await dayOf(ctx, row, date)).state;
}

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
      resolve: (row, _args, ctx) => {
        const aliases = ctx.directory.loaded()?.aliases.get(row.id);
        return aliases ? [...aliases] : ctx.loaders.institutionAliases.load(row.id);
      },
    }),
    level: t.field({
      type: InstitutionLevelEnum,
      description: 'The level in force today (levelOn gives it on any day, levelHistory every change).',
      resolve: (row, _args, ctx) => mapDay(dayOf(ctx, row, today(ctx)), (d) => d.state.level as InstitutionLevel),
    }),
    city: t.field({ type: CityEnum, resolve: (row) => row.city as City }),
    address: t.exposeString('address', { nullable: true, description: '地址' }),
    designations: t.field({
      type: [DesignationEnum],
      description: 'The designations in force today (none once closed).',
      resolve: (row, _args, ctx) => mapDay(dayOf(ctx, row, today(ctx)), (d) => d.state.designations.map((x) => x.designation)),
    }),
    designationDetails: t.field({
      type: [InstitutionDesignationRef],
      description: 'The designations in force today, with their restrictions (限…) and periods.',
      resolve: (row, _args, ctx) => mapDay(dayOf(ctx, row, today(ctx)), (d) => d.periods),
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
    level: t.field({ type: InstitutionLevelEnum, description: '等级 / Only this level, as in force today.' }),
    designation: t.field({ type: DesignationEnum, description: '定点资格 / Only holders of this designation in force today.' }),
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
        const day = today(ctx);
        const needle = f.search == null ? '' : normaliseInstitutionName(f.search.slice(0, MAX_SEARCH_LENGTH));
        // The page is read from the directory in memory (src/directory/snapshot.ts): no
        // statement when the snapshot is warm, the same rows and order as the tables.
        const snapshot = await ctx.directory.snapshot();
        const matches = (row: InstitutionRow): boolean => {
          if (f.city && row.city !== f.city) return false;
          if (f.level && listedLevel(snapshot.levels.get(row.id) ?? [], day) !== f.level) return false;
          if (f.designation && !(openOn(row.closedFrom, day)
            && designationsOn(snapshot.designations.get(row.id) ?? [], day).some((d) => d.designation === f.designation))) return false;
          return !needle || row.searchText.includes(needle);
        };
        const found = [...snapshot.institutions.values()].filter(matches);
        return keysetConnection(
          args,
          'Institution',
          (r: InstitutionRow) => r.id,
          async ({ afterId, beforeId, limit, descending }) => {
            const page = found.filter((r) => (afterId == null || r.id > afterId) && (beforeId == null || r.id < beforeId));
            const rows = (descending ? page.reverse() : page).slice(0, limit);
            for (const row of rows) ctx.loaders.institution.prime(row.id, row);
            return rows;
          },
          async () => found.length,
        );
      },
    },
    InstitutionConnectionRef,
  ),
);
