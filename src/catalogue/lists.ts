/**
 * Every coded catalogue (disease tables and lists) in one shape, for the seeder and the
 * GraphQL catalogue queries. `catalogue` names the table; rows keep their source.
 */
import type { Scheme } from '../domain';
import { LANZHOU_ASSISTANCE_MAJOR_DISEASES } from './diseases/lanzhou-assistance-major';
import { LANZHOU_EMPLOYEE_CHRONIC, LANZHOU_RESIDENT_CHRONIC } from './diseases/lanzhou-chronic';
import { LANZHOU_DAY_SURGERY_DISEASES } from './diseases/lanzhou-day-surgery';
import { LANZHOU_EMERGENCY_DISEASES } from './diseases/lanzhou-emergency';
import { LANZHOU_MAJOR_DISEASES } from './diseases/lanzhou-major';
import { LANZHOU_TCM_DAY_CLINIC_DISEASES } from './diseases/lanzhou-tcm-day';
import type { SourceRef } from './types';

export const CATALOGUES = [
  'CHRONIC_DISEASE',
  'MAJOR_DISEASE',
  'ASSISTANCE_MAJOR_DISEASE',
  'TCM_DAY_CLINIC_DISEASE',
  'EMERGENCY_DISEASE',
  'DAY_SURGERY_DISEASE',
] as const;
export type CatalogueName = (typeof CATALOGUES)[number];

export interface CatalogueListEntry {
  code: string;
  name: string;
  city: string;
  scheme?: Scheme;
  annualLimitFen?: number | null;
  validityYears?: number | null;
  extra?: Record<string, unknown>;
  source: SourceRef;
}

function withExtra<T extends { code: string; name: string; city: string; source: SourceRef }>(
  rows: readonly T[],
  pick: (row: T) => Omit<CatalogueListEntry, 'code' | 'name' | 'city' | 'source'>,
): CatalogueListEntry[] {
  return rows.map((row) => ({ code: row.code, name: row.name, city: row.city, source: row.source, ...pick(row) }));
}

export const CATALOGUE_LISTS: { catalogue: CatalogueName; entries: CatalogueListEntry[] }[] = [
  {
    catalogue: 'CHRONIC_DISEASE',
    entries: withExtra([...LANZHOU_EMPLOYEE_CHRONIC, ...LANZHOU_RESIDENT_CHRONIC], (r) => ({
      scheme: r.scheme,
      annualLimitFen: r.annualLimitFen,
      validityYears: r.validityYears,
      extra: r.notes ? { notes: r.notes } : undefined,
    })),
  },
  {
    catalogue: 'MAJOR_DISEASE',
    entries: withExtra(LANZHOU_MAJOR_DISEASES, (r) => ({ scheme: 'RESIDENT', annualLimitFen: r.annualLimitFen, extra: { number: r.number, ...(r.notes ? { notes: r.notes } : {}) } })),
  },
  { catalogue: 'ASSISTANCE_MAJOR_DISEASE', entries: withExtra(LANZHOU_ASSISTANCE_MAJOR_DISEASES, listExtra) },
  { catalogue: 'TCM_DAY_CLINIC_DISEASE', entries: withExtra(LANZHOU_TCM_DAY_CLINIC_DISEASES, listExtra) },
  { catalogue: 'EMERGENCY_DISEASE', entries: withExtra(LANZHOU_EMERGENCY_DISEASES, listExtra) },
  { catalogue: 'DAY_SURGERY_DISEASE', entries: withExtra(LANZHOU_DAY_SURGERY_DISEASES, listExtra) },
];

function listExtra(r: { details?: string[]; notes?: string }) {
  return { extra: { ...(r.details ? { details: r.details } : {}), ...(r.notes ? { notes: r.notes } : {}) } };
}
