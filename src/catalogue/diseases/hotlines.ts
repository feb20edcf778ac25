/**
 * Medical-insurance hotlines: Lanzhou 附表10 医保业务咨询电话 by 区划 and 部门 (source 000), and
 * Jining's 医保便民服务联系电话 by county (source 004 §八1) with the handbook's 垂询电话 (前言).
 * Lanzhou's table flattens merged cells: where a row's 电话 or 部门 cell is empty the value of
 * the row above is carried down and the row says so in `notes`; the district is always carried
 * down. `row` is the table line, repeated headers not counted. Numbers are as written (Lanzhou's
 * without the 0931 area code).
 */
import type { HotlineEntry } from './types';

const TABLE = '附表10';
const JINING_TABLE = '§八1';

/** 区划, 电话, 部门, 业务范围. */
export const LANZHOU_HOTLINES: readonly HotlineEntry[] = [
  { code: 'LZ-HL-01', city: 'LANZHOU', district: '兰州市', phone: '2912393', department: '全市医保综合咨询服务', scope: '1. 甘肃省直医保、兰州市医保各类政策咨询、业务查询办理、投诉举报受理、意见建议反馈等一体化综合服务； 2. 异地就医备案、异地就医网络直结相关政策； 3. 医保卡（码）及信息系统业务咨询。', source: { document: '000', table: TABLE, row: 1 } },
  { code: 'LZ-HL-02', city: 'LANZHOU', district: '兰州市', phone: '8107832', department: '居民科', scope: '1. 城乡居民基本医保政策咨询； 2. 城乡居民参保相关问题； 3. 城乡居民本地定点医疗机构住院结算相关问题； 4. 城乡居民异地就医手工结算相关问题。', source: { document: '000', table: TABLE, row: 2 } },
  { code: 'LZ-HL-03', city: 'LANZHOU', district: '兰州市', phone: '8107830', department: '征管科', scope: '1. 企业、机关事业单位医保征收核定业务； 2. 职工医保参保业务咨询； 3. 职工医保关系转移接续业务。', source: { document: '000', table: TABLE, row: 3 } },
  { code: 'LZ-HL-04', city: 'LANZHOU', district: '兰州市', phone: '8107828', department: '生育科', scope: '1. 生育医疗保险基本医保政策咨询； 2. 生育医疗保险产前疾病筛查、产前检查费、生育医疗费报销和生育津贴发放咨询； 3. 生育医疗保险本地定点医疗机构住院结算相关问题； 4. 生育医疗保险异地就医报销相关问题。', source: { document: '000', table: TABLE, row: 4 } },
  { code: 'LZ-HL-05', city: 'LANZHOU', district: '兰州市', phone: '8107826', department: '职工科', scope: '1. 职工本地医疗费用报销； 2. 职工出差探亲期间住院医疗费用报销； 3. 职工异地安置门诊慢特病报销。', source: { document: '000', table: TABLE, row: 5 } },
  { code: 'LZ-HL-06', city: 'LANZHOU', district: '兰州市', phone: '8107824', department: '审核科', scope: '门诊慢特病办理、谈判药品和竞价药品备案流程咨询', source: { document: '000', table: TABLE, row: 6 } },
  { code: 'LZ-HL-07', city: 'LANZHOU', district: '兰州市', phone: '4600929', department: '督查科', scope: '1. 来信来访接待、信访答复处理; 2. 全市“两定”机构投诉监管; 3. 各类欺诈骗保行为举报。', source: { document: '000', table: TABLE, row: 7 } },
  { code: 'LZ-HL-08', city: 'LANZHOU', district: '兰州市', phone: '4600795', department: '离休科', scope: '1. 离休干部门诊费用发放; 2. 离休干部超定额门诊费用结算; 3. 离休干部异地安置住院费用结算。', source: { document: '000', table: TABLE, row: 8 } },
  { code: 'LZ-HL-09', city: 'LANZHOU', district: '兰州市', phone: '18193142701', department: '公服科', scope: '政务服务', source: { document: '000', table: TABLE, row: 9 } },
  { code: 'LZ-HL-10', city: 'LANZHOU', district: '城关区', phone: '4522116', department: '居民待遇保障科', scope: '城乡居民医保参保、停保、转移', source: { document: '000', table: TABLE, row: 10 } },
  { code: 'LZ-HL-11', city: 'LANZHOU', district: '城关区', phone: '4522116', department: '居民待遇保障科', scope: '城乡居民异地备案、异地结算、门诊慢特病咨询、本地结算', notes: '电话 and 部门 cells are empty in the source: continued from the row above (merged cells)', source: { document: '000', table: TABLE, row: 11 } },
  { code: 'LZ-HL-12', city: 'LANZHOU', district: '城关区', phone: '4522113', department: '职工结算科', scope: '职工门诊慢特病咨询、本地结算、生育保险报销', source: { document: '000', table: TABLE, row: 12 } },
  { code: 'LZ-HL-13', city: 'LANZHOU', district: '城关区', phone: '4522162', department: '异地结算科', scope: '职工异地备案、异地结算', source: { document: '000', table: TABLE, row: 13 } },
  { code: 'LZ-HL-14', city: 'LANZHOU', district: '城关区', phone: '4522161', department: '单位征管科', scope: '企业职工参保、转移、退休', source: { document: '000', table: TABLE, row: 14 } },
  { code: 'LZ-HL-15', city: 'LANZHOU', district: '城关区', phone: '7821899', department: '医疗救助科', scope: '医疗救助、“金城·惠医保”', source: { document: '000', table: TABLE, row: 15 } },
  { code: 'LZ-HL-16', city: 'LANZHOU', district: '城关区', phone: '7821882', department: '督查科', scope: '定点医疗机构监管', source: { document: '000', table: TABLE, row: 16 } },
  { code: 'LZ-HL-17', city: 'LANZHOU', district: '城关区', phone: '7821058', department: '信息科', scope: '医药机构服务协议管理、准入、准出', source: { document: '000', table: TABLE, row: 17 } },
  { code: 'LZ-HL-18', city: 'LANZHOU', district: '城关区', phone: '4522159', department: '灵活就业科', scope: '灵活就业参保、退保', source: { document: '000', table: TABLE, row: 18 } },
  { code: 'LZ-HL-19', city: 'LANZHOU', district: '七里河区', phone: '2321003', department: '职工待遇保障科', scope: '职工待遇及政策咨询', source: { document: '000', table: TABLE, row: 19 } },
  { code: 'LZ-HL-20', city: 'LANZHOU', district: '七里河区', phone: '2667663', department: '居民待遇保障科', scope: '居民待遇及政策咨询、医疗救助', source: { document: '000', table: TABLE, row: 20 } },
  { code: 'LZ-HL-21', city: 'LANZHOU', district: '七里河区', phone: '2660533', department: '居民及灵活就业征缴科、受理科', scope: '城乡居民、灵活就业人员参保、停保、信息变更; 门诊慢特病申请及政策咨询、生育津贴办理', source: { document: '000', table: TABLE, row: 21 } },
  { code: 'LZ-HL-22', city: 'LANZHOU', district: '七里河区', phone: '2321871', department: '职工征缴科', scope: '职工医保参保、停保、退休、转移、信息查询; 单位新开户、注销、信息变更', source: { document: '000', table: TABLE, row: 22 } },
  { code: 'LZ-HL-23', city: 'LANZHOU', district: '七里河区', phone: '18193187981', department: '受理科', scope: '异地备案办理及政策咨询', source: { document: '000', table: TABLE, row: 23 } },
  { code: 'LZ-HL-24', city: 'LANZHOU', district: '西固区', phone: '7533890', department: '稽核科', scope: '“两定”机构监管及投诉举报', source: { document: '000', table: TABLE, row: 24 } },
  { code: 'LZ-HL-25', city: 'LANZHOU', district: '西固区', phone: '18993080695', department: '信息宣传科', scope: '参保资助，医疗救助', source: { document: '000', table: TABLE, row: 25 } },
  { code: 'LZ-HL-26', city: 'LANZHOU', district: '西固区', phone: '18993081035', department: '结算科', scope: '生育保险产前检查费及生育医疗费报销和生育津贴发放咨询；离休干部医疗费用手工结算', source: { document: '000', table: TABLE, row: 26 } },
  { code: 'LZ-HL-27', city: 'LANZHOU', district: '西固区', phone: '7535586', department: '居民科', scope: '居民医保参保、信息维护、待遇政策咨询、异地备案、“两定”机构对账', source: { document: '000', table: TABLE, row: 27 } },
  { code: 'LZ-HL-28', city: 'LANZHOU', district: '西固区', phone: '7533832', department: '职工征缴科、 异地结算科', scope: '职工医保以及灵活就业人员参保、转移、退休；异地医疗费用手工零星报销及政策咨询', source: { document: '000', table: TABLE, row: 28 } },
  { code: 'LZ-HL-29', city: 'LANZHOU', district: '安宁区', phone: '7661380', department: '医疗救助', scope: '院后救助及医疗救助参保综合咨询办理', source: { document: '000', table: TABLE, row: 29 } },
  { code: 'LZ-HL-30', city: 'LANZHOU', district: '安宁区', phone: '7639205', department: '医药服务 管理科', scope: '药品集中采购综合资讯', source: { document: '000', table: TABLE, row: 30 } },
  { code: 'LZ-HL-31', city: 'LANZHOU', district: '安宁区', phone: '7639205', department: '基金监管科', scope: '医保基金稽核监管综合查询', notes: '电话 cell is empty in the source: continued from the row above (merged cell)', source: { document: '000', table: TABLE, row: 31 } },
  { code: 'LZ-HL-32', city: 'LANZHOU', district: '安宁区', phone: '7617689', department: '异地就医', scope: '异地就医备案、报销综合查询', source: { document: '000', table: TABLE, row: 32 } },
  { code: 'LZ-HL-33', city: 'LANZHOU', district: '安宁区', phone: '17794207006', department: '生育保险', scope: '生育保险综合查询', source: { document: '000', table: TABLE, row: 33 } },
  { code: 'LZ-HL-34', city: 'LANZHOU', district: '安宁区', phone: '17794207006', department: '灵活就业人员 医保', scope: '灵活就业综合查询', source: { document: '000', table: TABLE, row: 34 } },
  { code: 'LZ-HL-35', city: 'LANZHOU', district: '安宁区', phone: '7617689', department: '门诊慢特病', scope: '门诊慢特病综合查询', source: { document: '000', table: TABLE, row: 35 } },
  { code: 'LZ-HL-36', city: 'LANZHOU', district: '安宁区', phone: '17794207006', department: '职工医保', scope: '职工医保综合查询', source: { document: '000', table: TABLE, row: 36 } },
  { code: 'LZ-HL-37', city: 'LANZHOU', district: '安宁区', phone: '7661380', department: '城乡居民医保', scope: '居民医保综合查询', source: { document: '000', table: TABLE, row: 37 } },
  { code: 'LZ-HL-38', city: 'LANZHOU', district: '红古区', phone: '5135020', department: '监督管理办', scope: '病历审核、智能监管与审核、监督检查、举报投诉、医疗救助', source: { document: '000', table: TABLE, row: 38 } },
  { code: 'LZ-HL-39', city: 'LANZHOU', district: '红古区', phone: '7821526', department: '城乡居民办', scope: '城乡居民参保登记、人员信息修改、城乡居民医保报销、“两病”门诊审核', source: { document: '000', table: TABLE, row: 39 } },
  { code: 'LZ-HL-40', city: 'LANZHOU', district: '红古区', phone: '7821531', department: '待遇保障办', scope: '职工生育报销、定点零售药店门诊对账', source: { document: '000', table: TABLE, row: 40 } },
  { code: 'LZ-HL-41', city: 'LANZHOU', district: '红古区', phone: '6235706', department: '待遇保障办', scope: '异地就医备案、异地就医政策咨询', notes: '部门 cell is empty in the source: continued from the row above (merged cell)', source: { document: '000', table: TABLE, row: 41 } },
  { code: 'LZ-HL-42', city: 'LANZHOU', district: '红古区', phone: '6255867', department: '医保大厅', scope: '城乡居民人员信息核查、修改、新生儿参保登记、异地手工报销', source: { document: '000', table: TABLE, row: 42 } },
  { code: 'LZ-HL-43', city: 'LANZHOU', district: '红古区', phone: '6232700', department: '医保大厅', scope: '职工参保登记、核定，生育保险参保登记核定、参保关系转移、个人账户清退', notes: '部门 cell is empty in the source: continued from the row above (merged cell)', source: { document: '000', table: TABLE, row: 43 } },
  { code: 'LZ-HL-44', city: 'LANZHOU', district: '红古区', phone: '6255851', department: '医保大厅', scope: '门诊慢特病咨询审批、谈判药品和竞价药品申请审核', notes: '部门 cell is empty in the source: continued from the row above (merged cell)', source: { document: '000', table: TABLE, row: 44 } },
  { code: 'LZ-HL-45', city: 'LANZHOU', district: '永登县', phone: '6866900', department: '基金监管 稽查股', scope: '“两定”机构监管及投诉举报', source: { document: '000', table: TABLE, row: 45 } },
  { code: 'LZ-HL-46', city: 'LANZHOU', district: '永登县', phone: '6400326', department: '医疗救助股、 职工待遇股', scope: '参保资助、医疗救助、职工待遇政策咨询', source: { document: '000', table: TABLE, row: 46 } },
  { code: 'LZ-HL-47', city: 'LANZHOU', district: '永登县', phone: '6412152', department: '医保大厅', scope: '居民医保参保、信息维护、异地医疗费用手工结算，门诊慢特病以及谈判药品和竞价药品政策咨询、生育保险产前检查费及生育医疗费报销和生育津贴发放咨询', source: { document: '000', table: TABLE, row: 47 } },
  { code: 'LZ-HL-48', city: 'LANZHOU', district: '永登县', phone: '6450285', department: '异地备案股', scope: '异地备案', source: { document: '000', table: TABLE, row: 48 } },
  { code: 'LZ-HL-49', city: 'LANZHOU', district: '永登县', phone: '6418255', department: '居民待遇股', scope: '居民待遇政策咨询', source: { document: '000', table: TABLE, row: 49 } },
  { code: 'LZ-HL-50', city: 'LANZHOU', district: '榆中县', phone: '5222505', department: '居民科', scope: '居民医保停保、医保巩固拓展脱贫攻坚成果同乡村振兴有效衔接等', source: { document: '000', table: TABLE, row: 50 } },
  { code: 'LZ-HL-51', city: 'LANZHOU', district: '榆中县', phone: '5223005', department: '居民科', scope: '居民异地报销、门诊慢特病待遇等', notes: '部门 cell is empty in the source: continued from the row above (merged cell)', source: { document: '000', table: TABLE, row: 51 } },
  { code: 'LZ-HL-52', city: 'LANZHOU', district: '榆中县', phone: '5220860', department: '居民科', scope: '医疗救助审核', notes: '部门 cell is empty in the source: continued from the row above (merged cell)', source: { document: '000', table: TABLE, row: 52 } },
  { code: 'LZ-HL-53', city: 'LANZHOU', district: '榆中县', phone: '5225859', department: '职工科', scope: '职工医保报销、门诊慢特病待遇等', source: { document: '000', table: TABLE, row: 53 } },
  { code: 'LZ-HL-54', city: 'LANZHOU', district: '榆中县', phone: '5228896', department: '职工科', scope: '职工医保征缴', notes: '部门 cell is empty in the source: continued from the row above (merged cell)', source: { document: '000', table: TABLE, row: 54 } },
  { code: 'LZ-HL-55', city: 'LANZHOU', district: '皋兰县', phone: '5722345', department: '医疗救助股', scope: '医疗救助政策、办理综合咨询', source: { document: '000', table: TABLE, row: 55 } },
  { code: 'LZ-HL-56', city: 'LANZHOU', district: '皋兰县', phone: '5723035', department: '居民股', scope: '城乡居民参保登记、停保、门诊慢特病、政策待遇咨询', source: { document: '000', table: TABLE, row: 56 } },
  { code: 'LZ-HL-57', city: 'LANZHOU', district: '皋兰县', phone: '5728433', department: '职工股', scope: '职工及灵活就业人员医保经办、政策待遇咨询', source: { document: '000', table: TABLE, row: 57 } },
  { code: 'LZ-HL-58', city: 'LANZHOU', district: '皋兰县', phone: '5780553', department: '稽核股', scope: '“两定”机构监管及投诉举报等', source: { document: '000', table: TABLE, row: 58 } },
  { code: 'LZ-HL-59', city: 'LANZHOU', district: '皋兰县', phone: '5728413', department: '异地就医股', scope: '职工、城乡居民异地备案及职工生育保险津贴经办；职工、城乡居民异地就医结算咨询', source: { document: '000', table: TABLE, row: 59 } },
  { code: 'LZ-HL-60', city: 'LANZHOU', district: '兰州新区', phone: '8259941', department: '兰州新区民政 司法和社会保障 局医疗保障 科', scope: '综合咨询', source: { document: '000', table: TABLE, row: 60 } },
  { code: 'LZ-HL-61', city: 'LANZHOU', district: '兰州新区', phone: '8254797', department: '中川园区', scope: '城乡居民参保登记、门诊慢特病待遇', source: { document: '000', table: TABLE, row: 61 } },
  { code: 'LZ-HL-62', city: 'LANZHOU', district: '兰州新区', phone: '8257387', department: '中川园区', scope: '医疗保险报销、异地住院、生育保险', notes: '部门 cell is empty in the source: continued from the row above (merged cell)', source: { document: '000', table: TABLE, row: 62 } },
  { code: 'LZ-HL-63', city: 'LANZHOU', district: '兰州新区', phone: '8255264', department: '秦川园区', scope: '综合咨询', source: { document: '000', table: TABLE, row: 63 } },
  { code: 'LZ-HL-64', city: 'LANZHOU', district: '兰州新区', phone: '6839516', department: '西岔园区', scope: '医保住院报销、门诊慢特病待遇、生育保险等', source: { document: '000', table: TABLE, row: 64 } },
  { code: 'LZ-HL-65', city: 'LANZHOU', district: '兰州新区', phone: '6839162', department: '西岔园区', scope: '城乡居民医保参保登记', notes: '部门 cell is empty in the source: continued from the row above (merged cell)', source: { document: '000', table: TABLE, row: 65 } },
];

