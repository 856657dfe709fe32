// The portal's texts: every language has every key (none empty), the same placeholders, plain Dutch,
// each language named in itself, and the right writing direction.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { placeholders } from '../../video/client/helpers';
import { PortalError } from './api';
import { errorText } from './messages';
import { CATALOGUE } from './catalogue';
import { LANGUAGE_NAMES, directionOf, translator, type TextKey } from './texts';
import { PORTAL_LANGUAGES } from './types';

describe('portal texts', () => {
  const keys = Object.keys(CATALOGUE.nl).sort() as TextKey[];

  it('has a catalogue for exactly the five portal languages', () => {
    expect(Object.keys(CATALOGUE).sort()).toEqual([...PORTAL_LANGUAGES].sort());
  });

  it('has every key in every language, none empty', () => {
    for (const language of PORTAL_LANGUAGES) {
      expect(Object.keys(CATALOGUE[language]).sort(), language).toEqual(keys);
      const empty = keys.filter((key) => !CATALOGUE[language][key].trim());
      expect(empty, language).toEqual([]);
    }
  });

  it('uses the same placeholders in every language', () => {
    for (const language of PORTAL_LANGUAGES) {
      const mismatches = keys.filter((key) => JSON.stringify(placeholders(CATALOGUE[language][key])) !== JSON.stringify(placeholders(CATALOGUE.nl[key])));
      expect(mismatches, language).toEqual([]);
    }
  });

  it('really translates: Arabic is in Arabic script, and no language copies the Dutch sentences', () => {
    const arabic = keys.filter((key) => key !== 'brand' && !/[\u0600-\u06FF]/.test(CATALOGUE.ar[key]));
    expect(arabic).toEqual([]);
    for (const language of ['en', 'ar', 'tr', 'pl'] as const) {
      const copied = keys.filter((key) => CATALOGUE[language][key] === CATALOGUE.nl[key] && CATALOGUE.nl[key].split(' ').length > 2);
      expect(copied, language).toEqual([]);
    }
  });

  it('keeps Dutch sentences short (B1: at most 20 words) and addresses the reader with "u"', () => {
    const long = keys.flatMap((key) => CATALOGUE.nl[key].split(/(?<=[.?!:])\s+/).filter((s) => s.split(/\s+/).length > 20).map((s) => `${key}: ${s}`));
    expect(long).toEqual([]);
    // The three themes of "Ons gesprek" keep the method's own names (Gezien & Gehoord): *Jouw ervaringen* …
    const themeNames: TextKey[] = ['themeExperiences', 'themeNeeds', 'themeFuture'];
    const informal = keys.filter((key) => !themeNames.includes(key) && /\b(je|jij|jouw|jullie)\b/i.test(CATALOGUE.nl[key]));
    expect(informal).toEqual([]);
    expect(themeNames.map((key) => CATALOGUE.nl[key])).toEqual(['Jouw ervaringen', 'Jouw behoeften', 'Jouw toekomst']);
  });

  it('says what the issue asks for, in plain words', () => {
    const nl = translator('nl');
    expect(nl.t('checkingTitle')).toBe('Uw link wordt gecontroleerd…');
    expect(nl.t('codeSentEmail', { sentTo: 'l•••@voorbeeld.test' })).toBe('We hebben een code gestuurd naar l•••@voorbeeld.test.');
    expect(nl.t('codeResend')).toBe('Stuur een nieuwe code');
    expect(nl.t('linkTitle')).toBe('Deze link werkt niet (meer)');
    expect(nl.t('appointmentsTitle')).toBe('Uw afspraken');
    expect(nl.t('reasonLabel')).toBe('Waarom? In uw eigen woorden');
    expect(nl.t('consentGive')).toBe('Ik geef toestemming voor beeldbellen bij deze afspraak');
    expect(nl.t('consentWithdraw')).toBe('Toestemming intrekken');
    expect(nl.t('callTest')).toBe('Test uw camera en microfoon');
    expect(nl.t('callJoin')).toBe('Naar het gesprek');
    expect([nl.t('continue'), nl.t('logout'), nl.t('endedTitle')]).toEqual(['Doorgaan', 'Afmelden', 'U bent afgemeld']);
    expect([nl.t('statePlanned'), nl.t('stateHeld'), nl.t('stateCancelled')]).toEqual(['Gepland', 'Gehouden', 'Afgezegd']);
  });

  it('says what the Gezien & Gehoord screens ask for, in plain words', () => {
    const nl = translator('nl');
    expect([nl.t('worksheetTitle'), nl.t('reportsTitle'), nl.t('evalTitle')]).toEqual(['Ons gesprek', 'Verslagen om te lezen', 'Hoe ging het gesprek?']);
    expect([nl.t('reportStateCheck'), nl.t('reportStateFinal'), nl.t('reportStateShared')]).toEqual(['Klaar om te controleren', 'Definitief', 'Gedeeld']);
    expect(nl.t('paragraphLabel', { number: 1 })).toBe('Alinea 1');
    expect([nl.t('stanceLegend'), nl.t('stanceAgree'), nl.t('stanceDisagree')]).toEqual(['Klopt dit?', 'Ja, dit klopt', 'Nee, dit klopt niet']);
    expect([nl.t('disagreeLabel'), nl.t('missingTitle'), nl.t('reviewTitle'), nl.t('send')]).toEqual(['Wat klopt er niet?', 'Mist er iets?', 'Controleer uw reactie', 'Versturen']);
    expect(nl.t('sentTitle')).toBe('Bedankt. De arbeidsdeskundige leest uw reactie.');
    expect([nl.t('outcomeAdopted'), nl.t('outcomeAdjusted'), nl.t('outcomeKept'), nl.t('outcomePending')]).toEqual(['Overgenomen', 'Aangepast', 'Niet aangepast', 'Nog niet bekeken']);
    expect(nl.t('earlierTitle')).toBe('Eerdere versies');
    expect([nl.t('evalHeard'), nl.t('evalNext'), nl.t('evalFormPlain')]).toEqual(['Voelde u zich gehoord?', 'Weet u wat er nu gaat gebeuren?', 'Was deze manier van praten goed voor u?']);
    expect([nl.t('answerYes'), nl.t('answerPartly'), nl.t('answerNo'), nl.t('answerNotSure')]).toEqual(['Ja', 'Een beetje', 'Nee', 'Weet ik niet']);
    expect(nl.t('evalCommentLabel')).toMatch(/^Wilt u nog iets zeggen\?/);
    expect(nl.t('worksheetSave')).toBe('Opslaan');
  });

  it('keeps every language in its own file, loaded on demand, the same as the catalogue the tests check', async () => {
    expect((await import('./texts-en')).default).toBe(CATALOGUE.en);
    expect((await import('./texts-ar')).default).toBe(CATALOGUE.ar);
    expect((await import('./texts-tr')).default).toBe(CATALOGUE.tr);
    expect((await import('./texts-pl')).default).toBe(CATALOGUE.pl);
  });

  it('names each language in itself, and only Arabic is right to left', () => {
    expect(LANGUAGE_NAMES).toEqual({ nl: 'Nederlands', en: 'English', ar: 'العربية', tr: 'Türkçe', pl: 'Polski' });
    expect(PORTAL_LANGUAGES.map((l) => directionOf(l))).toEqual(['ltr', 'ltr', 'rtl', 'ltr', 'ltr']);
  });

  it('says each language change in the new language', () => {
    const said = PORTAL_LANGUAGES.map((l) => translator(l).t('languageChanged'));
    expect(new Set(said).size).toBe(PORTAL_LANGUAGES.length);
  });
});

