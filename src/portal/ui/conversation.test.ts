// The rules of the portal's Gezien & Gehoord screens: what home shows for whom, what "Ons gesprek" sends,
// the reaction to a report built from the form, the evaluation, and the words for states and decisions.
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from './catalogue';
import {
  COMMENT_MAX,
  WORKSHEET_MAX,
  canReactTo,
  afterChangedElsewhere,
  afterSave,
  changedEntries,
  continueWithNewest,
  sheetOf,
  commentsOf,
  emptyEvaluation,
  emptyReaction,
  evaluationBody,
  evaluationFormKey,
  evaluationProblems,
  fieldProblem,
  homeSections,
  newestFirst,
  outcomeKey,
  pendingEvaluations,
  reactionBody,
  reactionProblems,
  reportStateKey,
  textLength,
  themeOfField,
  worksheetProblems,
  type ReactionDraft,
} from './conversation';
import { isInnerEntry, placeOf } from './navigation';
import { translator } from './texts';
import { THEMES, type EvaluationItem, type ReportComment, type ReportVersion } from './types';

const nl = translator('nl');
const ARABIC = 'كان ذلك في أبريل وليس في مارس.';

describe('text length as the server counts it', () => {
  it('counts code points: an emoji or a letter outside the basic plane once, every script alike', () => {
    expect(textLength('😀')).toBe(1);
    expect('😀'.length).toBe(2);
    expect(textLength(ARABIC)).toBe([...ARABIC].length);
    expect(textLength('e\u0301')).toBe(2);
  });

  it('says empty (only where text is needed) and how many characters too many', () => {
    expect(fieldProblem('   \n', 10, true)).toEqual({ kind: 'required' });
    expect(fieldProblem('   \n', 10)).toBeNull();
    expect(fieldProblem('x'.repeat(10), 10, true)).toBeNull();
    expect(fieldProblem('x'.repeat(12), 10)).toEqual({ kind: 'tooLong', over: 2 });
    expect(fieldProblem('😀'.repeat(COMMENT_MAX), COMMENT_MAX)).toBeNull();
    expect(fieldProblem('😀'.repeat(COMMENT_MAX + 1), COMMENT_MAX)).toEqual({ kind: 'tooLong', over: 1 });
  });
});

describe('home', () => {
  const item = (contactId: string, evaluated: boolean): EvaluationItem => ({ contactId, heldAt: '2026-09-01T09:05:00Z', form: 'video', evaluated });

  it('shows the employer only the reports and their documents: no appointments, no worksheet, no evaluation', () => {
    expect(homeSections('employer', { reportsToCheck: 2, pendingEvaluations: 3 })).toEqual(['reports', 'documents']);
  });

  it('shows the client what asks for something first, and the reports at the end otherwise', () => {
    expect(homeSections('client', { reportsToCheck: 0, pendingEvaluations: 0 })).toEqual(['appointments', 'readiness', 'worksheet', 'sources', 'reports', 'documents']);
    expect(homeSections('client', { reportsToCheck: 1, pendingEvaluations: 0 })).toEqual(['reports', 'appointments', 'readiness', 'worksheet', 'sources', 'documents']);
    expect(homeSections('client', { reportsToCheck: 0, pendingEvaluations: 2 })).toEqual(['evaluations', 'appointments', 'readiness', 'worksheet', 'sources', 'reports', 'documents']);
    expect(homeSections('client', { reportsToCheck: 1, pendingEvaluations: 1 })).toEqual(['reports', 'evaluations', 'appointments', 'readiness', 'worksheet', 'sources', 'documents']);
  });

  it('asks "Hoe ging het gesprek?" once per held conversation not evaluated yet, in the server’s order', () => {
    expect(pendingEvaluations([item('a', false), item('b', true), item('c', false)]).map((e) => e.contactId)).toEqual(['a', 'c']);
    expect(pendingEvaluations([item('b', true)])).toEqual([]);
  });

  it('names a report’s state in words', () => {
    expect(nl.t(reportStateKey({ state: 'shared', canReact: true }))).toBe('Klaar om te controleren');
    expect(nl.t(reportStateKey({ state: 'final', canReact: false }))).toBe('Definitief');
    expect(nl.t(reportStateKey({ state: 'shared', canReact: false }))).toBe('Gedeeld');
  });
});

