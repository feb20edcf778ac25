/**
 * Policy pack `jining-2024`: Jining's basic medical insurance as its service handbook
 * (济宁市医疗保险经办工作服务手册, source 004) states it, read as settlement-rules.md §2 fixes.
 *
 * The handbook is undated; it cites 鲁政字〔2023〕184号 and a transition "于2026年1月过渡到位", so it
 * describes the rules in force in 2024, and every value here is dated 2024-01-01 (the earliest
 * date this pack vouches for). Clauses: '004 §二(一)1注(4)' = part 二, section (一), question 1,
 * note (4). The chronic disease lists are behind a QR code in the source, so a claim gives
 * the disease class (甲类 / 乙类) rather than a disease code.
 */
import type { InstitutionLevel } from '../domain';
import { JINING_MATERNITY_PARAMETERS } from './jining-maternity';
import type { JiningPack, JiningParameters } from './jining-parameters';
import { JINING_ELIGIBILITY } from './jining-eligibility';

const HANDBOOK = '2024-01-01';

const HOSPITALS: InstitutionLevel[] = ['PRIMARY', 'SECONDARY', 'TERTIARY', 'TERTIARY_B', 'TERTIARY_A'];
/** Long-term care providers: hospitals (医疗专护) and nursing homes or care agencies (UNRATED). */
const CARE_PROVIDERS: InstitutionLevel[] = [...HOSPITALS, 'UNRATED'];
/** Special drugs: any designated dispenser, pharmacies (双通道) included; the rule does not depend on the level. */
const ANY_DISPENSER: InstitutionLevel[] = [...HOSPITALS, 'UNRATED', 'PHARMACY'];

