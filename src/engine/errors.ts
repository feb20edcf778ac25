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