describe('moving between screens', () => {
  it('opens every screen for the client, and only reports for the employer', () => {
    expect(placeOf({ portaal: 'report', id: 'r1' }, 'employer')).toEqual({ kind: 'report', id: 'r1' });
    expect(placeOf({ portaal: 'worksheet', id: '' }, 'employer')).toEqual({ kind: 'home' });
    expect(placeOf({ portaal: 'readiness', id: '' }, 'employer')).toEqual({ kind: 'home' });
    expect(placeOf({ portaal: 'sources', id: '' }, 'employer')).toEqual({ kind: 'home' });
    expect(placeOf({ portaal: 'evaluation', id: 'c1' }, 'employer')).toEqual({ kind: 'home' });
    expect(placeOf({ portaal: 'contact', id: 'c1' }, 'employer')).toEqual({ kind: 'home' });
    expect(placeOf({ portaal: 'worksheet', id: '' }, 'client')).toEqual({ kind: 'worksheet' });
    expect(placeOf({ portaal: 'readiness', id: '' }, 'client')).toEqual({ kind: 'readiness' });
    expect(placeOf({ portaal: 'sources', id: '' }, 'client')).toEqual({ kind: 'sources' });
    expect(placeOf({ portaal: 'evaluation', id: 'c1' }, 'client')).toEqual({ kind: 'evaluation', id: 'c1' });
    expect(placeOf({ portaal: 'contact', id: 'c1' }, 'client')).toEqual({ kind: 'contact', id: 'c1' });
  });

  it('goes home for anything it does not know', () => {
    for (const entry of [null, undefined, 'report', { portaal: 'admin', id: 'x' }, { portaal: 'report' }, { portaal: 'report', id: '' }]) {
      expect(placeOf(entry, 'client')).toEqual({ kind: 'home' });
    }
    expect(isInnerEntry({ portaal: 'report', id: 7 })).toBe(false);
  });
});

