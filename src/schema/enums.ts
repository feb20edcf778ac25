/**
 * The contract's enums, built from the domain vocabulary in ../domain.ts, each value
 * described in Chinese and English ("中文 / English"; test/schema-conventions.test.ts checks).
 */
import {
  ASSISTANCE_CATEGORIES, CITIES, DESIGNATIONS, EMPLOYEE_CATEGORIES, ENROLMENT_ROUTES, EXCLUSION_REASONS, FEE_CATEGORIES,
  INSTITUTION_LEVELS, LONG_TERM_CARE_KINDS, MATERNITY_BENEFICIARIES, RARE_DISEASES, REMOTE_FILINGS, SCHEMES, STUDENT_ABSENCES, TWO_DISEASES, VISIT_TYPES,
} from '../domain';
import { builder } from './builder';

function values<T extends string>(names: readonly T[], zh: Record<T, string>) {
  return Object.fromEntries(names.map((n) => [n, { value: n, description: zh[n] }])) as Record<T, { value: T; description: string }>;
}

export const CityEnum = builder.enumType('City', {
  description: '统筹地区 (pooling city).',
  values: values(CITIES, { LANZHOU: '兰州市 / Lanzhou (Gansu)', JINING: '济宁市 / Jining (Shandong)', YINCHUAN: '银川市 / Yinchuan (Ningxia)' }),
});

export const SchemeEnum = builder.enumType('Scheme', {
  description: '险种 (insurance scheme).',
  values: values(SCHEMES, { EMPLOYEE: '职工基本医疗保险 / Employee basic medical insurance', RESIDENT: '城乡居民基本医疗保险 / Urban and rural resident basic medical insurance', RETIRED_CADRE: '离休干部医疗保障 / Retired cadres\' medical cover (Lanzhou 000 §七; funded apart from the basic pool)' }),
});

export const InstitutionLevelEnum = builder.enumType('InstitutionLevel', {
  description: '医疗机构等级 (institution level).',
  values: values(INSTITUTION_LEVELS, {
    PRIMARY: '一级 (社区, 乡镇, 村) / Primary: community, township and village clinics', SECONDARY: '二级 / Secondary hospital',
    TERTIARY: '三级 (等次不详) / Tertiary hospital, grade not known', TERTIARY_B: '三级乙等 / Tertiary grade B hospital',
    TERTIARY_A: '三级甲等 / Tertiary grade A hospital', PHARMACY: '定点零售药店 / Designated retail pharmacy',
    UNRATED: '民营或未定级 / Private or unrated institution',
  }),
});

export const EmployeeCategoryEnum = builder.enumType('EmployeeCategory', {
  description: '职工类别 (employee category).',
  values: values(EMPLOYEE_CATEGORIES, {
    PUBLIC_SECTOR: '机关事业单位 / Government agency or public institution', ENTERPRISE: '企业 / Enterprise employee',
    FLEXIBLE: '灵活就业人员 / Flexibly employed (self-insured)', UNEMPLOYED: '失业人员 / Unemployed, insured through unemployment benefits',
  }),
});

export const AssistanceCategoryEnum = builder.enumType('AssistanceCategory', {
  description: '医疗救助对象类别 (medical-assistance category).',
  values: values(ASSISTANCE_CATEGORIES, {
    EXTREME_POVERTY: '特困人员 / Person in extreme poverty', ORPHAN: '孤儿 / Orphan',
    RURAL_LOW_INCOME_1_2: '农村一、二类低保对象 / Rural minimum-subsistence recipient, class 1 or 2',
    URBAN_LOW_INCOME_FULL: '城市全额低保对象 / Urban full minimum-subsistence recipient',
    RETURNED_TO_POVERTY: '返贫致贫人口 / Person who fell (back) into poverty',
    RURAL_LOW_INCOME_3_4: '农村三、四类低保对象 / Rural minimum-subsistence recipient, class 3 or 4',
    URBAN_LOW_INCOME_PARTIAL: '城市差额低保对象 / Urban partial minimum-subsistence recipient',
    AT_RISK_OF_POVERTY: '防止返贫监测对象 (边缘易致贫) / Monitored as at risk of poverty',
    LIFTED_FROM_POVERTY: '脱贫人口 / Person lifted out of poverty',
    LOW_INCOME_MARGINAL: '低保边缘家庭成员 / Member of a household just above the minimum-subsistence line',
    ILLNESS_INDUCED_POVERTY: '因病致贫重病患者 / Seriously ill person impoverished by illness',
  }),
});

