/**
 * Lanzhou 附表8-2 异地就医手工结算情形及所需资料 (source 000): each case of remote care settled
 * by hand and the documents it needs. The table's 所需资料 spans two columns: the case's own
 * documents, and documents for the whole group. For 住院/门诊 结算 the group documents stand
 * on their own line (row 9, no case) closing the two groups; for 谈判药品和竞价药品结算
 * they are the merged 4th cell of row 10. `row` is the table line, repeated headers not counted.
 */
import type { ManualSettlementCase } from './types';

const TABLE = '附表8-2';

/** 住院/门诊 结算: the table's closing line (row 9). */
const COMMON_INPATIENT_OUTPATIENT =
  '提供本人和代办人身份证复印件、本人银行卡复印件，签订手工报销诚信承诺书，有关材料须加盖相关部门有效印章';

/** 谈判药品和竞价药品结算: the merged 所需资料 cell (row 10). */
const COMMON_DRUG =
  '提供社保卡或身份证复印件、银行卡复印件、费用清单原件、发票原件、医疗机构开具的外购证明（院内购药的不需提供）、就医地医保经办机构指定的单独支付管理谈判药品和竞价药品定点医药机构证明等资料，签订手工报销诚信承诺书，有关材料须加盖相关部门有效印章';

/** 异地就医手工结算情形 and 所需资料. */
export const LANZHOU_MANUAL_SETTLEMENT_CASES: readonly ManualSettlementCase[] = [
  {
    code: 'LZ-MS-01', city: 'LANZHOU', type: 'INPATIENT', typeText: '住院 结 算',
    situation: '因信息系统异常、社会保障卡损坏等原因未直接结算的省内异地就医费用、跨省异地长期居住备案人员就医费用',
    documents: '医疗机构收费票据原件或电子票据（含入院前在同一医疗机构且时间前后连续的急救抢救门诊票据）、费用汇总清单、出院证明或出院小结（外伤需提供住院病历复印件）',
    commonDocuments: COMMON_INPATIENT_OUTPATIENT,
    source: { document: '000', table: TABLE, row: 1 },
  },
  {
    code: 'LZ-MS-02', city: 'LANZHOU', type: 'INPATIENT', typeText: '住院 结 算',
    situation: '因信息系统异常、社会保障卡损坏等原因未直接结算的跨省临时外出备案人员就医费用；未按规定办理跨省异地就医备案自行前往省外住院的医疗费用',
    documents: '医疗机构收费票据原件或电子票据（含入院前在同一医疗机构且时间前后连续的急救抢救门诊票据）、费用汇总清单、住院病历复印件；异地转诊人员还需提供《兰州市基本医疗保险参保人员异地转诊审批表》或居住地（备案地）三级公立定点医疗机构出具的转诊证明',
    commonDocuments: COMMON_INPATIENT_OUTPATIENT,
    source: { document: '000', table: TABLE, row: 2 },
  },
  {
    code: 'LZ-MS-03', city: 'LANZHOU', type: 'INPATIENT', typeText: '住院 结 算',
    situation: '异地出生新生儿在规定期限内尚未办理参保手续因病死亡',
    documents: '医疗机构收费票据原件或电子票据（含入院前在同一医疗机构且时间前后连续的急救抢救门诊票据）、费用汇总清单、新生儿及其母亲分娩住院病历复印件、新生儿父母一方参保证明、计生服务证，死亡证明材料和个人申请',
    commonDocuments: COMMON_INPATIENT_OUTPATIENT,
    source: { document: '000', table: TABLE, row: 3 },
  },
  {
    code: 'LZ-MS-04', city: 'LANZHOU', type: 'INPATIENT', typeText: '住院 结 算',
    situation: '先入院后补办跨省异地就医备案人员就医费用',
    documents: '除了提供规定材料外，还需提供出院前取得的有效异地居住证明、工作证明或异地转诊证明',
    commonDocuments: COMMON_INPATIENT_OUTPATIENT,
    source: { document: '000', table: TABLE, row: 4 },
  },
  {
    code: 'LZ-MS-05', city: 'LANZHOU', type: 'INPATIENT', typeText: '住院 结 算',
    situation: '参保大中专学生，实习和寒暑假、休学等在异地住院',
    documents: '除了提供规定材料外，还须提供实习或休学证明',
    commonDocuments: COMMON_INPATIENT_OUTPATIENT,
    source: { document: '000', table: TABLE, row: 5 },
  },
  {
    code: 'LZ-MS-06', city: 'LANZHOU', type: 'OUTPATIENT', typeText: '门诊 结 算',
    situation: '门诊急救抢救后在同一医疗机构住院治疗，办理入院前发生的未纳入住院结算的医疗费用（含个人账户）',
    documents: '门急诊抢救记录、就诊医疗机构未并账情况说明、门诊收费票据原件、费用清单、本次住院收费票据复印件和住院病历复印件',
    commonDocuments: COMMON_INPATIENT_OUTPATIENT,
    source: { document: '000', table: TABLE, row: 6 },
  },
  {
    code: 'LZ-MS-07', city: 'LANZHOU', type: 'OUTPATIENT', typeText: '门诊 结 算',
    situation: '在同一定点医疗机构经门诊急救抢救未住院死亡的医疗费用',
    documents: '医疗机构收费票据原件、费用清单、门诊病历、死亡证明材料',
    commonDocuments: COMMON_INPATIENT_OUTPATIENT,
    source: { document: '000', table: TABLE, row: 7 },
  },
  {
    code: 'LZ-MS-08', city: 'LANZHOU', type: 'OUTPATIENT', typeText: '门诊 结 算',
    situation: '未纳入网上直接结算范围门诊慢特病医疗费用（结算仅限申办时选定的一家医疗机构相关费用）',
    documents: '医疗机构收费票据原件、费用清单（收费票据中已注明药品及诊疗项目名称和价格的除外），慢性肾衰竭透析治疗还需提供透析记录',
    commonDocuments: COMMON_INPATIENT_OUTPATIENT,
    source: { document: '000', table: TABLE, row: 8 },
  },
  {
    code: 'LZ-MS-09', city: 'LANZHOU', type: 'NEGOTIATED_DRUG', typeText: '谈判药品和竞价药品结算',
    situation: '省内兰外长期居住人员和跨省异地长期居住备案人员门诊报销',
    documents: '《兰州市基本医疗保险单独支付管理谈判药品和竞价药品门诊使用诊疗手册》或《兰州市基本医疗保险异地使用单独支付管理谈判药品和竞价药品备案表》、谈判药品和竞价药品审批单复印件、处方原件（需加盖医疗机构公章）',
    commonDocuments: COMMON_DRUG,
    source: { document: '000', table: TABLE, row: 10 },
  },
  {
    code: 'LZ-MS-10', city: 'LANZHOU', type: 'NEGOTIATED_DRUG', typeText: '谈判药品和竞价药品结算',
    situation: '异地住院未直接结算',
    documents: '住院病历复印件',
    commonDocuments: COMMON_DRUG,
    source: { document: '000', table: TABLE, row: 11 },
  },
];
