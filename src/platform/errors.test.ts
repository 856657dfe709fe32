import { describe, expect, it } from 'vitest';
import { AppError, invalidField, renderAppError, renderSchemaIssue } from './errors.js';
import { catalogues, languageFromHeader, translate } from './i18n.js';

describe('error messages', () => {
  it('has every server message in Dutch and English, with the same placeholders', () => {
    const nlKeys = Object.keys(catalogues.nl).sort();
    expect(Object.keys(catalogues.en).sort()).toEqual(nlKeys);
    for (const key of nlKeys as Array<keyof typeof catalogues.nl>) {
      const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
      expect(placeholders(catalogues.en[key])).toEqual(placeholders(catalogues.nl[key]));
      expect(catalogues.en[key].length).toBeGreaterThan(0);
    }
  });
  it('picks the language from Accept-Language, Dutch by default', () => {
    expect(languageFromHeader(undefined)).toBe('nl');
    expect(languageFromHeader('en-GB,en;q=0.9')).toBe('en');
    expect(languageFromHeader('de-DE, fr;q=0.8')).toBe('nl');
    expect(languageFromHeader('de, en;q=0.5, nl;q=0.9')).toBe('nl');
    expect(languageFromHeader('nl;q=0, en')).toBe('en');
  });
  it('names the field as the form shows it', () => {
    expect(renderSchemaIssue({ keyword: 'invalid_type', instancePath: '/client/birthDate', message: 'Invalid input: expected string, received undefined' }, 'body', 'nl'))
      .toEqual({ error: { code: 'validation', message: 'Controleer het veld ‘geboortedatum’: dit veld is verplicht.', field: 'client.birthDate' } });
    expect(renderSchemaIssue({ keyword: 'unrecognized_keys', instancePath: '/', params: { keys: ['hack'] } }, 'body', 'en').error)
      .toMatchObject({ field: 'hack', message: 'Please check the field ‘hack’: this field is unknown: hack.' });
    expect(renderSchemaIssue({ keyword: 'too_big', instancePath: '/question', params: { origin: 'string', maximum: 5000 } }, 'body', 'nl').error.message)
      .toBe('Controleer het veld ‘vraagstelling’: de waarde is te lang (maximaal 5000).');
    expect(renderSchemaIssue({ keyword: 'custom', instancePath: '/deliveryDate', message: 'validation.date' }, 'body', 'en').error.message)
      .toBe('Please check the field ‘delivery date’: this is not a valid date (yyyy-mm-dd).');
    // A period in a query string is named as its filter shows it, not as the `to` of a status change.
    expect(renderSchemaIssue({ keyword: 'custom', instancePath: '/to', message: 'validation.date' }, 'querystring', 'nl').error.message)
      .toBe('Controleer het veld ‘tot en met’: dit is geen geldige datum (jjjj-mm-dd).');
    expect(renderSchemaIssue({ keyword: 'custom', instancePath: '/from', message: 'validation.date' }, 'querystring', 'en').error.message)
      .toBe('Please check the field ‘from’: this is not a valid date (yyyy-mm-dd).');
    expect(renderSchemaIssue({ keyword: 'invalid_type', instancePath: '/to', message: 'Invalid input: expected string, received undefined' }, 'body', 'nl').error.message)
      .toBe('Controleer het veld ‘nieuwe status’: dit veld is verplicht.');
  });
  it('renders domain errors in the user language', () => {
    expect(renderAppError(invalidField('assignment.firstSicknessDay', 'validation.first_sickness_day_required'), 'nl').error.message)
      .toBe('Controleer het veld ‘eerste ziektedag’: bij een Poortwachter-dossier is de eerste ziektedag verplicht.');
    expect(renderAppError(new AppError('locked', 'auth.locked', { minutes: 15 }), 'en').error.message).toContain('15 minutes');
    expect(translate('nl', 'error.internal', { referenceId: 'abc' })).toContain('abc');
    expect(translate('nl', 'case.transition_not_allowed', { from: 'status:intake', to: 'status:completed' })).toBe('Deze statuswijziging is niet toegestaan: van ‘intake’ naar ‘afgerond’.');
    expect(translate('en', 'case.transition_not_allowed', { from: 'status:investigation', to: 'status:archived' })).toBe('This status change is not allowed: from ‘investigation’ to ‘archived’.');
  });
});