export const JINING_2024_PARAMETERS: JiningParameters = {
  ...JINING_ELIGIBILITY,
  ...JINING_MATERNITY_PARAMETERS,
  policyShareBp: {
    value: { CLASS_A: 10_000, CLASS_B: 10_000, SELF_PAY: 0 },
    effectiveFrom: HANDBOOK, source: '004 §二1',
    description: {
      zh: '“三个目录”内费用按规定报销，目录外不予报销；手册未规定乙类先行自付比例，默认乙类全额纳入政策范围',
      en: 'Items inside the three catalogues are in scope, self-pay items are not; the handbook gives no class-B pre-self-pay share, so class B counts 100%',
    },
    reading: 'Default not in the source: class B enters the policy amount in full (no 先行自付 share is stated). The trace flags it.',
  },
  openVisitTypes: {
    value: {
      EMPLOYEE: ['OUTPATIENT', 'CHRONIC_OUTPATIENT', 'INPATIENT', 'SPECIAL_DRUG', 'RARE_DISEASE_DRUG', 'LONG_TERM_CARE'],
      RESIDENT: ['OUTPATIENT', 'CHRONIC_OUTPATIENT', 'TWO_DISEASE_OUTPATIENT', 'INPATIENT', 'SPECIAL_DRUG', 'RARE_DISEASE_DRUG', 'LONG_TERM_CARE'],
    },
    effectiveFrom: HANDBOOK, source: '004 §二(一)1-2, §二(一)5, §二(二)2-7, §三3, §七',
    description: {
      zh: '职工：住院、普通门诊统筹、门诊慢特病、特药、罕见病用药、长期护理；居民：住院（含意外伤害、分娩）、普通门诊统筹、“两病”门诊、门诊慢特病、特药、罕见病用药、长期护理',
      en: 'Employees: stays, general outpatient, chronic outpatient, special drugs, rare-disease drugs, long-term care; residents: stays (with accident and birth), general outpatient, two-disease outpatient, chronic outpatient, special drugs, rare-disease drugs, long-term care',
    },
    reading: 'The handbook has no day-surgery, TCM day-clinic or separate negotiated-drug rules; those visit types are not open.',
  },
  allowedLevels: {
    value: {
      EMPLOYEE: {
        OUTPATIENT: HOSPITALS, CHRONIC_OUTPATIENT: HOSPITALS, INPATIENT: HOSPITALS,
        SPECIAL_DRUG: ANY_DISPENSER, RARE_DISEASE_DRUG: CARE_PROVIDERS, LONG_TERM_CARE: CARE_PROVIDERS,
      },
      RESIDENT: {
        OUTPATIENT: ['PRIMARY'],
        CHRONIC_OUTPATIENT: HOSPITALS,
        TWO_DISEASE_OUTPATIENT: ['PRIMARY', 'SECONDARY'],
        INPATIENT: HOSPITALS,
        SPECIAL_DRUG: ANY_DISPENSER, RARE_DISEASE_DRUG: CARE_PROVIDERS, LONG_TERM_CARE: CARE_PROVIDERS,
      },
    },
    effectiveFrom: HANDBOOK, source: '004 §二(一)2, §二(一)5②, §二(二)2②, §二(二)3, §四11, §七4',
    description: {
      zh: '职工门诊可选一级及以下、二级、三级定点医疗机构；居民普通门诊在基层定点医疗机构（异地就医普通门诊不受等级限制）；“两病”在二级及以下定点基层医疗机构',
      en: 'Employee outpatient at any hospital class; resident general outpatient at primary institutions (remote care: any level); two-disease outpatient at secondary or below',
    },
    reading: 'Rates are priced by hospital class only: pharmacies and unrated institutions have no rate in the handbook and are not settled. Exceptions: long-term care is also given by 定点养老机构 and 护理服务机构 (UNRATED), for institutional and home care (医疗专护 needs a hospital class); special drugs at any level, pharmacies included (the source names 特药定点医疗机构 only for the application form, not where the drug is dispensed, and the benefit does not depend on the level); rare-disease drugs at the one designated hospital, whose level the source does not state (so UNRATED is allowed too; settleClaim checks the hospital).',
  },
  hospitalClass: {
    value: { PRIMARY: 'PRIMARY', SECONDARY: 'SECONDARY', TERTIARY: 'TERTIARY', TERTIARY_B: 'TERTIARY', TERTIARY_A: 'TERTIARY' },
    effectiveFrom: HANDBOOK, source: '004 §二(一)1, §二(二)6',
    description: { zh: '一级医院（一级及以下）、二级医院、三级医院；三级医院不分甲乙等', en: 'Primary (and below), secondary, tertiary; tertiary hospitals are one class whatever their grade' },
  },
  employeeStayDeductibleFen: {
    value: { PRIMARY: 30_000, SECONDARY: 50_000, TERTIARY: 60_000 },
    effectiveFrom: HANDBOOK, source: '004 §二(一)1',
    description: { zh: '职工首次住院起付标准：一级医院300元，二级医院500元，三级医院600元', en: 'Employee first-stay deductible: primary 300, secondary 500, tertiary 600 yuan' },
  },
  employeeStayDeductibleStepsBp: {
    value: [10_000, 5_000, 0],
    effectiveFrom: HANDBOOK, source: '004 §二(一)1注(1)',
    description: { zh: '1个年度内，从第2次住院起付标准减半，自第三次住院起不再设置起付标准', en: 'Second stay of the year: half the deductible; from the third: none' },
  },
  deductibleFreeStayConditions: {
    value: ['MENTAL_ILLNESS', 'SEVERE_MENTAL_ILLNESS'],
    effectiveFrom: HANDBOOK, source: '004 §二(一)1注(3)',
    description: { zh: '精神疾病患者住院治疗的，取消起付标准', en: 'Employee stays for a mental illness bear no deductible' },
    reading: 'The note sits under the employee table: resident stays keep their deductible.',
  },
  oncePerYearStayConditions: {
    value: ['MALIGNANT_TUMOUR'],
    effectiveFrom: HANDBOOK, source: '004 §二(一)1注(3)',
    description: { zh: '恶性肿瘤患者住院治疗的，每年只收取一次起付标准', en: 'Malignant-tumour stays bear the deductible once a year (the first such stay, at its n-th stay share)' },
    reading: 'The first tumour stay of the year bears the deductible the n-th stay rule gives it; later tumour stays bear none. The note sits under the employee table: resident stays keep their deductible.',
  },
  tcmHospitalStayReductionFen: {
    value: 10_000,
    effectiveFrom: HANDBOOK, source: '004 §二(一)1注(2)',
    description: { zh: '参保职工在中医医疗机构住院治疗，住院起付标准降低100元', en: 'Employee stay at a TCM hospital: deductible 100 yuan lower' },
    reading: 'The 100 comes off the level\'s deductible before the n-th stay share is applied (a second stay at a TCM tertiary hospital: (600 − 100) × 50% = 250). The note sits under the employee table, so resident stays keep their deductible.',
  },
  employeeStayRatesBp: {
    value: {
      PRIMARY: { activeBp: 9_000, retiredBp: 9_500 },
      SECONDARY: { activeBp: 8_500, retiredBp: 9_000 },
      TERTIARY: { activeBp: 8_500, retiredBp: 9_000 },
    },
    effectiveFrom: HANDBOOK, source: '004 §二(一)1',
    description: { zh: '职工住院基本医疗保险支付比例（在职/退休）：一级90%/95%，二级85%/90%，三级85%/90%', en: 'Employee stay rates (active/retired): primary 90%/95%, secondary and tertiary 85%/90%' },
  },
  employeeTcmBonus: {
    value: { bonusBp: 1_000, maxRateBp: 10_000 },
    effectiveFrom: HANDBOOK, source: '004 §二(一)1注(2)',
    description: { zh: '使用中药饮片、中医诊疗技术和经批准的治疗性中药制剂发生的住院费用，医保基金支付比例提高10%', en: 'TCM items in an employee stay: +10 points on the rate, at most 100%' },
    reading: 'The note sits under the employee table: resident stays have no TCM bonus. A 纯中医疗法 stay follows pureTcmStay (its reading decides whether the +10 applies on top).',
  },
  employeeStayCapFen: {
    value: 20_000_000,
    effectiveFrom: HANDBOOK, source: '004 §二(一)1注(4)',
    description: { zh: '职工医保住院（包括与住院合并计算的门诊慢特病）统筹基金最高支付限额为20万元', en: 'The employee basic pool pays at most 200,000 yuan a year for stays and chronic outpatient together' },
    reading: '"统筹支付额20万元": a cap on payments (settlement-rules.md JN-E-IP).',
  },
  largeAmount: {
    value: { rateBp: 9_000, capFen: 50_000_000 },
    effectiveFrom: HANDBOOK, source: '004 §二(一)1注(4), §二(一)4',
    description: { zh: '超出职工医保住院最高支付限额以上符合医保规定的费用，职工大额医疗费用补助支付比例90%，年度支付限额50万元', en: 'Above the basic cap, large-amount insurance pays 90% of the eligible cost, at most 500,000 yuan a year' },
    reading: 'Every employee category is insured ("凡参加基本医疗保险的…应同时参加"). The 1,000 outpatient extension is counted apart from the 500,000.',
  },
  employeeCritical: {
    value: { thresholdFen: 2_000_000, rateBp: 8_000, capFen: 40_000_000, visitTypes: ['INPATIENT', 'CHRONIC_OUTPATIENT'] },
    effectiveFrom: HANDBOOK, source: '004 §二(一)1注(5), §二(一)5①',
    description: {
      zh: '经基本医保、大额补助报销后，政策范围内住院个人负担部分（含大额补助限额以上费用）超过2万元以上的部分支付80%，一个年度内最高支付40万元',
      en: 'Employee critical illness: the year\'s policy-range personal burden of stays (and chronic outpatient, counted with stays) after the basic and large-amount layers, above 20,000, paid 80%, at most 400,000 a year',
    },
    reading: 'Personal burden = policy amount − basic − large-amount payments, deductible included, cumulative over the year. Civil-servant and enterprise supplementary payments are not modelled. Field: 004 §二(一)4 unifies 职工大额医疗费用补助 and 职工大病保险 as "职工大额医疗费用补助", so the employee 大病 layer (this, 特药 and 罕见病 of employees) is paid by that fund and reported in largeAmountPayment (hifob_pay, 职工大额医疗费用补助基金支出), its lines in layer LARGE_AMOUNT under their own rule ids; criticalIllnessPayment (hifmi_pay) is the residents\' 大病保险.',
  },
  employeeOutpatientDeductibleFen: {
    value: { PRIMARY: 10_000, SECONDARY: 20_000, TERTIARY: 30_000 },
    effectiveFrom: HANDBOOK, source: '004 §二(一)2',
    description: { zh: '普通门诊年度起付标准：一级及以下100元，二级200元，三级300元，累计计算、累计补差', en: 'Employee outpatient annual deductible: primary 100, secondary 200, tertiary 300 yuan, cumulative with top-up' },
    reading: '累计补差: a visit bears the level\'s annual deductible less what the year\'s earlier visits already bore (100 at primary, then 200 more at tertiary).',
  },
  employeeOutpatientRatesBp: {
    value: {
      PRIMARY: { activeBp: 8_000, retiredBp: 8_500 },
      SECONDARY: { activeBp: 7_000, retiredBp: 7_500 },
      TERTIARY: { activeBp: 6_000, retiredBp: 6_500 },
    },
    effectiveFrom: HANDBOOK, source: '004 §二(一)2',
    description: { zh: '普通门诊支付比例（在职/退休）：一级及以下80%/85%，二级70%/75%，三级60%/65%', en: 'Employee outpatient rates (active/retired): primary 80%/85%, secondary 70%/75%, tertiary 60%/65%' },
  },
  employeeOutpatientCapFen: {
    value: { activeFen: 350_000, retiredFen: 450_000 },
    effectiveFrom: HANDBOOK, source: '004 §二(一)2',
    description: { zh: '普通门诊统筹基金自然年度支付限额：在职3500元，退休4500元', en: 'Employee outpatient pool payment cap: 3,500 (active) / 4,500 (retired) yuan a year' },
  },
  outpatientLargeAmountCapFen: {
    value: 100_000,
    effectiveFrom: HANDBOOK, source: '004 §二(一)2, §二(一)4',
    description: { zh: '超过普通门诊统筹年度支付限额以上的费用，由大额医疗补助资金支付，支付限额为1000元', en: 'Beyond the outpatient cap, large-amount insurance pays at the same rate, at most 1,000 yuan a year' },
    reading: '"由大额医疗补助资金支付" gives no rate: the level\'s outpatient rate is used.',
  },
  residentOutpatient: {
    value: { signedBp: 6_000, unsignedBp: 5_000, capFen: 30_000 },
    effectiveFrom: HANDBOOK, source: '004 §二(二)2①',
    description: { zh: '居民普通门诊不设起付标准；签约家庭医生团队的支付60%，未签约的支付50%；年度最高支付限额300元', en: 'Resident general outpatient: no deductible; 60% when signed with a family doctor team, 50% otherwise; at most 300 yuan a year' },
  },
  twoDisease: {
    value: { rateBp: 7_000, singleCapFen: 30_000, combinedCapFen: 60_000 },
    effectiveFrom: HANDBOOK, source: '004 §二(二)3',
    description: { zh: '“两病”门诊用药不设起付标准，支付70%；高血压或糖尿病年度限额300元，合并高血压糖尿病以及糖尿病使用胰岛素的600元', en: 'Two-disease outpatient drugs: no deductible, 70%; 300 a year for one disease, 600 for both or for a diabetic on insulin' },
    reading: 'One cap per person and year, set by the claim\'s diseases. Drug costs beyond the cap are settled as general outpatient at a primary institution (达到限额的可享受普通门诊统筹).',
  },
  residentStayDeductibleFen: {
    value: { PRIMARY: 10_000, SECONDARY: 40_000, TERTIARY: 80_000 },
    effectiveFrom: HANDBOOK, source: '004 §二(二)6',
    description: { zh: '居民住院起付标准：一级100元，二级400元，三级800元（不递减）', en: 'Resident stay deductible: primary 100, secondary 400, tertiary 800 yuan, every stay' },
  },
  residentStayRatesBp: {
    value: {
      PRIMARY: { adultBp: 8_500, minorBp: 9_000 },
      SECONDARY: { adultBp: 7_500, minorBp: 8_000 },
      TERTIARY: { adultBp: 6_000, minorBp: 6_500 },
    },
    effectiveFrom: HANDBOOK, source: '004 §二(二)6',
    description: { zh: '居民住院报销比例（成年人/未成年人）：一级85%/90%，二级75%/80%，三级60%/65%', en: 'Resident stay rates (adult/minor): primary 85%/90%, secondary 75%/80%, tertiary 60%/65%' },
  },
  residentStayCapFen: {
    value: 15_000_000,
    effectiveFrom: HANDBOOK, source: '004 §二(二)6',
    description: { zh: '居民基本医疗报销限额15万元', en: 'The resident basic pool pays at most 150,000 yuan a year for stays' },
    reading: 'A cap on payments; accident stays count against it too.',
  },
  accidentStay: {
    value: { shareOfLevelRateBp: 6_000, capFen: 3_000_000 },
    effectiveFrom: HANDBOOK, source: '004 §二(二)5',
    description: { zh: '无责任人的意外伤害住院医疗费用，支付比例按同级医院的60%，一个年度内最高支付限额3万元', en: 'Resident accident stay (no liable third party): 60% of the level\'s rate, at most 30,000 yuan a year' },
    reading: '"按同级医院的60%" as 60% of the level\'s stay rate (an adult at a secondary hospital: 75% × 60% = 45%), the stay deductible still applies, and the payments count against both the 30,000 and the 150,000 stay cap.',
  },
  accidentOutpatient: {
    value: { rateBp: 8_000, capFen: 150_000, levels: HOSPITALS },
    effectiveFrom: HANDBOOK, source: '004 §二(二)5',
    description: { zh: '学生及其他未成年人无责任人的意外伤害门诊医疗费用，支付比例80%，年度最高支付限额1500元', en: 'Accident outpatient of students and other minors: 80%, at most 1,500 yuan a year, no deductible' },
    reading: 'The handbook names no level: any hospital class.',
  },
  birthSubsidyFen: {
    value: [180_000, 200_000, 300_000],
    effectiveFrom: HANDBOOK, source: '004 §二(二)4',
    description: { zh: '住院分娩定额补助：一孩1800元，二孩2000元，三孩3000元；高于定额的按定额，低于定额的据实报销', en: 'Resident birth subsidy: 1,800 / 2,000 / 3,000 yuan for the 1st / 2nd / 3rd child; the pool pays the lower of the policy amount and the subsidy' },
    reading: 'No deductible; a fixed subsidy outside the 150,000 stay cap. A birth stay that also treats another disease settles as an ordinary stay (omit the child order).',
  },
  residentCritical: {
    value: {
      bands: [
        { fromFen: 1_200_000, toFen: 10_000_000, rateBp: 6_000 },
        { fromFen: 10_000_000, toFen: 20_000_000, rateBp: 6_500 },
        { fromFen: 20_000_000, toFen: 30_000_000, rateBp: 7_000 },
        { fromFen: 30_000_000, toFen: null, rateBp: 7_500 },
      ],
      capFen: 40_000_000,
      visitTypes: ['INPATIENT', 'CHRONIC_OUTPATIENT'],
    },
    effectiveFrom: HANDBOOK, source: '004 §二(二)7①',
    description: {
      zh: '居民大病保险起付标准1.2万元，个人负担的合规医疗费用1.2万元以上10万元以下60%，10-20万元65%，20-30万元70%，30万元以上75%，年度报销限额40万元',
      en: 'Resident critical illness: the year\'s personal burden, bands on the absolute amount: 12,000-100,000 60%, 100,000-200,000 65%, 200,000-300,000 70%, above 75%; at most 400,000 a year',
    },
    reading: 'Bands on the absolute cumulative burden (not relative to the threshold). The burden is policy amount − basic pool of stays and chronic outpatient.',
  },
  chronicDeductibleFen: {
    value: { EMPLOYEE: { standardFen: 100_000, tcmFen: 90_000 }, RESIDENT: { standardFen: 50_000, tcmFen: 40_000 } },
    effectiveFrom: HANDBOOK, source: '004 §三3②③',
    description: {
      zh: '门诊慢特病年度起付标准：职工1000元（中医医疗机构定点900元），居民500元（中医医疗机构定点400元），与住院起付标准分别计算',
      en: 'Chronic outpatient annual deductible: employee 1,000 (900 at a TCM institution), resident 500 (400 at a TCM institution), apart from the stay deductible',
    },
    reading: 'Annual and carried across visits; a visit with the higher standard tops up what earlier visits bore.',
  },
  chronicDeductibleFreeConditions: {
    value: ['UREMIA', 'HEMOPHILIA', 'SEVERE_MENTAL_ILLNESS'],
    effectiveFrom: HANDBOOK, source: '004 §三3②③',
    description: { zh: '尿毒症、血友病和重度精神病门诊治疗不设起付标准', en: 'Uremia, haemophilia and severe mental illness: no chronic deductible' },
  },
  employeeChronicRatesBp: {
    value: { A: 8_500, B: 7_500 },
    effectiveFrom: HANDBOOK, source: '004 §三3③',
    description: { zh: '职工门诊慢特病：甲类病种85%，乙类病种75%；进入大额医疗费用补助范围的90%', en: 'Employee chronic outpatient: class A 85%, class B 75%; above the basic cap large-amount insurance pays 90%' },
  },
  residentChronicRatesBp: {
    value: { A: 7_000, B: { PRIMARY: 6_500, SECONDARY: 5_500, TERTIARY: 4_500 } },
    effectiveFrom: HANDBOOK, source: '004 §三3②',
    description: { zh: '居民门诊慢特病：甲类病种70%；乙类病种一、二、三级医疗机构65%、55%、45%', en: 'Resident chronic outpatient: class A 70%; class B 65% / 55% / 45% at primary / secondary / tertiary' },
  },
  residentChronicInfectiousRatesBp: {
    value: { conditions: ['TUBERCULOSIS', 'DRUG_RESISTANT_TUBERCULOSIS', 'CHRONIC_HEPATITIS', 'LIVER_CIRRHOSIS'], rates: { PRIMARY: 6_500, SECONDARY: 6_000, TERTIARY: 6_000 } },
    effectiveFrom: HANDBOOK, source: '004 §三3②',
    description: { zh: '肺结核、肺外其他部位结核、慢性乙型和丙型病毒性肝炎、肝硬化、耐多药结核和广泛耐药结核等病种：一、二、三级65%、60%、60%', en: 'Resident class B tuberculosis, chronic hepatitis B/C and cirrhosis: 65% / 60% / 60% at primary / secondary / tertiary' },
  },
  residentChronicCapFen: {
    value: { A: 15_000_000, B: 600_000 },
    effectiveFrom: HANDBOOK, source: '004 §三3②',
    description: { zh: '居民门诊慢特病年度最高支付限额：甲类15万元，乙类6000元；同时患甲类和乙类的按甲类', en: 'Resident chronic caps: class A 150,000, class B 6,000 yuan a year; a person with both is class A' },
    reading: 'Payments of both classes count against the cap of the claim\'s class.',
  },
  residentChronicStayCapConditions: {
    value: ['DRUG_RESISTANT_TUBERCULOSIS'],
    effectiveFrom: HANDBOOK, source: '004 §三3②',
    description: { zh: '耐多药结核和广泛耐药结核门诊慢特病年度最高支付限额与住院合并计算', en: 'Drug-resistant tuberculosis: chronic payments share the resident stay cap instead of the class cap' },
  },
  pureTcmStay: {
    value: {
      deductibleReductionFen: 10_000,
      activeBp: 9_000,
      retiredBp: { PRIMARY: 9_500, SECONDARY: 9_000, TERTIARY: 9_000 },
      tcmBonus: 'RATE_REPLACES_BONUS',
    },
    effectiveFrom: HANDBOOK, source: '004 §二(一)1注(2)',
    description: {
      zh: '参保人员住院使用纯中医疗法发生的医疗费用，起付标准降低100元，在职参保职工医保基金支付比例为90%，退休人员在二、三级定点医疗机构住院支付比例为90%、在基层医疗机构支付比例为95%',
      en: 'Employee stay treated with 纯中医疗法 only: deductible 100 yuan lower; active employees 90%; retirees 90% at secondary and tertiary, 95% at primary (基层) institutions',
    },
    reading: 'Two readings of how this meets the +10-point TCM item rule of the same note. RATE_REPLACES_BONUS (the pack\'s choice): the 90% / 95% is the whole stay\'s rate, TCM items included: a pure-TCM stay is all TCM treatment, and the note gives it its own rate instead of the level rate + 10 (an active employee at a tertiary hospital: 90%, not 95%). BONUS_ON_TOP: the +10 applies to the TCM items on top of the pure-TCM rate, at most 100% (an active employee: TCM items 100%). The 100 yuan reduction does not stack with the TCM-hospital reduction (one 100 off, as the two clauses describe the same kind of stay); the n-th stay share applies after it. The note sits under the employee table: residents have no pure-TCM rates (a resident claim with the flag is refused).',
  },
  specialDrug: {
    value: { deductibleFen: 2_000_000, rateBp: 8_000, capFen: 40_000_000, approvalValidity: 'CALENDAR_YEAR' },
    effectiveFrom: HANDBOOK, source: '004 §二(一)5①②, §二(二)7②',
    description: {
      zh: '特药：一个自然年度内，符合政策规定的特药费用，起付标准2万元，支付比例80%，最高支付40万元；特药待遇自核准之日起生效，待遇享受期为一年（以自然年度为准）',
      en: 'Special drugs (both schemes): in a calendar year, a 20,000 yuan deductible, 80% above it, at most 400,000 yuan paid; the approval takes effect on the day it is granted and lasts for the calendar year',
    },
    reading: 'The deductible and limit run over the year\'s special-drug claims together (the position is the year\'s cumulative special-drug policy amount). Paid by 大病保险: the residents\' in criticalIllnessPayment, the employees\' by 职工大额医疗费用补助 in largeAmountPayment (see employeeCritical). Its own deductible and limit, apart from the stay critical-illness layer. "待遇享受期为一年(以自然年度为准)": valid from the approval through 31 December of that year; a new year needs a new approval (重新评估确认).',
  },
  rareDiseaseDrug: {
    value: {
      bands: [
        { fromFen: 2_000_000, toFen: 40_000_000, rateBp: 8_000 },
        { fromFen: 40_000_000, toFen: null, rateBp: 8_500 },
      ],
      capFen: 90_000_000,
      diseases: ['GAUCHER', 'POMPE', 'FABRY'],
      designatedHospital: '济宁市第一人民医院',
    },
    effectiveFrom: HANDBOOK, source: '004 §二(一)5①②, §二(二)7③',
    description: {
      zh: '戈谢病、庞贝氏病和法布雷病三种罕见病特殊疗效药品费用单独列支，起付标准为2万元，2万元-40万元以下的部分基金支付80%，40万元（含）以上的部分基金支付85%，一个年度内每人最高支付90万元；登记备案后至《登记表》有效截止日期前享受待遇；济宁市第一人民医院为定点罕见病治疗医院',
      en: 'Drugs for Gaucher, Pompe and Fabry disease, settled apart: 20,000 yuan deductible, 80% from 20,000 to below 400,000, 85% from 400,000, at most 900,000 yuan a year; after registration (登记备案) until the registration form\'s end date; 济宁市第一人民医院 is the designated hospital',
    },
    reading: 'Bands on the year\'s cumulative rare-disease drug cost (absolute amounts: the 400,000 is cost, not cost above the deductible). Paid by 大病保险 (residents: criticalIllnessPayment; employees: largeAmountPayment, see employeeCritical). settleClaim requires a registration valid on the date and the designated hospital.',
  },
  longTermCareRates: {
    value: {
      EMPLOYEE: { MEDICAL_CARE: { PRIMARY: 9_000, SECONDARY: 8_500, TERTIARY: 8_000 }, INSTITUTIONAL_CARE: 8_500, HOME_CARE: 9_000 },
      RESIDENT: { MEDICAL_CARE: { PRIMARY: 7_500, SECONDARY: 7_000, TERTIARY: 6_500 }, INSTITUTIONAL_CARE: 7_000, HOME_DAILY_FEN: 3_000 },
    },
    effectiveFrom: HANDBOOK, source: '004 §七8',
    description: {
      zh: '长期护理保险基金支付不设起付线。职工：医疗专护在一、二、三级定点医疗机构90%、85%、80%，机构护理85%，居家护理90%；居民：医疗专护75%、70%、65%，机构护理70%，居家护理不设支付比例，每日支付限额30元',
      en: 'Long-term care, no deductible. Employees: medical care 90/85/80% at primary/secondary/tertiary, institutional care 85%, home care 90%. Residents: medical care 75/70/65%, institutional care 70%, home care no rate, at most 30 yuan a day',
    },
    reading: 'Paid by the 长期护理保险基金, reported in basicPoolPayment (the contract has no separate field; the lines carry rule id JN-LTC). Resident home care: the fund pays the bill\'s policy amount up to 30 yuan × the care days. No annual limit is stated; none is applied.',
  },
  longTermCareGrades: {
    value: {
      2: { HOME_CARE: 'HOME_CARE', INSTITUTIONAL_CARE: 'HOME_CARE', MEDICAL_CARE: 'HOME_CARE' },
      3: { HOME_CARE: 'HOME_CARE', INSTITUTIONAL_CARE: 'INSTITUTIONAL_CARE', MEDICAL_CARE: 'INSTITUTIONAL_CARE' },
      4: { HOME_CARE: 'HOME_CARE', INSTITUTIONAL_CARE: 'INSTITUTIONAL_CARE', MEDICAL_CARE: 'MEDICAL_CARE' },
      5: { HOME_CARE: 'HOME_CARE', INSTITUTIONAL_CARE: 'INSTITUTIONAL_CARE', MEDICAL_CARE: 'MEDICAL_CARE' },
    },
    effectiveFrom: HANDBOOK, source: '004 §七7',
    description: {
      zh: '失能等级2级可申请居家护理，申请机构护理或医疗专护的按居家护理标准结算；3级可申请居家护理或机构护理，申请医疗专护的按机构护理标准结算；4级、5级可申请居家护理、机构护理或医疗专护',
      en: 'Grade 2 (moderate): home care; institutional or medical care settle at the home-care standard. Grade 3: home or institutional care; medical care settles at the institutional standard. Grades 4 and 5: any kind',
    },
    reading: 'Grades 0 and 1 are not listed: no long-term care benefit (CARE_GRADE_NOT_ELIGIBLE). An estimate without a grade settles at the kind applied for. "按…标准进行结算" = the rate (or daily amount) of that kind; a grade-2 resident\'s medical care is paid at most 30 yuan a day.',
  },
  longTermCareAssessmentYears: {
    value: 2,
    effectiveFrom: HANDBOOK, source: '004 §七6(4)',
    description: { zh: '评估结论公示期满次日为核准建床的起始日期，有效期为2年', en: 'An assessment is valid for 2 years from the day after its publicity period ends' },
    reading: 'assessLongTermCare takes that start day (validFrom); the record is valid through validFrom + 2 years − 1 day.',
  },
  longTermCareExclusions: {
    value: { stays: true, employeeOutpatientDuringMedicalCare: true },
    effectiveFrom: HANDBOOK, source: '004 §七9, §二(一)3',
    description: {
      zh: '享受长期护理保险待遇期间，不得同时享受基本医疗保险住院待遇，可以享受门诊慢特病、“两病”门诊和普通门诊统筹待遇；职工享受医疗专护待遇期间不享受普通门诊统筹待遇',
      en: 'During a long-term care period no stay benefit (chronic, two-disease and general outpatient remain); employees in 医疗专护 have no general outpatient benefit',
    },
    reading: 'A care period is the days a settled LONG_TERM_CARE claim billed (its date and the days before it). settleClaim refuses a stay whose discharge date falls in one (IN_LONG_TERM_CARE), and an employee general outpatient claim in a medical-care period.',
  },
  notComputable: {
    value: [
      { clause: '004 §一(一)3, §七3', rule: 'contribution rates and long-term care funding (缴费标准, 筹资)', reason: 'contributions, not settlement: no claim depends on them' },
      { clause: '004 §一(一)5', rule: 'one-off withdrawal of the personal account (出国定居, 关系转移, 异地安置, 死亡) and its documents', reason: 'a cash-out decided by the agency on documents; the service keeps no bank details or proof of emigration or death' },
      { clause: '004 §一(一)6-7', rule: 'retiree benefits after 30 (men) / 25 (women) years of contributions, transition by 2026-01, one-off top-up', reason: 'contribution years are not kept by the service; the retired flag on the person is the agency\'s finding' },
      { clause: '004 §二(一)1注(5), §二(一)5①', rule: '公务员医疗补助 and 企业补充保险 before the employee critical-illness layer', reason: 'their rates and limits are not in the source (set by the employer or the civil-service scheme)' },
      { clause: '004 §二(二)3', rule: 'chronic outpatient and two-disease benefits not both for the same disease', reason: 'the Jining chronic disease lists are behind a QR code: the service cannot tell whether a chronic class approval covers hypertension or diabetes; the separate caps and settlements are applied' },
      { clause: '004 §三4', rule: 'the chronic disease lists (甲类 / 乙类 病种)', reason: 'behind a QR code in the handbook, not in its text: a claim gives the class (chronicClass) instead of a disease code' },
      { clause: '004 §三2', rule: '门诊慢特病鉴定 application (form, documents, monthly or quarterly assessment)', reason: 'an administrative procedure; a claim gives the class the assessment found' },
      { clause: '004 §四8', rule: '外伤无第三方责任承诺书 for remote direct settlement', reason: 'a paper form kept by the hospital; the claim carries the statement as accident (residents)' },
      { clause: '004 §七5-6', rule: 'long-term care eligibility (disabled 30 days, expected 6 months) and the assessment timeline (3 / 3 / 2 working days, 5-day publicity)', reason: 'medical and administrative findings of the assessment; assessLongTermCare records its outcome (grade, start day)' },
      { clause: '004 §七10', rule: 'care owed by other law or a third party not paid', reason: 'a fact of the case the caller knows; such items are SELF_PAY' },
    ],
    effectiveFrom: HANDBOOK, source: '004 §一(一)3-7, §二(一)1注(5), §二(二)3, §三2, §四8, §七3-10',
    description: { zh: '手册中无法由结算引擎计算的规定及原因', en: 'Rules of the handbook the engine cannot compute, each with the reason' },
  },
  remoteCare: {
    value: {
      longTermFilings: ['RELOCATED_RETIREE', 'LONG_TERM_RESIDENT', 'STATIONED_WORKER'],
      employeePrePayBp: 1_000,
      employeeVisitTypes: ['INPATIENT', 'CHRONIC_OUTPATIENT', 'OUTPATIENT'],
      residentCutBp: 1_000,
      residentVisitTypes: ['INPATIENT', 'CHRONIC_OUTPATIENT'],
      outpatientLevels: HOSPITALS,
    },
    effectiveFrom: HANDBOOK, source: '004 §四3, §四7, §四9, §四11',
    description: {
      zh: '临时外出就医人员：职工住院、门诊慢特病、普通门诊个人先行自付10%；居民住院、门诊慢特病报销比例降低10%，普通门诊不降低；异地长期居住人员与参保地相同；异地就医普通门诊不受等级限制',
      en: 'Temporary remote care: employees pre-pay 10% of stays, chronic and general outpatient; residents\' stay and chronic rates 10 points lower, general outpatient unchanged; long-term filers as at home; remote general outpatient is not limited to primary institutions',
    },
    reading: 'Temporary = any filing but the three long-term ones, or none (急诊 counts as filed, temporary); in-province temporary care counts too (省内临时外出 needs no filing). A long-term filer by commitment only, treated back home without proof, is temporary. The 10% pre-pay comes off each group\'s policy amount.',
  },
  employeeAccountShareOfBaseBp: {
    value: { PUBLIC_SECTOR: 200, ENTERPRISE: 200, FLEXIBLE: 0, UNEMPLOYED: 0 },
    effectiveFrom: '2024-01-01', source: '004 §一(一)3-4',
    description: { zh: '在职职工个人缴纳的基本医疗保险费（本人缴费基数的2%）全部划入个人账户；灵活就业人员不建立个人账户', en: 'Active employees: their 2% personal contribution credited monthly; flexible workers have no account' },
    reading: '004 names no account for the unemployed; none is credited (as flexible workers, who pay alone).',
  },
  retireeAccountCredit: {
    value: { underAgeFen: 10_000, fromAgeFen: 12_500, age: 70 },
    effectiveFrom: '2024-01-01', source: '004 §一(一)4',
    description: { zh: '退休人员个人账户由统筹基金按定额划入：70周岁以下每月100元，70周岁及以上每月125元', en: 'Retiree account credit: 100 a month under 70, 125 from 70' },
    reading: 'The age is taken on the first day of the month credited.',
  },
};

export const JINING_2024: JiningPack = {
  id: 'jining-2024',
  city: 'JINING',
  version: '2024',
  ruleSet: 'JINING',
  effectiveFrom: '2024-01-01',
  effectiveTo: null,
  basis: {
    zh: '济宁市医疗保险经办工作服务手册（未注明日期，按2024年施行的政策读取）',
    en: 'Jining medical insurance service handbook (source 004; undated, read as the rules in force from 2024)',
  },
  parameters: JINING_2024_PARAMETERS,
};
