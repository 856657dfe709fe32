import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ACTIVITY_TYPES, CONTACT_FORMS } from '../cases/domain.js';
import {
  CLIENT_CONDITIONS,
  OUTCOME_EXPECTATIONS,
  PHYSICAL_IMPOSSIBLE_REASONS,
  WORKPLACE_MATERIALS,
  evaluateAdvice,
  validateRuleSet,
  type Advice,
  type ContactCircumstances,
  type RuleSet,
} from './domain.js';
import { SEED_000_RULE_SET } from './rules.js';

const TODAY = '2026-11-23';

/** Circumstances with neutral defaults: an ongoing case, everything possible, preconditions met. */
function circumstances(overrides: Partial<ContactCircumstances> = {}): ContactCircumstances {
  return {
    activity: 'checking_facts',
    physicalPossible: true,
    physicalImpossibleReason: null,
    clientConditions: [],
    employerConflict: false,
    complaintContext: false,
    earlierContacts: 1,
    physicalFirstContactHeld: true,
    outcomeExpectation: 'unknown',
    workplaceMaterial: [],
    expertKnowsWorkplace: false,
    clientPreference: null,
    employerPreference: null,
    preconditions: { videoConsent: true, clientInformed: true, approvedChannel: true, medicalObstacle: false },
    ...overrides,
  };
}

const advise = (o: Partial<ContactCircumstances> = {}) => evaluateAdvice(SEED_000_RULE_SET, circumstances(o), TODAY);
const ruleIds = (a: Advice, form: (typeof CONTACT_FORMS)[number]) => a.forms[form].reasons.map((r) => r.ruleId);
const allFiringIds = (a: Advice) =>
  CONTACT_FORMS.flatMap((f) => [...a.forms[f].reasons.map((r) => r.ruleId), ...a.forms[f].blockedBy.map((b) => b.ruleId)]);

/** One scenario per rule id in which that rule must fire. */
const SCENARIOS: Record<string, Partial<ContactCircumstances>> = {
  'C0-physical-impossible': { physicalPossible: false, physicalImpossibleReason: 'lockdown' },
  'C1-video-over-phone-when-no-physical': { activity: 'client_vision', physicalPossible: false, physicalImpossibleReason: 'lockdown' },
  'C4-corona-type-triggers': { physicalPossible: false, physicalImpossibleReason: 'infection_risk' },
  'FC1-first-contact-physical': { activity: 'first_contact', earlierContacts: 0, physicalFirstContactHeld: false },
  'FC2-first-contact-client-wants-phone': {
    activity: 'first_contact',
    clientPreference: { form: 'phone', reason: 'wil eerst even bellen' },
  },
  'PR1-practical': { activity: 'practical' },
  'PC1-professional-consultation': { activity: 'professional_consultation' },
  'EC1-employer-conversation': { activity: 'employer_conversation' },
  'A1-checking-facts': { activity: 'checking_facts' },
  'A2-experienced-limitations': { activity: 'experienced_limitations' },
  'A2-vulnerable-physical': { activity: 'experienced_limitations', clientConditions: ['vulnerability'] },
  'A3-client-vision': { activity: 'client_vision' },
  'A3-unmotivated-physical': { activity: 'client_vision', clientConditions: ['unmotivated'] },
  'A4-hoor-wederhoor': { activity: 'hoor_wederhoor' },
  'A4-complaint-physical': { activity: 'hoor_wederhoor', complaintContext: true },
  'A5-adjustments-physical': { activity: 'investigating_adjustments' },
  'A5-remote-supplement': { activity: 'investigating_adjustments', workplaceMaterial: ['job_description'] },
  'A6-workplace-physical': { activity: 'workplace_investigation' },
  'A6-remote-supplement': { activity: 'workplace_investigation', expertKnowsWorkplace: true },
  'A6-lockdown-films-photos': { activity: 'workplace_investigation', physicalPossible: false, physicalImpossibleReason: 'lockdown' },
  'A7-outcome-physical-default': { activity: 'discussing_outcome', outcomeExpectation: 'unexpected' },
  'A7-outcome-expected-video': { activity: 'discussing_outcome', outcomeExpectation: 'told_in_person' },
  'A7-bad-news-video-over-phone': {
    activity: 'discussing_outcome',
    outcomeExpectation: 'unexpected',
    physicalPossible: false,
    physicalImpossibleReason: 'lockdown',
  },
  'A8-reintegration-agreements': { activity: 'reintegration_agreements' },
  'A8-conflict-physical': { activity: 'reintegration_agreements', employerConflict: true },
  'K1-video-not-suitable-conditions': { clientConditions: ['cannot_sit_long'] },
  'K2-resistance-illness-insight': { clientConditions: ['little_illness_insight'] },
  'K3-psychological-physical': { clientConditions: ['psychological_complaints'] },
  'K4-psychological-counter-rule': { clientConditions: ['psychological_complaints'] },
  'K5-employer-conflict-no-video': { employerConflict: true },
  'K6-employer-conflict-counter-rule': { employerConflict: true },
  'K7-limited-digital-skills': { clientConditions: ['limited_digital_skills'] },
  'K8-limited-language-skills': { clientConditions: ['limited_language_skills'] },
  'K9-vulnerable-physical': { clientConditions: ['vulnerability'] },
  'K10-nervous-about-video': { clientConditions: ['nervous_about_video'] },
  'K11-travel-difficulty': { clientConditions: ['travel_difficulty'] },
  'K12-terminal-illness': { clientConditions: ['terminal_illness'] },
  'K13-home-visit-undesirable': { clientConditions: ['home_visit_undesirable'] },
  'K14-uses-video-at-work': { clientConditions: ['uses_video_at_work'] },
  'K15-party-wants-face-to-face': { employerPreference: { form: 'physical', reason: 'wil de werknemer zien' } },
  'K16-client-wants-video': { clientPreference: { form: 'video', reason: 'reizen is zwaar door mijn rugklachten' } },
  'R1-established-relationship': { activity: 'hoor_wederhoor', earlierContacts: 5 },
  'R2-no-earlier-contact': { activity: 'experienced_limitations', earlierContacts: 0, physicalFirstContactHeld: false },
  'P1-consent': { preconditions: { videoConsent: false, clientInformed: true, approvedChannel: true, medicalObstacle: false } },
  'P2-informed': { preconditions: { videoConsent: true, clientInformed: false, approvedChannel: true, medicalObstacle: false } },
  'P3-approved-channel': { preconditions: { videoConsent: true, clientInformed: true, approvedChannel: false, medicalObstacle: false } },
  'P4-medical-obstacle': { preconditions: { videoConsent: true, clientInformed: true, approvedChannel: true, medicalObstacle: true } },
};

