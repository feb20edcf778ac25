/**
 * The designations (定点资格) an institution holds on a service date, as the engine's
 * eligibility checks receive them (InstitutionFacts). The one place both estimateSettlement and
 * settleClaim turn the directory into facts, so both answer alike: the designation periods in
 * force on the date (src/directory/read.ts), none once the institution has closed.
 */
import type { Designation } from '../domain';
import type { InstitutionOnDate } from '../directory/read';
import type { InstitutionFacts } from '../engine/types';

export function institutionFacts(onDate: InstitutionOnDate): InstitutionFacts {
  return { name: onDate.institution.name, designations: onDate.designations.map((d) => d.designation as Designation) };
}
