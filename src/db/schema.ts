/**
 * Drizzle schema of the libSQL database: the directories (目录, transcribed from the
 * sources' appendix tables) and the service's own bookkeeping. Money columns are
 * integer fen. Migrations are generated from this file by drizzle-kit into ../../drizzle.
 */
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** The `meta` key holding the version of the seeded catalogues. */
export const CATALOGUE_VERSION_KEY = 'catalogue_version';

/** Key-value facts about the database itself, e.g. the seeded catalogue version. */
export const meta = sqliteTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/** 定点医药机构: one row per real institution, after de-duplication of the tables' spellings. */
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
  },
  (t) => [index('institutions_city_level').on(t.city, t.level)],
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

/** A designation (定点资格) an institution holds, with its restriction (e.g. 限肝病). */
export const institutionDesignations = sqliteTable(
  'institution_designations',
  {
    institutionId: integer('institution_id').notNull().references(() => institutions.id),
    designation: text('designation').notNull(),
    restriction: text('restriction'),
  },
  (t) => [
    primaryKey({ columns: [t.institutionId, t.designation] }),
    index('institution_designations_designation').on(t.designation),
  ],
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
