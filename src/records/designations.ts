/**
 * The designations (定点资格) an institution holds on a service date, as the engine's
 * eligibility checks receive them (InstitutionFacts). The one place both estimateSettlement and
 * settleClaim read them, so both answer alike. Today the directory's designations have no dates
 * (institution_designations); when designations become dated data, only this function changes.
 */
import type { Context } from '../context';
import type { Designation } from '../domain';
import type { InstitutionFacts } from '../engine/types';

export async function institutionFacts(ctx: Context, institution: { id: number; name: string }, _date: string): Promise<InstitutionFacts> {
  const rows = await ctx.loaders.institutionDesignations.load(institution.id);
  return { name: institution.name, designations: rows.map((r) => r.designation as Designation) };
}
