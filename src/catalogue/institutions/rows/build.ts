/**
 * Turns a table's rows as written (InstitutionRowSpec) into InstitutionRow: the source
 * reference, the level read from the level cell (or the table, or the kind of institution
 * the name states) and the restriction suffix read off the name.
 */
import type { InstitutionRow } from '../../types';
import { levelFromName, parseLevelText } from '../levels';
import { splitRestriction } from '../normalise';
import type { InstitutionRowSpec, InstitutionTable } from '../types';

export function buildInstitutionRows(
  table: InstitutionTable,
  specs: readonly InstitutionRowSpec[],
): InstitutionRow[] {
  return specs.map((spec) => {
    const { restriction } = splitRestriction(spec.name);
    const level = spec.levelText !== undefined
      ? parseLevelText(spec.levelText)
      : table.level ?? levelFromName(spec.name);
    return {
      name: spec.name,
      city: table.city,
      designation: table.designation,
      level,
      ...(spec.levelText !== undefined && { levelText: spec.levelText }),
      ...(spec.address !== undefined && { address: spec.address }),
      ...(spec.district !== undefined && { district: spec.district }),
      ...(restriction !== undefined && { restriction }),
      source: { document: table.document, table: table.table, row: spec.row },
    };
  });
}
