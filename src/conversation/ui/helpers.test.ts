// The pure helpers of the Gezien & Gehoord screens, and the catalogue: every theme, alliance element,
// example behaviour, friction signal, state, stance, decision and evaluation answer has words in nl and en.
import { describe, expect, it } from 'vitest';
import {
  ALLIANCE_ELEMENTS, EVALUATION_ANSWERS, EXPLANATION_MIN, FRICTION_SIGNALS, MAX_PARAGRAPHS, PARAGRAPH_MAX, THEMES, type Paragraph,
} from '../domain';
import type { ReportComment } from './api';
import {
  ALLIANCE_EXAMPLES, allianceNotes, changeNoteOk, compassPath, contactFromSearch, contactsByDate, draftProblems, emptyParagraph, groupComments,
  hasDraftProblems, isOpen, moveItem, newParagraphId, notedElements, openCount, paragraphsChanged, processingProblem, removeAt, replaceAt, reportPagePath, textLength,
} from './helpers';
import { conversationEn, conversationNl } from './i18n';

const paragraph = (id: string, text = `Tekst ${id}`, extra: Partial<Paragraph> = {}): Paragraph => ({ id, theme: null, text, forEmployer: false, ...extra });

const comment = (id: string, extra: Partial<ReportComment> = {}): ReportComment => ({
  id, versionId: 'v1', audience: 'client', paragraphId: 'a', stance: 'agree', text: '', submittedAt: '2026-09-02T10:00:00.000Z', processing: null, ...extra,
});

describe('paths', () => {
  it('builds the compass and report paths, encoding ids', () => {
    expect(compassPath('c1')).toBe('/dossiers/c1/kompas');
    expect(compassPath('c1', 'k 1')).toBe('/dossiers/c1/kompas?contact=k%201');
    expect(reportPagePath('c/1', 'r1')).toBe('/dossiers/c%2F1/verslagen/r1');
  });

  it('reads the contact from the search, empty meaning the whole case', () => {
    expect(contactFromSearch(new URLSearchParams('contact=abc'))).toBe('abc');
    expect(contactFromSearch(new URLSearchParams('contact='))).toBeNull();
    expect(contactFromSearch(new URLSearchParams(''))).toBeNull();
  });
});

describe('contactsByDate', () => {
  it('orders by held (else planned) date, oldest first, cancelled last', () => {
    const contacts = [
      { id: 'late', plannedAt: '2026-10-01T09:00:00Z', heldAt: null, state: 'planned', activityType: 'x' },
      { id: 'cancelled', plannedAt: '2026-01-01T09:00:00Z', heldAt: null, state: 'cancelled', activityType: 'x' },
      { id: 'held', plannedAt: '2026-12-01T09:00:00Z', heldAt: '2026-09-01T09:00:00Z', state: 'held', activityType: 'x' },
    ];
    expect(contactsByDate(contacts).map((c) => c.id)).toEqual(['held', 'late', 'cancelled']);
    expect(contacts[0]!.id).toBe('late');
  });
});

