/**
 * Jining 计划生育手术费、住院引（流）产 限额结算标准 (source 004 §六4(3)): 符合基本医疗保险规定的计划生育
 * 手术费、住院引（流）产发生的医疗费，实行限额结算。高于限额标准的按限额标准执行，低于限额标准的据实结算.
 * Two categories, each numbered from 1: 'JN-IL-NN' for 引(流）产类, 'JN-FP-NN' for 计划生育手术类;
 * `row` is the table line (1..14).
 */
import type { FamilyPlanningLimitEntry } from './types';

const TABLE = '§六4(3)';

/** 类别, 序号, 病种, 限额结算标准(元). */
export const JINING_FAMILY_PLANNING_LIMITS: readonly FamilyPlanningLimitEntry[] = [
  { code: 'JN-IL-01', city: 'JINING', category: '引(流）产类', number: 1, name: '<8周妊娠住院流产', limitFen: 80_000, source: { document: '004', table: TABLE, row: 1 } },
  { code: 'JN-IL-02', city: 'JINING', category: '引(流）产类', number: 2, name: '8-12周妊娠住院流产', limitFen: 100_000, source: { document: '004', table: TABLE, row: 2 } },
  { code: 'JN-IL-03', city: 'JINING', category: '引(流）产类', number: 3, name: '12-16周妊娠住院引(流)产', limitFen: 120_000, source: { document: '004', table: TABLE, row: 3 } },
  { code: 'JN-IL-04', city: 'JINING', category: '引(流）产类', number: 4, name: '16-37周妊娠住院引(流)产', limitFen: 130_000, source: { document: '004', table: TABLE, row: 4 } },
  { code: 'JN-IL-05', city: 'JINING', category: '引(流）产类', number: 5, name: '>37周妊娠住院引产', limitFen: 250_000, source: { document: '004', table: TABLE, row: 5 } },
  { code: 'JN-FP-01', city: 'JINING', category: '计划生育手术类', number: 1, name: '早期妊娠门诊流产', limitFen: 55_000, source: { document: '004', table: TABLE, row: 6 } },
  { code: 'JN-FP-02', city: 'JINING', category: '计划生育手术类', number: 2, name: '门诊人工流产放置(取出)宫内节育器', limitFen: 60_000, source: { document: '004', table: TABLE, row: 7 } },
  { code: 'JN-FP-03', city: 'JINING', category: '计划生育手术类', number: 3, name: '放置宫内节育器', limitFen: 15_000, source: { document: '004', table: TABLE, row: 8 } },
  { code: 'JN-FP-04', city: 'JINING', category: '计划生育手术类', number: 4, name: '取出宫内节育器', limitFen: 15_000, source: { document: '004', table: TABLE, row: 9 } },
  { code: 'JN-FP-05', city: 'JINING', category: '计划生育手术类', number: 5, name: '避孕药皮下埋植或取出术', limitFen: 15_000, source: { document: '004', table: TABLE, row: 10 } },
  { code: 'JN-FP-06', city: 'JINING', category: '计划生育手术类', number: 6, name: '宫腔镜下取出宫内节育器', limitFen: 60_000, source: { document: '004', table: TABLE, row: 11 } },
  { code: 'JN-FP-07', city: 'JINING', category: '计划生育手术类', number: 7, name: '开腹(或经腹腔镜)取环术', limitFen: 200_000, source: { document: '004', table: TABLE, row: 12 } },
  { code: 'JN-FP-08', city: 'JINING', category: '计划生育手术类', number: 8, name: '输卵管结扎术', limitFen: 120_000, source: { document: '004', table: TABLE, row: 13 } },
  { code: 'JN-FP-09', city: 'JINING', category: '计划生育手术类', number: 9, name: '输精管结扎术', limitFen: 60_000, source: { document: '004', table: TABLE, row: 14 } },
];
