// The client's call page texts: Dutch and English complete, with the same placeholders, and a label
// for every call role.
import { describe, expect, it } from 'vitest';
import { CALL_ROLES as SERVER_ROLES } from '../domain';
import { placeholders } from './helpers';
import { CALL_ROLES } from './rtc';
import { pickLanguage, TEXTS, translator } from './texts';

describe('client call texts', () => {
  const keys = Object.keys(TEXTS.nl).sort();

  it('has the same keys in Dutch and English, none empty', () => {
    expect(Object.keys(TEXTS.en).sort()).toEqual(keys);
    for (const language of ['nl', 'en'] as const) {
      const empty = keys.filter((key) => !TEXTS[language][key as keyof typeof TEXTS.nl].trim());
      expect(empty, language).toEqual([]);
    }
  });

  it('uses the same placeholders in both languages', () => {
    const mismatches = keys.filter((key) => {
      const k = key as keyof typeof TEXTS.nl;
      return JSON.stringify(placeholders(TEXTS.nl[k])) !== JSON.stringify(placeholders(TEXTS.en[k]));
    });
    expect(mismatches).toEqual([]);
  });

  it('says the things the issue asks for in plain words', () => {
    const nl = translator('nl');
    expect(nl.t('joinButton')).toBe('Deelnemen');
    expect(nl.t('waitingText', { expert: 'Sanne' })).toContain('U wacht tot Sanne u binnenlaat');
    expect(nl.t('phoneText', { expert: 'Sanne', phone: '030-0000000' })).toBe('Het gesprek gaat verder per telefoon. Sanne belt u op uw nummer, of bel zelf: 030-0000000');
    expect(nl.t('noConsentText')).toContain('Voor dit gesprek is nog geen toestemming');
    expect(nl.t('reconnecting')).toContain('De verbinding is even weg. We proberen het opnieuw');
    expect([nl.t('micOff'), nl.t('micOn'), nl.t('camOff'), nl.t('camOn'), nl.t('hangUp')]).toEqual(['Microfoon uit', 'Microfoon aan', 'Camera uit', 'Camera aan', 'Ophangen']);
  });

  it('keeps Dutch sentences short (B1: at most 20 words)', () => {
    const long = keys.flatMap((key) => TEXTS.nl[key as keyof typeof TEXTS.nl].split(/(?<=[.?!:])\s+/).filter((s) => s.split(/\s+/).length > 20).map((s) => `${key}: ${s}`));
    expect(long).toEqual([]);
  });

  it('labels every role of the server in both languages, and the client list matches the server list', () => {
    expect([...CALL_ROLES]).toEqual([...SERVER_ROLES]);
    for (const language of ['nl', 'en'] as const) {
      const tr = translator(language);
      const labels = CALL_ROLES.map((role) => tr.role(role));
      expect(new Set(labels).size, language).toBe(CALL_ROLES.length);
    }
    expect(translator('nl').role('employer')).toBe('werkgever');
  });

  it('picks English only for English links', () => {
    expect(pickLanguage('en')).toBe('en');
    expect(pickLanguage('EN-gb')).toBe('en');
    expect(pickLanguage('nl')).toBe('nl');
    expect(pickLanguage('tr')).toBe('nl');
    expect(pickLanguage(null)).toBe('nl');
  });
});