describe('the draft editor', () => {
  it('makes paragraph ids that are new, short and not uuid-bound', () => {
    const id = newParagraphId();
    expect(id.length).toBeLessThanOrEqual(64);
    let n = 0;
    const fixed = () => (n++ < 2 ? 0.5 : 0.25);
    const taken = newParagraphId([], () => 0.5, () => 1);
    expect(newParagraphId([taken], fixed, () => 1)).not.toBe(taken);
    const fresh = emptyParagraph([paragraph('a')]);
    expect(fresh).toMatchObject({ theme: null, text: '', forEmployer: false });
    expect(fresh.id).not.toBe('a');
  });

  it('moves, removes and replaces without touching the original', () => {
    const list = ['a', 'b', 'c'];
    expect(moveItem(list, 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(list, 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(list, 0, -1)).toEqual(list);
    expect(moveItem(list, 2, 1)).toEqual(list);
    expect(removeAt(list, 1)).toEqual(['a', 'c']);
    expect(replaceAt(list, 0, 'z')).toEqual(['z', 'b', 'c']);
    expect(list).toEqual(['a', 'b', 'c']);
  });

  it('notices changes in order, text, theme and the employer mark', () => {
    const saved = [paragraph('a'), paragraph('b')];
    expect(paragraphsChanged(saved, saved.map((p) => ({ ...p })))).toBe(false);
    expect(paragraphsChanged(saved, [saved[1]!, saved[0]!])).toBe(true);
    expect(paragraphsChanged(saved, [saved[0]!])).toBe(true);
    expect(paragraphsChanged(saved, [{ ...saved[0]!, text: 'x' }, saved[1]!])).toBe(true);
    expect(paragraphsChanged(saved, [{ ...saved[0]!, theme: 'needs' }, saved[1]!])).toBe(true);
    expect(paragraphsChanged(saved, [{ ...saved[0]!, forEmployer: true }, saved[1]!])).toBe(true);
  });

  it('checks like the server, but per paragraph, counting code points', () => {
    expect(hasDraftProblems(draftProblems([paragraph('a')]))).toBe(false);
    expect(draftProblems([]).empty).toBe(true);
    expect(draftProblems([paragraph('a', '  '), paragraph('b', '')]).empty).toBe(true);
    const long = paragraph('b', 'x'.repeat(PARAGRAPH_MAX + 1));
    expect(draftProblems([paragraph('a'), long]).tooLong).toEqual([1]);
    // An emoji is one character for the reader (and the server), two UTF-16 units for JavaScript.
    const emoji = paragraph('c', '🙂'.repeat(PARAGRAPH_MAX));
    expect(textLength(emoji.text)).toBe(PARAGRAPH_MAX);
    expect(draftProblems([emoji]).tooLong).toEqual([]);
    expect(draftProblems(Array.from({ length: MAX_PARAGRAPHS + 1 }, (_, i) => paragraph(`p${i}`))).tooMany).toBe(true);
  });
});

describe('processing a reaction', () => {
  it('needs a decision, and a real explanation to keep the text', () => {
    expect(processingProblem('', '')).toBe('decision_required');
    expect(processingProblem('adopted', '')).toBeNull();
    expect(processingProblem('adjusted', '')).toBeNull();
    expect(processingProblem('kept', 'te kort')).toBe('explanation_required');
    expect(processingProblem('kept', ` ${'x'.repeat(EXPLANATION_MIN - 1)} `)).toBe('explanation_required');
    expect(processingProblem('kept', 'x'.repeat(EXPLANATION_MIN))).toBeNull();
    expect(processingProblem('adopted', 'x'.repeat(2001))).toBe('explanation_too_long');
  });

  it('asks a change note of at least 10 characters', () => {
    expect(changeNoteOk('  kort  ')).toBe(false);
    expect(changeNoteOk('Reactie cliënt verwerkt')).toBe(true);
  });

  it('counts only disagreements and additions without a decision as open', () => {
    const processed = { decision: 'adopted' as const, explanation: '', processedAt: '2026-09-03T10:00:00.000Z' };
    expect(isOpen(comment('1', { stance: 'agree' }))).toBe(false);
    expect(isOpen(comment('2', { stance: 'disagree' }))).toBe(true);
    expect(isOpen(comment('3', { stance: 'addition', paragraphId: null }))).toBe(true);
    expect(isOpen(comment('4', { stance: 'disagree', processing: processed }))).toBe(false);
    expect(openCount([{ comments: [comment('2', { stance: 'disagree' })] }, { comments: [comment('3', { stance: 'addition', paragraphId: null }), comment('1')] }])).toBe(2);
  });
});

describe('groupComments', () => {
  it('puts reactions under their paragraph in the version order, client before employer, and additions apart', () => {
    const version = {
      paragraphs: [paragraph('a'), paragraph('b')],
      comments: [
        comment('e1', { audience: 'employer', paragraphId: 'b', stance: 'disagree', text: 'Niet juist', submittedAt: '2026-09-01T10:00:00.000Z' }),
        comment('c1', { paragraphId: 'b', stance: 'agree' }),
        comment('c2', { paragraphId: 'a', stance: 'disagree', text: 'April, niet maart' }),
        comment('c3', { paragraphId: null, stance: 'addition', text: 'Mijn mantelzorg mist' }),
        comment('x', { paragraphId: 'gone', stance: 'disagree' }),
      ],
    };
    const grouped = groupComments(version);
    expect(grouped.paragraphs.map((entry) => [entry.paragraph.id, entry.comments.map((c) => c.id)])).toEqual([['a', ['c2']], ['b', ['c1', 'e1']]]);
    expect(grouped.additions.map((c) => c.id)).toEqual(['c3']);
    // Never hidden: a reaction to a paragraph that is not in the version still shows.
    expect(grouped.other.map((c) => c.id)).toEqual(['x']);
  });
});

describe('the working alliance', () => {
  it('sends only elements with text', () => {
    expect(allianceNotes({ trust: 'Open gesprek', direction: '  ', bond: '' })).toEqual({ trust: 'Open gesprek' });
  });

  it('shows a kept reflection’s notes in the elements’ order, leaving out elements without text', () => {
    expect(notedElements({ friction: 'Klapt dicht.', trust: 'Open gesprek', direction: '  ' })).toEqual([
      { element: 'trust', note: 'Open gesprek' },
      { element: 'friction', note: 'Klapt dicht.' },
    ]);
    expect(notedElements({})).toEqual([]);
  });

  it('has example keys for each element', () => {
    expect(Object.keys(ALLIANCE_EXAMPLES).sort()).toEqual([...ALLIANCE_ELEMENTS].sort());
  });
});

describe('the catalogue', () => {
  type Tree = { [key: string]: string | Tree };
  const leaf = (tree: unknown, path: string): string | undefined => {
    let node = tree as Tree | string | undefined;
    for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined;
    return typeof node === 'string' ? node : undefined;
  };
  const paths = [
    ...THEMES.flatMap((theme) => [`themes.${theme}.title`, `themes.${theme}.subtitle`]),
    ...ALLIANCE_ELEMENTS.flatMap((element) => [
      `alliance.elements.${element}.title`,
      `alliance.elements.${element}.what`,
      ...ALLIANCE_EXAMPLES[element].map((key) => `alliance.elements.${element}.examples.${key}`),
    ]),
    ...FRICTION_SIGNALS.map((signal) => `alliance.signal.${signal}`),
    ...(['draft', 'shared', 'final'] as const).map((state) => `report.state.${state}`),
    ...(['agree', 'disagree', 'addition'] as const).map((stance) => `report.reactions.stance.${stance}`),
    ...(['adopted', 'adjusted', 'kept'] as const).flatMap((d) => [`report.reactions.decision.${d}`, `report.reactions.decisionOption.${d}`, `report.reactions.decisionHint.${d}`]),
    ...(Object.keys(EVALUATION_ANSWERS) as Array<keyof typeof EVALUATION_ANSWERS>).flatMap((q) => EVALUATION_ANSWERS[q].map((a) => `evaluation.${q}.${a}`)),
    'common.client',
    'common.employer',
    ...['title', 'none', 'show_one', 'show_other', 'item', 'about', 'noNotes', 'noSignals', 'bondFirst'].map((key) => `alliance.history.${key}`),
  ];

  it('words every code in Dutch and English', () => {
    const missing = paths.flatMap((path) => [['nl', conversationNl], ['en', conversationEn]].filter(([, tree]) => !leaf(tree, path)?.trim()).map(([language]) => `${String(language)}:${path}`));
    expect(missing).toEqual([]);
  });

  it('uses the professional Dutch terms', () => {
    expect(conversationNl.compass.title).toBe('Gesprekskompas');
    expect(conversationNl.alliance.title).toBe('Werkalliantie');
    expect(conversationNl.report.kind).toBe('Gespreksverslag');
    expect(conversationNl.report.editor.forEmployer).toContain('hoor en wederhoor');
    expect(conversationNl.themes.experiences.subtitle).toBe('Jouw ervaringen');
  });
});
