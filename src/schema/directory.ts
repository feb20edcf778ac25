/**
 * The directory as maintained data (目录维护): the level history and dated views of an
 * `Institution`, the audit (`DirectoryChange`, `directoryChanges` newest first), the
 * `catalogueVersion`, and the administrator's mutations `createInstitution`,
 * `updateInstitution` (level from a date), `addDesignation`, `endDesignation` and
 * `closeInstitution`. Each mutation returns the institution, its audit entry and
 * `userErrors`; anyone but the administrator gets FORBIDDEN (UNAUTHENTICATED without a key).
 */
import { and, asc, count, desc, eq, gt, inArray, lt, type SQL } from 'drizzle-orm';
import type { Context } from '../context';
import { directoryChanges } from '../db/schema';
import type { InstitutionLevel } from '../domain';
import {
  addDesignation, closeInstitution, createInstitution, endDesignation, updateInstitution,
  type ChangeResult, type DirectoryChangeKind, type DirectoryChangeRow,
} from '../directory/changes';
import { byEffectiveDate } from '../directory/dated';
import { readCatalogueVersion } from '../directory/version';
import { parseGlobalId } from '../records/access';
import { builder } from './builder';
import { CityEnum, DesignationEnum, InstitutionLevelEnum } from './enums';
import { institutionOn, InstitutionDesignationRef, InstitutionRef } from './institutions';
import type { LevelRow } from './loaders';
import { keysetConnection } from './pagination';
import { UserErrorRef, withUserErrors, type UserErrorShape } from './persons';

const DirectoryOriginEnum = builder.enumType('DirectoryOrigin', {
  description: '来源 / Where a directory fact comes from.',
  values: {
    SOURCE: { description: '来源 / Seeded from a source table; a re-seed replaces it.' },
    ADMIN: { description: '维护 / Set by the administrator; a re-seed never overwrites it.' },
  },
});

const DirectoryChangeKindEnum = builder.enumType('DirectoryChangeKind', {
  description: '目录变更类型 / The kind of a directory change.',
  values: {
    CREATE_INSTITUTION: { description: '新增定点机构 / An institution created' },
    UPDATE_LEVEL: { description: '等级变更 / A level set from a date' },
    ADD_DESIGNATION: { description: '新增定点资格 / A designation added' },
    END_DESIGNATION: { description: '取消定点资格 / A designation ended' },
    CLOSE_INSTITUTION: { description: '停止定点 / An institution closed' },
    RESEED: { description: '目录重新导入 / The transcribed catalogues changed (maintained data kept)' },
  } satisfies Record<DirectoryChangeKind, { description: string }>,
});

const jsonText = (value: unknown) => (value == null ? null : JSON.stringify(value));

export const DirectoryChangeRef = builder.objectRef<DirectoryChangeRow>('DirectoryChange');

builder.node(DirectoryChangeRef, {
  description: '目录变更记录: one change of the directory, who made it, when, from which day, the old and the new value, and the note.',
  id: { resolve: (c) => c.id, parse: (id) => Number(id) },
  loadMany: async (ids, ctx) => {
    const numbers = ids.map(Number).filter(Number.isSafeInteger);
    const byId = await changesById(ctx, numbers);
    return ids.map((id) => byId.get(Number(id)) ?? null);
  },
  fields: (t) => ({
    kind: t.field({ type: DirectoryChangeKindEnum, resolve: (c) => c.kind as DirectoryChangeKind }),
    institution: t.field({
      type: InstitutionRef,
      nullable: true,
      description: 'The institution changed; null for a re-seed.',
      resolve: (c, _args, ctx) => (c.institutionId == null ? null : ctx.loaders.institution.load(c.institutionId)),
    }),
    actor: t.exposeString('actor', { description: 'Who made it: ADMINISTRATOR (the ADMIN_API_KEY) or SEED (a re-seed of the catalogues).' }),
    requestId: t.exposeString('requestId', { nullable: true, description: 'The request that made it (its x-request-id header); null for a seed.' }),
    changedAt: t.field({ type: 'DateTime', description: '变更时间 / When the change was made.', resolve: (c) => c.changedAt }),
    effectiveFrom: t.field({ type: 'Date', nullable: true, description: 'The first day the change applies.', resolve: (c) => c.effectiveFrom }),
    oldValue: t.string({ nullable: true, description: 'The value before, as JSON text (null when there was none).', resolve: (c) => jsonText(c.oldValue) }),
    newValue: t.string({ description: 'The value after, as JSON text.', resolve: (c) => jsonText(c.newValue)! }),
    note: t.exposeString('note', { nullable: true }),
    catalogueVersion: t.exposeString('catalogueVersion', { description: 'The catalogue version the change produced.' }),
  }),
});