/** 济宁市医保便民服务联系电话, in the order the handbook lists them (left, then right). */
export const JINING_HOTLINES: readonly HotlineEntry[] = [
  { code: 'JN-HL-01', city: 'JINING', district: '任城区', phone: '0537-5660596', department: null, scope: null, source: { document: '004', table: JINING_TABLE, row: 1 } },
  { code: 'JN-HL-02', city: 'JINING', district: '兖州区', phone: '0537-3420221', department: null, scope: null, source: { document: '004', table: JINING_TABLE, row: 2 } },
  { code: 'JN-HL-03', city: 'JINING', district: '曲阜市', phone: '0537-4893118', department: null, scope: null, source: { document: '004', table: JINING_TABLE, row: 3 } },
  { code: 'JN-HL-04', city: 'JINING', district: '泗水县', phone: '0537-6505577', department: null, scope: null, source: { document: '004', table: JINING_TABLE, row: 4 } },
  { code: 'JN-HL-05', city: 'JINING', district: '邹城市', phone: '0537-5233233', department: null, scope: null, source: { document: '004', table: JINING_TABLE, row: 5 } },
  { code: 'JN-HL-06', city: 'JINING', district: '微山县', phone: '0537-8266211', department: null, scope: null, source: { document: '004', table: JINING_TABLE, row: 6 } },
  { code: 'JN-HL-07', city: 'JINING', district: '鱼台县', phone: '0537-6229900', department: null, scope: null, source: { document: '004', table: JINING_TABLE, row: 7 } },
  { code: 'JN-HL-08', city: 'JINING', district: '金乡县', phone: '0537-8709238', department: null, scope: null, source: { document: '004', table: JINING_TABLE, row: 8 } },
  { code: 'JN-HL-09', city: 'JINING', district: '嘉祥县', phone: '0537-6851817', department: null, scope: null, source: { document: '004', table: JINING_TABLE, row: 9 } },
  { code: 'JN-HL-10', city: 'JINING', district: '汶上县', phone: '0537-7909111', department: null, scope: null, source: { document: '004', table: JINING_TABLE, row: 10 } },
  { code: 'JN-HL-11', city: 'JINING', district: '梁山县', phone: '0537-7309116', department: null, scope: null, source: { document: '004', table: JINING_TABLE, row: 11 } },
  { code: 'JN-HL-12', city: 'JINING', district: '高新区', phone: '0537-7812333', department: null, scope: null, source: { document: '004', table: JINING_TABLE, row: 12 } },
  { code: 'JN-HL-13', city: 'JINING', district: '太白湖', phone: '0537-6537218', department: null, scope: null, source: { document: '004', table: JINING_TABLE, row: 13 } },
  { code: 'JN-HL-14', city: 'JINING', district: '经开区', phone: '0537-6990753', department: null, scope: null, source: { document: '004', table: JINING_TABLE, row: 14 } },
  { code: 'JN-HL-15', city: 'JINING', district: '兖  矿', phone: '0537-5367606', department: null, scope: null, source: { document: '004', table: JINING_TABLE, row: 15 } },
  { code: 'JN-HL-16', city: 'JINING', district: '市本级', phone: '0537-2937536', department: null, scope: null, source: { document: '004', table: JINING_TABLE, row: 16 } },
];

/** The handbook's own 垂询电话 (前言). */
export const JINING_INQUIRY_HOTLINE: HotlineEntry = {
  code: 'JN-HL-00', city: 'JINING', district: '济宁市', phone: '0537-2937929', department: null, scope: null,
  notes: '《济宁市医疗保险经办工作服务手册》垂询电话',
  source: { document: '004', table: '前言', row: 1 },
};
