// The client's side of the report (issue 8): which reports are a draft report and what they are called,
// who chooses how their reaction goes into the final report (full text by default), what the reaction
// then sends, "Uw eindrapport" on home, and a refused download said in words.
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from './catalogue';
import {
  IN_FINAL_REPORT_KEYS,
  asksFinalReportChoice,
  downloadProblemKey,
  emptyReaction,
  finalReportOpen,
  finalReportPath,
  homeSections,
  isDraftReport,
  reactionBody,
  reportName,
} from './conversation';
import { PortalError } from './api';
import { translator } from './texts';
import { IN_FINAL_REPORT, PORTAL_LANGUAGES } from './types';

const nl = translator('nl');

describe('the draft report', () => {
  it('is the check of an assessment report; a conversation report (or an answer without kind) is not', () => {
    expect(isDraftReport({ kind: 'assessment' })).toBe(true);
    expect(isDraftReport({ kind: 'conversation' })).toBe(false);
    expect(isDraftReport({})).toBe(false);
  });

  it('is called by its own name in the reader’s language; a conversation report keeps its title', () => {
    expect(reportName({ kind: 'assessment', title: 'Concept rapportage (versie 1)' }, nl.t)).toBe('Het rapport van de arbeidsdeskundige (concept)');
    expect(reportName({ kind: 'assessment', title: 'Draft report (version 1)' }, translator('ar').t)).toBe(CATALOGUE.ar.draftTitle);
    expect(reportName({ kind: 'conversation', title: 'Verslag eerste gesprek' }, nl.t)).toBe('Verslag eerste gesprek');
  });

  it('asks only the client, and only for a draft report, how their reaction goes into the final report', () => {
    expect(asksFinalReportChoice('assessment', 'client')).toBe(true);
    expect(asksFinalReportChoice('assessment', 'employer')).toBe(false);
    expect(asksFinalReportChoice('conversation', 'client')).toBe(false);
    expect(asksFinalReportChoice(undefined, 'client')).toBe(false);
  });

  it('starts with the reaction as written, and sends the choice only where it is asked', () => {
    expect(emptyReaction().inFinalReport).toBe('full');
    const paragraphs = [{ id: 'assignment-0', text: 'De vraag: kan de cliënt aangepast werk doen?' }];
    const draft = { ...emptyReaction(), stances: { 'assignment-0': 'disagree' as const }, texts: { 'assignment-0': 'Ook deeltijd.' } };
    const items = [{ paragraphId: 'assignment-0', stance: 'disagree', text: 'Ook deeltijd.' }];
    expect(reactionBody(paragraphs, draft, true)).toEqual({ items, additions: [], inFinalReport: 'full' });
    expect(reactionBody(paragraphs, { ...draft, inFinalReport: 'summary' }, true)).toEqual({ items, additions: [], inFinalReport: 'summary' });
    // A conversation report (and the employer) sends the body as before, without the field.
    expect(reactionBody(paragraphs, { ...draft, inFinalReport: 'summary' })).toEqual({ items, additions: [] });
  });

  it('words both choices as the issue says, in every language', () => {
    expect(IN_FINAL_REPORT.map((v) => nl.t(IN_FINAL_REPORT_KEYS[v]))).toEqual([
      'Zet mijn reactie zoals ik die schreef in het eindrapport',
      'Laat de arbeidsdeskundige mijn reactie kort samenvatten in het eindrapport',
    ]);
    for (const language of PORTAL_LANGUAGES) {
      const words = IN_FINAL_REPORT.map((v) => CATALOGUE[language][IN_FINAL_REPORT_KEYS[v]]);
      expect(new Set(words).size, language).toBe(2);
    }
  });
});

describe('the final report on home', () => {
  it('comes first for the client once it was sent; never for the employer', () => {
    expect(homeSections('client', { reportsToCheck: 0, pendingEvaluations: 0, finalReports: 1 })).toEqual(['finalReports', 'appointments', 'readiness', 'worksheet', 'sources', 'reports', 'documents']);
    expect(homeSections('client', { reportsToCheck: 1, pendingEvaluations: 1, finalReports: 2 })[0]).toBe('finalReports');
    expect(homeSections('client', { reportsToCheck: 0, pendingEvaluations: 0, finalReports: 0 })).not.toContain('finalReports');
    expect(homeSections('employer', { reportsToCheck: 0, pendingEvaluations: 0, finalReports: 1 })).toEqual(['reports', 'documents']);
  });

  it('downloads from the portal route of the delivery, while its link works', () => {
    expect(finalReportPath('0f9c0d8e-1111-4222-8333-444455556666')).toBe('/api/portal/final-reports/0f9c0d8e-1111-4222-8333-444455556666/report.pdf');
    const item = { expiresAt: '2026-03-31T10:00:00.000Z' };
    expect(finalReportOpen(item, Date.parse('2026-03-31T09:59:59Z'))).toBe(true);
    expect(finalReportOpen(item, Date.parse('2026-03-31T10:00:00Z'))).toBe(false);
  });

  it('says a refused download in words: expired, or not this reader’s; other errors as usual', () => {
    expect(downloadProblemKey(new PortalError(404, 'not_found', '', { reason: 'expired' }))).toBe('finalExpired');
    expect(downloadProblemKey(new PortalError(403, 'forbidden', '', { reason: 'not_yours' }))).toBe('finalNotYours');
    expect(downloadProblemKey(new PortalError(403, 'forbidden', ''))).toBe('finalNotYours');
    expect(downloadProblemKey(new PortalError(0, 'network', ''))).toBeNull();
    expect(downloadProblemKey(null)).toBeNull();
  });

  it('names each delivery and until when its link works, in plain Dutch', () => {
    expect(nl.t('finalTitle')).toBe('Uw eindrapport');
    expect(nl.t('finalItem', { number: 1, date: '3 maart 2026' })).toBe('Rapport versie 1, gestuurd op 3 maart 2026');
    expect(nl.t('finalUntil', { date: '2 april 2026', time: '10:00' })).toBe('De link werkt tot 2 april 2026 om 10:00.');
  });
});