describe('seed 000 rule set', () => {
  it('validates with no problems', () => {
    expect(validateRuleSet(SEED_000_RULE_SET)).toEqual([]);
    expect(SEED_000_RULE_SET.version).toBe('2026-11-seed000');
  });

  it('has a scenario for every rule and no stale scenarios', () => {
    expect(Object.keys(SCENARIOS).sort()).toEqual(SEED_000_RULE_SET.rules.map((r) => r.id).sort());
  });

  for (const rule of SEED_000_RULE_SET.rules) {
    it(`rule ${rule.id} fires in its scenario and changes the advice`, () => {
      const scenario = SCENARIOS[rule.id];
      expect(scenario, `missing scenario for ${rule.id}`).toBeDefined();
      const c = circumstances(scenario);
      const withRule = evaluateAdvice(SEED_000_RULE_SET, c, TODAY);
      expect(allFiringIds(withRule)).toContain(rule.id);
      const without: RuleSet = { ...SEED_000_RULE_SET, rules: SEED_000_RULE_SET.rules.filter((r) => r.id !== rule.id) };
      expect(evaluateAdvice(without, c, TODAY)).not.toEqual(withRule);
      expect(rule.source).toMatch(/^seed 000 §/);
    });
  }
});

describe('advice per activity', () => {
  it('A1 checking facts: phone preferred, with the survey statistic', () => {
    const a = advise({ activity: 'checking_facts' });
    expect(a.forms.phone.strength).toBe('preferred');
    expect(a.forms.video.strength).toBe('possible');
    expect(a.forms.video.reasons[0]?.statistic?.en).toContain('72%');
  });

  it('A2 experienced limitations: video possible, but physical preferred for a vulnerable client', () => {
    expect(advise({ activity: 'experienced_limitations' }).forms.video.strength).toBe('possible');
    const a = advise({ activity: 'experienced_limitations', clientConditions: ['vulnerability'] });
    expect(a.forms.physical.strength).toBe('preferred');
    expect(a.forms.video.strength).toBe('discouraged');
  });

  it('A3 client vision: phone discouraged; unmotivated client → physical', () => {
    expect(advise({ activity: 'client_vision' }).forms.phone.strength).toBe('discouraged');
    expect(advise({ activity: 'client_vision', clientConditions: ['unmotivated'] }).forms.physical.strength).toBe('preferred');
  });

  it('A4 hoor en wederhoor: all possible; complaint context → physical preferred', () => {
    const a = advise({ activity: 'hoor_wederhoor' });
    expect(CONTACT_FORMS.map((f) => a.forms[f].strength)).toEqual(['possible', 'possible', 'possible']);
    expect(advise({ activity: 'hoor_wederhoor', complaintContext: true }).forms.physical.strength).toBe('preferred');
  });

  it('A5 adjustments: physical required when possible; video discouraged unless a good basis exists', () => {
    const a = advise({ activity: 'investigating_adjustments' });
    expect(a.forms.physical.strength).toBe('required');
    expect(a.forms.video.strength).toBe('discouraged');
    expect(a.forms.phone.strength).toBe('not_suitable');
    const b = advise({ activity: 'investigating_adjustments', workplaceMaterial: ['photos'] });
    expect(ruleIds(b, 'video')).toEqual(['A5-adjustments-physical', 'A5-remote-supplement']);
  });

  it('A6 workplace investigation: physical required; the 68% statistic is shown', () => {
    const a = advise({ activity: 'workplace_investigation' });
    expect(a.forms.physical.strength).toBe('required');
    expect(a.forms.video.strength).toBe('not_suitable');
    const stat = a.forms.video.reasons.find((r) => r.ruleId === 'A6-workplace-physical')?.statistic;
    expect(stat?.en).toContain('68% of labour experts say video is never a responsible alternative');
    expect(stat?.nl).toContain('68%');
  });

  it('A6 in lockdown: physical not suitable, video preferred with films and photos', () => {
    const a = advise({ activity: 'workplace_investigation', physicalPossible: false, physicalImpossibleReason: 'lockdown' });
    expect(a.forms.physical.strength).toBe('not_suitable');
    expect(a.forms.video.strength).toBe('preferred');
    expect(a.forms.phone.strength).toBe('discouraged');
  });

  it('A7 outcome: physical by default; video only when expected or already told in person', () => {
    const a = advise({ activity: 'discussing_outcome', outcomeExpectation: 'unknown' });
    expect(a.forms.physical.strength).toBe('preferred');
    expect(a.forms.video.strength).toBe('discouraged');
    for (const outcomeExpectation of ['expected', 'told_in_person'] as const) {
      const b = advise({ activity: 'discussing_outcome', outcomeExpectation });
      expect(b.forms.video.strength).toBe('possible');
      expect(ruleIds(b, 'physical')).not.toContain('A7-outcome-physical-default');
    }
  });

  it('A8 agreements: video possible without conflict, physical preferred with conflict', () => {
    expect(advise({ activity: 'reintegration_agreements' }).forms.video.strength).toBe('possible');
    const a = advise({ activity: 'reintegration_agreements', employerConflict: true });
    expect(a.forms.physical.strength).toBe('preferred');
    expect(a.forms.video.strength).toBe('not_suitable');
  });

  it('extra activities: first contact, practical, professional consultation, employer conversation', () => {
    const first = advise({ activity: 'first_contact', earlierContacts: 0, physicalFirstContactHeld: false });
    expect(first.forms.physical.strength).toBe('preferred');
    expect(first.forms.video.strength).toBe('discouraged');
    expect(advise({ activity: 'practical', earlierContacts: 0 }).forms.phone.strength).toBe('possible');
    expect(advise({ activity: 'professional_consultation' }).forms.video.strength).toBe('possible');
    expect(advise({ activity: 'employer_conversation' }).forms.video.strength).toBe('possible');
  });

  it('every activity gives some advice', () => {
    for (const activity of ACTIVITY_TYPES) {
      const a = advise({ activity });
      expect(CONTACT_FORMS.some((f) => a.forms[f].reasons.length > 0), activity).toBe(true);
    }
  });
});