describe('"Ons gesprek"', () => {
  const answer = (bodies: Record<string, [string, number]>) => ({
    themes: THEMES.map((theme) => ({ theme, body: bodies[theme]?.[0] ?? '', version: bodies[theme]?.[1] ?? 0, updatedAt: bodies[theme] ? '2026-09-01T10:00:00.000Z' : null })),
  });
  const loaded = sheetOf(answer({ experiences: ['Sinds maart thuis.', 2], future: ['Weer werken.', 1] }));
  const saved = loaded.saved;

  it('starts from the saved texts and their versions (0 where nothing was written)', () => {
    expect(loaded).toEqual({
      saved: { experiences: 'Sinds maart thuis.', needs: '', future: 'Weer werken.' },
      draft: { experiences: 'Sinds maart thuis.', needs: '', future: 'Weer werken.' },
      versions: { experiences: 2, needs: 0, future: 1 },
    });
  });

  it('sends only the themes that changed, exactly as typed (spaces and line breaks too), in the themes’ order, each with the version it is based on', () => {
    expect(changedEntries(loaded)).toEqual([]);
    expect(changedEntries({ ...loaded, draft: { ...saved, future: 'Weer werken. ', needs: `  Rust.\n${ARABIC}` } })).toEqual([
      { theme: 'needs', body: `  Rust.\n${ARABIC}`, version: 0 },
      { theme: 'future', body: 'Weer werken. ', version: 1 },
    ]);
    // Emptying a theme is a change too.
    expect(changedEntries({ ...loaded, draft: { ...saved, experiences: '' } })).toEqual([{ theme: 'experiences', body: '', version: 2 }]);
  });

  it('after a save, bases the next one on the versions the server gave', () => {
    const typed = { ...loaded, draft: { ...saved, needs: 'Rust.', future: 'Ander werk.' } };
    const sent = changedEntries(typed);
    const next = afterSave(typed, sent, { themes: [{ theme: 'needs', version: 1, updatedAt: 'x' }, { theme: 'future', version: 2, updatedAt: 'x' }] });
    expect(next.saved).toEqual(typed.draft);
    expect(next.versions).toEqual({ experiences: 2, needs: 1, future: 2 });
    expect(changedEntries(next)).toEqual([]);
  });

  it('after "changed elsewhere": a conflict only where the client changed a theme that was also saved elsewhere; their own text is kept in it', () => {
    const typed = { ...loaded, draft: { experiences: 'Van de computer.', needs: 'Rust.', future: 'Weer werken.' } };
    const newest = answer({ experiences: ['Van de telefoon.', 3], needs: ['Rust.', 1], future: ['Ander werk, op de telefoon.', 2] });
    const { sheet, conflicts } = afterChangedElsewhere(typed, newest);
    expect(conflicts).toEqual([{ theme: 'experiences', mine: 'Van de computer.', newest: { body: 'Van de telefoon.', version: 3, updatedAt: '2026-09-01T10:00:00.000Z' } }]);
    // The same words saved elsewhere count as saved; a theme not changed here shows the newest text.
    expect(sheet.saved.needs).toBe('Rust.');
    expect(sheet.versions.needs).toBe(1);
    expect(sheet.draft.future).toBe('Ander werk, op de telefoon.');
    expect(sheet.versions.future).toBe(2);
    // The conflicting theme keeps the client's text on screen until they choose.
    expect(sheet.draft.experiences).toBe('Van de computer.');
    expect(sheet.versions.experiences).toBe(2);
    // Continuing from the newest text: on screen, and the base of the next save.
    const resolved = continueWithNewest(sheet, conflicts[0]!);
    expect(resolved.draft.experiences).toBe('Van de telefoon.');
    expect(changedEntries(resolved)).toEqual([]);
    expect(changedEntries({ ...resolved, draft: { ...resolved.draft, experiences: 'Van de telefoon. En van de computer.' } })).toEqual([
      { theme: 'experiences', body: 'Van de telefoon. En van de computer.', version: 3 },
    ]);
    // Nothing changed elsewhere: no conflict, nothing taken over.
    expect(afterChangedElsewhere(typed, answer({ experiences: ['Sinds maart thuis.', 2], future: ['Weer werken.', 1] }))).toEqual({ sheet: typed, conflicts: [] });
  });

  it('allows 10 000 characters per theme, counted as code points', () => {
    expect(worksheetProblems({ experiences: '😀'.repeat(WORKSHEET_MAX), needs: '', future: '' })).toEqual({});
    expect(worksheetProblems({ experiences: '', needs: 'x'.repeat(WORKSHEET_MAX + 3), future: '' })).toEqual({ needs: { kind: 'tooLong', over: 3 } });
  });

  it('finds the theme of a server field error among the entries that were sent', () => {
    const sent = [{ theme: 'needs' as const, body: 'a', version: 0 }, { theme: 'future' as const, body: 'b', version: 1 }];
    expect(themeOfField('entries.1.body', sent)).toBe('future');
    expect(themeOfField('entries.0', sent)).toBe('needs');
    expect(themeOfField('entries.5.body', sent)).toBeNull();
    expect(themeOfField('entries', sent)).toBeNull();
    expect(themeOfField(undefined, sent)).toBeNull();
  });
});