describe('portal error messages', () => {
  it('gives the known errors in the chosen language, and the server message only for unknown ones', () => {
    for (const language of PORTAL_LANGUAGES) {
      const tr = translator(language);
      expect(errorText(new PortalError(429, 'rate_limited', 'Too many'), tr)).toBe(CATALOGUE[language].errRateLimited);
      expect(errorText(new PortalError(0, 'network', ''), tr)).toBe(CATALOGUE[language].errNetwork);
      expect(errorText(new PortalError(401, 'unauthenticated', 'x'), tr)).toBe(CATALOGUE[language].errSessionEnded);
      expect(errorText(new PortalError(404, 'not_found', 'x'), tr)).toBe(CATALOGUE[language].errNotFound);
      expect(errorText(new PortalError(500, 'internal', 'Er ging iets mis', { referenceId: 'ref-123' }), tr)).toContain('ref-123');
      expect(errorText(new Error('boom'), tr)).toBe(CATALOGUE[language].errUnknown);
    }
    const tr = translator('tr');
    expect(errorText(new PortalError(400, 'validation', 'Controleer het veld ‘taal’', { field: 'language' }), tr)).toBe('Controleer het veld ‘taal’');
    expect(errorText(new PortalError(418, 'teapot', ''), tr)).toBe(CATALOGUE.tr.errUnknown);
  });
});

describe('portal JSX', () => {
  it('marks every .tsx file of the portal as Preact, so the React JSX runtime never reaches it', () => {
    const dir = fileURLToPath(new URL('.', import.meta.url));
    const files = readdirSync(dir).filter((f) => f.endsWith('.tsx'));
    expect(files.length).toBeGreaterThan(3);
    const missing = files.filter((f) => !readFileSync(`${dir}/${f}`, 'utf8').startsWith('/** @jsxImportSource preact */'));
    expect(missing).toEqual([]);
    const react = files.filter((f) => /from ['"]react(-dom)?(\/[^'"]*)?['"]/.test(readFileSync(`${dir}/${f}`, 'utf8')));
    expect(react).toEqual([]);
  });
});
