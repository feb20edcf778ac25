/**
 * Institution API keys: the administrator issues a key bound to one institution; the key is
 * returned once and only its SHA-256 hash is stored. A revoked key stops working at once for
 * every write; for reads in other processes within the key cache's bound (records/apiKeyCache.ts).
 */
import { and, eq, isNull, type Placeholder, type SQL } from 'drizzle-orm';
import type { Context } from '../context';
import type { Database } from '../db/client';
import { institutionApiKeys } from '../db/records';
import { institutions } from '../db/schema';
import { parseGlobalId, requireAdmin } from './access';
import { apiKeyHash, newApiKey } from './crypto';
import { forbiddenCharacterAt, forbiddenCharacterMessage } from '../text';
import { RecordsError } from './errors';
import { withWriteRetry } from './retry';

export type ApiKeyRow = typeof institutionApiKeys.$inferSelect;

const MAX_LABEL_LENGTH = 100;
/** How many characters of the key are kept to tell keys apart ('mik_' and 6 more). */
const PREFIX_LENGTH = 10;

/** Issues a key for an institution; returns the key itself (shown once) and its record. */
export async function issueInstitutionKey(ctx: Context, input: { institutionId: string; label: string }): Promise<{ key: string; record: ApiKeyRow }> {
  requireAdmin(ctx.caller);
  const institutionId = parseGlobalId(input.institutionId, 'Institution');
  const [institution] = institutionId == null ? [] : await ctx.db.select({ id: institutions.id }).from(institutions).where(eq(institutions.id, institutionId));
  if (!institution) throw new RecordsError('UNKNOWN_INSTITUTION', ['institutionId'], 'No institution has this id.');
  const label = input.label.trim();
  if (!label || label.length > MAX_LABEL_LENGTH) throw new RecordsError('INVALID_LABEL', ['label'], `The label must have 1 to ${MAX_LABEL_LENGTH} characters.`);
  const bad = forbiddenCharacterAt(label);
  if (bad >= 0) throw new RecordsError('CONTROL_CHARACTER', ['label'], forbiddenCharacterMessage('The label', label, bad));
  const key = newApiKey();
  const keyHash = await apiKeyHash(key);
  const [record] = await withWriteRetry(() =>
    ctx.db
      .insert(institutionApiKeys)
      .values({ institutionId: institution.id, keyHash, keyPrefix: key.slice(0, PREFIX_LENGTH), label, createdAt: ctx.clock.now().toISOString() })
      .returning(),
  );
  return { key, record };
}

/** Revokes a key (administrator only); revoking twice is an error. */
export async function revokeInstitutionKey(ctx: Context, input: { keyId: string }): Promise<ApiKeyRow> {
  requireAdmin(ctx.caller);
  const id = parseGlobalId(input.keyId, 'InstitutionApiKey');
  const [record] = id == null
    ? []
    : await withWriteRetry(() =>
        ctx.db
          .update(institutionApiKeys)
          .set({ revokedAt: ctx.clock.now().toISOString() })
          .where(and(eq(institutionApiKeys.id, id), isNull(institutionApiKeys.revokedAt)))
          .returning(),
      );
  if (!record) throw new RecordsError('KEY_NOT_FOUND', ['keyId'], 'No active key has this id.');
  // This process forgets it at once; the others confirm keys before writes (records/apiKeyCache.ts).
  ctx.apiKeys?.forget(record.id);
  return record;
}

/** The active key with this value, if any. */
export async function findActiveKey(db: Database, key: string): Promise<ApiKeyRow | undefined> {
  return findActiveKeyByHash(db, await apiKeyHash(key));
}

/** The active key with this hash, if any. */
export async function findActiveKeyByHash(db: Database, keyHash: string): Promise<ApiKeyRow | undefined> {
  const [record] = await db.select().from(institutionApiKeys).where(and(eq(institutionApiKeys.keyHash, keyHash), isNull(institutionApiKeys.revokedAt)));
  return record;
}

/** SQL: the key with this id is active (not revoked); read inside a write's own batch, or alone. */
export function activeKey(keyId: number | Placeholder): SQL | undefined {
  return and(eq(institutionApiKeys.id, keyId), isNull(institutionApiKeys.revokedAt));
}

/** Whether the key with this id is still active (a key taken from memory, confirmed before a write). */
export async function keyStillActive(db: Database, keyId: number): Promise<boolean> {
  const rows = await db.select({ id: institutionApiKeys.id }).from(institutionApiKeys).where(activeKey(keyId));
  return rows.length > 0;
}