export const VisitTypeEnum = builder.enumType('VisitType', {
  description: '就诊类型 (kind of visit).',
  values: values(VISIT_TYPES, {
    OUTPATIENT: '普通门诊 / General outpatient visit',
    CHRONIC_OUTPATIENT: '门诊慢特病 / Outpatient care of an approved chronic or special disease',
    TWO_DISEASE_OUTPATIENT: '两病门诊 / Hypertension and diabetes outpatient care (residents)',
    INPATIENT: '住院 / Hospital stay (settled at discharge)', DAY_SURGERY: '日间手术 / Day surgery',
    NEGOTIATED_DRUG_OUTPATIENT: '门诊谈判药品 / Outpatient negotiated drugs (paid separately)',
    TCM_DAY_CLINIC: '中医药日间诊疗 / Traditional Chinese medicine day clinic',
    SPECIAL_DRUG: '特药 / Special drugs (Jining, both schemes: 20,000 deductible a year, 80%, at most 400,000; needs an approval for the year)',
    RARE_DISEASE_DRUG: '罕见病用药 / Rare-disease drugs (Jining: Gaucher, Pompe, Fabry; 20,000 deductible, 80% / 85% from 400,000, at most 900,000; needs a registration)',
    LONG_TERM_CARE: '长期护理 / Long-term care (Jining: 医疗专护, 机构护理, 居家护理; give longTermCare)',
    MATERNITY_INPATIENT: '生育保险住院 / Maternity stay: a delivery or family-planning stay, paid by the maternity fund',
    MATERNITY_OUTPATIENT: '生育保险门诊 / Maternity outpatient care: family planning, antenatal care, prenatal screening, paid by the maternity fund',
  }),
});

export const MaternityBeneficiaryEnum = builder.enumType('MaternityBeneficiary', {
  description: '生育保险待遇对象 / Who a maternity claim is for.',
  values: values(MATERNITY_BENEFICIARIES, {
    INSURED: '参保职工本人 / The insured member (default)',
    UNINSURED_SPOUSE: '男职工未参保配偶 / A male employee\'s uninsured spouse: 50% of the insured woman\'s standard for a delivery (Lanzhou)',
  }),
});

export const FeeCategoryEnum = builder.enumType('FeeCategory', {
  description: '费用类别 (fee category in the catalogues).',
  values: values(FEE_CATEGORIES, {
    CLASS_A: '甲类 / Class A: fully within the policy scope', CLASS_B: '乙类 / Class B: within scope after a pre-self-pay share',
    SELF_PAY: '自费 (目录外) / Self-pay: outside the catalogues',
  }),
});

export const TwoDiseaseEnum = builder.enumType('TwoDisease', {
  description: '两病 (hypertension and diabetes outpatient).',
  values: values(TWO_DISEASES, { HYPERTENSION: '高血压 / Hypertension', DIABETES: '糖尿病 / Diabetes' }),
});

export const RemoteFilingEnum = builder.enumType('RemoteFiling', {
  description: '异地就医备案类型 (remote-care filing).',
  values: values(REMOTE_FILINGS, {
    RELOCATED_RETIREE: '异地安置退休人员 / Retiree relocated to another place', LONG_TERM_RESIDENT: '异地长期居住人员 / Long-term resident elsewhere',
    STATIONED_WORKER: '常驻异地工作人员 / Worker stationed elsewhere', REFERRAL: '异地转诊人员 / Referred to a hospital elsewhere',
    SELF_REFERRAL: '自行异地就医人员 / Seeking care elsewhere without referral', EMERGENCY: '异地急诊抢救人员 / Emergency treatment elsewhere',
  }),
});