describe('checking a conversation report', () => {
  const paragraphs = [
    { id: 'p1', text: 'Sinds maart thuis na een burn-out.' },
    { id: 'p2', text: 'Wil over een jaar weer in de thuiszorg werken.' },
    { id: 'werkgever-1', text: 'De werkgever biedt aangepast werk aan.' },
  ];
  const draft = (patch: Partial<ReactionDraft>): ReactionDraft => ({ ...emptyReaction(), ...patch });

  it('builds the body: agreements with text \'\', disagreements as typed, skipped paragraphs left out, in the report’s order', () => {
    const body = reactionBody(paragraphs, draft({
      stances: { 'werkgever-1': 'agree', p1: 'disagree', p2: 'skip', unknown: 'agree' },
      texts: { p1: ` ${ARABIC}\n`, 'werkgever-1': 'left from before' },
      additions: ['Mijn zorg voor mijn moeder ontbreekt. ', '   ', ''],
    }));
    expect(body).toEqual({
      items: [
        { paragraphId: 'p1', stance: 'disagree', text: ` ${ARABIC}\n` },
        { paragraphId: 'werkgever-1', stance: 'agree', text: '' },
      ],
      additions: ['Mijn zorg voor mijn moeder ontbreekt. '],
    });
  });

  it('sends nothing for paragraphs without a choice', () => {
    expect(reactionBody(paragraphs, emptyReaction())).toEqual({ items: [], additions: [] });
  });

  it('needs "Wat klopt er niet?" for a disagreement, at most 2000 characters, and something to send', () => {
    expect(reactionProblems(paragraphs, emptyReaction())).toEqual({ paragraphs: {}, additions: {}, nothing: true });
    expect(reactionProblems(paragraphs, draft({ stances: { p1: 'disagree' }, texts: { p1: '  ' } }))).toEqual({
      paragraphs: { p1: { kind: 'required' } }, additions: {}, nothing: false,
    });
    expect(reactionProblems(paragraphs, draft({ stances: { p2: 'disagree' }, texts: { p2: '😀'.repeat(COMMENT_MAX + 1) }, additions: ['', 'x'.repeat(COMMENT_MAX + 2)] }))).toEqual({
      paragraphs: { p2: { kind: 'tooLong', over: 1 } }, additions: { 1: { kind: 'tooLong', over: 2 } }, nothing: false,
    });
    expect(reactionProblems(paragraphs, draft({ stances: { p1: 'agree' } }))).toBeNull();
    expect(reactionProblems(paragraphs, draft({ additions: ['Er mist iets.'] }))).toBeNull();
    expect(reactionProblems(paragraphs, draft({ stances: { p1: 'disagree' }, texts: { p1: 'Het was april.' } }))).toBeNull();
    // Switched back to "agree" after typing: the text is not sent and not checked.
    expect(reactionProblems(paragraphs, draft({ stances: { p1: 'agree' }, texts: { p1: 'x'.repeat(COMMENT_MAX + 5) } }))).toBeNull();
  });

  const version = (patch: Partial<ReportVersion>): ReportVersion => ({
    id: 'v', number: 1, state: 'shared', sharedAt: '2026-09-02T10:00:00Z', finalisedAt: null, changeNote: null, paragraphs, reacted: false, comments: [], ...patch,
  });

  it('shows the newest version first, and offers the form only while it is shared and not reacted to', () => {
    expect(newestFirst([version({ id: 'a', number: 1 }), version({ id: 'c', number: 3 }), version({ id: 'b', number: 2 })]).map((v) => v.id)).toEqual(['c', 'b', 'a']);
    expect(canReactTo(version({}))).toBe(true);
    expect(canReactTo(version({ reacted: true }))).toBe(false);
    expect(canReactTo(version({ state: 'final' }))).toBe(false);
  });

  const comment = (patch: Partial<ReportComment>): ReportComment => ({
    id: 'c', versionId: 'v', paragraphId: 'p1', stance: 'disagree', text: 'x', submittedAt: '2026-09-03T10:00:00Z', processing: null, ...patch,
  });

  it('says per comment what the labour expert did: adopted, adjusted, not adjusted, or not looked at yet', () => {
    const at = '2026-09-04T10:00:00Z';
    expect(nl.t(outcomeKey(comment({ processing: { decision: 'adopted', explanation: '', processedAt: at } }))!)).toBe('Overgenomen');
    expect(nl.t(outcomeKey(comment({ processing: { decision: 'adjusted', explanation: 'Datum aangepast.', processedAt: at } }))!)).toBe('Aangepast');
    expect(nl.t(outcomeKey(comment({ processing: { decision: 'kept', explanation: 'Zo staat het in het dossier.', processedAt: at } }))!)).toBe('Niet aangepast');
    expect(nl.t(outcomeKey(comment({ processing: null }))!)).toBe('Nog niet bekeken');
    expect(nl.t(outcomeKey(comment({ stance: 'addition', paragraphId: null }))!)).toBe('Nog niet bekeken');
    // An agreement asks for no decision.
    expect(outcomeKey(comment({ stance: 'agree', text: '' }))).toBeNull();
  });

  it('groups this reader’s comments per paragraph, and the missing points apart', () => {
    const grouped = commentsOf({ comments: [comment({ id: '1', paragraphId: 'p1' }), comment({ id: '2', paragraphId: 'p2', stance: 'agree' }), comment({ id: '3', paragraphId: null, stance: 'addition' })] });
    expect(grouped.byParagraph.get('p1')?.map((c) => c.id)).toEqual(['1']);
    expect(grouped.byParagraph.get('p2')?.map((c) => c.id)).toEqual(['2']);
    expect(grouped.additions.map((c) => c.id)).toEqual(['3']);
  });
});

