/**
 * Yinchuan's eligibility parameters (source 002), spread into the Yinchuan pack. The flow states
 * the filing rules only: a long-term filing may change its place after 6 months. It states no
 * waiting period, no exclusion list and no designation the pack's claims need.
 */
import type { EligibilityParameters } from './eligibility-parameters';

const NOTICE = '2021-01-01';
const NONE = { zh: '来源未规定', en: 'Not stated in the source' };

export const YINCHUAN_ELIGIBILITY: EligibilityParameters = {
  employeeWaiting: { value: null, effectiveFrom: NOTICE, source: '002 §一', description: NONE },
  employeeGapWaiting: { value: null, effectiveFrom: NOTICE, source: '002 §一', description: NONE },
  residentBenefitStart: { value: null, effectiveFrom: NOTICE, source: '002 §一', description: NONE },
  excludedCosts: {
    value: ['WORK_INJURY', 'THIRD_PARTY_LIABLE', 'PUBLIC_HEALTH', 'ABROAD'],
    effectiveFrom: NOTICE, source: '002 §一(四); 社会保险法第三十条',
    description: { zh: '社会保险法第三十条：工伤、第三人负担、公共卫生、境外就医不纳入基本医疗保险基金支付范围', en: 'Social Insurance Law art. 30: work injury, a liable third party, public health and care abroad are not paid by the basic fund' },
    reading: 'The flow names no exclusions; the national law applies.',
  },
  designatedServices: { value: {}, effectiveFrom: NOTICE, source: '002 §一', description: NONE },
  stayPause: { value: { visitTypes: { EMPLOYEE: [], RESIDENT: [] }, preAdmissionMergeDays: null }, effectiveFrom: NOTICE, source: '002 §一', description: NONE },
  daySurgeryMaxDays: { value: null, effectiveFrom: NOTICE, source: '002 §一', description: NONE },
  remoteChronicDirect: {
    value: null,
    effectiveFrom: NOTICE, source: '002 §一(二)2, §一(三)',
    description: { zh: '试点病种表即直接结算范围，其他病种手工报销', en: 'The pilot table is the direct-settlement scope; other diseases are refused as unknown codes (manual reimbursement)' },
  },
  studentAbsenceNoCut: { value: false, effectiveFrom: NOTICE, source: '002 §一', description: NONE },
  referringDesignation: { value: null, effectiveFrom: NOTICE, source: '002 §一', description: NONE },
  filingValidity: {
    value: { temporaryFilings: [], temporaryMonths: null, longTermFilings: ['RELOCATED_RETIREE', 'LONG_TERM_RESIDENT', 'STATIONED_WORKER'], longTermChangeAfterMonths: 6 },
    effectiveFrom: NOTICE, source: '002 §一(一)4',
    description: { zh: '在异地就医前备案，备案长期有效；备案安置地6个月内不能变更', en: 'Filings stay valid; the filed place cannot change within 6 months' },
  },
  negotiatedDrugFiling: {
    value: null,
    effectiveFrom: NOTICE, source: '002 §一',
    description: { zh: '来源未规定谈判药品门诊备案', en: 'The source needs no negotiated-drug filing' },
  },
  twoDiseaseValidityYears: {
    value: null,
    effectiveFrom: NOTICE, source: '002 §一',
    description: { zh: '来源未规定两病备案的有效期', en: 'The source gives a two-disease registration no end' },
  },
};
