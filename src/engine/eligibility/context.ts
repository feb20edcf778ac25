/**
 * What every eligibility rule sees: the claim, the pack's eligibility parameters and the trace
 * the checks that pass write to. A refusal is a SettlementError whose message ends with the
 * clause it rests on, and which carries that clause.
 */
import { SettlementError, type SettlementErrorCode } from '../errors';
import type { Ledger } from '../ledger';
import type { SettlementInput } from '../types';
import type { EligibilityParameters } from '../../policy/eligibility-parameters';
import type { ListedDisease } from '../../policy/lanzhou-parameters';
import type { Parameter } from '../../policy/parameter';

/** The eligibility parameters, with the day-surgery list where the city has day surgery. */
export type EligibilityPack = EligibilityParameters & { daySurgeryDiseases?: Parameter<ListedDisease[]> };

export interface EligibilityContext {
  input: SettlementInput;
  p: EligibilityPack;
  ledger: Ledger;
}

const CITY_PREFIX = { LANZHOU: 'LZ', JINING: 'JN', YINCHUAN: 'YC' } as const;

/** The city's rule id of an eligibility rule: ('LANZHOU', 'WAITING') → 'LZ-ELIG-WAITING'. */
export function ruleId(ctx: EligibilityContext, rule: 'EXCLUSION' | 'WAITING' | 'DESIGNATION' | 'STAY' | 'REMOTE'): string {
  return `${CITY_PREFIX[ctx.input.city]}-ELIG-${rule}`;
}

/** Refuses the claim: nothing is settled, nothing written. */
export function refuse(code: SettlementErrorCode, field: string[], clause: string, message: string): never {
  throw new SettlementError(code, field, `${message} (${clause})`, clause);
}

/** A stay's days as a half-open range [from, to): the discharge day is not inside; a same-day stay is its one day. */
export interface StayRange {
  from: string;
  to: string;
}