/** Audit entries by id, for the history's links (one statement per request). */
async function changesById(ctx: Context, ids: number[]): Promise<Map<number, DirectoryChangeRow>> {
  if (ids.length === 0) return new Map();
  const rows = await ctx.db.select().from(directoryChanges).where(inArray(directoryChanges.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}

const InstitutionLevelEntryRef = builder.objectRef<LevelRow>('InstitutionLevelEntry').implement({
  description: '医疗机构等级 from a day on: an entry of the level history.',
  fields: (t) => ({
    level: t.field({ type: InstitutionLevelEnum, resolve: (e) => e.level as InstitutionLevel }),
    effectiveFrom: t.field({ type: 'Date', nullable: true, description: 'First day in force; null = as the sources list it (since always).', resolve: (e) => e.effectiveFrom }),
    origin: t.field({ type: DirectoryOriginEnum, resolve: (e) => e.origin as 'SOURCE' | 'ADMIN' }),
    source: t.exposeString('source', { nullable: true, description: "SOURCE: the row that states the level, e.g. '000 附表2-2 #1'; null when no source states one." }),
    change: t.field({
      type: DirectoryChangeRef,
      nullable: true,
      description: 'ADMIN: the audit entry that set it.',
      resolve: async (e, _args, ctx) => (e.changeId == null ? null : (await changesById(ctx, [e.changeId])).get(e.changeId) ?? null),
    }),
  }),
});

builder.objectFields(InstitutionRef, (t) => ({
  origin: t.field({ type: DirectoryOriginEnum, description: 'SOURCE (from the source tables) or ADMIN (created by the administrator).', resolve: (row) => row.origin as 'SOURCE' | 'ADMIN' }),
  closedFrom: t.field({ type: 'Date', nullable: true, description: 'The first day closed (停止定点); null = open.', resolve: (row) => row.closedFrom }),
  levelOn: t.field({
    type: InstitutionLevelEnum,
    description: 'The level in force on a day: the one a claim of that service date settles at.',
    args: { date: t.arg({ type: 'Date', required: true }) },
    resolve: async (row, { date }, ctx) => (await institutionOn(ctx, row, date)).level as InstitutionLevel,
  }),
  levelHistory: t.field({
    type: [InstitutionLevelEntryRef],
    description: 'Every level entry, oldest first: the sources\' level (no start date), then each dated change.',
    resolve: async (row, _args, ctx) => [...(await ctx.loaders.institutionLevels.load(row.id))].sort(byEffectiveDate),
  }),
  designationsOn: t.field({
    type: [DesignationEnum],
    description: 'The designations in force on a day (none once closed).',
    args: { date: t.arg({ type: 'Date', required: true }) },
    resolve: async (row, { date }, ctx) => (await institutionOn(ctx, row, date)).designations.map((d) => d.designation),
  }),
  designationPeriods: t.field({
    type: [InstitutionDesignationRef],
    description: 'Every designation period, ended ones included, as written.',
    resolve: (row, _args, ctx) => ctx.loaders.institutionDesignations.load(row.id),
  }),
  changes: t.field({
    type: [DirectoryChangeRef],
    description: 'The audit entries of this institution, newest first.',
    resolve: (row, _args, ctx) => ctx.db.select().from(directoryChanges).where(eq(directoryChanges.institutionId, row.id)).orderBy(desc(directoryChanges.id)),
  }),
}));

builder.queryField('catalogueVersion', (t) =>
  t.string({
    description: '目录版本: "<seed hash>.<revision>", changed by every directory change and every re-seed (also in GET /health). One row to read: caches key on it.',
    resolve: async (_root, _args, ctx) => (await readCatalogueVersion(ctx.db))?.version ?? 'unseeded',
  }),
);

const DirectoryChangeFilter = builder.inputType('DirectoryChangeFilter', {
  description: '变更筛选 / Which directory changes to list.',
  fields: (t) => ({
    institutionId: t.id({ description: 'Only the changes of this institution.' }),
    kind: t.field({ type: DirectoryChangeKindEnum, description: '变更类型 / Only changes of this kind.' }),
  }),
});

/** 目录变更记录 as a connection type named by its node. */
const DirectoryChangeConnectionRef = builder.connectionObject(
  { type: DirectoryChangeRef, name: 'DirectoryChangeConnection', description: '目录变更记录 page / A page of directory changes, newest first.' },
  { name: 'DirectoryChangeEdge', description: 'A directory change and its cursor.' },
);

builder.queryField('directoryChanges', (t) =>
  t.connection(
    {
      type: DirectoryChangeRef,
      description: '目录变更记录 / Every change of the directory, newest first, paged both ways (at most 100).',
      args: { filter: t.arg({ type: DirectoryChangeFilter }) },
      resolve: async (_root, args, ctx) => {
        const f = args.filter ?? {};
        const where: (SQL | undefined)[] = [];
        if (f.institutionId != null) where.push(eq(directoryChanges.institutionId, parseGlobalId(String(f.institutionId), 'Institution') ?? -1));
        if (f.kind) where.push(eq(directoryChanges.kind, f.kind));
        return keysetConnection(
          args,
          'DirectoryChange',
          (r: DirectoryChangeRow) => r.id,
          // Newest first: "after" a cursor is older (a lower id), "before" it newer.
          async ({ afterId, beforeId, limit, descending }) => {
            const page = [...where];
            if (afterId != null) page.push(lt(directoryChanges.id, afterId));
            if (beforeId != null) page.push(gt(directoryChanges.id, beforeId));
            return ctx.db.select().from(directoryChanges).where(and(...page))
              .orderBy(descending ? asc(directoryChanges.id) : desc(directoryChanges.id)).limit(limit);
          },
          async () => (await ctx.db.select({ n: count() }).from(directoryChanges).where(and(...where)))[0].n,
        );
      },
    },
    DirectoryChangeConnectionRef,
  ),
);

/* ---------- mutations ---------- */

type ChangePayload = Partial<ChangeResult> & { userErrors: UserErrorShape[] };

function changePayload(name: string, description: string) {
  return builder.objectRef<ChangePayload>(name).implement({
    description,
    fields: (t) => ({
      institution: t.field({ type: InstitutionRef, nullable: true, resolve: (p) => p.institution ?? null }),
      change: t.field({ type: DirectoryChangeRef, nullable: true, description: 'The audit entry written.', resolve: (p) => p.change ?? null }),
      userErrors: t.field({ type: [UserErrorRef], resolve: (p) => p.userErrors }),
    }),
  });
}

const NOTE = 'Why (kept in the audit), up to 500 characters.';

const CreateInstitutionInput = builder.inputType('CreateInstitutionInput', {
  description: '新增定点机构 / A new institution of the directory.',
  fields: (t) => ({
    name: t.string({ required: true, description: '机构名称, up to 100 characters; no other institution of the city may have it as name or alias.' }),
    city: t.field({ type: CityEnum, required: true, description: '城市 / The city.' }),
    level: t.field({ type: InstitutionLevelEnum, required: true, description: '等级 / Its level from effectiveFrom.' }),
    effectiveFrom: t.field({ type: 'Date', description: 'First day in the directory (its level in force); default today.' }),
    aliases: t.stringList({ description: '别名 (at most 20).' }),
    address: t.string({ description: '地址, up to 200 characters.' }),
    note: t.string({ description: NOTE }),
  }),
});

builder.mutationField('createInstitution', (t) =>
  t.field({
    type: changePayload('CreateInstitutionPayload', '新增定点机构 result.'),
    description: '新增定点机构 (administrator only): a new institution, found by search at once, coded LZ-A-001… (JN-A-, YC-A-).',
    args: { input: t.arg({ type: CreateInstitutionInput, required: true }) },
    resolve: (_root, { input }, ctx) => withUserErrors(() => createInstitution(ctx, input)),
  }),
);

const UpdateInstitutionInput = builder.inputType('UpdateInstitutionInput', {
  description: '等级变更 / A level from a day on.',
  fields: (t) => ({
    institutionId: t.id({ required: true, description: '机构 / The institution (its global id).' }),
    level: t.field({ type: InstitutionLevelEnum, required: true, description: 'The level (等级) from effectiveFrom until the next dated entry.' }),
    effectiveFrom: t.field({ type: 'Date', description: 'First day of the new level; default today. Claims dated before keep the old level; settlements already made never change.' }),
    note: t.string({ description: NOTE }),
  }),
});

builder.mutationField('updateInstitution', (t) =>
  t.field({
    type: changePayload('UpdateInstitutionPayload', '等级变更 result.'),
    description: '等级变更 (administrator only): sets the level from a day on; a settlement uses the level in force on its service date.',
    args: { input: t.arg({ type: UpdateInstitutionInput, required: true }) },
    resolve: (_root, { input }, ctx) => withUserErrors(() => updateInstitution(ctx, { ...input, institutionId: String(input.institutionId) })),
  }),
);

const AddDesignationInput = builder.inputType('AddDesignationInput', {
  description: '新增定点资格 / A designation from a day on.',
  fields: (t) => ({
    institutionId: t.id({ required: true, description: '机构 / The institution (its global id).' }),
    designation: t.field({ type: DesignationEnum, required: true, description: '定点资格 / The designation.' }),
    restriction: t.string({ description: '限定范围, e.g. 限肝病.' }),
    effectiveFrom: t.field({ type: 'Date', description: 'First day in force; default today.' }),
    note: t.string({ description: NOTE }),
  }),
});

builder.mutationField('addDesignation', (t) =>
  t.field({
    type: changePayload('AddDesignationPayload', '新增定点资格 result.'),
    description: '新增定点资格 (administrator only): a designation in force from a day on; refused (DESIGNATION_IN_FORCE) while one is held then.',
    args: { input: t.arg({ type: AddDesignationInput, required: true }) },
    resolve: (_root, { input }, ctx) => withUserErrors(() => addDesignation(ctx, { ...input, institutionId: String(input.institutionId) })),
  }),
);

const EndDesignationInput = builder.inputType('EndDesignationInput', {
  description: '取消定点资格 / The end of a designation.',
  fields: (t) => ({
    institutionId: t.id({ required: true, description: '机构 / The institution (its global id).' }),
    designation: t.field({ type: DesignationEnum, required: true, description: '定点资格 / The designation.' }),
    effectiveFrom: t.field({ type: 'Date', description: 'First day WITHOUT the designation (it is in force until the day before); default today.' }),
    note: t.string({ description: NOTE }),
  }),
});

builder.mutationField('endDesignation', (t) =>
  t.field({
    type: changePayload('EndDesignationPayload', '取消定点资格 result.'),
    description: '取消定点资格 (administrator only): the designation ends the day before effectiveFrom.',
    args: { input: t.arg({ type: EndDesignationInput, required: true }) },
    resolve: (_root, { input }, ctx) => withUserErrors(() => endDesignation(ctx, { ...input, institutionId: String(input.institutionId) })),
  }),
);

const CloseInstitutionInput = builder.inputType('CloseInstitutionInput', {
  description: '停止定点 / Closing an institution.',
  fields: (t) => ({
    institutionId: t.id({ required: true, description: '机构 / The institution (its global id).' }),
    effectiveFrom: t.field({ type: 'Date', description: 'First day closed; default today. Claims from that day are refused (INSTITUTION_CLOSED).' }),
    note: t.string({ description: NOTE }),
  }),
});

builder.mutationField('closeInstitution', (t) =>
  t.field({
    type: changePayload('CloseInstitutionPayload', '停止定点 result.'),
    description: '停止定点 (administrator only): the institution is closed from a day on; it stays in the directory with its history.',
    args: { input: t.arg({ type: CloseInstitutionInput, required: true }) },
    resolve: (_root, { input }, ctx) => withUserErrors(() => closeInstitution(ctx, { ...input, institutionId: String(input.institutionId) })),
  }),
);

