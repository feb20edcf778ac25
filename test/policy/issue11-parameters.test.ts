/**
 * policyPacks lists the parameters of issue 11 (Lanzhou) and issue 12's account credits (Jining):
 * the readings with their alternative, the retired-cadre rules, the account credits and the rules
 * the service does not compute, each with its clause.
 */
import { graphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Context } from '../../src/context';
import { schema } from '../../src/schema';

const ctx = { caller: { kind: 'PUBLIC' } } as unknown as Context;

async function parameters(id: string): Promise<Record<string, { value: string; source: string; reading: string | null }>> {
  const r = (await graphql({ schema, contextValue: ctx, source: `{ policyPack(id: "${id}") { parameters { name value source reading } } }` })) as any;
  expect(r.errors).toBeUndefined();
  return Object.fromEntries(r.data.policyPack.parameters.map((p: any) => [p.name, p]));
}

describe('issue 11 parameters in policyPacks', () => {
  it('lanzhou-2024: readings, retired cadres, account credits, not computable', async () => {
    const p = await parameters('lanzhou-2024');
    for (const name of ['tcmBonusInDaySurgery', 'tcmBonusInTcmDayClinic', 'remoteCutReachesLargeAmount']) {
      expect(p[name].value).toBe('false');
      expect(p[name].reading).toMatch(/Alternative/);
    }
    expect(p.selfReferralCutBp).toMatchObject({ value: '500', source: '000 §六(二)5(2)', reading: null });
    expect(p.remoteCutUnassisted).toMatchObject({ source: '000 §五(七)1' });
    expect(JSON.parse(p.retiredCadre.value)).toEqual({
      stayRateBp: 10_000, outpatientQuotaFen: 300_000, wartimeOutpatientQuotaFen: 400_000, prefectureOutpatientRateBp: 10_000,
      checkupSubsidyFen: { MALE: 110_000, FEMALE: 153_000 }, healthAwardFen: 100_000,
    });
    expect(p.retiredCadre.source).toBe('000 §七2');
    expect(JSON.parse(p.employeeAccountShareOfBaseBp.value)).toEqual({ PUBLIC_SECTOR: 200, ENTERPRISE: 200, FLEXIBLE: 0, UNEMPLOYED: 0 });
    expect(JSON.parse(p.notComputable.value).map((r: any) => r.clause)).toContain('000 §七1');
    expect(p.outpatientActiveRateCategories).toBeUndefined();
  });

  it('lanzhou-2023: the self-referral cut is a reading (003: 20 points)', async () => {
    const p = await parameters('lanzhou-2023');
    expect(p.selfReferralCutBp.value).toBe('500');
    expect(p.selfReferralCutBp.reading).toMatch(/20 points as 003/);
  });

  it('jining-2024: account credits 100 / 125 by age 70', async () => {
    const p = await parameters('jining-2024');
    expect(JSON.parse(p.retireeAccountCredit.value)).toEqual({ underAgeFen: 10_000, fromAgeFen: 12_500, age: 70 });
    expect(p.retireeAccountCredit.source).toBe('004 §一(一)4');
  });
});
