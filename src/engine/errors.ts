/**
 * Validation errors of the settlement engine. The API layer maps a SettlementError to a
 * GraphQL user error: `code` is stable, `field` is the input path (e.g. ['items', '2', 'amount']).
 */
export type SettlementErrorCode =
  | 'NO_POLICY_PACK'
  | 'INVALID_DATE'
  | 'VISIT_TYPE_NOT_OPEN'
  | 'LEVEL_NOT_ALLOWED'
  | 'EMPTY_ITEMS'
  | 'INVALID_AMOUNT'
  | 'ZERO_TOTAL'
  | 'MISSING_EMPLOYEE_CATEGORY'
  | 'MISSING_DISEASE_CODE'
  | 'UNKNOWN_DISEASE_CODE'
  | 'TOO_MANY_DISEASES'
  | 'DISEASE_NOT_APPLICABLE'
  /** A claim detail other than a disease (class, birth order, accident, insulin…) that this claim has no use for. */
  | 'INPUT_NOT_APPLICABLE'
  /** The pack settles cross-province care only and the claim is not cross-province. */
  | 'NOT_CROSS_PROVINCE'
  | 'DUPLICATE_DISEASE'
  | 'TWO_DISEASE_EXCLUDED'
  | 'INVALID_ENROLLMENT_YEARS'
  | 'INVALID_ACCUMULATOR'
  /** LONG_TERM_CARE without its longTermCare input. */
  | 'MISSING_LONG_TERM_CARE'
  /** Care days outside 1-366, or a disability grade outside 0-5. */
  | 'INVALID_LONG_TERM_CARE'
  /** A disability grade that gives no long-term care benefit (below grade 2). */
  | 'CARE_GRADE_NOT_ELIGIBLE'
  /** The person's category (or scheme, or the beneficiary) has no maternity benefit of this kind. */
  | 'NO_MATERNITY_BENEFIT'
  /** A maternity claim without its procedure code (maternityFixedRates). */
  | 'MISSING_PROCEDURE_CODE'
  | 'UNKNOWN_PROCEDURE_CODE'
  /** The procedure is not claimed under this visit type. */
  | 'PROCEDURE_NOT_APPLICABLE'
  /** The source names the benefit but gives no standard to compute it. */
  | 'MATERNITY_NOT_COMPUTABLE'
  /** The institution is not one where this procedure may be done (e.g. 产前疾病筛查 in Lanzhou). */
  | 'NOT_DESIGNATED_INSTITUTION'
  /** maternityAllowance: a missing or impossible input (months, wages, babies). */
  | 'INVALID_ALLOWANCE_INPUT'
  /** The city's pack has no rules for the scheme (RETIRED_CADRE outside Lanzhou). */
  | 'SCHEME_NOT_AVAILABLE';

export class SettlementError extends Error {
  readonly code: SettlementErrorCode;
  readonly field: string[];

  constructor(code: SettlementErrorCode, field: string[], message: string) {
    super(message);
    this.name = 'SettlementError';
    this.code = code;
    this.field = field;
  }
}
