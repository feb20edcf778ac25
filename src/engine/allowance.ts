/**
 * The maternity allowance (生育津贴, 护理假津贴) of an insured employee: the pack in force for the
 * city on the event's date computes the days and the amount from the wage basis. Pure.
 */
import { selectPack } from '../policy';
import { type MaternityAllowanceInput, type MaternityAllowanceResult, validateAllowanceInput } from './blocks/maternity';
import { SettlementError } from './errors';
import { jiningMaternityAllowance } from './jining/maternity';
import { lanzhouMaternityAllowance } from './lanzhou/maternity';

export function maternityAllowance(input: MaternityAllowanceInput): MaternityAllowanceResult {
  const basis = validateAllowanceInput(input);
  const pack = selectPack(input.city, input.date);
  switch (pack.ruleSet) {
    case 'LANZHOU':
      return lanzhouMaternityAllowance(input, basis, pack);
    case 'JINING':
      return jiningMaternityAllowance(input, basis, pack);
    case 'YINCHUAN':
      throw new SettlementError('NO_MATERNITY_BENEFIT', ['city'], 'the Yinchuan pack covers cross-province chronic outpatient care only (source 002)');
  }
}

export {
  ALLOWANCE_EVENTS, ALLOWANCE_STATUSES, DELIVERY_MODES, type AllowanceEvent, type AllowanceStatus, type DeliveryMode,
  type MaternityAllowanceInput, type MaternityAllowanceResult,
} from './blocks/maternity';
