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
  /** Eligibility (资格): the service date is before the enrolment. */
  | 'NOT_ENROLLED'
  /** Eligibility: the service date is inside the waiting period (等待期) or outside the benefit period. */
  | 'WAITING_PERIOD'
  /** Eligibility: the institution lacks the designation (定点资格) the service needs. */
  | 'NOT_DESIGNATED'
  /** Eligibility: an outpatient, chronic or two-disease claim dated inside a stay or day surgery (住院期间). */
  | 'OUTPATIENT_DURING_STAY'
  /** Eligibility: outpatient costs of the days before admission belong to the stay (Jining 住院前三天). */
  | 'OUTPATIENT_MERGES_INTO_STAY'
  /** Eligibility: a stay over outpatient claims already settled inside it (or, Jining, in the 3 days before): reverse them and bill their costs with the stay. */
  | 'OUTPATIENT_SETTLED_DURING_STAY'
  /** Eligibility: a stay overlapping another stay on record. */
  | 'OVERLAPPING_STAY'
  /** Eligibility: a cost the basic fund does not pay (不属于基本医疗保障支付范围). */
  | 'EXCLUDED_FROM_COVERAGE'
  /** Eligibility: the care settles only by manual settlement (手工结算) at home, with the documents listed. */
  | 'MANUAL_SETTLEMENT_REQUIRED'
  /** Admission after discharge. */
  | 'INVALID_DATE_RANGE'
  /** Day surgery past 48 hours: settle it as a stay (转入住院, 按普通住院合并结算). */
  | 'DAY_SURGERY_TOO_LONG'
  /** Eligibility: outpatient negotiated drugs without a 三定 filing valid on the date. */
  | 'NO_NEGOTIATED_DRUG_FILING'
  /** Eligibility: outpatient negotiated drugs at another institution than the chosen one (定点购药机构). */
  | 'NOT_CHOSEN_INSTITUTION'
  /** Eligibility: a prescription longer than the pack allows (单次处方量). */
  | 'PRESCRIPTION_TOO_LONG'
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
  /** The source clause the refusal rests on (eligibility checks), e.g. '000 §二(二)1(6), 附表2-2'. */
  readonly clause?: string;

  constructor(code: SettlementErrorCode, field: string[], message: string, clause?: string) {
    super(message);
    this.name = 'SettlementError';
    this.code = code;
    this.field = field;
    if (clause !== undefined) this.clause = clause;
  }
}
