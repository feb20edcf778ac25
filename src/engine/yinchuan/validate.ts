/**
 * Yinchuan checks: the pack settles cross-province chronic outpatient only, at a level the
 * flow allows, for a filing it lists (or none given), and for one or two pilot diseases of the
 * scheme's table, each item naming its disease when there are two; returns the diseases. A claim that is not cross-province is
 * NOT_CROSS_PROVINCE; a disease input of another benefit DISEASE_NOT_APPLICABLE, any other
 * input the pack has no use for INPUT_NOT_APPLICABLE.
 */
import { SettlementError } from '../errors';
import type { SettlementInput } from '../types';
import type { NationalChronicRule, YinchuanParameters } from '../../policy/yinchuan-parameters';
import type { BasicScheme } from '../../domain';

export function validateYinchuan(input: SettlementInput, p: YinchuanParameters): NationalChronicRule[] {
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
  if (codes.length > p.maxDiseasesPerClaim.value) {
    throw new SettlementError('TOO_MANY_DISEASES', ['chronicDiseaseCodes'], `a Yinchuan claim names at most ${p.maxDiseasesPerClaim.value} diseases`);
  }
  if (new Set(codes).size !== codes.length) throw new SettlementError('DUPLICATE_DISEASE', ['chronicDiseaseCodes'], 'a disease is named twice');
  const diseases = codes.map((code, i) => {
    const disease = p.chronicDiseases.value[input.scheme as BasicScheme].find((d) => d.code === code);
    if (!disease) {
      throw new SettlementError('UNKNOWN_DISEASE_CODE', ['chronicDiseaseCodes', String(i)], `${code} is not a Yinchuan cross-province pilot disease`);
    }
    return disease;
  });
  // Each item is settled under its disease's cap: with two diseases every item says which it treats.
  input.items.forEach((item, i) => {
    if (item.diseaseCode === undefined) {
      if (codes.length > 1) throw new SettlementError('MISSING_DISEASE_CODE', ['items', String(i), 'diseaseCode'], 'a claim naming two diseases needs each item\'s disease code');
    } else if (!codes.includes(item.diseaseCode)) {
      throw new SettlementError('DISEASE_NOT_APPLICABLE', ['items', String(i), 'diseaseCode'], `${item.diseaseCode} is not a disease the claim names (${codes.join(', ')})`);
    }
  });
  const otherDisease = (['majorDiseaseCode', 'tcmDayDiseaseCode'] as const).find((f) => input[f] !== undefined);
  if (otherDisease) throw new SettlementError('DISEASE_NOT_APPLICABLE', [otherDisease], `${otherDisease} does not apply to a Yinchuan chronic claim`);
  const otherInput = (['chronicClass', 'childOrder'] as const).find((f) => input[f] !== undefined);
  if (otherInput) throw new SettlementError('INPUT_NOT_APPLICABLE', [otherInput], `${otherInput} does not apply to a Yinchuan chronic claim`);
  return diseases;
}
