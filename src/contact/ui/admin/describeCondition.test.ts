// The readable rendering of rule conditions and effects, in Dutch and English.
import { describe, expect, it } from 'vitest';
import { BOOLEAN_FACTS, CLIENT_CONDITIONS, ENUM_FACTS, LIST_FACTS, NUMBER_FACTS, PRECONDITIONS, STRENGTH_ORDER, type Condition } from '../../domain';
import { SEED_000_RULE_SET } from '../../rules';
import { describeCondition, describeEffect, describeEffects, fill } from './describeCondition';
import { contactAdminEn, contactAdminNl } from './i18n';

describe('describeCondition', () => {
  it('renders always', () => {
    expect(describeCondition({ always: true }, 'nl')).toBe('altijd');
    expect(describeCondition({ always: true }, 'en')).toBe('always');
  });

  it('renders an enumeration fact with the UI labels of its values', () => {
    const c: Condition = { fact: 'activity', in: ['workplace_investigation'] };
    expect(describeCondition(c, 'nl')).toBe('activiteit is “Werkplekonderzoek (A6)”');
    expect(describeCondition(c, 'en')).toMatch(/^activity is “.*\(A6\)”$/);
  });

  it('joins several values with commas and a last "of" / "or"', () => {
    const c: Condition = { fact: 'clientPreferenceForm', in: ['physical', 'video', 'phone'] };
    expect(describeCondition(c, 'nl')).toBe('voorkeur van de cliënt is “Fysiek”, “Beeldbellen” of “Telefonisch”');
    expect(describeCondition(c, 'en')).toBe("client's preference is “In person”, “Video call” or “Phone”");
  });

  it('renders list facts (includes and nonEmpty)', () => {
    expect(describeCondition({ fact: 'clientConditions', includes: 'concentration_problems' }, 'nl')).toBe('cliënt heeft: concentratieproblemen');
    expect(describeCondition({ fact: 'clientConditions', includes: 'concentration_problems' }, 'en')).toBe('client has: concentration problems');
    expect(describeCondition({ fact: 'workplaceMaterial', nonEmpty: true }, 'nl')).toContain('er is werkplekmateriaal');
  });

  it('renders boolean facts as a phrase for true and for false', () => {
    expect(describeCondition({ fact: 'physicalPossible', equals: true }, 'nl')).toBe('fysiek contact is mogelijk');
    expect(describeCondition({ fact: 'physicalPossible', equals: false }, 'nl')).toBe('fysiek contact is niet mogelijk');
    expect(describeCondition({ fact: 'medicalObstacle', equals: true }, 'en')).toBe('there is a medical obstacle to video');
  });

  it('renders numeric ranges', () => {
    expect(describeCondition({ fact: 'earlierContacts', atLeast: 3 }, 'nl')).toBe('minstens 3 eerdere contacten');
    expect(describeCondition({ fact: 'earlierContacts', atMost: 0 }, 'en')).toBe('at most 0 earlier contacts');
    expect(describeCondition({ fact: 'earlierContacts', atLeast: 1, atMost: 2 }, 'nl')).toBe('1 tot en met 2 eerdere contacten');
  });

  it('joins all/any and puts nested groups in parentheses', () => {
    const c: Condition = {
      all: [
        { fact: 'activity', in: ['workplace_investigation'] },
        { any: [{ fact: 'workplaceMaterial', nonEmpty: true }, { fact: 'expertKnowsWorkplace', equals: true }] },
      ],
    };
    expect(describeCondition(c, 'nl')).toBe(
      'activiteit is “Werkplekonderzoek (A6)” en (er is werkplekmateriaal (functiebeschrijving, eerder rapport, foto’s of films) of de arbeidsdeskundige kent de werkplek)',
    );
    expect(describeCondition({ any: [{ always: true }] }, 'en')).toBe('always');
  });

  it('negates simple facts directly and wraps other negations', () => {
    expect(describeCondition({ not: { fact: 'physicalPossible', equals: true } }, 'nl')).toBe('fysiek contact is niet mogelijk');
    expect(describeCondition({ not: { fact: 'activity', in: ['first_contact'] } }, 'nl')).toBe('activiteit is niet “Kennismaking”');
    expect(describeCondition({ not: { fact: 'activity', in: ['first_contact', 'practical'] } }, 'en')).toBe(
      'activity is none of: “Introduction” or “Practical appointment”',
    );
    expect(describeCondition({ not: { fact: 'clientConditions', includes: 'vulnerability' } }, 'nl')).toBe('cliënt heeft niet: kwetsbaarheid');
    expect(describeCondition({ not: { fact: 'earlierContacts', atLeast: 2 } }, 'nl')).toBe('niet (minstens 2 eerdere contacten)');
    expect(describeCondition({ not: { all: [{ always: true }, { fact: 'employerConflict', equals: true }] } }, 'en')).toBe(
      'not (always and there is a conflict with the employer)',
    );
  });

  it('never throws on malformed input, and shows it as unknown', () => {
    for (const bad of [null, 42, 'x', [], {}, { fact: 'nope', equals: true }, { fact: 'activity', in: [] }, { all: [] }, { fact: 'clientConditions', in: ['x'] }]) {
      expect(() => describeCondition(bad, 'nl')).not.toThrow();
    }
    expect(describeCondition({ fact: 'nope', equals: true }, 'nl')).toBe('onbekende voorwaarde: {"fact":"nope","equals":true}');
    expect(describeCondition(null, 'en')).toBe('unknown condition: null');
    // An unknown value keeps its code, so nothing is hidden.
    expect(describeCondition({ fact: 'activity', in: ['made_up'] }, 'nl')).toBe('activiteit is “made_up”');
  });

  it('renders every fact of the condition language in both languages without falling back to unknown', () => {
    const samples: Condition[] = [
      ...Object.entries(ENUM_FACTS).map(([fact, values]) => ({ fact, in: [values[0]] }) as Condition),
      ...Object.entries(LIST_FACTS).flatMap(([fact, values]) => [
        { fact, includes: values[0] } as Condition,
        { fact, nonEmpty: true } as Condition,
        { not: { fact, includes: values[0] } } as Condition,
        { not: { fact, nonEmpty: true } } as Condition,
      ]),
      ...BOOLEAN_FACTS.flatMap((fact) => [{ fact, equals: true } as Condition, { fact, equals: false } as Condition]),
      ...NUMBER_FACTS.map((fact) => ({ fact, atLeast: 1 }) as Condition),
    ];
    for (const language of ['nl', 'en'] as const) {
      for (const c of samples) {
        const text = describeCondition(c, language);
        expect(text, JSON.stringify(c)).not.toMatch(/unknown condition|onbekende voorwaarde/);
        expect(text, JSON.stringify(c)).not.toMatch(/{{|}}/);
      }
    }
  });

  it('labels every client condition', () => {
    for (const code of CLIENT_CONDITIONS) {
      expect(describeCondition({ fact: 'clientConditions', includes: code }, 'nl')).toBe(`cliënt heeft: ${contactAdminNl.values.clientConditions[code]}`);
      expect(describeCondition({ fact: 'clientConditions', includes: code }, 'en')).toBe(`client has: ${contactAdminEn.values.clientConditions[code]}`);
      expect(contactAdminNl.values.clientConditions[code]).toBeTruthy();
      expect(contactAdminEn.values.clientConditions[code]).toBeTruthy();
    }
  });

  it('renders every rule of the shipped rule set readably', () => {
    for (const rule of SEED_000_RULE_SET.rules) {
      for (const language of ['nl', 'en'] as const) {
        const text = describeCondition(rule.condition, language);
        expect(text, rule.id).not.toMatch(/unknown condition|onbekende voorwaarde|{{/);
        expect(describeEffects(rule.effects, language), rule.id).not.toMatch(/unknown condition|onbekende voorwaarde|{{/);
      }
    }
  });
});

describe('describeEffect', () => {
  it('renders a strength as "form: strength" in lower case', () => {
    expect(describeEffect({ form: 'video', strength: 'discouraged' }, 'nl')).toBe('Beeldbellen: ontraden');
    expect(describeEffect({ form: 'physical', strength: 'required' }, 'en')).toBe('In person: required');
  });

  it('renders a precondition block', () => {
    expect(describeEffect({ form: 'video', blocks: 'videoConsent' }, 'nl')).toBe('Beeldbellen: geblokkeerd tot de cliënt toestemming heeft gegeven');
  });

  it('labels every strength and precondition in both languages', () => {
    for (const [language, catalogue] of [['nl', contactAdminNl], ['en', contactAdminEn]] as const) {
      for (const strength of STRENGTH_ORDER) {
        expect(catalogue.strength[strength]).toBeTruthy();
        expect(describeEffect({ form: 'phone', strength }, language)).toMatch(new RegExp(`: ${catalogue.strength[strength].toLowerCase()}$`));
      }
      for (const blocks of PRECONDITIONS) {
        expect(catalogue.blocks[blocks]).toBeTruthy();
        expect(describeEffect({ form: 'video', blocks }, language)).toMatch(new RegExp(`: ${catalogue.blocks[blocks]}$`));
      }
    }
  });

  it('keeps unknown codes visible and joins several effects', () => {
    expect(describeEffect({ form: 'fax', strength: 'maybe' }, 'nl')).toBe('fax: maybe');
    expect(describeEffects([{ form: 'video', strength: 'possible' }, { form: 'phone', strength: 'preferred' }], 'nl')).toBe(
      'Beeldbellen: mogelijk; Telefonisch: voorkeur',
    );
    expect(describeEffects('nope', 'en')).toBe('unknown condition: "nope"');
  });
});

describe('fill', () => {
  it('fills placeholders and leaves unknown ones', () => {
    expect(fill('{{a}} en {{ b }} en {{c}}', { a: 1, b: 'x' })).toBe('1 en x en {{c}}');
  });
});
