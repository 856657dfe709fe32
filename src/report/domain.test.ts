// The report's rules (issue 8), exhaustively: templates, logos, sections and staleness, the diff of a
// refresh, the client check, finalising with its reasons and the client's summary, corrections, links.
import { describe, expect, it } from 'vitest';
import { LEGAL_CONTEXTS } from '../cases/domain.js';
import {
  CHANGE_NOTE_MIN, checkChangeNote, checkCorrection, checkFinaliseReport, checkLogo, checkParagraphsOf, checkSectionEdit, checkSendForCheck, checkTemplate, clientChoseSummary,
  contextOfCase, deliveryAccess, diffParagraphs, digestOf, fillSection, isStale, LOGO_MAX_BYTES, logoMediaType, refreshSection, REPORT_CONTEXTS, REQUIRED_KINDS, SECTION_KINDS,
  type CheckComment, type DraftSection, type TemplateSection,
} from './domain.js';
import { STANDARD_TEMPLATES } from './templates.js';

let counter = 0;
const newId = () => `p${++counter}`;
const at = '2026-12-07T10:00:00.000Z';
const tpl = (kind: TemplateSection['kind'], standardText = '', forEmployer = false): TemplateSection => ({ kind, title: `Titel ${kind}`, standardText, forEmployer });
const section = (kind: TemplateSection['kind'], paragraphs: string[], blocks: DraftSection['blocks'] = []): DraftSection => fillSection(tpl(kind), { paragraphs, blocks }, newId, at);
const comment = (c: Partial<CheckComment> = {}): CheckComment => ({ audience: 'client', stance: 'disagree', processing: null, inFinalReport: 'full', ...c });

describe('contexts', () => {
  it('gives every legal context of a case a template context', () => {
    for (const legal of LEGAL_CONTEXTS) expect(REPORT_CONTEXTS).toContain(contextOfCase(legal));
    expect(contextOfCase('wia')).toBe('poortwachter');
    expect(contextOfCase('wajong')).toBe('participatiewet');
    expect(contextOfCase('other')).toBe('general');
  });
  it('ships a standard template per context that passes its own check', () => {
    for (const context of REPORT_CONTEXTS) expect(checkTemplate(context, STANDARD_TEMPLATES[context])).toEqual([]);
  });
  it('walks the four Poortwachter questions in order and ends the Participatiewet report in the wage value', () => {
    const kinds = STANDARD_TEMPLATES.poortwachter.sections.map((s) => s.kind);
    expect(kinds.indexOf('own_work')).toBeLessThan(kinds.indexOf('adapted_work'));
    expect(kinds.indexOf('adapted_work')).toBeLessThan(kinds.indexOf('other_work_internal'));
    expect(kinds.indexOf('other_work_internal')).toBeLessThan(kinds.indexOf('spoor2'));
    expect(STANDARD_TEMPLATES.participatiewet.sections.map((s) => s.kind)).toContain('wage_value');
  });
});