describe('§2.5 conflicts are shown side by side', () => {
  it('psychological complaints count both for and against video', () => {
    const a = advise({ clientConditions: ['psychological_complaints'] });
    expect(a.conflicts).toContain('video');
    expect(a.forms.video.conflict?.against.map((r) => r.ruleId)).toContain('K3-psychological-physical');
    expect(a.forms.video.conflict?.for.map((r) => r.ruleId)).toContain('K4-psychological-counter-rule');
    expect(a.forms.video.strength).toBe('discouraged');
  });

  it('employer tension counts both for and against video', () => {
    const a = advise({ employerConflict: true });
    expect(a.forms.video.conflict?.against.map((r) => r.ruleId)).toEqual(['K5-employer-conflict-no-video']);
    expect(a.forms.video.conflict?.for.map((r) => r.ruleId)).toContain('K6-employer-conflict-counter-rule');
  });

  it('first contact: usually physical, but the client wants phone first', () => {
    const a = advise({ activity: 'first_contact', clientPreference: { form: 'phone', reason: 'liever eerst bellen' } });
    expect(a.conflicts).toContain('phone');
    expect(a.forms.phone.conflict?.against.map((r) => r.ruleId)).toContain('FC1-first-contact-physical');
    expect(a.forms.phone.conflict?.for.map((r) => r.ruleId)).toContain('FC2-first-contact-client-wants-phone');
    expect(a.forms.phone.preferredBy).toEqual([{ party: 'client', reason: 'liever eerst bellen' }]);
  });

  it('outcome in lockdown: physical default against video-over-phone for bad news', () => {
    const a = advise({ activity: 'discussing_outcome', physicalPossible: false, physicalImpossibleReason: 'lockdown' });
    expect(a.forms.video.conflict?.for.map((r) => r.ruleId)).toContain('A7-bad-news-video-over-phone');
    expect(a.forms.video.conflict?.against.map((r) => r.ruleId)).toContain('A7-outcome-physical-default');
  });

  it('no conflict when the rules agree', () => {
    expect(advise({ activity: 'checking_facts' }).conflicts).toEqual([]);
  });
});

