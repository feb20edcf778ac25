/**
 * Jining employee maternity procedures (职工生育保险, source 004 §六), so that every maternity
 * claim names its procedure: the deliveries (§六4(1): 分娩 范围内医疗费 个人零负担, settled by item;
 * the kind decides the 生育津贴 days of §六3②), the antenatal subsidy (§六4(2): 产前检查费用定额补助
 * 1600 元/人次), and the 14 family-planning limits of §六4(3) under their familyPlanningLimits codes
 * (限额结算: the lower of the actual cost and the limit).
 */
import { JINING_FAMILY_PLANNING_LIMITS } from './jining';
import type { MaternityFixedRateEntry } from './types';

const DELIVERY_NOTE = '女职工分娩发生范围内医疗费，在协议管理医疗机构实行个人零负担 (§六4(1)): no fixed rate, settled by item';

const DELIVERIES: MaternityFixedRateEntry[] = [
  { code: 'JN-MAT-01', number: 1, name: '顺产', city: 'JINING', rate: { kind: 'BY_ITEM' }, benefit: 'DELIVERY', visitTypes: ['MATERNITY_INPATIENT'], notes: DELIVERY_NOTE, source: { document: '004', table: '§六4(1)', row: 1 } },
  { code: 'JN-MAT-02', number: 2, name: '剖腹产', city: 'JINING', rate: { kind: 'BY_ITEM' }, benefit: 'DELIVERY', visitTypes: ['MATERNITY_INPATIENT'], notes: DELIVERY_NOTE, source: { document: '004', table: '§六4(1)', row: 1 } },
  { code: 'JN-MAT-03', number: 3, name: '难产', city: 'JINING', rate: { kind: 'BY_ITEM' }, benefit: 'DELIVERY', visitTypes: ['MATERNITY_INPATIENT'], notes: DELIVERY_NOTE, source: { document: '004', table: '§六4(1)', row: 1 } },
  {
    code: 'JN-MAT-04', number: 4, name: '产前检查费用定额补助', city: 'JINING', rate: { kind: 'SINGLE', rateFen: 160_000 }, benefit: 'ANTENATAL_CARE', visitTypes: ['MATERNITY_OUTPATIENT'],
    notes: '参保人员住院分娩或怀孕16周以上（含16周）住院引（流）产的，产前检查费用定额补助1600元/人次', source: { document: '004', table: '§六4(2)', row: 1 },
  },
];

/** Deliveries, the antenatal subsidy, then the family-planning limits in table order. */
export const JINING_MATERNITY_PROCEDURES: readonly MaternityFixedRateEntry[] = [
  ...DELIVERIES,
  ...JINING_FAMILY_PLANNING_LIMITS.map((r, i): MaternityFixedRateEntry => ({
    code: r.code, number: DELIVERIES.length + i + 1, name: r.name, city: 'JINING',
    rate: { kind: 'SINGLE', rateFen: r.limitFen }, benefit: 'FAMILY_PLANNING',
    // 引(流）产类 are stays by name (住院); 计划生育手术类 may be done in either setting.
    visitTypes: r.code.startsWith('JN-IL-') ? ['MATERNITY_INPATIENT'] : ['MATERNITY_OUTPATIENT', 'MATERNITY_INPATIENT'],
    notes: `${r.category}: 限额结算 (高于限额标准的按限额标准执行，低于限额标准的据实结算)`,
    source: r.source,
  })),
];
