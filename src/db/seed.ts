/**
 * Seeds the directories (目录) from the transcribed catalogue modules into libSQL, in one
 * write transaction, and bumps the catalogue version in the same transaction. Re-running with
 * the same catalogues does nothing. A changed catalogue replaces what came from the sources
 * and keeps everything the administrator maintained:
 * - institutions keep their ids (found by their stable code); institutions the administrator
 *   created (origin ADMIN) are never touched;
 * - level history: only the SOURCE entries (the level as the sources list it, no start date)
 *   are replaced; the administrator's dated entries stay and keep overriding from their dates;
 * - designations: SOURCE periods are replaced, and the end the administrator gave a SOURCE
 *   period (endDesignation) is carried over; ADMIN periods stay;
 * - aliases and source rows of seeded institutions, and the catalogue entries, are replaced.
 * Every re-seed is an entry of the audit (actor SEED). Ids of catalogue entries are positions
 * (CATALOGUE_LISTS order), so the same catalogues always give the same ids.
 */
import { and, eq, inArray, notInArray, sql } from 'drizzle-orm';
import { ALL_INSTITUTIONS, JINING_INSTITUTION_ROWS, LANZHOU_INSTITUTION_ROWS, YINCHUAN_INSTITUTION_ROWS } from '../catalogue/institutions';
import { normaliseInstitutionName } from '../catalogue/institutions/normalise';
import { CATALOGUE_LISTS, type CatalogueListEntry } from '../catalogue/lists';
import type { InstitutionRecord, InstitutionRow, SourceRef } from '../catalogue/types';
import { bumpCatalogueVersion, readCatalogueVersion } from '../directory/version';
import { withWriteRetry } from '../records/retry';
import type { Database } from './client';
import {
  catalogueEntries, directoryChanges, institutionAliases, institutionDesignations, institutionLevels, institutions,
  institutionSources,
} from './schema';

/** How rows are written (search text, ids, extra columns, history): bump it when the seeder changes. */
const SEED_FORMAT = 3;