describe('preconditions (§3) block video until met', () => {
  it('lists every unmet hard precondition for video only', () => {
    const a = advise({
      clientConditions: ['travel_difficulty'],
      preconditions: { videoConsent: false, clientInformed: false, approvedChannel: false, medicalObstacle: true },
    });
    expect(a.forms.video.blockedBy.map((b) => b.precondition)).toEqual([
      'videoConsent',
      'clientInformed',
      'approvedChannel',
      'medicalObstacle',
    ]);
    expect(a.forms.video.blockedBy[0]?.source).toContain('§5.1.4');
    expect(a.forms.physical.blockedBy).toEqual([]);
    expect(a.forms.phone.blockedBy).toEqual([]);
    expect(a.forms.video.strength).toBe('not_suitable');
  });

  it('nothing blocks video once the preconditions are met', () => {
    expect(advise().forms.video.blockedBy).toEqual([]);
  });
});

describe('preferences are echoed, advice stays advice', () => {
  it('echoes client and employer preference with their reasons', () => {
    const a = advise({
      clientPreference: { form: 'video', reason: 'reizen kost veel energie' },
      employerPreference: { form: 'physical', reason: 'wil de werkplek laten zien' },
    });
    expect(a.clientPreference).toEqual({ form: 'video', reason: 'reizen kost veel energie' });
    expect(a.forms.video.preferredBy).toEqual([{ party: 'client', reason: 'reizen kost veel energie' }]);
    expect(a.forms.physical.preferredBy).toEqual([{ party: 'employer', reason: 'wil de werkplek laten zien' }]);
    expect(a.advisoryOnly).toBe(true);
    expect(a.ruleSetVersion).toBe('2026-11-seed000');
  });

  it('skips rules that are not yet effective', () => {
    const future: RuleSet = {
      ...SEED_000_RULE_SET,
      rules: SEED_000_RULE_SET.rules.map((r) => (r.id === 'A1-checking-facts' ? { ...r, effectiveFrom: '2099-01-01' } : r)),
    };
    const a = evaluateAdvice(future, circumstances(), TODAY);
    expect(a.notYetEffective).toEqual(['A1-checking-facts']);
    expect(a.forms.phone.strength).toBeNull();
  });
});

