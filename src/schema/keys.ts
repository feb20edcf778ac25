/**
 * Institution API keys (administrator only): `issueInstitutionKey` returns the key once (only
 * its hash is stored); `revokeInstitutionKey` stops it at once.
 */
import { inArray } from 'drizzle-orm';
import type { Context } from '../context';
import { institutionApiKeys } from '../db/records';
import { issueInstitutionKey, revokeInstitutionKey, type ApiKeyRow } from '../records/apiKeys';
import { builder } from './builder';
import { InstitutionRef } from './institutions';
import { UserErrorRef, withUserErrors, type UserErrorShape } from './persons';

export const InstitutionApiKeyRef = builder.objectRef<ApiKeyRow>('InstitutionApiKey');

/** The keys among `ids` the caller may see: the administrator all, an institution key its institution's. */
async function loadKeys(ctx: Context, ids: number[]): Promise<(ApiKeyRow | null)[]> {
  const wanted = ids.filter(Number.isSafeInteger);
  if (ctx.caller.kind === 'PUBLIC' || wanted.length === 0) return ids.map(() => null);
  const rows = await ctx.db.select().from(institutionApiKeys).where(inArray(institutionApiKeys.id, wanted));
  const caller = ctx.caller;
  const byId = new Map(rows.filter((r) => caller.kind === 'ADMIN' || r.institutionId === caller.institutionId).map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? null);
}

builder.node(InstitutionApiKeyRef, {
  description: 'An API key bound to one institution; the key itself is never shown again. The administrator sees every key, an institution key those of its institution.',
  id: { resolve: (k) => k.id, parse: (id) => Number(id) },
  loadMany: (ids, ctx) => loadKeys(ctx, ids),
  fields: (t) => ({
    institution: t.field({ type: InstitutionRef, nullable: true, resolve: (k, _args, ctx) => ctx.loaders.institution.load(k.institutionId) }),
    keyPrefix: t.exposeString('keyPrefix', { description: 'The key\'s first characters, to tell keys apart.' }),
    label: t.exposeString('label'),
    createdAt: t.field({ type: 'DateTime', description: '签发时间 / When the key was issued.', resolve: (k) => k.createdAt }),
    revokedAt: t.field({ type: 'DateTime', nullable: true, description: '吊销时间 / When the key was revoked; null while it works.', resolve: (k) => k.revokedAt }),
  }),
});

const IssueInstitutionKeyInput = builder.inputType('IssueInstitutionKeyInput', {
  description: '签发机构密钥 / A key to issue for one institution of the directory.',
  fields: (t) => ({
    institutionId: t.id({ required: true, description: '机构 / The institution\'s global id.' }),
    label: t.string({ required: true, description: 'What the key is for, e.g. "HIS production".' }),
  }),
});

const IssueInstitutionKeyPayload = builder.objectRef<{ key?: string; apiKey?: ApiKeyRow; userErrors: UserErrorShape[] }>('IssueInstitutionKeyPayload').implement({
  fields: (t) => ({
    key: t.string({ nullable: true, description: 'The key: shown this once, stored only as a hash. Send it as "Authorization: Bearer <key>".', resolve: (p) => p.key ?? null }),
    apiKey: t.field({ type: InstitutionApiKeyRef, nullable: true, resolve: (p) => p.apiKey ?? null }),
    userErrors: t.field({ type: [UserErrorRef], resolve: (p) => p.userErrors }),
  }),
});

builder.mutationField('issueInstitutionKey', (t) =>
  t.field({
    type: IssueInstitutionKeyPayload,
    description: 'Issues an API key bound to one institution (administrator only).',
    args: { input: t.arg({ type: IssueInstitutionKeyInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      withUserErrors(async () => {
        const { key, record } = await issueInstitutionKey(ctx, { institutionId: String(input.institutionId), label: input.label });
        return { key, apiKey: record };
      }),
  }),
);

const RevokeInstitutionKeyInput = builder.inputType('RevokeInstitutionKeyInput', {
  description: '吊销机构密钥 / The key to revoke.',
  fields: (t) => ({ keyId: t.id({ required: true, description: '密钥 / The key\'s global id (InstitutionApiKey.id).' }) }),
});

const RevokeInstitutionKeyPayload = builder.objectRef<{ apiKey?: ApiKeyRow; userErrors: UserErrorShape[] }>('RevokeInstitutionKeyPayload').implement({
  fields: (t) => ({
    apiKey: t.field({ type: InstitutionApiKeyRef, nullable: true, resolve: (p) => p.apiKey ?? null }),
    userErrors: t.field({ type: [UserErrorRef], resolve: (p) => p.userErrors }),
  }),
});

builder.mutationField('revokeInstitutionKey', (t) =>
  t.field({
    type: RevokeInstitutionKeyPayload,
    description: 'Revokes an institution key (administrator only).',
    args: { input: t.arg({ type: RevokeInstitutionKeyInput, required: true }) },
    resolve: (_root, { input }, ctx) => withUserErrors(async () => ({ apiKey: await revokeInstitutionKey(ctx, { keyId: String(input.keyId) }) })),
  }),
);