/** FNV-1a over the catalogue data and the seed format: changes whenever a transcribed row or the way it is seeded changes. */
export function catalogueHash(): string {
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
export function institutionSearchText(spellings: readonly string[]): string {
  return spellings.map(normaliseInstitutionName).join('\n');
}

function sourceKey(s: SourceRef): string {
  return `${s.document}|${s.table}|${s.row}`;
}

/** A source row as the level history cites it: '000 附表2-2 #1'. */
export function sourceLabel(s: SourceRef): string {
  return `${s.document} ${s.table} #${s.row}`;
}

function chunks<T>(rows: T[], size = 100): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

const ROWS_BY_SOURCE = new Map<string, InstitutionRow>([...LANZHOU_INSTITUTION_ROWS, ...YINCHUAN_INSTITUTION_ROWS, ...JINING_INSTITUTION_ROWS].map((r) => [sourceKey(r.source), r]));

/** The first source row that states the record's level; null when none does (UNRATED). */
function levelSource(inst: InstitutionRecord): string | null {
  const row = inst.sources.map((s) => ROWS_BY_SOURCE.get(sourceKey(s))).find((r) => r?.level === inst.level);
  return row ? sourceLabel(row.source) : null;
}

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

/** The id of each entry of ALL_INSTITUTIONS: the one its code already has, else the next free one. */
async function stableInstitutionIds(tx: Tx): Promise<number[]> {
  const existing = new Map((await tx.select({ id: institutions.id, code: institutions.code }).from(institutions)).map((r) => [r.code, r.id]));
  let next = Math.max(0, ...existing.values());
  return ALL_INSTITUTIONS.map((inst) => existing.get(inst.code) ?? (next += 1));
}

export async function seedDatabase(db: Database, now: () => Date = () => new Date()): Promise<{ seeded: boolean; version: string }> {
  const hash = catalogueHash();
  const current = await readCatalogueVersion(db);
  if (current?.seed === hash) return { seeded: false, version: current.version };
  return withWriteRetry(() =>
    db.transaction(async (tx) => {
      const before = await readCatalogueVersion(tx);
      if (before?.seed === hash) return { seeded: false, version: before.version };
      await writeCatalogues(tx);
      const changedAt = now().toISOString();
      const version = await bumpCatalogueVersion(tx, changedAt, hash);
      await tx.insert(directoryChanges).values({
        kind: 'RESEED',
        institutionId: null,
        actor: 'SEED',
        changedAt,
        oldValue: before ? { catalogueVersion: before.version } : null,
        newValue: { catalogueVersion: version, institutions: ALL_INSTITUTIONS.length },
        note: before ? 'The transcribed catalogues changed: SOURCE rows replaced, maintained rows kept.' : 'First seed of the directories.',
        catalogueVersion: version,
      });
      return { seeded: true, version };
    }),
  );
}

async function writeCatalogues(tx: Tx): Promise<void> {
  // Records (keys, claims, persons' links) refer to institution ids: an institution keeps its
  // id across re-seeds, found by its stable code; a new code gets a new id.
  const ids = await stableInstitutionIds(tx);
  const idOf = (i: number) => ids[i];
  const seededIds = ALL_INSTITUTIONS.map((_, i) => idOf(i));
  const codes = ALL_INSTITUTIONS.map((inst) => inst.code);

  // Seeded institutions no longer in the catalogues go, with everything of theirs.
  const gone = (await tx.select({ id: institutions.id }).from(institutions)
    .where(and(eq(institutions.origin, 'SOURCE'), notInArray(institutions.code, codes)))).map((r) => r.id);
  for (const part of chunks(gone)) {
    await tx.delete(institutionSources).where(inArray(institutionSources.institutionId, part));
    await tx.delete(institutionDesignations).where(inArray(institutionDesignations.institutionId, part));
    await tx.delete(institutionLevels).where(inArray(institutionLevels.institutionId, part));
    await tx.delete(institutionAliases).where(inArray(institutionAliases.institutionId, part));
    await tx.delete(institutions).where(inArray(institutions.id, part));
  }

  for (const part of chunks(ALL_INSTITUTIONS.map((inst, i) => ({
    id: idOf(i),
    code: inst.code,
    name: inst.name,
    city: inst.city,
    level: inst.level,
    address: inst.address,
    searchText: institutionSearchText([inst.name, ...inst.aliases]),
    origin: 'SOURCE',
  })))) {
    await tx.insert(institutions).values(part).onConflictDoUpdate({
      target: institutions.id,
      set: {
        code: sql`excluded.code`, name: sql`excluded.name`, city: sql`excluded.city`, address: sql`excluded.address`,
        searchText: sql`excluded.search_text`,
      },
    });
  }

  for (const part of chunks(seededIds)) await tx.delete(institutionAliases).where(inArray(institutionAliases.institutionId, part));
  const aliasRows = ALL_INSTITUTIONS.flatMap((inst, i) => inst.aliases.map((alias) => ({ institutionId: idOf(i), alias })));
  for (const part of chunks(aliasRows)) await tx.insert(institutionAliases).values(part);

  await tx.delete(institutionLevels).where(eq(institutionLevels.origin, 'SOURCE'));
  const levelRows = ALL_INSTITUTIONS.map((inst, i) => ({
    institutionId: idOf(i), effectiveFrom: null, level: inst.level, origin: 'SOURCE', source: levelSource(inst), changeId: null,
  }));
  for (const part of chunks(levelRows)) await tx.insert(institutionLevels).values(part);

  // The administrator's end of a SOURCE period survives the re-seed.
  const ended = new Map(
    (await tx.select().from(institutionDesignations).where(and(eq(institutionDesignations.origin, 'SOURCE'), sql`${institutionDesignations.effectiveUntil} is not null`)))
      .map((r) => [`${r.institutionId}|${r.designation}`, r] as const),
  );
  await tx.delete(institutionDesignations).where(eq(institutionDesignations.origin, 'SOURCE'));
  const designationRows = ALL_INSTITUTIONS.flatMap((inst, i) =>
    inst.designations.map((designation) => {
      const end = ended.get(`${idOf(i)}|${designation}`);
      return {
        institutionId: idOf(i), designation, restriction: inst.restrictions[designation] ?? null, effectiveFrom: null,
        effectiveUntil: end?.effectiveUntil ?? null, origin: 'SOURCE', changeId: null, endChangeId: end?.endChangeId ?? null,
      };
    }),
  );
  for (const part of chunks(designationRows)) await tx.insert(institutionDesignations).values(part);

  await tx.delete(institutionSources);
  const sourceRows = ALL_INSTITUTIONS.flatMap((inst, i) =>
    inst.sources.map((s) => ({
      institutionId: idOf(i),
      document: s.document,
      sourceTable: s.table,
      row: s.row,
      nameAsWritten: ROWS_BY_SOURCE.get(sourceKey(s))?.name ?? inst.name,
    })),
  );
  for (const part of chunks(sourceRows)) await tx.insert(institutionSources).values(part);

  await tx.delete(catalogueEntries);
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
  for (const part of chunks(entryRows)) await tx.insert(catalogueEntries).values(part);

  await refreshListedLevels(tx);
}

/** Sets every institution's listed `level` to its newest history entry's (a listing hint). */
export async function refreshListedLevels(tx: Tx, institutionId?: number): Promise<void> {
  await tx.run(sql`update institutions set level = (
      select l.level from institution_levels l where l.institution_id = institutions.id
      order by coalesce(l.effective_from, '') desc, l.id desc limit 1)
    where exists (select 1 from institution_levels l where l.institution_id = institutions.id)
    ${institutionId === undefined ? sql`` : sql`and institutions.id = ${institutionId}`}`);
}
