import { describe, expect, it } from 'vitest';
import { reportEn, reportNl } from './i18n';
import {
  chartRows, excerpt, groupHash, letterheadLines, moved, needsDecision, newParagraphId, paragraphOf, paragraphsToSave, REPORT_CONTEXTS, SECTION_KINDS, stateTone, summariseDiff, verifyContentType,
} from './format';
import type { CheckComment, ReportSectionView } from './api';

describe('the report screens’ helpers', () => {
  it('label every section kind and context of the domain in both languages', () => {
    for (const kind of SECTION_KINDS) {
      expect(reportNl.kind[kind], kind).toBeTruthy();
      expect(reportEn.kind[kind], kind).toBeTruthy();
    }
    for (const context of REPORT_CONTEXTS) expect(reportNl.context[context] && reportEn.context[context]).toBeTruthy();
  });

  it('counts a refresh’s difference and leaves out blank lines', () => {
    const summary = summariseDiff([
      { change: 'same', text: 'Opdrachtgever: UWV.' },
      { change: 'removed', text: 'De vraag: oud' },
      { change: 'added', text: 'De vraag: nieuw' },
      { change: 'added', text: '  ' },
    ]);
    expect(summary).toMatchObject({ added: 1, removed: 1, same: 1, unchanged: false });
    expect(summary.lines).toHaveLength(3);
    expect(summariseDiff([{ change: 'same', text: 'x' }]).unchanged).toBe(true);
    expect(summariseDiff([]).unchanged).toBe(true);
  });

  it('turns a chart into table rows, unknown values as a dash', () => {
    const rows = chartRows({
      kind: 'chart', caption: 'c', legend: { capacity: 'a', demand: 'b', overshoot: 'c' },
      bars: [{ label: 'Tillen', capacity: 2, demand: 3, max: 5, overshoot: true }, { label: 'Zitten', capacity: null, demand: 1, max: 5, overshoot: false }],
    });
    expect(rows).toEqual([
      { label: 'Tillen', capacity: '2 / 5', demand: '3 / 5', overshoot: true },
      { label: 'Zitten', capacity: '–', demand: '1 / 5', overshoot: false },
    ]);
  });

  it('groups a hash by four and reads the letterhead one line per line', () => {
    expect(groupHash('abcdef0123')).toBe('abcd ef01 23');
    expect(groupHash('')).toBe('');
    expect(letterheadLines(' Stationsplein 1 \r\n\n3511 AA Utrecht\n  ')).toEqual(['Stationsplein 1', '3511 AA Utrecht']);
  });

  it('moves an item up and down, and not past the ends', () => {
    expect(moved(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moved(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
  });

  it('gives an added paragraph an id no other paragraph has, and drops blank paragraphs on save', () => {
    const existing = [{ id: 'p1', text: 'x', forEmployer: false }];
    const a = newParagraphId(existing, 1);
    const b = newParagraphId([...existing, { id: a, text: '', forEmployer: false }], 1);
    expect(a).not.toBe('p1');
    expect(b).not.toBe(a);
    expect(paragraphsToSave([{ id: 'a', text: '  tekst ', forEmployer: true }, { id: 'b', text: ' \n ', forEmployer: false }])).toEqual([{ id: 'a', text: 'tekst', forEmployer: true }]);
  });

  it('knows which reactions still need a decision, and which paragraph a reaction is about', () => {
    const comment = (stance: CheckComment['stance'], processed: boolean): CheckComment => ({
      id: 'c', round: 1, audience: 'client', paragraphId: 'p2', stance, text: '', inFinalReport: 'full', submittedAt: '', processing: processed ? { decision: 'adopted', explanation: '' } : null,
    });
    expect(needsDecision(comment('disagree', false))).toBe(true);
    expect(needsDecision(comment('addition', false))).toBe(true);
    expect(needsDecision(comment('agree', false))).toBe(false);
    expect(needsDecision(comment('disagree', true))).toBe(false);
    const section = { index: 0, kind: 'assignment', title: 'Opdracht', paragraphs: [{ id: 'p1', text: 'a', forEmployer: false }, { id: 'p2', text: 'b', forEmployer: false }] } as ReportSectionView;
    expect(paragraphOf([section], 'p2')?.paragraph.text).toBe('b');
    expect(paragraphOf([section], 'gone')).toBeNull();
    expect(paragraphOf([section], null)).toBeNull();
  });

  it('shortens a long paragraph to an excerpt, and maps a file to the seal check’s content type', () => {
    expect(excerpt('kort')).toBe('kort');
    expect(excerpt('a '.repeat(100), 10)).toBe('a a a a a…');
    expect(verifyContentType({ name: 'r.pdf', type: '' })).toBe('application/pdf');
    expect(verifyContentType({ name: 'r.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' })).toBe('application/octet-stream');
  });

  it('gives each state its badge tone', () => {
    expect([stateTone('draft'), stateTone('in_check'), stateTone('final')]).toEqual(['info', 'warning', 'success']);
  });
});
