/**
 * How the trace words amounts and rates, for every city's rules: money as "1234.50 yuan",
 * basis points as a percentage.
 */
import { formatFen } from './money';

/** "1234.50 yuan". */
export function yuan(fen: number): string {
  return `${formatFen(fen)} yuan`;
}

/** Basis points as a percentage: 9400 -> "94%", 6750 -> "67.5%". */
export function pct(bp: number): string {
  const whole = Math.floor(bp / 100);
  const rest = bp % 100;
  if (rest === 0) return `${whole}%`;
  return `${whole}.${String(rest).padStart(2, '0').replace(/0$/, '')}%`;
}

/** "1234.50元", for the Chinese trace. */
export function yuanZh(fen: number): string {
  return `${formatFen(fen)}元`;
}

/** The Chinese terms of the domain's codes the trace names (levels, diseases, filings, categories, conditions). */
const TERMS_ZH: Record<string, string> = {
  PRIMARY: '一级', SECONDARY: '二级', TERTIARY: '三级', TERTIARY_A: '三级甲等', TERTIARY_B: '三级乙等', PHARMACY: '定点零售药店', UNRATED: '民营或未定级',
  HYPERTENSION: '高血压', DIABETES: '糖尿病',
  RELOCATED_RETIREE: '异地安置退休人员', LONG_TERM_RESIDENT: '异地长期居住人员', STATIONED_WORKER: '常驻异地工作人员',
  REFERRAL: '异地转诊人员', SELF_REFERRAL: '自行异地就医人员', EMERGENCY: '异地急诊抢救人员',
  EXTREME_POVERTY: '特困人员', ORPHAN: '孤儿', RURAL_LOW_INCOME_1_2: '农村一、二类低保对象', URBAN_LOW_INCOME_FULL: '城市全额低保对象',
  RETURNED_TO_POVERTY: '返贫致贫人口', RURAL_LOW_INCOME_3_4: '农村三、四类低保对象', URBAN_LOW_INCOME_PARTIAL: '城市差额低保对象',
  AT_RISK_OF_POVERTY: '防止返贫监测对象', LIFTED_FROM_POVERTY: '脱贫人口', LOW_INCOME_MARGINAL: '低保边缘家庭成员', ILLNESS_INDUCED_POVERTY: '因病致贫重病患者',
  PUBLIC_SECTOR: '机关事业单位', ENTERPRISE: '企业', FLEXIBLE: '灵活就业人员', UNEMPLOYED: '失业人员',
  OUTPATIENT: '普通门诊', CHRONIC_OUTPATIENT: '门诊慢特病', TWO_DISEASE_OUTPATIENT: '两病门诊', INPATIENT: '住院', DAY_SURGERY: '日间手术',
  NEGOTIATED_DRUG_OUTPATIENT: '门诊谈判药品', TCM_DAY_CLINIC: '中医药日间诊疗',
  MATERNITY_INPATIENT: '生育保险住院', MATERNITY_OUTPATIENT: '生育保险门诊',
  MALIGNANT_TUMOUR: '恶性肿瘤', MENTAL_ILLNESS: '精神疾病', SEVERE_MENTAL_ILLNESS: '重度精神病', UREMIA: '尿毒症', HEMOPHILIA: '血友病',
  TUBERCULOSIS: '肺结核', DRUG_RESISTANT_TUBERCULOSIS: '耐多药结核', CHRONIC_HEPATITIS: '慢性病毒性肝炎', LIVER_CIRRHOSIS: '肝硬化',
  EMPLOYEE: '职工', RESIDENT: '城乡居民', A: '甲类', B: '乙类',
  INTERNSHIP: '实习', VACATION: '寒暑假', SUSPENSION: '休学',
};

/** A domain code in Chinese (the code itself when the table has no term for it). */
export function zh(code: string | undefined | null): string {
  if (code == null) return '';
  return TERMS_ZH[code] ?? code;
}
