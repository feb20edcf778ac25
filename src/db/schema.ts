/**
 * Drizzle schema of the libSQL database: the directories (目录, transcribed from the
 * sources' appendix tables) and the service's own bookkeeping. Money columns are
 * integer fen. Migrations are generated from this file by drizzle-kit into ../../drizzle.
 */
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Key-value facts about the database itself. */
export const meta = sqliteTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/**
 * The catalogue version (目录版本): ONE row (id 1), bumped in the same transaction as every
 * directory change and every re-seed, so a cache reads one row to know whether the directory
 * changed. `seed` is the hash of the transcribed catalogues last seeded, `revision` counts
 * every write to the directory since the database was created.
 */
export const catalogueVersion = sqliteTable('catalogue_version', {
  id: integer('id').primaryKey(),
  seed: text('seed').notNull(),
  revision: integer('revision').notNull(),
  changedAt: text('changed_at').notNull(),
});

/**
 * 定点医药机构: one row per real institution, after de-duplication of the tables' spellings
 * (origin SOURCE), or created by the administrator (origin ADMIN). Its level has a history
 * (institution_levels); `level` here is the level of the newest entry, a listing hint only:
 * a settlement and the API read the level in force on a date from the history.
 */
export const institutions = sqliteTable(
  'institutions',
  {
    /** Position in the directory, used as the Relay cursor and the node id. */
    id: integer('id').primaryKey(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    city: text('city').notNull(),
    level: text('level').notNull(),
    address: text('address'),
    /** Normalised name and aliases, one per line, for substring search. */
    searchText: text('search_text').notNull(),
    /** 'SOURCE' (seeded from the source tables) or 'ADMIN' (created by the administrator). */
    origin: text('origin').notNull().default('SOURCE'),
    /** The first day the institution is closed (停止定点); null = open. */
    closedFrom: text('closed_from'),
    /** ADMIN: the audit entry that created it. */
    changeId: integer('change_id'),
  },
  (t) => [index('institutions_city_level').on(t.city, t.level)],
);

/**
 * 医疗机构等级 history: the level in force from `effectiveFrom` (null = as the sources list it,
 * with no start date) until the next entry. Seeded entries carry their source row; maintained
 * ones (origin ADMIN) their audit entry. A re-seed replaces only SOURCE entries.
 */
export const institutionLevels = sqliteTable(
  'institution_levels',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    institutionId: integer('institution_id').notNull().references(() => institutions.id),
    effectiveFrom: text('effective_from'),
    level: text('level').notNull(),
    origin: text('origin').notNull(),
    /** SOURCE: the source row that states the level ('000 附表2-2 #1'); null when none states it. */
    source: text('source'),
    /** ADMIN: the audit entry (directory_changes.id). */
    changeId: integer('change_id'),
  },
  (t) => [index('institution_levels_institution').on(t.institutionId, t.effectiveFrom)],
);

/** Other spellings of an institution's name met in the tables (别名). */
export const institutionAliases = sqliteTable(
  'institution_aliases',
  {
    institutionId: integer('institution_id').notNull().references(() => institutions.id),
    alias: text('alias').notNull(),
  },
  (t) => [primaryKey({ columns: [t.institutionId, t.alias] })],
);

/**
 * A designation (定点资格) an institution holds over a period, with its restriction (e.g.
 * 限肝病): in force from `effectiveFrom` (null = as the sources list it) through
 * `effectiveUntil` (the last day; null = open). SOURCE periods come from the tables; ADMIN
 * periods and the end of any period carry their audit entries. A re-seed keeps the ends.
 */
export const institutionDesignations = sqliteTable(
  'institution_designations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    institutionId: integer('institution_id').notNull().references(() => institutions.id),
    designation: text('designation').notNull(),
    restriction: text('restriction'),
    effectiveFrom: text('effective_from'),
    effectiveUntil: text('effective_until'),
    origin: text('origin').notNull().default('SOURCE'),
    /** ADMIN: the audit entry that added the period. */
    changeId: integer('change_id'),
    /** The audit entry that ended the period. */
    endChangeId: integer('end_change_id'),
  },
  (t) => [
    index('institution_designations_institution').on(t.institutionId, t.designation),
    index('institution_designations_designation').on(t.designation),
  ],
);

/**
 * 目录变更记录 (audit): every change of the directory, by whom, when, from which day, the old
 * and the new value (JSON) and the note. Re-seeds are entries too (actor SEED).
 */
export const directoryChanges = sqliteTable(
  'directory_changes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** CREATE_INSTITUTION, UPDATE_LEVEL, ADD_DESIGNATION, END_DESIGNATION, CLOSE_INSTITUTION, RESEED. */
    kind: text('kind').notNull(),
    institutionId: integer('institution_id'),
    /** 'ADMINISTRATOR' or 'SEED'. */
    actor: text('actor').notNull(),
    /** The request that made the change (its x-request-id); null for a seed. */
    requestId: text('request_id'),
    changedAt: text('changed_at').notNull(),
    effectiveFrom: text('effective_from'),
    oldValue: text('old_value', { mode: 'json' }).$type<Record<string, unknown> | null>(),
    newValue: text('new_value', { mode: 'json' }).notNull().$type<Record<string, unknown>>(),
    note: text('note'),
    /** The catalogue version the change produced. */
    catalogueVersion: text('catalogue_version').notNull(),
  },
  (t) => [index('directory_changes_institution').on(t.institutionId)],
);

/** Each source-table row an institution record was built from. */
export const institutionSources = sqliteTable(
  'institution_sources',
  {
    institutionId: integer('institution_id').notNull().references(() => institutions.id),
    document: text('document').notNull(),
    sourceTable: text('source_table').notNull(),
    row: integer('row').notNull(),
    nameAsWritten: text('name_as_written').notNull(),
  },
  (t) => [primaryKey({ columns: [t.document, t.sourceTable, t.row] }), index('institution_sources_institution').on(t.institutionId)],
);

/** Catalogue entries with a code, a name and an optional money limit: chronic diseases (门诊慢特病),
 *  major diseases (重大疾病), and the plain disease lists. `catalogue` says which. */
export const catalogueEntries = sqliteTable(
  'catalogue_entries',
  {
    id: integer('id').primaryKey(),
    catalogue: text('catalogue').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    city: text('city').notNull(),
    scheme: text('scheme'),
    annualLimitFen: integer('annual_limit_fen'),
    validityYears: integer('validity_years'),
    /** Further columns of the source row as JSON (details, notes, numbers). */
    extra: text('extra', { mode: 'json' }).$type<Record<string, unknown>>(),
    document: text('document').notNull(),
    sourceTable: text('source_table').notNull(),
    row: integer('row').notNull(),
  },
  (t) => [index('catalogue_entries_catalogue').on(t.catalogue, t.city, t.scheme), index('catalogue_entries_code').on(t.catalogue, t.code)],
);