describe('checkTemplate', () => {
  const valid = { name: 'Sjabloon', sections: [tpl('assignment'), tpl('client_reaction')], letterheadLines: [] };
  it('accepts a minimal template', () => expect(checkTemplate('general', valid)).toEqual([]));
  it('refuses an unknown section kind, naming it', () => {
    const problems = checkTemplate('general', { ...valid, sections: [...valid.sections, { kind: 'horoscope', title: 'x', standardText: '', forEmployer: false }] });
    expect(problems).toEqual([{ field: 'sections.2.kind', reason: 'unknown_section', params: { kind: 'horoscope' } }]);
  });
  it('allows own text more than once, any other kind once', () => {
    expect(checkTemplate('general', { ...valid, sections: [...valid.sections, tpl('free'), tpl('free')] })).toEqual([]);
    expect(checkTemplate('general', { ...valid, sections: [...valid.sections, tpl('assignment')] })).toEqual([{ field: 'sections.2.kind', reason: 'duplicate_section', params: { kind: 'assignment' } }]);
  });
  it('requires the kinds of each context', () => {
    for (const context of REPORT_CONTEXTS) {
      for (const kind of REQUIRED_KINDS[context]) {
        const sections = STANDARD_TEMPLATES[context].sections.filter((s) => s.kind !== kind);
        expect(checkTemplate(context, { ...STANDARD_TEMPLATES[context], sections })).toContainEqual({ field: 'sections', reason: 'section_required', params: { kind } });
      }
    }
    expect(checkTemplate('participatiewet', valid)).toContainEqual({ field: 'sections', reason: 'section_required', params: { kind: 'wage_value' } });
  });
  it('checks names, titles, texts, counts and letterhead lines', () => {
    expect(checkTemplate('general', { ...valid, name: '  ' })).toContainEqual({ field: 'name', reason: 'required' });
    expect(checkTemplate('general', { ...valid, name: 'x'.repeat(121) })[0]!.reason).toBe('too_long');
    expect(checkTemplate('general', { ...valid, sections: [{ ...tpl('assignment'), title: '' }, tpl('client_reaction')] })).toContainEqual({ field: 'sections.0.title', reason: 'required' });
    expect(checkTemplate('general', { ...valid, sections: [{ ...tpl('assignment'), standardText: 'é'.repeat(10_001) }, tpl('client_reaction')] })[0]).toMatchObject({ field: 'sections.0.standardText', reason: 'too_long' });
    expect(checkTemplate('general', { ...valid, sections: [] })).toContainEqual({ field: 'sections', reason: 'required' });
    expect(checkTemplate('general', { ...valid, sections: [...valid.sections, ...Array.from({ length: 40 }, () => tpl('free'))] })).toContainEqual({ field: 'sections', reason: 'too_many', params: { maximum: 40 } });
    expect(checkTemplate('general', { ...valid, letterheadLines: Array(9).fill('regel') })).toContainEqual({ field: 'letterheadLines', reason: 'too_many', params: { maximum: 8 } });
    expect(checkTemplate('general', { ...valid, letterheadLines: ['x'.repeat(201)] })).toContainEqual({ field: 'letterheadLines.0', reason: 'too_long', params: { maximum: 200 } });
  });
  it('counts characters as people see them', () => {
    // 200 emoji are 400 UTF-16 units but 200 characters: allowed.
    expect(checkTemplate('general', { ...valid, sections: [{ ...tpl('assignment'), title: '😀'.repeat(200) }, tpl('client_reaction')] })).toEqual([]);
  });
  it('knows every section kind the standard templates use', () => {
    for (const t of Object.values(STANDARD_TEMPLATES)) for (const s of t.sections) expect(SECTION_KINDS).toContain(s.kind);
  });
});

describe('logo', () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
  const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0]);
  it('is known by its own bytes', () => {
    expect(logoMediaType(png)).toBe('image/png');
    expect(logoMediaType(jpeg)).toBe('image/jpeg');
    expect(logoMediaType(Buffer.from('GIF89a'))).toBeNull();
    expect(logoMediaType(Buffer.from('<svg/>'))).toBeNull();
    expect(logoMediaType(Buffer.alloc(0))).toBeNull();
  });
  it('is refused when not an image or too large', () => {
    expect(checkLogo(png)).toEqual([]);
    expect(checkLogo(Buffer.from('%PDF-1.7'))).toEqual([{ field: 'logo', reason: 'logo_type' }]);
    expect(checkLogo(Buffer.concat([png, Buffer.alloc(LOGO_MAX_BYTES)]))[0]!.reason).toBe('logo_too_large');
  });
});

describe('change notes and corrections', () => {
  it('need words on what changed and why', () => {
    expect(checkChangeNote('x'.repeat(CHANGE_NOTE_MIN))).toEqual([]);
    expect(checkChangeNote(' '.repeat(20))[0]!.reason).toBe('change_note_required');
    expect(checkChangeNote('x'.repeat(2_001))[0]!.reason).toBe('too_long');
  });
  it('correct only a final version', () => {
    expect(checkCorrection('final', 'De geboortedatum was fout.')).toEqual([]);
    expect(checkCorrection('draft', 'De geboortedatum was fout.')).toEqual([{ field: 'state', reason: 'not_final' }]);
    expect(checkCorrection('in_check', 'De geboortedatum was fout.')).toEqual([{ field: 'state', reason: 'not_final' }]);
    expect(checkCorrection('final', 'kort')[0]!.reason).toBe('change_note_required');
  });
});

