// The words for where information comes from: one for every source type the server knows, in every
// portal language, none empty, and none copied from Dutch.
import { describe, expect, it } from 'vitest';
import { SOURCE_TYPES as SERVER_SOURCE_TYPES } from '../../judgement/domain';
import { CATALOGUE } from './catalogue';
import { SOURCE_KEYS, sourceKey } from './sources';
import { translator } from './texts';
import { PORTAL_LANGUAGES, SOURCE_TYPES } from './types';

describe('where the information comes from, in plain words', () => {
  it('knows exactly the server’s source types', () => {
    expect([...SOURCE_TYPES]).toEqual([...SERVER_SOURCE_TYPES]);
    expect(Object.keys(SOURCE_KEYS).sort()).toEqual([...SERVER_SOURCE_TYPES].sort());
  });

  it('says every source type in all five languages, each its own words', () => {
    for (const type of SERVER_SOURCE_TYPES) {
      const key = SOURCE_KEYS[type];
      for (const language of PORTAL_LANGUAGES) expect(CATALOGUE[language][key]?.trim(), `${type} in ${language}`).toBeTruthy();
    }
    for (const language of PORTAL_LANGUAGES) {
      const words = SERVER_SOURCE_TYPES.map((type) => CATALOGUE[language][SOURCE_KEYS[type]]);
      expect(new Set(words).size, `${language}: no two source types read the same`).toBe(words.length);
    }
  });

  it('reads a source type it does not know as "from someone else"', () => {
    expect(sourceKey('school')).toBe('srcSchool');
    expect(sourceKey('toString')).toBe('srcOther');
    expect(sourceKey('something_new')).toBe('srcOther');
    expect(translator('nl').t(sourceKey('client_story'))).toBe('Uzelf');
  });

  it('asks the question in the title and says the expert decides what is shared, at B1', () => {
    const nl = translator('nl');
    expect(nl.t('sourcesTitle')).toBe('Welke informatie gebruikt de arbeidsdeskundige?');
    expect(nl.t('sourcesShared')).toContain('De arbeidsdeskundige bepaalt welke informatie hier staat.');
    expect(nl.t('sourcesAsk')).toContain('U mag altijd reageren.');
  });
});
