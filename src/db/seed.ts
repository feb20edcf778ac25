/**
 * Seeds the directories (目录) from the transcribed catalogue modules into libSQL, in one
 * transaction, and records the catalogue version in `meta`. Re-running with the same
 * catalogues does nothing; a changed catalogue replaces the directory tables whole.
 * Ids are positions (institutions in directory order, catalogue entries in CATALOGUE_LISTS
 * order), so the same catalogues always give the same ids.
 */
import { eq } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { ALL_INSTITUTIONS, JINING_INSTITUTION_ROWS, LANZHOU_INSTITUTION_ROWS, YINCHUAN_INSTITUTION_ROWS } from '../catalogue/institutions';
import { normaliseInstitutionName } from '../catalogue/institutions/normalise';
import { CATALOGUE_LISTS, type CatalogueListEntry } from '../catalogue/lists';
import type { SourceRef } from '../catalogue/types';
import type { Database } from './client';
import { CATALOGUE_VERSION_KEY, catalogueEntries, institutionAliases, institutionDesignations, institutionSources, institutions, meta } from './schema';

/** How rows are written (search text, ids, extra columns): bump it when the seeder changes. */
const SEED_FORMAT = 2;

/** FNV-1a over the catalogue data and the seed format: changes whenever a transcribed row or the way it is seeded changes. */
export function catalogueVersion(): string {
  const text = JSON.stringify([SEED_FORMAT, ALL_INSTITUTIONS, CATALOGUE_LISTS]);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/**
 * The searchable text of an institution: its normalised spellings, one per line. A
 * normalised query has no whitespace, so it never matches across two spellings.
 */
function institutionSearchText(spellings: readonly string[]): string {
  return spellings.map(normaliseInstitutionName).join('\n');
}

function sourceKey(s: SourceRef): string {
  return `${s.document}|${s.table}|${s.row}`;
}

function chunks<T>(rows: T[], size = 100): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** The id of each entry of ALL_INSTITUTIONS: the one its code already has, else the next free one. */
async function stableInstitutionIds(db: Database): Promise<number[]> {
  const existing = new Map((await db.select({ id: institutions.id, code: institutions.code }).from(institutions)).map((r) => [r.code, r.id]));
  let next = Math.max(0, ...existing.values());
  return ALL_INSTITUTIONS.map((inst) => existing.get(inst.code) ?? (next += 1));
}

export async function seedDatabase(db: Database): Promise<{ seeded: boolean; version: string }> {
  const version = catalogueVersion();
  const current = await db.select().from(meta).where(eq(meta.key, CATALOGUE_VERSION_KEY));
  if (current[0]?.value === version) return { seeded: false, version };

  // Records (keys, claims, persons' links) refer to institution ids: an institution keeps its
  // id across re-seeds, found by its stable code; a new code gets a new id.
  const ids = await stableInstitutionIds(db);
  const idOf = (i: number) => ids[i];
  const institutionRows = ALL_INSTITUTIONS.map((inst, i) => ({
    id: idOf(i),
    code: inst.code,
    name: inst.name,
    city: inst.city,
    level: inst.level,
    address: inst.address,
    searchText: institutionSearchText([inst.name, ...inst.aliases]),
  }));
  const aliasRows = ALL_INSTITUTIONS.flatMap((inst, i) => inst.aliases.map((alias) => ({ institutionId: idOf(i), alias })));
  const designationRows = ALL_INSTITUTIONS.flatMap((inst, i) =>
    inst.designations.map((designation) => ({ institutionId: idOf(i), designation, restriction: inst.restrictions[designation] ?? null })),
  );
  const writtenAs = new Map([...LANZHOU_INSTITUTION_ROWS, ...YINCHUAN_INSTITUTION_ROWS, ...JINING_INSTITUTION_ROWS].map((r) => [sourceKey(r.source), r.name]));
  const sourceRows = ALL_INSTITUTIONS.flatMap((inst, i) =>
    inst.sources.map((s) => ({
      institutionId: idOf(i),
      document: s.document,
      sourceTable: s.table,
      row: s.row,
      nameAsWritten: writtenAs.get(sourceKey(s)) ?? inst.name,
    })),
  );
  const entryRows = CATALOGUE_LISTS.flatMap(({ catalogue, entries }) =>
    (entries as CatalogueListEntry[]).map((e) => ({
      catalogue,
      code: e.code,
      name: e.name,
      city: e.city,
      scheme: e.scheme,
      annualLimitFen: e.annualLimitFen,
      validityYears: e.validityYears,
      extra: e.extra as Record<string, unknown>,
      document: e.source.document,
      sourceTable: e.source.table,
      row: e.source.row,
    })),
  ).map((row, i) => ({ id: i + 1, ...row }));

  const statements: BatchItem<'sqlite'>[] = [
    db.delete(institutionSources),
    db.delete(institutionDesignations),
    db.delete(institutionAliases),
    db.delete(institutions),
    db.delete(catalogueEntries),
    ...chunks(institutionRows).map((c) => db.insert(institutions).values(c)),
    ...chunks(aliasRows).map((c) => db.insert(institutionAliases).values(c)),
    ...chunks(designationRows).map((c) => db.insert(institutionDesignations).values(c)),
    ...chunks(sourceRows).map((c) => db.insert(institutionSources).values(c)),
    ...chunks(entryRows).map((c) => db.insert(catalogueEntries).values(c)),
    db
      .insert(meta)
      .values({ key: CATALOGUE_VERSION_KEY, value: version })
      .onConflictDoUpdate({ target: meta.key, set: { value: version } }),
  ];
  await db.batch(statements as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]);
  return { seeded: true, version };
}
