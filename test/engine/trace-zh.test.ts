/**
 * The settlement trace in both languages: every step the engine writes (a `ledger.step(…)`
 * call anywhere in src/engine) gives its Chinese text beside the English, and over GraphQL
 * `message(locale: ZH)` answers it. Worked example 1 is checked word for word.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { settle, type SettlementInput } from '../../src/engine';
import { A, B, employeeClaim, residentClaim, S } from './helpers';

const ENGINE = new URL('../../src/engine/', import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every `<x>.step(…)` call of the engine with fewer than four arguments (no Chinese text). */
function stepsWithoutChinese(): string[] {
  const missing: string[] = [];
  for (const file of files(ENGINE)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'step' && node.arguments.length < 4) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        missing.push(`${file.slice(ENGINE.length)}:${line + 1}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return missing;
}

describe('the trace in Chinese', () => {
  it('every step of the engine gives its Chinese text (ledger.step(ruleId, clause, english, chinese))', () => {
    expect(stepsWithoutChinese(), 'add the Chinese text as the fourth argument').toEqual([]);
  });

  it('worked example 1: every step in both languages, the Chinese naming the same amounts', () => {
    const result = settle({
      city: 'LANZHOU', scheme: 'EMPLOYEE', visitType: 'INPATIENT', date: '2024-05-01', institutionLevel: 'TERTIARY_A',
      person: { employeeCategory: 'ENTERPRISE' },
      items: [
        { name: '甲类', category: 'CLASS_A', amountFen: 2_000_000 },
        { name: '乙类', category: 'CLASS_B', amountFen: 1_000_000 },
        { name: '自费', category: 'SELF_PAY', amountFen: 200_000 },
      ],
    });
    expect(result.trace.length).toBeGreaterThan(2);
    for (const step of result.trace) {
      expect(step.messageZh, step.ruleId).toMatch(/\p{Script=Han}/u);
      // The amounts of the English text appear in the Chinese one.
      const amounts = (text: string) => [...text.matchAll(/\d+\.\d{2}/g)].map((m) => m[0]);
      expect(amounts(step.messageZh!), step.ruleId).toEqual(amounts(step.message));
    }
    const deductible = result.trace.find((step) => step.ruleId === 'LZ-E-IP-DED');
    expect(deductible?.messageZh).toBe('本年度第1次住院（三级甲等）：起付线1000.00元 × 100%，实际1000.00元');
  });

  const amounts = (text: string) => [...text.matchAll(/\d+\.\d{2}/g)].map((m) => m[0]).sort();

  it.each<[string, SettlementInput]>([
    ['Lanzhou resident stay with TCM items, remote and assistance', residentClaim({
      items: [A(30_000), B(5_000, { tcm: true }), S(800)], remote: { crossProvince: true, filing: 'SELF_REFERRAL' },
      person: { assistanceCategory: 'RURAL_LOW_INCOME_1_2', consecutiveEnrollmentYears: 4 },
    })],
    ['Lanzhou employee outpatient', employeeClaim({ visitType: 'OUTPATIENT', institutionLevel: 'PRIMARY', items: [A(2_000)] })],
    ['Lanzhou employee stay above the basic limit', employeeClaim({ items: [A(400_000)] })],
    ['Lanzhou resident two-disease outpatient', residentClaim({ visitType: 'TWO_DISEASE_OUTPATIENT', institutionLevel: 'PRIMARY', twoDiseases: ['HYPERTENSION', 'DIABETES'], items: [A(300)] })],
    ['Jining resident stay, remote', residentClaim({ city: 'JINING', remote: { crossProvince: false, filing: 'REFERRAL' }, items: [A(20_000), B(3_000)] })],
    ['Jining employee outpatient', employeeClaim({ city: 'JINING', visitType: 'OUTPATIENT', institutionLevel: 'SECONDARY', items: [A(6_000)] })],
    ['Jining employee chronic', employeeClaim({ city: 'JINING', visitType: 'CHRONIC_OUTPATIENT', chronicClass: 'A', items: [A(3_000)] })],
    ['Yinchuan cross-province chronic', employeeClaim({ city: 'YINCHUAN', visitType: 'CHRONIC_OUTPATIENT', chronicDiseaseCodes: ['M03900'], remote: { crossProvince: true, filing: 'LONG_TERM_RESIDENT' }, items: [A(800)] })],
  ])('%s: every step in Chinese, with the amounts of the English', (_name, input) => {
    const result = settle(input);
    for (const step of result.trace) {
      expect(step.messageZh, `${step.ruleId}: ${step.message}`).toMatch(/\p{Script=Han}/u);
      expect(amounts(step.messageZh!), `${step.ruleId}: ${step.message} / ${step.messageZh}`).toEqual(amounts(step.message));
    }
  });
});