describe('the evaluation', () => {
  it('needs an answer to each question; the comment is optional and at most 2000 characters', () => {
    expect(Object.keys(evaluationProblems(emptyEvaluation())).sort()).toEqual(['clearWhatNext', 'feltHeard', 'formRight']);
    const answered = { ...emptyEvaluation(), feltHeard: 'partly' as const, clearWhatNext: 'no' as const, formRight: 'not_sure' as const };
    expect(evaluationProblems(answered)).toEqual({});
    expect(evaluationProblems({ ...answered, comment: 'x'.repeat(COMMENT_MAX + 1) })).toEqual({ comment: { kind: 'tooLong', over: 1 } });
  });

  it('sends the answers, an empty comment as null and any other exactly as typed', () => {
    const answered = { ...emptyEvaluation(), feltHeard: 'yes' as const, clearWhatNext: 'partly' as const, formRight: 'no' as const };
    expect(evaluationBody(emptyEvaluation())).toBeNull();
    expect(evaluationBody({ ...answered, comment: '  \n ' })).toEqual({ feltHeard: 'yes', clearWhatNext: 'partly', formRight: 'no', comment: null });
    expect(evaluationBody({ ...answered, comment: ` ${ARABIC} ` })).toEqual({ feltHeard: 'yes', clearWhatNext: 'partly', formRight: 'no', comment: ` ${ARABIC} ` });
  });

  it('names the form of the conversation in the third question', () => {
    expect(nl.t('evalForm', { form: nl.t(evaluationFormKey('video')!) })).toBe('Was deze manier van praten (beeldbellen) goed voor u?');
    expect(nl.t(evaluationFormKey('physical')!)).toBe('op locatie');
    expect(nl.t(evaluationFormKey('phone')!)).toBe('telefoon');
    expect(evaluationFormKey('carrier pigeon')).toBeNull();
  });

  it('says "already evaluated" kindly in every language', () => {
    expect(CATALOGUE.nl.evalAlready).toBe('U heeft dit gesprek al beoordeeld. Dank u wel.');
    expect(new Set(Object.values(CATALOGUE).map((c) => c.evalAlready)).size).toBe(5);
  });
});