describe('sections', () => {
  it('start with the standard text, paragraph by paragraph, then what the case gives', () => {
    const s = fillSection(tpl('advice', 'Eerste alinea.\n\nTweede alinea.', true), { paragraphs: ['Uit het dossier.'], blocks: [] }, newId, at);
    expect(s.paragraphs.map((p) => p.text)).toEqual(['Eerste alinea.', 'Tweede alinea.', 'Uit het dossier.']);
    expect(s.paragraphs.every((p) => p.forEmployer)).toBe(true);
    expect(s.generated).toEqual({ digest: digestOf({ paragraphs: ['Uit het dossier.'], blocks: [] }), paragraphs: ['Uit het dossier.'], at });
    expect(s.edited).toBe(false);
  });
  it('are stale only when the case gives something else', () => {
    const s = section('sources', ['A']);
    expect(isStale(s, { paragraphs: ['A'], blocks: [] })).toBe(false);
    expect(isStale(s, { paragraphs: ['B'], blocks: [] })).toBe(true);
    expect(isStale(s, { paragraphs: ['A'], blocks: [{ kind: 'list', items: ['x'] }] })).toBe(true);
    // The expert's own edits never make a section stale: only the case can.
    expect(isStale({ ...s, paragraphs: [{ id: 'x', text: 'eigen tekst', forEmployer: false }], edited: true }, { paragraphs: ['A'], blocks: [] })).toBe(false);
  });
  it('own text and the client reaction are never stale', () => {
    expect(isStale(section('free', []), { paragraphs: ['anders'], blocks: [] })).toBe(false);
    expect(isStale(section('client_reaction', []), { paragraphs: ['anders'], blocks: [] })).toBe(false);
  });
  it('digests the same content the same way, and different content differently', () => {
    expect(digestOf({ paragraphs: ['a', 'b'], blocks: [] })).toBe(digestOf({ paragraphs: ['a', 'b'], blocks: [] }));
    expect(digestOf({ paragraphs: ['a', 'b'], blocks: [] })).not.toBe(digestOf({ paragraphs: ['ab'], blocks: [] }));
  });
  it('refresh to what the case gives now and show the difference with the text the expert had', () => {
    const s = { ...section('assignment', ['Vraag: oud.']), edited: true };
    s.paragraphs.push({ id: 'own', text: 'Eigen zin.', forEmployer: false });
    const { section: next, diff } = refreshSection(s, tpl('assignment'), { paragraphs: ['Vraag: nieuw.'], blocks: [] }, newId, at);
    expect(next.paragraphs.map((p) => p.text)).toEqual(['Vraag: nieuw.']);
    expect(next.title).toBe(s.title);
    expect(next.edited).toBe(false);
    expect(diff).toEqual([{ change: 'removed', text: 'Vraag: oud.' }, { change: 'removed', text: 'Eigen zin.' }, { change: 'added', text: 'Vraag: nieuw.' }]);
    expect(isStale(next, { paragraphs: ['Vraag: nieuw.'], blocks: [] })).toBe(false);
  });
  it('edits only on a draft, within bounds, with unique ids', () => {
    const p = (id: string, text = 'tekst') => ({ id, text, forEmployer: false });
    expect(checkSectionEdit('draft', 0, [p('a'), p('b')])).toEqual([]);
    expect(checkSectionEdit('draft', 0, [])).toEqual([]);
    expect(checkSectionEdit('final', 0, [p('a')])).toEqual([{ field: 'state', reason: 'final_is_final' }]);
    expect(checkSectionEdit('in_check', 0, [p('a')])).toEqual([{ field: 'state', reason: 'in_check' }]);
    expect(checkSectionEdit('draft', 3, [p('a'), p('a')])).toEqual([{ field: 'sections.3.paragraphs', reason: 'unknown_paragraph' }]);
    expect(checkSectionEdit('draft', 1, [p('a', 'x'.repeat(10_001))])).toEqual([{ field: 'sections.1.paragraphs.0.text', reason: 'too_long', params: { maximum: 10_000 } }]);
    expect(checkSectionEdit('draft', 1, Array.from({ length: 201 }, (_, i) => p(`p${i}`)))[0]!.reason).toBe('too_many');
  });
});

