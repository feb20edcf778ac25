/**
 * The one registry of error codes (错误码). Every code the API can answer, in a mutation's
 * `userErrors { code }`, a `SettlementRefusal.code`, or a GraphQL error's `extensions.code`,
 * is listed here once, with what it means in Chinese and English. The GraphQL enum
 * `ErrorCode` is built from this list, so the schema documents every code.
 *
 * Adding a code: add it here (alphabetical order), then use it. `RecordsError`,
 * `InputProblem` and `codedError` take only codes of this list (the compiler says so), and
 * test/schema-conventions.test.ts fails for a code written anywhere in src/ (a
 * `SettlementErrorCode`, an `extensions: { code }`) that is not here. A code, once
 * published, is never renamed or reused for another meaning.
 */
import { GraphQLError } from 'graphql';
import type { SettlementErrorCode } from './engine/errors';

export interface ErrorCodeDoc {
  /** 中文说明. */
  zh: string;
  /** English description. */
  en: string;
}

export const ERROR_CODES = {
  ALIAS_LIMIT_EXCEEDED: { zh: '查询中的别名过多。', en: 'The operation uses more aliases than allowed (HTTP 400).' },
  ALREADY_BOUND: { zh: '该家庭成员已绑定到此个人账户（家庭共济）。', en: 'The family member is already bound to this personal account (家庭共济).' },
  ALREADY_FILED: { zh: '该药品已在本机构备案且在有效期内。', en: 'The drug is already filed here and the filing is valid.' },
  ALREADY_REGISTERED: { zh: '该参保人已办理此项备案。', en: 'The person is already registered for this (e.g. the same two-disease registration).' },
  ALREADY_REVERSED: { zh: '该结算已冲正。', en: 'The settlement is already reversed.' },
  APPROVAL_EXPIRED: { zh: '门诊慢特病认定已过待遇支付期限。', en: 'The chronic-disease approval ended before the service date.' },
  BAD_REQUEST: { zh: '请求格式错误（如请求体不是合法 JSON）。', en: 'The HTTP request is malformed (e.g. a body that is not JSON) (HTTP 400).' },
  BAD_USER_INPUT: { zh: '请求不符合 schema（语法、字段、变量类型）。', en: 'The operation does not match the schema (syntax, unknown field, variable type).' },
  CARE_GRADE_NOT_ELIGIBLE: { zh: '失能等级不享受长期护理待遇（2至5级享受）。', en: 'The disability grade gives no long-term care benefit (grades 2 to 5 do).' },
  CHANGE_NOT_IN_WINDOW: { zh: '门诊慢特病定点机构只能在规定季度变更。', en: 'Chosen chronic institutions change only in the quarters the rules allow.' },
  CHOSEN_INSTITUTION_FIXED: { zh: '选定的定点购药机构一个医疗年度内不可变更。', en: 'The chosen institution or pharmacy is fixed for the year.' },
  CONTROL_CHARACTER: { zh: '文本含控制字符或双向格式字符（如 NUL、U+202E）。', en: 'Text (a name, an item name, an idempotency key, a reason, a label) holds a control or bidirectional formatting character (NUL, U+202E, …).' },
  COST_LIMIT_EXCEEDED: { zh: '查询成本超出上限。', en: 'The operation costs more than allowed (HTTP 400).' },
  COVERAGE_SUSPENDED: { zh: '就诊日处于停保期间，基金不予支付。', en: 'The person’s coverage is suspended (停保) on the service date: no fund pays.' },
  CSRF_PREVENTION: { zh: '浏览器表单式请求须带 content-type: application/json 或 x-graphql-csrf 头。', en: 'A browser-form-like request without application/json or an x-graphql-csrf header (HTTP 403).' },
  DATABASE_NOT_CONFIGURED: { zh: 'DATABASE_URL 未设置或仍为占位值：请设置数据库地址。', en: 'DATABASE_URL is missing or still the placeholder: set the database URL (HTTP 503).' },
  DATE_IN_FUTURE: { zh: '日期晚于今天（就诊日期、出生日期）。', en: 'A date of something already past (a service date, a birth date) is after today (UTC+14 tolerance).' },
  DAY_SURGERY_TOO_LONG: { zh: '日间手术超过48小时，应按普通住院结算。', en: 'Day surgery past 48 hours is settled as an ordinary stay.' },
  DEPTH_LIMIT_EXCEEDED: { zh: '查询嵌套过深。', en: 'The operation is nested deeper than allowed (HTTP 400).' },
  DESIGNATION_IN_FORCE: { zh: '该机构在此日期已具有该定点资格，须先取消。', en: 'The institution holds the designation on or after that day already: end it first.' },
  DESIGNATION_NOT_HELD: { zh: '该机构在此日期前后不具有该定点资格。', en: 'The institution holds no such designation in force both the day before and on that day.' },
  DIRECTIVE_LIMIT_EXCEEDED: { zh: '查询中的指令过多。', en: 'The operation uses more directives than allowed (HTTP 400).' },
  DISEASE_NOT_APPLICABLE: { zh: '所填病种不适用于该就诊类型或险种。', en: 'A disease given does not apply to this visit type or scheme.' },
  DUPLICATE_DISEASE: { zh: '同一病种重复填写。', en: 'A disease is listed twice.' },
  DUPLICATE_INSTITUTION: { zh: '同一机构重复选择。', en: 'An institution is chosen twice.' },
  EMPTY_ITEMS: { zh: '费用明细为空。', en: 'The claim has no fee items.' },
  EMPTY_ITEM_NAME: { zh: '费用明细的项目名称为空。', en: 'A fee item has no name.' },
  ENROLLED_BEFORE_BIRTH: { zh: '参保日期早于出生日期。', en: 'The enrolment date is before the birth date in the ID number.' },
  EXCLUDED_FROM_COVERAGE: { zh: '不属于基本医疗保障支付范围（工伤、第三方负担、公共卫生、境外就医等）。', en: 'A cost the basic fund does not pay (work injury, liable third party, public health, abroad, …).' },
  FAMILY_ACCOUNT_NOT_AVAILABLE: { zh: '该统筹地区的政策没有家庭共济。', en: 'The city\'s source has no family account sharing (家庭共济).' },
  FILING_CHANGE_TOO_EARLY: { zh: '长期备案满6个月后方可变更或取消。', en: 'A long-term filing can change or end only after 6 months.' },
  FILING_CHANGE_TOO_SOON: { zh: '备案地在规定月数内不能变更。', en: 'The filing place cannot change again so soon.' },
  FORBIDDEN: { zh: '该密钥无权执行此操作（仅限管理员）。', en: 'The key may not do this (administrator only).' },
  FOREIGN_INSTITUTION: { zh: '机构密钥只能在本机构结算。', en: 'An institution key settles claims at its own institution only.' },
  GRADE_MISMATCH: { zh: '所填失能等级与评估记录不符。', en: 'The disability grade given differs from the assessment on record.' },
  GRAPHQL_PARSE_FAILED: { zh: '查询文档语法错误。', en: 'The operation document does not parse (HTTP 400).' },
  GRAPHQL_VALIDATION_FAILED: { zh: '查询不符合 schema（未知字段、参数等）。', en: 'The operation does not validate against the schema (HTTP 400).' },
  IDEMPOTENCY_KEY_IN_USE: { zh: '该幂等键已被其他机构用于此参保人。', en: 'Another institution used this idempotency key for this person.' },
  IDEMPOTENCY_KEY_REUSED: { zh: '该幂等键已用于此参保人的另一笔不同的结算请求。', en: 'This idempotency key was used for a different claim for this person; a retry must send the same claim.' },
  ID_NUMBER_ALREADY_REGISTERED: { zh: '该身份证号已在本统筹地区登记，请使用 identifyInsuredPerson。', en: 'A person with this ID number is already registered in the city; use identifyInsuredPerson.' },
  INPUT_NOT_APPLICABLE: { zh: '所填信息（孩次、意外伤害、胰岛素等）不适用于该结算。', en: 'A claim detail (child order, accident, insulin, …) does not apply to this claim.' },
  INSTITUTION_CLOSED: { zh: '该机构已停止定点（自所列日期起）。', en: 'The institution is closed (停止定点) from the day given.' },
  INSTITUTION_IN_OTHER_CITY: { zh: '机构不在参保地，请用 remote 说明异地就医。', en: 'The institution is in another city; describe the remote care with `remote`.' },
  INSTITUTION_NAME_TAKEN: { zh: '同市已有机构使用该名称或别名。', en: 'Another institution of the city has this name or alias.' },
  INSTITUTION_NOT_YET_LISTED: { zh: '就诊日早于该机构纳入目录之日。', en: 'The service date is before the institution’s first day in the directory.' },
  INTERNAL_SERVER_ERROR: { zh: '服务器意外错误；请凭 requestId 联系运维。', en: 'An unexpected error; the message is hidden, quote the requestId to the operator (HTTP 500).' },
  INTROSPECTION_DISABLED: { zh: '本服务已关闭内省查询。', en: 'Introspection is turned off on this server.' },
  INVALID_ACCUMULATOR: { zh: '年度累计值无效（须为非负整数）。', en: 'An accumulator value is not a non-negative integer.' },
  INVALID_ADDRESS: { zh: '地址长度无效。', en: 'The address is too long or has control characters.' },
  INVALID_ALIAS: { zh: '别名无效（为空、过长或过多）。', en: 'An alias is empty or too long, or there are too many.' },
  INVALID_ALLOWANCE_INPUT: { zh: '生育津贴测算信息无效（缴费月数、工资、孕月、胎数）。', en: 'maternityAllowance: a missing or impossible input (contribution months, wages, months of pregnancy, babies).' },
  INVALID_AMOUNT: { zh: '金额无效（0 至 1 亿元，精确到分）。', en: 'An amount is not 0 to 100,000,000.00 yuan in whole fen.' },
  INVALID_CITY: { zh: '城市无效。', en: 'The city is not one of the cities served.' },
  INVALID_CONTRIBUTION_GAP: { zh: '中断缴费月数须为0至1200的整数。', en: 'The contribution gap is a whole number of months from 0 to 1200.' },
  INVALID_CURSOR: { zh: '游标不属于此连接。', en: 'The cursor (after/before) is not a cursor of this connection.' },
  INVALID_DATE: { zh: '日期无效（须为 1800–2199 年的 YYYY-MM-DD）。', en: 'A date is not a calendar date YYYY-MM-DD from 1800 to 2199.' },
  INVALID_DATETIME: { zh: '时间戳无效（须为带时区的 ISO 8601）。', en: 'A timestamp is not ISO 8601 with an offset, e.g. "2024-05-01T08:00:00+08:00".' },
  INVALID_DATE_RANGE: { zh: '日期区间无效（结束早于开始）。', en: 'The end of a date range is before its start.' },
  INVALID_DESIGNATION: { zh: '定点资格无效。', en: 'The designation is not one the directory knows.' },
  INVALID_ENROLLMENT_YEARS: { zh: '连续参保年数须为不小于 1 的整数。', en: 'Consecutive enrolment years must be a whole number of at least 1.' },
  INVALID_FAMILY_MEMBER: { zh: '不能把参保人绑定到本人的个人账户。', en: 'A person cannot be bound to their own personal account.' },
  INVALID_IDEMPOTENCY_KEY: { zh: '幂等键长度无效。', en: 'The idempotency key is empty or too long.' },
  INVALID_ID_NUMBER: { zh: '身份证号无效（18 位，GB 11643 校验码）。', en: 'The ID number is not 18 characters with a valid GB 11643 check character.' },
  INVALID_LABEL: { zh: '密钥标签长度无效。', en: 'The key label is empty or too long.' },
  INVALID_LEVEL: { zh: '机构等级无效。', en: 'The institution level is not one the directory knows.' },
  INVALID_LONG_TERM_CARE: { zh: '长期护理信息无效（护理天数或失能等级）。', en: 'The long-term care details are invalid (care days or disability grade).' },
  INVALID_MONEY: { zh: '金额格式无效（元，最多两位小数的字符串，如 "1234.50"）。', en: 'Money is not a yuan string with at most two decimal places, e.g. "1234.50".' },
  INVALID_NAME: { zh: '姓名长度无效。', en: 'The name is empty or too long.' },
  INVALID_NOTE: { zh: '备注过长或含控制字符。', en: 'The note is too long or has control characters.' },
  INVALID_PAGINATION: { zh: '分页参数冲突（first 与 last 不能同时使用）。', en: 'Conflicting pagination arguments (first and last together).' },
  INVALID_REASON: { zh: '冲正原因长度无效。', en: 'The reversal reason is empty or too long.' },
  INVALID_RESTRICTION: { zh: '限定范围过长或含控制字符。', en: 'The restriction is too long or has control characters.' },
  INVALID_YEAR: { zh: '年度无效。', en: 'The year is not a calendar year.' },
  IN_LONG_TERM_CARE: { zh: '长期护理期间不享受住院（或普通门诊）待遇。', en: 'The date falls in a long-term care period, which excludes this benefit.' },
  ITEM_NAME_TOO_LONG: { zh: '费用项目名称过长。', en: 'A fee item name is longer than allowed.' },
  KEY_NOT_FOUND: { zh: '没有该有效密钥。', en: 'No active key has this id.' },
  LATER_SETTLEMENT_EXISTS: { zh: '该参保人本年度有更晚的结算，须先从最晚的开始冲正。', en: 'A later settlement of the same person and year stands; reverse the latest first.' },
  LEVEL_MISMATCH: { zh: '所填医院等级与机构目录不符。', en: 'The institution level given differs from the directory’s.' },
  LEVEL_NOT_ALLOWED: { zh: '该就诊类型不在此等级机构结算。', en: 'The visit type is not settled at this institution level.' },
  LEVEL_UNCHANGED: { zh: '该机构在此日期已是该等级。', en: 'The institution already has this level on that day.' },
  LIST_LIMIT_EXCEEDED: { zh: '列表参数过长（如 nodes(ids:) 超过 100 个）。', en: 'A list argument is longer than allowed (e.g. more than 100 ids for nodes).' },
  MANUAL_SETTLEMENT_REQUIRED: { zh: '该情形不能直接结算，须回参保地手工结算（附所需资料）。', en: 'Not settled directly: claim it by manual settlement at home with the documents listed.' },
  MATERNITY_NOT_COMPUTABLE: { zh: '政策规定了该生育待遇但未给出标准，无法计算。', en: 'The source names this maternity benefit but gives no standard to compute it.' },
  MEMBER_OUTSIDE_PROVINCE: { zh: '家庭共济的被共济人须在省内参保。', en: 'The family member must be insured in the account holder\'s province (在省内参保).' },
  MISSING_DISEASE_CODE: { zh: '缺少病种（慢特病、两病、日间病种等）。', en: 'The claim needs a disease (chronic, two-disease, day-clinic, …) and gives none.' },
  MISSING_EMPLOYEE_CATEGORY: { zh: '职工须填职工类别。', en: 'An employee needs an employee category.' },
  MISSING_INSTITUTION: { zh: '须填 institutionId 或 institutionLevel。', en: 'Give institutionId or institutionLevel.' },
  MISSING_LONG_TERM_CARE: { zh: '长期护理结算须填 longTermCare。', en: 'A LONG_TERM_CARE claim needs longTermCare { kind, days }.' },
  MISSING_PROCEDURE_CODE: { zh: '生育保险结算须填写生育项目编码（maternityProcedureCode）。', en: 'A maternity claim needs its procedure code (maternityProcedureCode, from maternityFixedRates).' },
  NESTING_LIMIT_EXCEEDED: { zh: '查询文档括号嵌套过深（解析前检查）。', en: 'The query document nests brackets deeper than allowed, checked before parsing (HTTP 400).' },
  NOT_APPLICABLE_TO_CITY: { zh: '该待遇不属于参保人所在统筹地区。', en: 'The benefit belongs to another city than the person’s.' },
  NOT_APPLICABLE_TO_SCHEME: { zh: '该信息或业务不适用于此险种。', en: 'The field or operation does not apply to the person’s scheme.' },
  NOT_APPROVED: { zh: '参保人在就诊日没有该慢特病认定。', en: 'The person has no approval of the chronic disease on the service date.' },
  NOT_ASSESSED: { zh: '没有有效的长期护理失能评估。', en: 'The person has no valid long-term care assessment for the period.' },
  NOT_BOUND: { zh: '该家庭成员未绑定到此个人账户。', en: 'The family member is not bound to this personal account.' },
  NOT_CHOSEN_INSTITUTION: { zh: '只能在参保人选定的机构结算（门诊慢特病定点机构、谈判药品定点购药机构）。', en: 'Settled only at the institutions the person chose (chronic care institutions; the chosen place of negotiated drugs).' },
  NOT_CONFIGURED: { zh: '服务缺少必需的配置（如 ID_NUMBER_HASH_KEY）。', en: 'The server lacks a required setting (e.g. ID_NUMBER_HASH_KEY).' },
  NOT_CROSS_PROVINCE: { zh: '该政策包只结算跨省异地就医。', en: 'The pack settles cross-province care only, and the claim is not cross-province.' },
  NOT_DESIGNATED: { zh: '该机构无此项服务的定点资格（日间手术、谈判药品、中医药日间诊疗等）。', en: 'The institution lacks the designation the service needs (day surgery, negotiated drugs, TCM day clinic, …).' },
  NOT_DESIGNATED_INSTITUTION: { zh: '该待遇只能在指定定点机构结算。', en: 'The benefit is settled only at its designated institution.' },
  NOT_ENROLLED: { zh: '就诊日早于参保日期。', en: 'The service date is before the person’s enrolment.' },
  NOT_REMOTE: { zh: '机构在参保地，不属于跨省异地就医。', en: 'The institution is in the person’s own city: the care is not cross-province.' },
  NO_CHOSEN_INSTITUTIONS: { zh: '参保人未选定门诊慢特病定点机构。', en: 'The person has chosen no chronic institutions by the service date.' },
  NO_MATERNITY_BENEFIT: { zh: '该参保类别（或待遇对象）无此项生育保险待遇。', en: 'The person\'s category (or the beneficiary) has no maternity benefit of this kind.' },
  NO_NEGOTIATED_DRUG_FILING: { zh: '门诊谈判药品未办理“三定”备案或备案已过期。', en: 'No negotiated-drug (三定) filing valid on the service date.' },
  NO_PERSONAL_ACCOUNT: { zh: '只有职工有个人账户。', en: 'Only employees have a personal account.' },
  NO_POLICY_PACK: { zh: '该城市在该日期没有适用的政策参数包。', en: 'No policy pack of the city covers the service date.' },
  OUTPATIENT_DURING_STAY: { zh: '住院或日间手术期间不享受门诊、门诊慢特病、两病门诊待遇。', en: 'An outpatient, chronic or two-disease claim dated inside a stay or day surgery.' },
  OUTPATIENT_MERGES_INTO_STAY: { zh: '住院前三天的门急诊费用纳入本次住院合并结算（济宁职工）。', en: 'Outpatient costs of the 3 days before admission are settled with the stay (Jining employees).' },
  OUTPATIENT_SETTLED_DURING_STAY: { zh: '住院期间（或入院前三天）已有门诊结算：请冲正后并入住院结算。', en: 'Outpatient claims are settled inside the stay (or the 3 days before): reverse them and bill their costs with the stay.' },
  OVERLAPPING_STAY: { zh: '与已结算的住院期间重叠。', en: 'The stay overlaps a stay on record.' },
  PAGE_SIZE_LIMIT: { zh: '每页条数须为 0 至 100。', en: '`first`/`last` must be 0 to 100.' },
  PERSISTED_QUERY_ID_REQUIRED: { zh: '只接受已登记查询：须给出文档 id。', en: 'Only trusted documents run here: send the document id (HTTP 400).' },
  PERSISTED_QUERY_NOT_FOUND: { zh: '未找到该已登记查询。', en: 'No trusted document has this id (HTTP 400).' },
  PERSISTED_QUERY_ONLY: { zh: '本服务只执行已登记查询。', en: 'This server runs trusted documents only (HTTP 403).' },
  PERSON_NOT_FOUND: { zh: '没有该参保人，或该密钥无权查看。', en: 'No insured person with this id (or this ID number and name) is visible to the key.' },
  PRESCRIPTION_TOO_LONG: { zh: '单次处方量超过规定天数。', en: 'The prescription covers more days than allowed.' },
  PRIOR_CLAIM_AFTER_BILL: { zh: '此前费用的日期晚于本次费用。', en: 'An earlier bill (priorClaims) is dated after the bill.' },
  PRIOR_CLAIM_OTHER_YEAR: { zh: '此前费用不在本次费用的年度。', en: 'An earlier bill (priorClaims) is of another calendar year than the bill.' },
  PROCEDURE_NOT_APPLICABLE: { zh: '该生育项目不适用于此就诊类型或待遇对象。', en: 'The maternity procedure is not claimed under this visit type.' },
  QUERY_TOO_LARGE: { zh: '查询文档过大。', en: 'The operation document is larger than allowed (HTTP 400).' },
  RARE_DISEASE_NOT_REGISTERED: { zh: '参保人没有罕见病登记备案。', en: 'The person has no rare-disease registration (登记备案) for this.' },
  REGISTRATION_EXPIRED: { zh: '两病备案已过待遇支付年限，请重新备案。', en: 'The two-disease registration ended before the service date: register again.' },
  REMOTE_CARE_REQUIRED: { zh: '参保地与机构所在地不同：须说明异地就医。', en: 'The person is insured in another city than the institution’s: describe the remote care.' },
  REMOTE_FILING_NOT_ON_RECORD: { zh: '就诊日没有该异地就医备案。', en: 'The person has no remote-care filing of this kind on the service date.' },
  REQUEST_TOO_LARGE: { zh: '请求体过大。', en: 'The request body is larger than allowed (HTTP 413).' },
  SCHEME_NOT_AVAILABLE: { zh: '该统筹地区的政策没有此险种（离休干部仅兰州）。', en: 'The city\'s policy pack has no rules for the scheme (retired cadres: Lanzhou only).' },
  SECOND_DRUG_NEEDS_TWO_DOCTORS: { zh: '一个年度内第二种谈判药品须两名责任医师审核后备案。', en: 'A second negotiated drug in the year needs two responsible doctors’ review.' },
  SETTLEMENT_NOT_FOUND: { zh: '没有该结算，或该密钥无权查看。', en: 'No settlement with this id is visible to the key.' },
  TOKEN_LIMIT_EXCEEDED: { zh: '查询词法单元过多。', en: 'The operation has more tokens than allowed (HTTP 400).' },
  TOO_MANY_DISEASES: { zh: '病种数量超过上限。', en: 'More diseases than the rule allows at once.' },
  TOO_MANY_INSTITUTIONS: { zh: '选定的定点机构数量超过规定。', en: 'More chosen institutions than the rules allow.' },
  TOO_MANY_ITEMS: { zh: '费用明细条数超过上限。', en: 'More fee items than a claim may have.' },
  TOO_MANY_PRIOR_CLAIMS: { zh: '此前费用笔数超过上限（100 笔）。', en: 'More earlier bills (priorClaims) than an estimate may have (100).' },
  TWO_DISEASE_EXCLUDED: { zh: '已认定的慢特病排除两病门诊待遇。', en: 'An approved chronic disease excludes the two-disease outpatient benefit.' },
  TWO_DISEASE_NOT_REGISTERED: { zh: '就诊日没有该两病备案。', en: 'The person is not registered for the two-disease benefit on the service date.' },
  UNAUTHENTICATED: { zh: '缺少或无效的 API 密钥（Authorization: Bearer <key>）。', en: 'The API key is missing where one is needed, malformed, unknown or revoked (HTTP 401).' },
  UNKNOWN_DISEASE_CODE: { zh: '病种编码不在该目录中。', en: 'The disease code is not on the table that applies.' },
  UNKNOWN_INSTITUTION: { zh: '机构目录中没有该机构。', en: 'No institution of the directory has this id.' },
  UNKNOWN_PROCEDURE_CODE: { zh: '生育项目编码不在本统筹地区目录中。', en: 'The maternity procedure code is not in the city\'s maternityFixedRates.' },
  VALIDATION_BUDGET_EXCEEDED: { zh: '查询校验耗时超过预算。', en: 'The operation takes longer to validate than allowed (HTTP 400).' },
  VALIDITY_COMPUTED: { zh: '备案有效期由系统计算，不能晚于规定期限。', en: 'The service computes the validity of a filing: a later end than the computed one is refused.' },
  VISIT_TYPE_NOT_OPEN: { zh: '该险种在该城市没有此就诊类型的待遇。', en: 'The visit type is not open to this scheme in this city (or this filing).' },
  WAITING_PERIOD: { zh: '就诊日在待遇享受等待期内或待遇享受期外。', en: 'The service (a stay: its admission) is inside the waiting period or outside the benefit period.' },
  ZERO_TOTAL: { zh: '费用合计为 0.00 元，无需结算。', en: 'The items add up to 0.00 yuan: there is nothing to settle.' },
} as const satisfies Record<string, ErrorCodeDoc>;

export type ErrorCode = keyof typeof ERROR_CODES;

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_CODES, value);
}

/** A GraphQL error raised on purpose, with a registered code (and any other extensions). */
export function codedError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

/** The engine's codes are registered too: the compiler names any that is missing here. */
type UnregisteredSettlementCode = Exclude<SettlementErrorCode, ErrorCode>;
export const SETTLEMENT_CODES_REGISTERED: [UnregisteredSettlementCode] extends [never] ? true : UnregisteredSettlementCode = true;
