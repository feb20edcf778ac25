/**
 * Lanzhou 附表2-1 日间手术（诊疗）病种 (source 000): 48 day-surgery diseases with their 77
 * clinical paths (手术名称) and the one day-treatment disease, 特发性血小板减少性紫癜 (ITP),
 * with its 4 (§二(二)1(6): 包含慢性扁桃体炎等 48 个日间手术病种的 77 个临床路径和特发性血小板
 * 减少性紫癜 (ITP) 的 1 个日间诊疗病种的 4 个临床路径). `details` lists every 手术名称 line of
 * the row, as written.
 */
import type { DaySurgeryEntry } from './types';

const TABLE = '附表2-1';

/** 疾病名称 and its 手术名称 lines. */
export const LANZHOU_DAY_SURGERY_DISEASES: readonly DaySurgeryEntry[] = [
  {
    code: 'LZ-DS-01', name: '慢性扁桃体炎', city: 'LANZHOU', kind: 'SURGERY',
    details: [
      '扁桃体切除术',
    ],
    source: { document: '000', table: TABLE, row: 1 },
  },
  {
    code: 'LZ-DS-02', name: '腺样体肥大', city: 'LANZHOU', kind: 'SURGERY',
    details: [
      '腺样增殖体切除术不伴扁桃体切除术',
    ],
    source: { document: '000', table: TABLE, row: 2 },
  },
  {
    code: 'LZ-DS-03', name: '扁桃体肥大伴有腺样体肥大', city: 'LANZHOU', kind: 'SURGERY',
    details: [
      '扁桃体伴腺样体切除术',
    ],
    source: { document: '000', table: TABLE, row: 3 },
  },
  {
    code: 'LZ-DS-04', name: '慢性化脓性中耳炎', city: 'LANZHOU', kind: 'SURGERY',
    details: [
      '鼓室成形术, I 型',
      '内镜下鼓室成形术',
    ],
    source: { document: '000', table: TABLE, row: 4 },
  },
  {
    code: 'LZ-DS-05', name: '声带息肉', city: 'LANZHOU', kind: 'SURGERY',
    details: [
      '声带病损切除术',
    ],
    source: { document: '000', table: TABLE, row: 5 },
  },
  {
    code: 'LZ-DS-06', name: '先天性耳前瘘管', city: 'LANZHOU', kind: 'SURGERY',
    details: [
      '耳前瘘管切除术',
    ],
    source: { document: '000', table: TABLE, row: 6 },
  },
  {
    code: 'LZ-DS-07', name: '鼻前庭囊肿', city: 'LANZHOU', kind: 'SURGERY',
    details: [
      '鼻前庭病损切除术',
    ],
    source: { document: '000', table: TABLE, row: 7 },
  },
  {
    code: 'LZ-DS-08', name: '耳廓良性肿瘤/耳廓肿物', city: 'LANZHOU', kind: 'SURGERY',
    details: [
      '耳廓病损切除术',
    ],
    source: { document: '000', table: TABLE, row: 8 },
  },
  {
    code: 'LZ-DS-09', name: '分泌性中耳炎', city: 'LANZHOU', kind: 'SURGERY',
    details: [
      '鼓膜切开术伴置管',
      '内镜下鼓膜置管术',
    ],
    source: { document: '000', table: TABLE, row: 9 },
  },
  {
    code: 'LZ-DS-10', name: '咽部囊肿/咽部肿物', city: 'LANZHOU', kind: 'SURGERY',
    details: [
      '咽部病损切除术',
    ],
    source: { document: '000', table: TABLE, row: 10 },
  },
  {
    code: 'LZ-DS-11', name: '口腔肿物', city: 'LANZHOU', kind: 'SURGERY',
    details: [
      '口腔病损切除术',
    ],
    source: { document: '000', table: TABLE, row: 11 },
  },
  {
    code: 'LZ-DS-12', name: '卵巢良性肿瘤/卵巢单纯性囊肿/ 输卵管积水/输卵管系膜囊肿', city: 'LANZHOU', kind: 'SURGERY',
    details: [
      '腹腔镜卵巢病损切除术',
    ],
    source: { document: '000', table: TABLE, row: 12 },
  },
  {
    code: 'LZ-DS-13', name: '宫颈上皮内肿瘤', city: 'LANZHOU', kind: 'SURGERY',
    details: [
      '子宫颈锥形切除术',
      '子宫颈锥形电切术/子宫颈环形电切术',
    ],
    source: { document: '000', table: TABLE, row: 13 },
  },
  {
    code: 'LZ-DS-14', name: '宫腔占位', city: 'LANZHOU', kind: 'SURGERY',
    details: [
      '宫腔镜子宫病损切除术',
    ],
    source: { document: '000', table: TABLE, row: 14 },
  },
  {
    code: 'LZ-DS-15', name: '子宫内膜息肉', city: 'LANZHOU', kind: 'SURGERY',
    details: [
      '宫腔镜子宫内膜病损切除术',
    ],
    source: { document: '000', table: TABLE, row: 15 },
  },
  {
    code: 'LZ-DS-16', name: '子宫内异物（任何部位）', city: 'LANZHOU', kind: 'SURGERY',
    details: [
      '宫腔镜下子宫内异物去除',
    ],
    source: { document: '000', table: TABLE, row: 16 },
  },
  {
    code: 'LZ-DS-17', name: '子宫粘连', city: 'LANZHOU', kind: 'SURGERY',
    details: [
      '宫腔镜子宫内粘连松解术',
    ],
    source: { document: '000', table: TABLE, row: 17 },
  },
  {
    code: 'LZ-DS-18', name: '子宫纵隔', city: 'LANZHOU', kind: 'SURGERY',
    details: [
      '宫腔镜子宫隔膜切除术',
    ],
    source: { document: '000', table: TABLE, row: 18 },
  },
  {
    code: 'LZ-DS-19', name: '腮窝囊肿', city: 'LANZHOU', kind: 'SURGERY',
    details: [
      '腮窝囊肿切除术',
    ],
    source: { document: '000', table: TABLE, row: 19 },
  },
  {
    code: 'LZ-DS-20', name: '腱鞘囊肿', city: 'LANZHOU', kind: 'SURGERY',
    details: [
      '腱鞘囊肿切除术',
      '手部腱鞘囊肿切除术',
    ],
    source: { document: '000', table: TABLE, row: 20 },
  },
  {
    code: 'LZ-DS-21', name: '取除骨折内固定装置', city: 'LANZHOU', kind: 'SURGERY',
    details: [
      '骨置入装置去除',
    ],
    source: { document: '000', table: TABLE, row: 21 },
  },
  {
    code: 'LZ-DS-22', name: '膝关节病', city: 'LANZHOU', kind: 'SURGERY',
    details: [
      '关节镜膝关节病损切除术',
    ],
    source: { document: '000', table: TABLE, row: 22 },
  },
  {
    code: 'LZ-DS-23', name: '腰椎间盘突出/腰椎间盘突出伴脊髓病/腰椎间盘突出伴神经根病/腰椎间盘突出伴坐骨神经痛', city: 'LANZHOU', kind: 'SURGERY',
    details: [
      '内镜下腰椎髓核切除术',
      '内镜下腰椎间盘切除术',
      '椎间盘镜下后入路腰椎间盘切除术',
      '椎间盘镜下前入路腰椎间盘切除术',
    ],
    source: { document: '000', table: TABLE, row: 23 },
  },
  {
    code: 'LZ-DS-24', name: '精索静脉曲张', city: 'LANZHOU', kind: 'SURGERY',
    details: [
      '精索静脉高位结扎术',
    ],
    source: { document: '000', table: TABLE, row: 24 },
  },
  {
    code: 'LZ-DS-25', name: '肾囊肿', city: 'LANZHOU', kind: 'SURGERY',
    details: [
      '肾囊肿硬化剂注射术',
      '肾囊肿去顶术',
    ],
    source: { document: '000', table: TABLE, row: 25 },
  },
  {
    code: 'LZ-DS-26', name: '睾丸肿物/附睾肿物', city: 'LANZHOU', kind: 'SURGERY',
    details: [
      '睾丸活组织检查+睾丸病损切除术/附睾病损切除术',
    ],
    source: { document: '000', table: TABLE, row: 26 },
  },
  {
    code: 'LZ-DS-27', name: '尿道息肉', city: 'LANZHOU', kind: 'SURGERY',
    details: [
      '尿道口病损切除术',
    ],
    source: { document: '000', table: TABLE, row: 27 },
  },
  {
    code: 'LZ-DS-28', name: '尿道狭窄', city: 'LANZHOU', kind: 'SURGERY',
    details: [
      '尿道扩张术',
    ],
    source: { document: '000', table: TABLE, row: 28 },
  },
  {
    code: 'LZ-DS-29', name: '尿道肿物', city: 'LANZHOU', kind: 'SURGERY',
    details: [
      '尿道病损切除术',
    ],
    source: { document: '000', table: TABLE, row: 29 },
  },
  {
    code: 'LZ-DS-30', name: '鞘膜积液/睾丸鞘膜积液', city: 'LANZHOU', kind: 'SURGERY',
    details: [
      '阴囊和睾丸鞘膜的其他修补术',
      '睾丸鞘膜积液切除术',
    ],
    source: { document: '000', table: TABLE, row: 30 },
  },
  {
    code: 'LZ-DS-31', name: '取出输尿管支架管', city: 'LANZHOU', kind: 'SURGERY',
    details: [
      '输尿管镜输尿管支架取出术',
      '膀胱镜输尿管支架取出术',
    ],
    source: { document: '000', table: TABLE, row: 31 },
  },
  {
    code: 'LZ-DS-32', name: '输尿管结石', city: 'LANZHOU', kind: 'SURGERY',
    details: [
      '经尿道输尿管/肾盂激光碎石取石术',
      '经尿道输尿管/肾盂气压弹道碎石取石术',
      '经尿道输尿管/肾盂超声碎石取石术',
    ],
    source: { document: '000', table: TABLE, row: 32 },
  },
  {
    code: 'LZ-DS-33', name: '输尿管狭窄', city: 'LANZHOU', kind: 'SURGERY',
    details: [
      '经尿道输尿管支架置入术',
      '膀胱镜下输尿管扩张术',
    ],
    source: { document: '000', table: TABLE, row: 33 },
  },
  {
    code: 'LZ-DS-34', name: '阴囊肿物', city: 'LANZHOU', kind: 'SURGERY',
    details: [
      '阴囊病损切除术',
    ],
    source: { document: '000', table: TABLE, row: 34 },
  },
  {
    code: 'LZ-DS-35', name: '单侧或未特指的腹股沟疝， 不伴有梗阻或坏疽', city: 'LANZHOU', kind: 'SURGERY',
    details: [
      '单侧腹股沟疝修补术（含腹腔镜）',
      '单侧腹股沟疝无张力修补术（含腹腔镜）',
      '单侧腹股沟疝疝囊高位结扎术（含腹腔镜）',
    ],
    source: { document: '000', table: TABLE, row: 35 },
  },
  {
    code: 'LZ-DS-36', name: '胆管结石/胆总管结石', city: 'LANZHOU', kind: 'SURGERY',
    details: [
      '内镜逆行胰胆管造影[ERCP]+十二指肠切开异物取出术+内镜下鼻胆管引流术',
      '内镜逆行胰胆管造影[ERCP]+十二指肠切开异物取出术+内镜下胆管置管引流术+内镜下胆管支架置入术',
      '内镜逆行胰胆管造影[ERCP]+十二指肠切开异物取出术',
    ],
    source: { document: '000', table: TABLE, row: 36 },
  },
  {
    code: 'LZ-DS-37', name: '胆囊结石/胆囊结石伴胆囊炎', city: 'LANZHOU', kind: 'SURGERY',
    details: [
      '腹腔镜下胆囊切除术',
    ],
    source: { document: '000', table: TABLE, row: 37 },
  },
  {
    code: 'LZ-DS-38', name: '肛瘘/高位肛瘘/低位肛瘘/复杂性肛瘘', city: 'LANZHOU', kind: 'SURGERY',
    details: [
      '肛瘘挂线术',
    ],
    source: { document: '000', table: TABLE, row: 38 },
  },
  {
    code: 'LZ-DS-39', name: '肛周脓肿/肛门脓肿', city: 'LANZHOU', kind: 'SURGERY',
    details: [
      '直肠周围脓肿切开引流术',
      '肛周脓肿切开引流术',
    ],
    source: { document: '000', table: TABLE, row: 39 },
  },
  {
    code: 'LZ-DS-40', name: '乳腺良性肿瘤', city: 'LANZHOU', kind: 'SURGERY',
    details: [
      '乳房病损切除术',
      '乳房腺体区段切除术',
      '乳房象限切除术',
      '乳房病损微创旋切术',
    ],
    source: { document: '000', table: TABLE, row: 40 },
  },
  {
    code: 'LZ-DS-41', name: '下肢静脉曲张/大隐静脉曲张', city: 'LANZHOU', kind: 'SURGERY',
    details: [
      '大隐静脉主干激光闭合术',
      '大隐静脉高位结扎和剥脱术',
    ],
    source: { document: '000', table: TABLE, row: 41 },
  },
  {
    code: 'LZ-DS-42', name: '血栓性外痔/出血性外痔/脱垂性内痔/混合痔', city: 'LANZHOU', kind: 'SURGERY',
    details: [
      '痔切除术/内痔硬化剂注射治疗/ 内痔套扎治疗',
      '吻合器痔上黏膜环切术',
      '痔上直肠黏膜环形切除吻合术（PPH术）',
    ],
    source: { document: '000', table: TABLE, row: 42 },
  },
  {
    code: 'LZ-DS-43', name: '胃和十二指肠息肉', city: 'LANZHOU', kind: 'SURGERY',
    details: [
      '内镜下胃息肉切除术',
    ],
    source: { document: '000', table: TABLE, row: 43 },
  },
  {
    code: 'LZ-DS-44', name: '结肠息肉', city: 'LANZHOU', kind: 'SURGERY',
    details: [
      '纤维结肠镜下结肠息肉切除术',
    ],
    source: { document: '000', table: TABLE, row: 44 },
  },
  {
    code: 'LZ-DS-45', name: '直肠息肉', city: 'LANZHOU', kind: 'SURGERY',
    details: [
      '内镜下直肠病损切除术',
    ],
    source: { document: '000', table: TABLE, row: 45 },
  },
  {
    code: 'LZ-DS-46', name: '心绞痛', city: 'LANZHOU', kind: 'SURGERY',
    details: [
      '单根导管的冠状动脉造影术',
    ],
    source: { document: '000', table: TABLE, row: 46 },
  },
  {
    code: 'LZ-DS-47', name: '翼状胬肉', city: 'LANZHOU', kind: 'SURGERY',
    details: [
      '胬肉切除术伴角膜移植术',
      '翼状胬肉切除伴自体干细胞移植术',
      '翼状胬肉切除术伴异体干细胞移植术',
      '翼状胬肉切除伴羊膜植片移植术',
      '翼状胬肉切除伴结膜移植术',
    ],
    source: { document: '000', table: TABLE, row: 47 },
  },
  {
    code: 'LZ-DS-48', name: '老年性白内障', city: 'LANZHOU', kind: 'SURGERY',
    details: [
      '白内障超声乳化抽吸术+白内障摘除伴 人工晶体一期置入术',
      '白内障超声乳化抽吸术',
    ],
    source: { document: '000', table: TABLE, row: 48 },
  },
  {
    code: 'LZ-DS-49', name: '特发性血小板减少性紫癜（ITP） /免疫性血小板减少/原发性血小板减少症', city: 'LANZHOU', kind: 'DAY_TREATMENT',
    details: [
      '激素治疗（用药治疗）',
      '人免疫球蛋白 5（用药治疗）',
      '人免疫球蛋白 2（用药治疗）',
      '艾曲泊帕（艾曲波帕）（用药治疗）',
    ],
    source: { document: '000', table: TABLE, row: 49 },
  },
];
