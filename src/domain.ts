/**
 * The domain vocabulary shared by the engine, the catalogues, the database and the
 * GraphQL schema. Names follow ../shared/spec/api-contract.md exactly.
 */
export const CITIES = ['LANZHOU', 'JINING', 'YINCHUAN'] as const;
/** 统筹地区 (pooling city). */
export type City = (typeof CITIES)[number];

export const SCHEMES = ['EMPLOYEE', 'RESIDENT', 'RETIRED_CADRE'] as const;
/**
 * 险种: 职工 (EMPLOYEE) or 城乡居民 (RESIDENT) basic medical insurance, or the medical cover of
 * retired cadres (离休干部医疗保障, RETIRED_CADRE: Lanzhou 000 §七, funded apart from the basic pool).
 */
export type Scheme = (typeof SCHEMES)[number];

/** The two basic medical insurance schemes (基本医疗保险), which every city's pack prices. */
export type BasicScheme = Exclude<Scheme, 'RETIRED_CADRE'>;

export const INSTITUTION_LEVELS = [
  'PRIMARY', 'SECONDARY', 'TERTIARY', 'TERTIARY_B', 'TERTIARY_A', 'PHARMACY', 'UNRATED',
] as const;
/** 医疗机构等级. */
export type InstitutionLevel = (typeof INSTITUTION_LEVELS)[number];

export const EMPLOYEE_CATEGORIES = ['PUBLIC_SECTOR', 'ENTERPRISE', 'FLEXIBLE', 'UNEMPLOYED'] as const;
/** 职工类别: 机关事业单位, 企业, 灵活就业, 失业. */
export type EmployeeCategory = (typeof EMPLOYEE_CATEGORIES)[number];

export const ASSISTANCE_CATEGORIES = [
  'EXTREME_POVERTY', 'ORPHAN', 'RURAL_LOW_INCOME_1_2', 'URBAN_LOW_INCOME_FULL',
  'RETURNED_TO_POVERTY', 'RURAL_LOW_INCOME_3_4', 'URBAN_LOW_INCOME_PARTIAL',
  'AT_RISK_OF_POVERTY', 'LIFTED_FROM_POVERTY', 'LOW_INCOME_MARGINAL', 'ILLNESS_INDUCED_POVERTY',
] as const;
/** 医疗救助对象类别. */
export type AssistanceCategory = (typeof ASSISTANCE_CATEGORIES)[number];

export const VISIT_TYPES = [
  'OUTPATIENT', 'CHRONIC_OUTPATIENT', 'TWO_DISEASE_OUTPATIENT', 'INPATIENT', 'DAY_SURGERY',
  'NEGOTIATED_DRUG_OUTPATIENT', 'TCM_DAY_CLINIC', 'SPECIAL_DRUG', 'RARE_DISEASE_DRUG', 'LONG_TERM_CARE',
  'MATERNITY_INPATIENT', 'MATERNITY_OUTPATIENT',
] as const;
/** 就诊类型. */
export type VisitType = (typeof VISIT_TYPES)[number];

export const LONG_TERM_CARE_KINDS = ['MEDICAL_CARE', 'INSTITUTIONAL_CARE', 'HOME_CARE'] as const;
/** 长期护理服务形式: 医疗专护, 机构护理, 居家护理 (Jining 004 §七4). */
export type LongTermCareKind = (typeof LONG_TERM_CARE_KINDS)[number];

export const RARE_DISEASES = ['GAUCHER', 'POMPE', 'FABRY'] as const;
/** 罕见病 with a separate drug benefit (Jining 004 §二(二)7③): 戈谢病, 庞贝氏病, 法布雷病. */
export type RareDisease = (typeof RARE_DISEASES)[number];
export const MATERNITY_VISIT_TYPES = ['MATERNITY_INPATIENT', 'MATERNITY_OUTPATIENT'] as const;
/** 生育保险 visit types: 住院 (delivery and family-planning stays) and 门诊 (family-planning outpatient, antenatal care). */
export type MaternityVisitType = (typeof MATERNITY_VISIT_TYPES)[number];

export const MATERNITY_BENEFICIARIES = ['INSURED', 'UNINSURED_SPOUSE'] as const;
/** 生育保险待遇对象: the insured member herself (参保职工), or a male employee's uninsured spouse (男职工未参保配偶). */
export type MaternityBeneficiary = (typeof MATERNITY_BENEFICIARIES)[number];

export const FEE_CATEGORIES = ['CLASS_A', 'CLASS_B', 'SELF_PAY'] as const;
/** 费用类别: 甲类, 乙类, 自费. */
export type FeeCategory = (typeof FEE_CATEGORIES)[number];

export const TWO_DISEASES = ['HYPERTENSION', 'DIABETES'] as const;
/** 两病: 高血压, 糖尿病. */
export type TwoDisease = (typeof TWO_DISEASES)[number];

export const REMOTE_FILINGS = [
  'RELOCATED_RETIREE', 'LONG_TERM_RESIDENT', 'STATIONED_WORKER', 'REFERRAL', 'SELF_REFERRAL', 'EMERGENCY',
] as const;
/** 异地就医备案类型. */
export type RemoteFiling = (typeof REMOTE_FILINGS)[number];

export const DESIGNATIONS = [
  'NEGOTIATED_DRUG', 'DAY_SURGERY', 'MATERNITY', 'REFERRAL', 'TCM_DAY_CLINIC',
  'RETIRED_CADRE_CHECKUP', 'CROSS_PROVINCE_CHRONIC', 'RARE_DISEASE',
] as const;
/** 定点资格: 谈判药品, 日间手术, 生育, 异地转诊, 中医药日间诊疗, 离休体检, 跨省门诊慢特病, 罕见病治疗. */
export type Designation = (typeof DESIGNATIONS)[number];

export const EXCLUSION_REASONS = [
  'WORK_INJURY', 'THIRD_PARTY_LIABLE', 'PUBLIC_HEALTH', 'ABROAD', 'WELLNESS_OR_COSMETIC', 'UNLAWFUL_ACT',
  'TRAFFIC_ACCIDENT', 'ALCOHOL_OR_DRUGS', 'FIGHT', 'SELF_HARM',
] as const;
/**
 * 不属于基本医疗保障支付范围的情形 (000 §一(二)2; 社会保险法第三十条 as 004 §二3 quotes it): 工伤,
 * 第三方负担, 公共卫生, 境外就医, 体育健身/养生保健/健康体检/整形美容, 违法犯罪, 交通事故, 酗酒/吸毒,
 * 斗殴, 自杀自残.
 */
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

export const STUDENT_ABSENCES = ['INTERNSHIP', 'VACATION', 'SUSPENSION'] as const;
/** Why an enrolled student (参保大中专学生) is away from home: 实习, 寒暑假, 休学 (000 §六(二)5(4)). */
export type StudentAbsence = (typeof STUDENT_ABSENCES)[number];

export const ENROLMENT_ROUTES = ['NEWBORN', 'STUDENT', 'DISCHARGED_VETERAN', 'SCHEME_TRANSFER'] as const;
/**
 * How the current enrolment began, where it changes when benefits start (参保途径): 新生儿,
 * 大学生 (高校统一参保), 当年退役军人, 职工/居民医保连续转参 (at least 2 years in the other
 * scheme, gap at most 3 months). Omitted: an ordinary enrolment.
 */
export type EnrolmentRoute = (typeof ENROLMENT_ROUTES)[number];
