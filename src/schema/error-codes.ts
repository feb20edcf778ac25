/**
 * The `ErrorCode` enum: every code of the registry (src/error-codes.ts), each described in
 * Chinese and English. `UserError.code` and `SettlementRefusal.code` are of this type, and
 * every `extensions.code` of a GraphQL error is one of its values.
 */
import { ERROR_CODES, type ErrorCode } from '../error-codes';
import { builder } from './builder';

export const ErrorCodeEnum = builder.enumType('ErrorCode', {
  description: '错误码 / Every error code the API answers: in userErrors, in refusals and as extensions.code of a GraphQL error.',
  values: Object.fromEntries(
    Object.entries(ERROR_CODES).map(([code, doc]) => [code, { value: code, description: `${doc.zh} / ${doc.en}` }]),
  ) as Record<ErrorCode, { value: ErrorCode; description: string }>,
});
