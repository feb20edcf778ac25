/**
 * LZ-/JN-/YC-ELIG-REMOTE: remote care the city settles differently. Cross-province chronic outpatient care
 * settles directly only for the national categories (高血压, 糖尿病, 恶性肿瘤门诊治疗, 透析, 器官移植
 * 抗排异); any other approved disease goes to manual settlement at home with the documents of
 * 附表8-2, which the refusal lists. A student away from home (实习, 寒暑假, 休学) is a Lanzhou rule
 * for stays: the reason must fit the claim (the rate cut is lifted in the city's remote rule).
 */
import { SettlementError } from '../errors';
import { type EligibilityContext, refuse, ruleId } from './context';

export function checkRemote(ctx: EligibilityContext): void {
  const { input, p, ledger } = ctx;
  const remote = input.remote;
  const direct = p.remoteChronicDirect;
  if (input.visitType === 'CHRONIC_OUTPATIENT' && remote?.crossProvince === true && direct.value !== null) {
    const code = (input.chronicDiseaseCodes ?? [])[0];
    if (code !== undefined && !direct.value.codes.includes(code)) {
      refuse('MANUAL_SETTLEMENT_REQUIRED', ['chronicDiseaseCodes', '0'], direct.source,
        `cross-province chronic care for ${code} is not settled directly (only hypertension, diabetes, cancer outpatient treatment, dialysis and transplant anti-rejection are): claim it by manual settlement at home within 12 months with: ${direct.value.manualDocuments.join('; ')}`);
    }
    if (code !== undefined) {
      ledger.step(ruleId(ctx, 'REMOTE'), direct.source, () => `${code} is a national category of cross-province chronic care: settled directly`, () => `${code}属可跨省直接结算的门诊慢特病病种：直接结算`);
    }
  }
  const absence = remote?.studentAbsence;
  if (absence === undefined) return;
  const rule = p.studentAbsenceNoCut;
  if (!rule.value) throw new SettlementError('INPUT_NOT_APPLICABLE', ['remote', 'studentAbsence'], 'this city\'s source has no rule for students away from home');
  if (input.scheme !== 'RESIDENT') throw new SettlementError('INPUT_NOT_APPLICABLE', ['remote', 'studentAbsence'], 'enrolled students (参保大中专学生) are residents');
  if (input.visitType !== 'INPATIENT' && input.visitType !== 'DAY_SURGERY') {
    throw new SettlementError('INPUT_NOT_APPLICABLE', ['remote', 'studentAbsence'], 'the students\' rule is for stays away from home (在异地住院)');
  }
}
