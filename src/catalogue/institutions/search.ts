/**
 * Institution search (机构检索): a query matches a record when its normalised form is a
 * substring of the normalised name or of a normalised alias.
 */
import type { InstitutionRecord } from '../types';
import { normaliseInstitutionName } from './normalise';

export function institutionMatchesSearch(record: InstitutionRecord, query: string): boolean {
  const needle = normaliseInstitutionName(query);
  return [record.name, ...record.aliases].some((spelling) => normaliseInstitutionName(spelling).includes(needle));
}
