// Error answers of the portal API read into one shape, and the language the server is asked to answer in.
import { describe, expect, it } from 'vitest';
import { acceptLanguage, fileNameOf, toPortalError } from './api';

describe('portal API errors', () => {
  it('reads a wrong code with the attempts left', () => {
    const error = toPortalError(400, { error: { code: 'validation', field: 'code', message: 'Deze code klopt niet.', attemptsLeft: 3 } });
    expect([error.status, error.code, error.field, error.attemptsLeft, error.message]).toEqual([400, 'validation', 'code', 3, 'Deze code klopt niet.']);
  });

  it('reads an expired code and a locked link', () => {
    expect(toPortalError(400, { error: { code: 'validation', field: 'code', reason: 'expired', message: 'x' } }).reason).toBe('expired');
    const locked = toPortalError(423, { error: { code: 'locked', lockedUntil: '2026-03-03T09:15:00Z' } });
    expect([locked.code, locked.lockedUntil, locked.message]).toEqual(['locked', '2026-03-03T09:15:00Z', '']);
  });

  it('keeps the reference id of an unexpected error', () => {
    expect(toPortalError(500, { error: { code: 'internal', message: 'Er ging iets mis', referenceId: 'abc' } }).referenceId).toBe('abc');
  });

  it('names the error by its status when the body is not our shape', () => {
    expect(toPortalError(429, 'Too Many Requests').code).toBe('rate_limited');
    expect(toPortalError(401, null).code).toBe('unauthenticated');
    expect(toPortalError(502, { message: 'Bad gateway' }).code).toBe('internal');
    expect(toPortalError(400, { error: { code: 'validation', attemptsLeft: 'many' } }).attemptsLeft).toBeUndefined();
  });

  it('asks the server for Dutch or English (its languages), English first for the others', () => {
    expect(acceptLanguage('nl')).toBe('nl');
    expect(acceptLanguage('en')).toBe('en');
    expect(acceptLanguage('ar')).toBe('ar, en;q=0.8, nl;q=0.5');
  });

  it('reads the file name of a download, the UTF-8 one first', () => {
    expect(fileNameOf(`attachment; filename="AD-2026-0001-rapportage-v1.pdf"; filename*=UTF-8''AD-2026-0001-rapportage-v1.pdf`)).toBe('AD-2026-0001-rapportage-v1.pdf');
    expect(fileNameOf(`attachment; filename="rapport_.pdf"; filename*=UTF-8''rapport%20%C3%A9.pdf`)).toBe('rapport é.pdf');
    expect(fileNameOf('attachment; filename="plain.pdf"')).toBe('plain.pdf');
    expect(fileNameOf('attachment')).toBeNull();
    expect(fileNameOf(null)).toBeNull();
  });
});
