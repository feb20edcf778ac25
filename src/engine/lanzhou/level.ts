/**
 * LZ-LEVEL: a claim at a hospital of unknown level (UNRATED: 民营 or not rated) where the
 * visit type is settled by level. The guide prices stays, day surgery and outpatient pooling
 * by level only, yet designates hospitals it lists as 民营 or gives no level for; the pack's
 * reading `unratedHospitalLevel` is assumed (the most conservative level) and recorded as an
 * assumption on the result. A visit type open to UNRATED (e.g. two-disease outpatient) keeps
 * it, and one the assumed level is not open to (resident outpatient, TCM day clinic) is
 * refused by the validation as before.
 */
import type { Ledger } from '../ledger';
import type { SettlementInput } from '../types';
import type { LanzhouParameters } from '../../policy/lanzhou-parameters';
import { zh } from '../text';
import { LEVEL_NAMES } from './context';

export function readUnknownLevel(input: SettlementInput, p: LanzhouParameters, ledger: Ledger): SettlementInput {
  if (input.institutionLevel !== 'UNRATED') return input;
  const allowed = p.allowedLevels.value[input.scheme]?.[input.visitType] ?? [];
  const assumed = p.unratedHospitalLevel;
  if (allowed.includes('UNRATED') || !allowed.includes(assumed.value)) return input;
  ledger.assume('LZ-LEVEL', {
    kind: 'LEVEL_UNKNOWN',
    message: `grade unknown: hospital of unknown level (民营或未定级) settled as ${LEVEL_NAMES[assumed.value]}`,
    messageZh: `等级不详：民营或未定级医疗机构按${zh(assumed.value)}结算（政策包解读 unratedHospitalLevel）`,
    parameter: 'unratedHospitalLevel',
    clause: assumed.source,
    assumedLevel: assumed.value,
  });
  return { ...input, institutionLevel: assumed.value };
}
