/**
 * `viewer` (当前调用方): which key is calling, for which institution, with what rights. No
 * key answers PUBLIC with the public rights; a wrong key never gets here (401).
 */
import type { Caller, Context } from '../context';
import { institutionApiKeys } from '../db/records';
import { eq } from 'drizzle-orm';
import { builder } from './builder';
import { InstitutionRef } from './institutions';
import { InstitutionApiKeyRef } from './keys';

const VIEWER_KINDS = {
  PUBLIC: '无密钥 / No key: catalogues, policy packs and estimates only.',
  ADMINISTRATOR: '管理员（ADMIN_API_KEY）/ The administrator (ADMIN_API_KEY): every record and every right.',
  INSTITUTION: '机构密钥 / An institution key: its own institution’s persons and settlements.',
} as const;

type ViewerKind = keyof typeof VIEWER_KINDS;

const ViewerKindEnum = builder.enumType('ViewerKind', {
  description: '调用方类别 / Who is calling.',
  values: Object.fromEntries(Object.entries(VIEWER_KINDS).map(([v, d]) => [v, { value: v, description: d }])) as Record<ViewerKind, { value: ViewerKind; description: string }>,
});

/** 权限: what a caller may do, and which kinds of caller have it. */
const RIGHTS = {
  READ_CATALOGUES: { kinds: ['PUBLIC', 'ADMINISTRATOR', 'INSTITUTION'], description: '目录查询 / Read the catalogues, the institution directory and the policy packs.' },
  ESTIMATE: { kinds: ['PUBLIC', 'ADMINISTRATOR', 'INSTITUTION'], description: '结算预估 / estimateSettlement and compareSettlement.' },
  REGISTER_PERSONS: { kinds: ['ADMINISTRATOR', 'INSTITUTION'], description: '参保登记 / createInsuredPerson and identifyInsuredPerson (an institution key links the person to its institution).' },
  RECORD_APPROVALS: { kinds: ['ADMINISTRATOR', 'INSTITUTION'], description: '认定与备案 / approveChronicDisease, registerTwoDisease and fileRemoteCare for persons the key sees.' },
  SETTLE_CLAIMS: { kinds: ['ADMINISTRATOR', 'INSTITUTION'], description: '结算 / settleClaim (an institution key at its own institution only).' },
  REVERSE_SETTLEMENTS: { kinds: ['ADMINISTRATOR', 'INSTITUTION'], description: '冲正 / reverseSettlement (an institution key: the settlements it made).' },
  READ_RECORDS: { kinds: ['ADMINISTRATOR', 'INSTITUTION'], description: '查询记录与对账 / insuredPerson, settlements (对账) and node for the persons and settlements the key sees.' },
  CREDIT_PERSONAL_ACCOUNTS: { kinds: ['ADMINISTRATOR'], description: '个人账户划入 / creditPersonalAccount.' },
  MANAGE_KEYS: { kinds: ['ADMINISTRATOR'], description: '密钥管理 / issueInstitutionKey and revokeInstitutionKey.' },
} as const satisfies Record<string, { kinds: readonly ViewerKind[]; description: string }>;

type Right = keyof typeof RIGHTS;

const RightEnum = builder.enumType('ViewerRight', {
  description: '权限 / What the caller may do.',
  values: Object.fromEntries(Object.entries(RIGHTS).map(([v, r]) => [v, { value: v, description: r.description }])) as Record<Right, { value: Right; description: string }>,
});

function kindOf(caller: Caller): ViewerKind {
  return caller.kind === 'ADMIN' ? 'ADMINISTRATOR' : caller.kind;
}

const ViewerRef = builder.objectRef<Caller>('Viewer').implement({
  description: '当前调用方 / The caller of this request: its kind, key, institution and rights.',
  fields: (t) => ({
    kind: t.field({ type: ViewerKindEnum, resolve: kindOf }),
    apiKey: t.field({
      type: InstitutionApiKeyRef,
      nullable: true,
      description: 'The institution key calling; null for the administrator and without a key.',
      resolve: async (caller, _args, ctx: Context) =>
        caller.kind === 'INSTITUTION' ? ((await ctx.db.select().from(institutionApiKeys).where(eq(institutionApiKeys.id, caller.keyId)))[0] ?? null) : null,
    }),
    institution: t.field({
      type: InstitutionRef,
      nullable: true,
      description: 'The institution the key acts for; null for the administrator and without a key.',
      resolve: (caller, _args, ctx) => (caller.kind === 'INSTITUTION' ? ctx.loaders.institution.load(caller.institutionId) : null),
    }),
    rights: t.field({
      type: [RightEnum],
      description: 'Everything the caller may do (records only those its key sees).',
      resolve: (caller) => (Object.keys(RIGHTS) as Right[]).filter((r) => (RIGHTS[r].kinds as readonly ViewerKind[]).includes(kindOf(caller))),
    }),
  }),
});

builder.queryField('viewer', (t) =>
  t.field({
    type: ViewerRef,
    description: '当前调用方 / Which key is calling, for which institution, with what rights. No key: kind PUBLIC.',
    resolve: (_root, _args, ctx) => ctx.caller,
  }),
);
