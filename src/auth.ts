/**
 * Who is calling, from the `Authorization: Bearer <key>` header: the administrator
 * (`ADMIN_API_KEY`), an institution (an active key issued by the administrator, looked up by
 * its hash), or nobody. A key that matches nothing is refused, never taken as public.
 */
import { GraphQLError } from 'graphql';
import type { AppConfig, Caller } from './context';
import type { Database } from './db/client';
import { findActiveKey } from './records/apiKeys';

/** Compares two strings in time independent of where they differ. */
export function constantTimeEqual(a: string, b: string): boolean {
  const ea = new TextEncoder().encode(a);
  const eb = new TextEncoder().encode(b);
  let diff = ea.length ^ eb.length;
  for (let i = 0; i < Math.max(ea.length, eb.length); i++) diff |= (ea[i] ?? 0) ^ (eb[i] ?? 0);
  return diff === 0;
}

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

export async function resolveCaller(db: Database, config: AppConfig, authorization: string | null): Promise<Caller> {
  if (!authorization) return { kind: 'PUBLIC' };
  const m = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!m) throw unauthenticated('The Authorization header must be "Bearer <key>".');
  const key = m[1];
  if (config.adminApiKey && constantTimeEqual(key, config.adminApiKey)) return { kind: 'ADMIN' };
  const issued = await findActiveKey(db, key);
  if (issued) return { kind: 'INSTITUTION', institutionId: issued.institutionId, keyId: issued.id };
  throw unauthenticated('The API key is not valid.');
}