describe('diffParagraphs', () => {
  it('keeps what stayed and marks what came and went', () => {
    expect(diffParagraphs(['a', 'b', 'c'], ['a', 'x', 'c'])).toEqual([{ change: 'same', text: 'a' }, { change: 'removed', text: 'b' }, { change: 'added', text: 'x' }, { change: 'same', text: 'c' }]);
    expect(diffParagraphs([], ['a'])).toEqual([{ change: 'added', text: 'a' }]);
    expect(diffParagraphs(['a'], [])).toEqual([{ change: 'removed', text: 'a' }]);
    expect(diffParagraphs(['a', 'b'], ['a', 'b'])).toEqual([{ change: 'same', text: 'a' }, { change: 'same', text: 'b' }]);
  });
  it('rebuilds both sides from its lines, for any input', () => {
    const rng = (seed: number) => () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const r = rng(7);
    for (let n = 0; n < 300; n++) {
      const before = Array.from({ length: Math.floor(r() * 8) }, () => 'abcd'[Math.floor(r() * 4)]!);
      const after = Array.from({ length: Math.floor(r() * 8) }, () => 'abcd'[Math.floor(r() * 4)]!);
      const d = diffParagraphs(before, after);
      expect(d.filter((l) => l.change !== 'added').map((l) => l.text)).toEqual(before);
      expect(d.filter((l) => l.change !== 'removed').map((l) => l.text)).toEqual(after);
    }
  });
});

describe('the client check', () => {
  const sections = [section('assignment', ['Vraag.']), section('advice', ['Advies.']), section('client_reaction', [])];
  sections[1]!.paragraphs[0]!.forEmployer = true;
  it('offers every paragraph with text, not the reaction section, and says which section it is in', () => {
    const paragraphs = checkParagraphsOf([...sections, { ...section('free', []), paragraphs: [{ id: 'e', text: '  ', forEmployer: false }] }]);
    expect(paragraphs.map((p) => [p.text, p.sectionIndex, p.forEmployer])).toEqual([['Vraag.', 0, false], ['Advies.', 1, true]]);
  });
  it('is sent from a draft with text; with the employer only when a paragraph is theirs', () => {
    expect(checkSendForCheck('draft', sections, true)).toEqual([]);
    expect(checkSendForCheck('draft', sections.slice(0, 1), true)).toEqual([{ field: 'withEmployer', reason: 'no_employer_sections' }]);
    expect(checkSendForCheck('draft', [section('free', [])], false)).toEqual([{ field: 'sections', reason: 'nothing_to_check' }]);
    expect(checkSendForCheck('in_check', sections, false)).toEqual([{ field: 'state', reason: 'in_check' }]);
    expect(checkSendForCheck('final', sections, false)).toEqual([{ field: 'state', reason: 'final_is_final' }]);
  });
  it('takes the client’s latest choice of how their reaction goes into the final report', () => {
    expect(clientChoseSummary([])).toBe(false);
    expect(clientChoseSummary([comment({ inFinalReport: 'summary' })])).toBe(true);
    expect(clientChoseSummary([comment({ inFinalReport: 'summary' }), comment({ inFinalReport: 'full' })])).toBe(false);
    expect(clientChoseSummary([comment({ audience: 'employer', inFinalReport: 'summary' })])).toBe(false);
  });
});

