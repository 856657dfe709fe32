// Pure formatters that turn a rule's condition and effects (src/contact/domain.ts) into a sentence an
// administrator can read, in Dutch or English. No i18next: the texts come straight from the
// catalogues, so the functions are total, synchronous and unit-testable. Malformed input (an edited
// rule set may hold anything) is shown as "unknown condition: {json}", never thrown.
import type { Condition, RuleEffect } from '../../domain';
import { nl } from '../../../web/i18n/nl';
import { en } from '../../../web/i18n/en';
import { contactAdminEn, contactAdminNl } from './i18n';

export type DescribeLanguage = 'nl' | 'en';

type AdminTexts = typeof contactAdminNl;
type AppTexts = typeof nl;

function texts(language: DescribeLanguage): { admin: AdminTexts; app: AppTexts } {
  return language === 'en' ? { admin: contactAdminEn, app: en } : { admin: contactAdminNl, app: nl };
}

/** `{{name}}` placeholders filled from `values`; unknown placeholders stay as they are. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/{{\s*(\w+)\s*}}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(table: object, key: string): string | undefined {
  if (!Object.prototype.hasOwnProperty.call(table, key)) return undefined;
  const value = (table as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : undefined;
}

/** The label of a value of an enumeration or list fact; the raw code when there is none. */
function valueLabel(fact: string, value: unknown, language: DescribeLanguage): string {
  const { admin, app } = texts(language);
  const code = String(value);
  let label: string | undefined;
  if (fact === 'activity') label = own(app.enums.activityType, code);
  else if (fact === 'clientPreferenceForm' || fact === 'employerPreferenceForm') label = own(app.enums.contactForm, code);
  else if (Object.prototype.hasOwnProperty.call(admin.values, fact)) {
    const table = (admin.values as Record<string, object>)[fact];
    if (table) label = own(table, code);
  }
  return label ?? code;
}

/** "“A”", "“A” of “B”", "“A”, “B” of “C”" (the last joiner per language). */
function valueList(fact: string, values: readonly unknown[], language: DescribeLanguage): string {
  const { admin } = texts(language);
  const quoted = values.map((value) => fill(admin.condition.quoted, { value: valueLabel(fact, value, language) }));
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(admin.condition.listSeparator)}${admin.condition.listLast}${quoted[quoted.length - 1]}`;
}

function unknownCondition(condition: unknown, language: DescribeLanguage): string {
  let json: string;
  try {
    json = JSON.stringify(condition) ?? String(condition);
  } catch {
    json = String(condition);
  }
  return fill(texts(language).admin.condition.unknown, { json });
}

function isGroup(condition: unknown): boolean {
  return isRecord(condition) && (Array.isArray(condition.all) || Array.isArray(condition.any));
}

/** A single fact test, or null when the shape is not one. `negated` gives its opposite. */
function describeFact(c: Record<string, unknown>, language: DescribeLanguage, negated: boolean): string | null {
  const { admin } = texts(language);
  const fact = c.fact;
  if (typeof fact !== 'string') return null;
  const enumFact = own(admin.condition.facts, fact);
  if (enumFact !== undefined && Array.isArray(c.in) && c.in.length > 0) {
    const values = valueList(fact, c.in, language);
    if (!negated) return fill(admin.condition.enumIs, { fact: enumFact, values });
    return fill(c.in.length === 1 ? admin.condition.enumIsNot : admin.condition.enumNoneOf, { fact: enumFact, values });
  }
  const includes = own(admin.condition.includes, fact);
  if (includes !== undefined) {
    if (c.nonEmpty === true) return negated ? (own(admin.condition.empty, fact) ?? null) : (own(admin.condition.nonEmpty, fact) ?? null);
    if (typeof c.includes === 'string') {
      const template = negated ? (own(admin.condition.excludes, fact) ?? includes) : includes;
      return fill(template, { value: valueLabel(fact, c.includes, language) });
    }
    return null;
  }
  const whenTrue = own(admin.condition.isTrue, fact);
  if (whenTrue !== undefined && typeof c.equals === 'boolean') {
    const positive = c.equals !== negated;
    return positive ? whenTrue : (own(admin.condition.isFalse, fact) ?? null);
  }
  if (Object.prototype.hasOwnProperty.call(admin.condition.number, fact) && !negated) {
    const templates = (admin.condition.number as Record<string, { between: string; atLeast: string; atMost: string }>)[fact];
    const min = typeof c.atLeast === 'number' && Number.isFinite(c.atLeast) ? c.atLeast : undefined;
    const max = typeof c.atMost === 'number' && Number.isFinite(c.atMost) ? c.atMost : undefined;
    if (!templates) return null;
    if (min !== undefined && max !== undefined) return fill(templates.between, { min, max });
    if (min !== undefined) return fill(templates.atLeast, { min });
    if (max !== undefined) return fill(templates.atMost, { max });
  }
  return null;
}

function describe(condition: unknown, language: DescribeLanguage, nested: boolean): string {
  const { admin } = texts(language);
  if (!isRecord(condition)) return unknownCondition(condition, language);
  if (condition.always === true) return admin.condition.always;
  for (const key of ['all', 'any'] as const) {
    const list = condition[key];
    if (Array.isArray(list) && list.length > 0) {
      const joiner = key === 'all' ? admin.condition.and : admin.condition.or;
      const text = list.map((sub) => describe(sub, language, true)).join(joiner);
      return nested && list.length > 1 ? `(${text})` : text;
    }
  }
  if ('not' in condition) {
    const inner = condition.not;
    if (isRecord(inner) && !isGroup(inner) && !('not' in inner)) {
      const direct = describeFact(inner, language, true);
      if (direct !== null) return direct;
    }
    const text = describe(inner, language, false);
    return fill(admin.condition.not, { condition: text });
  }
  return describeFact(condition, language, false) ?? unknownCondition(condition, language);
}

/** The condition as one readable sentence ("activiteit is “Werkplekonderzoek (A6)” en fysiek contact is mogelijk"). */
export function describeCondition(condition: Condition | unknown, language: DescribeLanguage): string {
  return describe(condition, language, false);
}

/** One effect as "Beeldbellen: ontraden" or "Beeldbellen: geblokkeerd tot de cliënt toestemming heeft gegeven". */
export function describeEffect(effect: RuleEffect | unknown, language: DescribeLanguage): string {
  const { admin, app } = texts(language);
  if (!isRecord(effect)) return unknownCondition(effect, language);
  const form = own(app.enums.contactForm, String(effect.form)) ?? String(effect.form);
  let what: string | undefined;
  if ('blocks' in effect) what = own(admin.blocks, String(effect.blocks));
  else {
    const strength = own(admin.strength, String(effect.strength));
    what = strength?.toLocaleLowerCase(language);
  }
  return fill(admin.effect.line, { form, effect: what ?? String('blocks' in effect ? effect.blocks : effect.strength) });
}

/** All effects of a rule, joined by "; ". */
export function describeEffects(effects: unknown, language: DescribeLanguage): string {
  if (!Array.isArray(effects)) return unknownCondition(effects, language);
  return effects.map((effect) => describeEffect(effect, language)).join('; ');
}
