/**
 * Lanzhou 附表6 急救抢救病种参考范围 (source 000), the reference range for manual settlement of
 * emergency care (§四 3). Each row is a 疾病类型; `details` is its 急救抢救病种 cell split on the
 * '、' outside parentheses. Row 7 is a catch-all with no list.
 */
import type { DiseaseListEntry } from '../types';

const TABLE = '附表6';

/** 疾病类型 and 急救抢救病种. */
export const LANZHOU_EMERGENCY_DISEASES: readonly DiseaseListEntry[] = [
  {
    code: 'LZ-EMG-01', name: '呼吸系统疾病', city: 'LANZHOU',
    details: [
      '急性肺炎或急性间质性肺炎',
      '慢性阻塞性肺疾病的急性恶化',
      '张力性气胸',
      '急性哮喘',
      '支气管扩张伴大咯血',
      '肺癌伴大咯血或呼吸困难',
      '肺栓塞',
    ],
    source: { document: '000', table: TABLE, row: 1 },
  },
  {
    code: 'LZ-EMG-02', name: '循环系统疾病', city: 'LANZHOU',
    details: [
      '急性左心不全',
      '严重心律失常（阵发性室上速、急性房颤及反复发作房颤、心房扑动、完全性房室传导阻滞、室性心动过速、尖端扭转型室速、心室颤动、心脏骤停）',
      '急性心肌梗塞',
      '高血压危象',
    ],
    source: { document: '000', table: TABLE, row: 2 },
  },
  {
    code: 'LZ-EMG-03', name: '消化系统疾病', city: 'LANZHOU',
    details: [
      '消化道出血（呕血、便血、血便或黑便）',
      '急性阑尾炎',
      '急性胰腺炎',
      '急性腹膜炎',
      '胃十二指肠溃疡急性穿孔',
      '急性肠梗阻',
      '胆囊或胆管穿孔',
      '嵌顿性疝或绞窄性疝',
      '直肠脱垂',
    ],
    source: { document: '000', table: TABLE, row: 3 },
  },
  {
    code: 'LZ-EMG-04', name: '代谢疾病', city: 'LANZHOU',
    details: [
      '糖尿病酮症酸中毒',
      '低血糖昏迷',
      '高渗性非酮症性昏迷',
    ],
    source: { document: '000', table: TABLE, row: 4 },
  },
  {
    code: 'LZ-EMG-05', name: '神经系统疾病', city: 'LANZHOU',
    details: [
      '脑出血或蛛网膜下腔出血',
      '急性大面积脑梗塞或脑干梗塞',
      '癫痫（大发作、持续状态）',
      '颅内占位性病变伴发脑疝',
    ],
    source: { document: '000', table: TABLE, row: 5 },
  },
  {
    code: 'LZ-EMG-06', name: '泌尿性疾病', city: 'LANZHOU',
    details: [
      '急性肾功能衰竭',
      '急性尿潴留',
    ],
    source: { document: '000', table: TABLE, row: 6 },
  },
  {
    code: 'LZ-EMG-07', name: '患者生命体征出现危、重、急现象，需急救抢救治疗的疾病', city: 'LANZHOU',
    source: { document: '000', table: TABLE, row: 7 },
  },
];