export const DesignationEnum = builder.enumType('Designation', {
  description: '定点资格 (designation an institution holds).',
  values: values(DESIGNATIONS, {
    NEGOTIATED_DRUG: '谈判药品 / Dispenses negotiated drugs', DAY_SURGERY: '日间手术 / Day surgery', MATERNITY: '生育 / Maternity care',
    REFERRAL: '异地转诊 / Receives referrals from elsewhere', TCM_DAY_CLINIC: '中医药日间诊疗 / TCM day clinic',
    RETIRED_CADRE_CHECKUP: '离休体检 / Health checks of retired cadres', CROSS_PROVINCE_CHRONIC: '跨省门诊慢特病 / Cross-province outpatient chronic-disease settlement',
    RARE_DISEASE: '罕见病定点治疗医院 / Designated hospital for rare-disease drugs (Jining)',
  }),
});

export const LongTermCareKindEnum = builder.enumType('LongTermCareKind', {
  description: '长期护理服务形式 (kind of long-term care, Jining 004 §七4).',
  values: values(LONG_TERM_CARE_KINDS, {
    MEDICAL_CARE: '医疗专护 (24-hour care in a hospital ward; rate by hospital class)',
    INSTITUTIONAL_CARE: '机构护理 (24-hour care in a designated nursing home)',
    HOME_CARE: '居家护理 (care at home by a designated care agency)',
  }),
});

export const RareDiseaseEnum = builder.enumType('RareDisease', {
  description: '罕见病 with the separate drug benefit (Jining 004 §二(二)7③).',
  values: values(RARE_DISEASES, { GAUCHER: '戈谢病 / Gaucher disease', POMPE: '庞贝氏病 / Pompe disease', FABRY: '法布雷病 / Fabry disease' }),
});

export const ExclusionReasonEnum = builder.enumType('ExclusionReason', {
  description: '不属于基本医疗保障支付范围的情形 (a reason the basic fund does not pay; 000 §一(二)2): a claim carrying one is refused, naming it.',
  values: values(EXCLUSION_REASONS, {
    WORK_INJURY: '应当从工伤保险基金中支付的 (work injury)', THIRD_PARTY_LIABLE: '应当由第三方负担的 (a liable third party)',
    PUBLIC_HEALTH: '应当由公共卫生负担的 (public health)', ABROAD: '在境外就医的，含港澳台 (care abroad)',
    WELLNESS_OR_COSMETIC: '体育健身、养生保健消费、健康体检、整形美容 (fitness, wellness, check-up, cosmetic)',
    UNLAWFUL_ACT: '因违法犯罪发生的 (an unlawful act)', TRAFFIC_ACCIDENT: '因交通事故发生的 (a traffic accident)',
    ALCOHOL_OR_DRUGS: '因酗酒、吸毒发生的 (alcohol or drugs)', FIGHT: '因斗殴发生的 (a fight)', SELF_HARM: '因自杀自残发生的 (suicide or self-harm)',
  }),
});

export const StudentAbsenceEnum = builder.enumType('StudentAbsence', {
  description: '参保大中专学生在异地的原因 (why an enrolled student is away from home; 000 §六(二)5(4)): no remote-care cut.',
  values: values(STUDENT_ABSENCES, { INTERNSHIP: '实习 (internship)', VACATION: '寒暑假 (vacation)', SUSPENSION: '休学 (suspension of studies)' }),
});

export const EnrolmentRouteEnum = builder.enumType('EnrolmentRoute', {
  description: '参保途径 (how the current enrolment began, where it changes when benefits start); omitted = an ordinary enrolment.',
  values: values(ENROLMENT_ROUTES, {
    NEWBORN: '新生儿，出生后规定期限内参保 (newborn, covered from birth)', STUDENT: '大学生，以高校为单位参保 (student: benefit year September to August)',
    DISCHARGED_VETERAN: '当年退出现役的军人 (veteran discharged this year: no collection period)',
    SCHEME_TRANSFER: '职工医保与居民医保之间连续转参（连续参保2年以上，中断不超过3个月） (continuous transfer between the schemes: no wait)',
  }),
});