describe('validateRuleSet', () => {
  const good = SEED_000_RULE_SET.rules[0]!;
  const messages = (rs: unknown) => validateRuleSet(rs).map((p) => p.message);

  it('catches duplicate ids, unknown facts, forms, values, strengths and preconditions', () => {
    const bad = {
      version: 'x',
      effectiveFrom: '2026-11-01',
      rules: [
        good,
        good,
        { ...good, id: 'u1', condition: { fact: 'mood', equals: true } },
        { ...good, id: 'u2', effects: [{ form: 'email', strength: 'possible' }] },
        { ...good, id: 'u3', condition: { fact: 'activity', in: ['A9'] } },
        { ...good, id: 'u4', effects: [{ form: 'video', strength: 'mandatory' }] },
        { ...good, id: 'u5', effects: [{ form: 'phone', blocks: 'videoConsent' }] },
        { ...good, id: 'u6', effects: [{ form: 'video', blocks: 'goodWeather' }] },
        { ...good, id: 'u7', condition: { fact: 'clientConditions', includes: 'grumpy' } },
        { ...good, id: 'u8', condition: { all: [] } },
        { ...good, id: 'u9', explanation: { nl: 'alleen Nederlands', en: '' }, source: 'the report', effectiveFrom: '2026-13-01' },
        { ...good, id: 'u10', condition: { fact: 'earlierContacts' } },
      ],
    };
    const m = messages(bad);
    expect(m).toContain(`duplicate rule id '${good.id}'`);
    expect(m).toContain("condition: unknown fact 'mood'");
    expect(m).toContain("effects[0]: unknown form 'email'");
    expect(m).toContain("condition: unknown value 'A9' for fact 'activity'");
    expect(m).toContain("effects[0]: unknown strength 'mandatory'");
    expect(m).toContain('effects[0]: only video can be blocked by a precondition');
    expect(m).toContain("effects[0]: unknown precondition 'goodWeather'");
    expect(m).toContain("condition: unknown value 'grumpy' for fact 'clientConditions'");
    expect(m).toContain('condition.all: must be a non-empty list');
    expect(m).toContain('explanation needs Dutch (nl) and English (en) text');
    expect(m).toContain('source must name a section (§)');
    expect(m).toContain('effectiveFrom must be YYYY-MM-DD');
    expect(m).toContain("condition: fact 'earlierContacts' needs a numeric 'atLeast' and/or 'atMost'");
  });

  it('rejects non-objects and missing versions', () => {
    expect(messages(null)).toEqual(['rule set must be an object']);
    expect(messages({ effectiveFrom: 'soon', rules: 3 })).toEqual([
      'rule set needs a version',
      'rule set effectiveFrom must be YYYY-MM-DD',
      'rule set needs a rules list',
    ]);
  });

  it('survives a JSON round trip', () => {
    const copy: unknown = JSON.parse(JSON.stringify(SEED_000_RULE_SET));
    expect(validateRuleSet(copy)).toEqual([]);
    expect(evaluateAdvice(copy as RuleSet, circumstances(), TODAY)).toEqual(advise());
  });
});

describe('properties', () => {
  const pref = fc.option(
    fc.record({ form: fc.constantFrom(...CONTACT_FORMS), reason: fc.string() }),
    { nil: null },
  );
  const arbCircumstances: fc.Arbitrary<ContactCircumstances> = fc.record({
    activity: fc.constantFrom(...ACTIVITY_TYPES),
    physicalPossible: fc.boolean(),
    physicalImpossibleReason: fc.option(fc.constantFrom(...PHYSICAL_IMPOSSIBLE_REASONS), { nil: null }),
    clientConditions: fc.subarray([...CLIENT_CONDITIONS]),
    employerConflict: fc.boolean(),
    complaintContext: fc.boolean(),
    earlierContacts: fc.integer({ min: 0, max: 50 }),
    physicalFirstContactHeld: fc.boolean(),
    outcomeExpectation: fc.constantFrom(...OUTCOME_EXPECTATIONS),
    workplaceMaterial: fc.subarray([...WORKPLACE_MATERIALS]),
    expertKnowsWorkplace: fc.boolean(),
    clientPreference: pref,
    employerPreference: pref,
    preconditions: fc.record({
      videoConsent: fc.boolean(),
      clientInformed: fc.boolean(),
      approvedChannel: fc.boolean(),
      medicalObstacle: fc.boolean(),
    }),
  });

  it('evaluateAdvice never throws and always returns an entry for each form', () => {
    fc.assert(
      fc.property(arbCircumstances, (c) => {
        const a = evaluateAdvice(SEED_000_RULE_SET, c, TODAY);
        for (const form of CONTACT_FORMS) {
          const f = a.forms[form];
          expect(f.form).toBe(form);
          // The headline strength is always one of the reasons' strengths.
          if (f.strength === null) expect(f.reasons).toEqual([]);
          else expect(f.reasons.map((r) => r.strength)).toContain(f.strength);
          if (form !== 'video') expect(f.blockedBy).toEqual([]);
        }
        expect(a.conflicts.every((form) => a.forms[form].conflict !== null)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('evaluateAdvice is total on arbitrary (malformed) conditions', () => {
    fc.assert(
      fc.property(fc.jsonValue(), arbCircumstances, (condition, c) => {
        const rs = { version: 'x', effectiveFrom: '2026-01-01', rules: [{ ...SEED_000_RULE_SET.rules[0]!, condition }] } as RuleSet;
        const a = evaluateAdvice(rs, c, TODAY);
        expect(Object.keys(a.forms).sort()).toEqual([...CONTACT_FORMS].sort());
      }),
      { numRuns: 200 },
    );
  });
});
