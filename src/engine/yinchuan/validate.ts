/**
 * Yinchuan checks: the pack settles cross-province chronic outpatient only, at a level the
 * flow allows, for a filing it lists (or none given), and for one pilot disease of the
 * scheme's table; returns that disease. A claim that is not cross-province is
 * NOT_CROSS_PROVINCE; a disease input of another benefit DISEASE_NOT_APPLICABLE, any other
 * input the pack has no use for INPUT_NOT_APPLICABLE.
 */
import { SettlementError } from '../errors';
import type { SettlementInput } from '../types';
import type { NationalChronicRule, YinchuanParameters } from '../../policy/yinchuan-parameters';

export function validateYinchuan(input: SettlementInput, p: YinchuanParameters): NationalChronicRule {
  if (input.visitType !== 'CHRONIC_OUTPATIENT') {
    throw new SettlementError('VISIT_TYPE_NOT_OPEN', ['visitType'], `the Yinchuan pack settles cross-province CHRONIC_OUTPATIENT claims only, not ${input.visitType}`);
  }
  if (!p.allowedLevels.value.includes(input.institutionLevel)) {
    throw new SettlementError('LEVEL_NOT_ALLOWED', ['institutionLevel'], `Yinchuan chronic outpatient is settled only at ${p.allowedLevels.value.join(', ')}, not ${input.institutionLevel}`);
  }
  if (input.remote?.crossProvince !== true) {
    throw new SettlementError('NOT_CROSS_PROVINCE', ['remote'], 'the Yinchuan pack settles cross-province care only (remote.crossProvince): the source gives no rules for chronic care at home');
  }
  const filing = input.remote.filing;
  if (filing !== undefined && !p.crossProvinceFilings.value.includes(filing)) {
    throw new SettlementError('VISIT_TYPE_NOT_OPEN', ['remote', 'filing'], `cross-province chronic settlement is open to ${p.crossProvinceFilings.value.join(', ')} filers, not ${filing}`);
  }
  const codes = input.chronicDiseaseCodes ?? [];
  if (codes.length === 0) throw new SettlementError('MISSING_DISEASE_CODE', ['chronicDiseaseCodes'], 'a chronic outpatient claim needs the national disease code');
  if (codes.length > 1) throw new SettlementError('TOO_MANY_DISEASES', ['chronicDiseaseCodes'], 'a Yinchuan claim treats one disease: settle each disease\'s costs as its own claim');
  const disease = p.chronicDiseases.value[input.scheme].find((d) => d.code === codes[0]);
  if (!disease) {
    throw new SettlementError('UNKNOWN_DISEASE_CODE', ['chronicDiseaseCodes', '0'], `${codes[0]} is not a Yinchuan cross-province pilot disease`);
  }
  const otherDisease = (['majorDiseaseCode', 'tcmDayDiseaseCode'] as const).find((f) => input[f] !== undefined);
  if (otherDisease) throw new SettlementError('DISEASE_NOT_APPLICABLE', [otherDisease], `${otherDisease} does not apply to a Yinchuan chronic claim`);
  const otherInput = (['chronicClass', 'childOrder'] as const).find((f) => input[f] !== undefined);
  if (otherInput) throw new SettlementError('INPUT_NOT_APPLICABLE', [otherInput], `${otherInput} does not apply to a Yinchuan chronic claim`);
  return disease;
}
