// The catalogues: nl and en have the same keys and no empty texts, and every code of the server's
// enumerations has a label in both languages.
import { describe, expect, it } from 'vitest';
import * as domain from '../../cases/domain';
import { POORTWACHTER_MOMENTS } from '../../cases/poortwachter-moments';
import { TIMELINE_KINDS as SERVER_TIMELINE_KINDS } from '../../cases/domain';
import * as webCodes from '../api-types';
import { resources } from './index';

type Tree = { [key: string]: string | Tree };

/** All leaf paths of a catalogue, e.g. "enums.caseStatus.intake". */
function leafPaths(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leafPaths(value, `${prefix}${key}.`),
  );
}

function leaf(tree: Tree, path: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

const nl = resources.nl.translation as unknown as Tree;
const en = resources.en.translation as unknown as Tree;

describe('catalogues', () => {
  it('nl and en have exactly the same keys', () => {
    expect(leafPaths(en).sort()).toEqual(leafPaths(nl).sort());
  });

  it('have no empty texts', () => {
    for (const [language, tree] of [['nl', nl], ['en', en]] as const) {
      const empty = leafPaths(tree).filter((path) => !leaf(tree, path)?.trim());
      expect(empty, `empty texts in ${language}`).toEqual([]);
    }
  });

  it('use the same interpolation variables in both languages', () => {
    const variables = (text: string | undefined) => [...(text ?? '').matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
    const mismatches = leafPaths(nl).filter(
      (path) => JSON.stringify(variables(leaf(nl, path))) !== JSON.stringify(variables(leaf(en, path))),
    );
    expect(mismatches).toEqual([]);
  });
});

describe('enumeration labels', () => {
  const groups: Array<[string, readonly string[]]> = [
    ['caseStatus', domain.CASE_STATUSES],
    ['legalContext', domain.LEGAL_CONTEXTS],
    ['commissioningParty', domain.COMMISSIONING_PARTIES],
    ['partyRole', domain.PARTY_ROLES],
    ['activityType', domain.ACTIVITY_TYPES],
    ['contactForm', domain.CONTACT_FORMS],
    ['contactState', domain.CONTACT_STATES],
    ['participantRole', domain.PARTICIPANT_ROLES],
    ['documentType', domain.DOCUMENT_TYPES],
    ['deadlineState', domain.DEADLINE_STATES],
    ['deadlineFilter', domain.DEADLINE_FILTERS],
    ['deadlineKey', ['delivery', 'feedback', ...POORTWACHTER_MOMENTS.moments.map((m) => m.key)]],
    ['role', webCodes.ROLES],
    ['preferredLanguage', webCodes.PREFERRED_LANGUAGES],
  ];

  for (const [group, codes] of groups) {
    it(`every ${group} code has a label in nl and en`, () => {
      const missing = codes.flatMap((code) =>
        (['nl', 'en'] as const)
          .filter((language) => !leaf(language === 'nl' ? nl : en, `enums.${group}.${code}`))
          .map((language) => `${language}:${code}`),
      );
      expect(missing).toEqual([]);
    });
  }

  it('labels the activity types A1–A8 with their code', () => {
    const coded = ['checking_facts', 'experienced_limitations', 'client_vision', 'hoor_wederhoor',
      'investigating_adjustments', 'workplace_investigation', 'discussing_outcome', 'reintegration_agreements'];
    coded.forEach((code, index) => {
      expect(leaf(nl, `enums.activityType.${code}`)).toContain(`(A${index + 1})`);
      expect(leaf(en, `enums.activityType.${code}`)).toContain(`(A${index + 1})`);
    });
  });

  it('the web app code lists match the server domain lists', () => {
    expect([...webCodes.CASE_STATUSES]).toEqual([...domain.CASE_STATUSES]);
    expect([...webCodes.LEGAL_CONTEXTS]).toEqual([...domain.LEGAL_CONTEXTS]);
    expect([...webCodes.COMMISSIONING_PARTIES]).toEqual([...domain.COMMISSIONING_PARTIES]);
    expect([...webCodes.PARTY_ROLES]).toEqual([...domain.PARTY_ROLES]);
    expect([...webCodes.ACTIVITY_TYPES]).toEqual([...domain.ACTIVITY_TYPES]);
    expect([...webCodes.CONTACT_FORMS]).toEqual([...domain.CONTACT_FORMS]);
    expect([...webCodes.CONTACT_STATES]).toEqual([...domain.CONTACT_STATES]);
    expect([...webCodes.PARTICIPANT_ROLES]).toEqual([...domain.PARTICIPANT_ROLES]);
    expect([...webCodes.DOCUMENT_TYPES]).toEqual([...domain.DOCUMENT_TYPES]);
    expect([...webCodes.DEADLINE_STATES]).toEqual([...domain.DEADLINE_STATES]);
    expect([...webCodes.DEADLINE_FILTERS]).toEqual([...domain.DEADLINE_FILTERS]);
    expect([...webCodes.DEADLINE_KEYS].sort()).toEqual(['delivery', ...POORTWACHTER_MOMENTS.moments.map((m) => m.key)].sort());
  });

  it('every timeline kind has a label in nl and en', () => {
    expect([...webCodes.TIMELINE_KINDS].sort()).toEqual([...SERVER_TIMELINE_KINDS].sort());
    for (const kind of webCodes.TIMELINE_KINDS) {
      expect(leaf(nl, `cases.timeline.kind.${kind}`), kind).toBeTruthy();
      expect(leaf(en, `cases.timeline.kind.${kind}`), kind).toBeTruthy();
    }
  });
});
