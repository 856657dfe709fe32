// The Analyse-en-advies catalogue: nl and en have exactly the same keys, no empty texts and the same
// interpolation variables; every code of every vocabulary in domain.ts, every SignalCode and every
// question Passend asks of an experiment has a label in both languages; the signals are questions.
import { describe, expect, it } from 'vitest';
import * as domain from '../domain';
import { judgementEn, judgementNl } from './i18n';
import { SIGNAL_CODES } from './format';

type Tree = { [key: string]: string | Tree };
const nl = judgementNl as unknown as Tree;
const en = judgementEn as unknown as Tree;

function leafPaths(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : leafPaths(value, `${prefix}${key}.`)));
}

function leaf(tree: Tree, path: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

const variables = (text: string | undefined) => [...(text ?? '').matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe('the judgement catalogue', () => {
  it('nl and en have exactly the same keys', () => {
    expect(leafPaths(en).sort()).toEqual(leafPaths(nl).sort());
    expect(leafPaths(nl).length).toBeGreaterThan(300);
  });

  it('has no empty texts, and the same variables in both languages', () => {
    for (const [language, tree] of [['nl', nl], ['en', en]] as const) {
      expect(leafPaths(tree).filter((p) => !leaf(tree, p)?.trim()), `empty texts in ${language}`).toEqual([]);
    }
    expect(leafPaths(nl).filter((p) => JSON.stringify(variables(leaf(nl, p))) !== JSON.stringify(variables(leaf(en, p))))).toEqual([]);
  });

  const vocabularies: Array<[string, readonly (string | number)[]]> = [
    ['coverageTheme', domain.COVERAGE_THEMES],
    ['coverageThemeShort', domain.COVERAGE_THEMES],
    ['coverageState', [...domain.COVERAGE_STATES, 'untouched']],
    ['sourceType', domain.SOURCE_TYPES],
    ['method', domain.METHODS],
    ['evidenceKind', domain.EVIDENCE_KINDS],
    ['notInvestigatedReason', domain.NOT_INVESTIGATED_REASONS],
    ['reliability', domain.RELIABILITIES],
    ['schema1Theme', domain.SCHEMA1_THEMES],
    ['schema1Category', domain.SCHEMA1_CATEGORIES],
    ['schema2Activity', domain.SCHEMA2_ACTIVITIES],
    ['schema2Group', [...new Set(Object.values(domain.SCHEMA2_GROUP))]],
    ['hypothesisStatus', domain.HYPOTHESIS_STATUSES],
    ['anomalyKind', domain.ANOMALY_KINDS],
    ['willingness', domain.AXIS_POSITIONS],
    ['ability', domain.AXIS_POSITIONS],
    ['interventionStyle', domain.INTERVENTION_STYLES],
    ['checkpointDecision', domain.CHECKPOINT_DECISIONS],
    ['validationStatus', domain.VALIDATION_STATUSES],
    ['reflectionQuestion', domain.REFLECTION_QUESTIONS],
    ['expertiseChoice', domain.EXPERTISE_CHOICES],
    ['adviceSection', domain.ADVICE_SECTIONS],
  ];
  for (const [group, codes] of vocabularies) {
    it(`labels every ${group} code in nl and en`, () => {
      expect(codes.length).toBeGreaterThan(0);
      const missing = codes.flatMap((code) => (['nl', 'en'] as const).filter((lang) => !leaf(lang === 'nl' ? nl : en, `enums.${group}.${code}`)).map((lang) => `${lang}:${code}`));
      expect(missing).toEqual([]);
      // No label beyond the domain's codes: a renamed code cannot leave a stale label behind.
      expect(Object.keys((nl.enums as Tree)[group] as Tree).sort()).toEqual(codes.map(String).sort());
    });
  }

  it('words every signal code as a question in nl and en, and nothing else', () => {
    expect(SIGNAL_CODES).toHaveLength(18);
    for (const tree of [nl, en]) {
      expect(Object.keys(tree.signal as Tree).sort()).toEqual([...SIGNAL_CODES].sort());
      for (const code of SIGNAL_CODES) expect(leaf(tree, `signal.${code}`), code).toMatch(/\?$/);
    }
    // The signals named with each before-final question all have words.
    for (const codes of Object.values(domain.QUESTION_SIGNALS)) for (const code of codes) expect(SIGNAL_CODES).toContain(code);
  });

  it('words Passend’s question about a far-off feedback moment, with its figures', () => {
    const question = domain.questionExperiment('2026-03-01', '2026-03-22')[0]!;
    expect(question.code).toBe('feedback_interval_long');
    for (const tree of [nl, en]) expect(variables(leaf(tree, `experimentQuestion.${question.code}`))).toEqual(['days', 'threshold']);
  });
});

describe('the keys the judgement screens use', () => {
  it('all exist in the catalogue (a typo would show a raw key in both languages)', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const dir = import.meta.dirname;
    const sources = readdirSync(dir).filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts')).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    const literal = [...sources.matchAll(/\bt\(\s*'judgement\.([\w.]+)'/g)].map((m) => m[1]!);
    const prefixes = [...sources.matchAll(/\bt\(\s*`judgement\.([\w.]+)\.\$\{/g)].map((m) => m[1]!);
    expect(literal.length).toBeGreaterThan(200);
    expect(prefixes.length).toBeGreaterThan(20);
    const exists = (path: string) => leaf(nl, path) !== undefined || (leaf(nl, `${path}_one`) !== undefined && leaf(nl, `${path}_other`) !== undefined);
    expect([...new Set(literal)].filter((key) => !exists(key))).toEqual([]);
    const node = (path: string) => path.split('.').reduce<string | Tree | undefined>((n, part) => (typeof n === 'object' ? n[part] : undefined), nl);
    expect([...new Set(prefixes)].filter((prefix) => typeof node(prefix) !== 'object')).toEqual([]);
  });
});
