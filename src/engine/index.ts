/**
 * The settlement engine's public entry: settle(input, accumulators?) picks the policy pack in
 * force for the city (Lanzhou, Jining, Yinchuan) on the service date and settles the claim
 * from the person's year-to-date accumulators (empty for an estimate). Pure: no I/O, no
 * clock, no globals.
 */
import { selectPack } from '../policy';
import { type Accumulators, validateAccumulators } from './accumulators';
import { checkInstitutionFirst } from './eligibility';
import { validateMaternityInputs } from './blocks/maternity';
import { SettlementError } from './errors';
import { settleJining } from './jining';
import { settleLanzhou } from './lanzhou';
import type { SettlementInput, SettlementResult } from './types';
import { serviceYear, validateCommon } from './validate';
import { settleYinchuan } from './yinchuan';

export function settle(input: SettlementInput, accumulators: Accumulators = {}): SettlementResult {
  const year = serviceYear(input.date);
  const tally = validateCommon(input);
  validateMaternityInputs(input);
  validateAccumulators(accumulators);
  const pack = selectPack(input.city, input.date);
  checkInstitutionFirst(input, pack.parameters);
  if (input.scheme === 'RETIRED_CADRE' && pack.ruleSet !== 'LANZHOU') {
    throw new SettlementError('SCHEME_NOT_AVAILABLE', ['scheme'], `the ${pack.id} pack has no rules for retired cadres (离休干部): only Lanzhou's source (000 §七) states them`);
  }
  switch (pack.ruleSet) {
    case 'LANZHOU':
      return settleLanzhou(input, pack, accumulators, year, tally);
    case 'JINING':
      return settleJining(input, pack, accumulators, year, tally);
    case 'YINCHUAN':
      return settleYinchuan(input, pack, accumulators, year);
  }
}

export { ACC, addAccumulators, subtractAccumulators, type Accumulators } from './accumulators';
export { SettlementError, type SettlementErrorCode } from './errors';
export { applyRate, divideByRate, formatFen, parseYuan, MAX_AMOUNT_FEN } from './money';
export { type Band, type Limit, settleBands } from './blocks/bands';
export { CHRONIC_CLASSES, CLINICAL_CONDITIONS } from './types';
export type {
  ChildOrder, ChronicClass, ClinicalCondition, FeeItem, Layer, LineBound, PersonProfile, RemoteCare, SettlementInput,
  SettlementLine, SettlementResult, TraceStep,
} from './types';
export { describePack, selectPack, POLICY_PACKS } from '../policy';
export { maternityAllowance } from './allowance';