describe('checkFinaliseReport', () => {
  const sections = [section('assignment', ['Vraag.']), section('client_reaction', [])];
  const processed = { decision: 'adopted' as const, explanation: '' };
  it('finalises a checked draft with every reaction processed, without a reason', () => {
    expect(checkFinaliseReport({ state: 'draft', sections, checked: true, comments: [comment({ processing: processed }), comment({ stance: 'agree' })] }, { reason: null, clientReactionSummary: null })).toEqual([]);
    expect(checkFinaliseReport({ state: 'in_check', sections, checked: true, comments: [] }, { reason: null, clientReactionSummary: null })).toEqual([]);
  });
  it('needs a reason for unprocessed reactions or a draft the client never saw; it does not block with one', () => {
    const unprocessed = { state: 'draft' as const, sections, checked: true, comments: [comment(), comment({ stance: 'addition' }), comment({ stance: 'agree' })] };
    expect(checkFinaliseReport(unprocessed, { reason: null, clientReactionSummary: null })).toEqual([{ field: 'reason', reason: 'reason_required', params: { unprocessed: 2, minimum: 10 } }]);
    expect(checkFinaliseReport(unprocessed, { reason: 'te kort', clientReactionSummary: null })[0]!.reason).toBe('reason_required');
    expect(checkFinaliseReport(unprocessed, { reason: 'De cliënt is telefonisch gehoord.', clientReactionSummary: null })).toEqual([]);
    const unchecked = { state: 'draft' as const, sections, checked: false, comments: [] };
    expect(checkFinaliseReport(unchecked, { reason: null, clientReactionSummary: null })[0]!.reason).toBe('reason_required');
    expect(checkFinaliseReport(unchecked, { reason: 'De cliënt wilde het concept niet lezen.', clientReactionSummary: null })).toEqual([]);
  });
  it('needs the faithful summary when the client chose one and said something', () => {
    const facts = { state: 'draft' as const, sections, checked: true, comments: [comment({ inFinalReport: 'summary', processing: processed })] };
    expect(checkFinaliseReport(facts, { reason: null, clientReactionSummary: ' ' })).toEqual([{ field: 'clientReactionSummary', reason: 'summary_required' }]);
    expect(checkFinaliseReport(facts, { reason: null, clientReactionSummary: 'De cliënt mist de rugklachten.' })).toEqual([]);
    // Only agreeing needs no summary.
    expect(checkFinaliseReport({ ...facts, comments: [comment({ stance: 'agree', inFinalReport: 'summary' })] }, { reason: null, clientReactionSummary: null })).toEqual([]);
  });
  it('refuses a final version and an empty section', () => {
    expect(checkFinaliseReport({ state: 'final', sections, checked: true, comments: [] }, { reason: null, clientReactionSummary: null })).toEqual([{ field: 'state', reason: 'final_is_final' }]);
    const empty = [...sections, { ...section('advice', []), title: 'Advies' }];
    expect(checkFinaliseReport({ state: 'draft', sections: empty, checked: true, comments: [] }, { reason: null, clientReactionSummary: null })).toEqual([{ field: 'sections.2', reason: 'empty_section', params: { title: 'Advies' } }]);
    // A section with only a table is not empty.
    const tableOnly = [...sections, section('capacity', [], [{ kind: 'table', caption: 'c', columns: ['a'], rows: [] }])];
    expect(checkFinaliseReport({ state: 'draft', sections: tableOnly, checked: true, comments: [] }, { reason: null, clientReactionSummary: null })).toEqual([]);
  });
  it('bounds the reason and the summary', () => {
    const facts = { state: 'draft' as const, sections, checked: true, comments: [] };
    expect(checkFinaliseReport(facts, { reason: 'x'.repeat(2_001), clientReactionSummary: null })).toContainEqual({ field: 'reason', reason: 'too_long', params: { maximum: 2_000 } });
    expect(checkFinaliseReport(facts, { reason: null, clientReactionSummary: 'x'.repeat(10_001) })).toContainEqual({ field: 'clientReactionSummary', reason: 'too_long', params: { maximum: 10_000 } });
  });
});

describe('deliveryAccess', () => {
  const now = new Date('2026-12-07T12:00:00Z');
  it('opens within its time, only for the delivery it was made for', () => {
    expect(deliveryAccess({ id: 'a', expiresAt: '2026-12-08T00:00:00Z' }, 'a', now)).toBeNull();
    expect(deliveryAccess({ id: 'a', expiresAt: '2026-12-07T12:00:00Z' }, 'a', now)).toBe('expired');
    expect(deliveryAccess({ id: 'a', expiresAt: '2026-12-08T00:00:00Z' }, 'b', now)).toBe('not_yours');
  });
});
