import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allianceSuggestion, checkEdit, checkFinalise, checkParagraphs, checkProcessing, checkReaction, checkShare, checkText, COMMENT_MAX, draftFromCompass,
  EXAMPLE_QUESTIONS, MAX_PARAGRAPHS, MIN_GROUP_FOR_OVERVIEW, needsProcessing, NOTE_MAX, PARAGRAPH_MAX, summariseEvaluations, THEMES, visibleParagraphs, worksheetSaveOf,
  type Evaluation, type Paragraph,
} from './domain.js';

const p = (id: string, text = `Tekst ${id}`, forEmployer = false): Paragraph => ({ id, theme: null, text, forEmployer });

describe('the compass', () => {
  it('has the three themes of the worksheet, each with example questions in Dutch and English', () => {
    expect(THEMES).toEqual(['experiences', 'needs', 'future']);
    for (const theme of THEMES) {
      expect(EXAMPLE_QUESTIONS[theme].length).toBeGreaterThanOrEqual(3);
      for (const q of EXAMPLE_QUESTIONS[theme]) {
        expect(q.nl.endsWith('?')).toBe(true);
        expect(q.en.endsWith('?')).toBe(true);
      }
    }
  });

  it('turns notes into a first draft, one paragraph per theme with notes, in the compass order', () => {
    let n = 0;
    const draft = draftFromCompass({ future: '  Wil weer in de zorg werken. ', experiences: 'Sinds maart thuis.', needs: '   ' }, () => `p${++n}`);
    expect(draft).toEqual([
      { id: 'p1', theme: 'experiences', text: 'Sinds maart thuis.', forEmployer: false },
      { id: 'p2', theme: 'future', text: 'Wil weer in de zorg werken.', forEmployer: false },
    ]);
    expect(draftFromCompass({}, () => 'x')).toEqual([]);
  });

  it('keeps notes within their length, counted as people see characters', () => {
    expect(checkText('ب'.repeat(NOTE_MAX))).toBe('ok');
    expect(checkText('😀'.repeat(NOTE_MAX))).toBe('ok');
    expect(checkText('a'.repeat(NOTE_MAX + 1))).toBe('too_long');
  });
});

describe('"Ons gesprek": a save never overwrites words written elsewhere unseen', () => {
  it('writes a first text on version 0, and a change on the version the screen read', () => {
    expect(worksheetSaveOf({ body: 'Ik wil rust.', version: 0 }, null)).toBe('write');
    expect(worksheetSaveOf({ body: 'Ik wil rust en tijd.', version: 2 }, { body: 'Ik wil rust.', version: 2 })).toBe('write');
  });

  it('refuses a save from a screen that did not see the newest text (another tab, the phone)', () => {
    // Written on the phone in the meantime: the computer's screen still has version 1.
    expect(worksheetSaveOf({ body: 'Van de computer.', version: 1 }, { body: 'Van de telefoon.', version: 2 })).toBe('stale');
    // Written elsewhere for the first time while this screen still showed an empty theme.
    expect(worksheetSaveOf({ body: 'Mijn tekst.', version: 0 }, { body: 'Al geschreven.', version: 1 })).toBe('stale');
    // A version the server never gave: no guessing, refused too.
    expect(worksheetSaveOf({ body: 'x', version: 7 }, { body: 'y', version: 2 })).toBe('stale');
    expect(worksheetSaveOf({ body: 'x', version: 1 }, null)).toBe('stale');
  });

  it('sees the same words saved twice as no change, whatever version the screen had: nothing is lost', () => {
    expect(worksheetSaveOf({ body: 'Ik wil rust.', version: 1 }, { body: 'Ik wil rust.', version: 3 })).toBe('unchanged');
    expect(worksheetSaveOf({ body: 'Ik wil rust.', version: 3 }, { body: 'Ik wil rust.', version: 3 })).toBe('unchanged');
    // Exactly as typed: a space more is a change.
    expect(worksheetSaveOf({ body: 'Ik wil rust. ', version: 1 }, { body: 'Ik wil rust.', version: 3 })).toBe('stale');
  });

  it('writes only on the saved version, and refuses only a text that differs from the saved one', () => {
    const saved = fc.option(fc.record({ body: fc.string({ maxLength: 6 }), version: fc.nat(5) }), { nil: null });
    fc.assert(fc.property(fc.record({ body: fc.string({ maxLength: 6 }), version: fc.nat(5) }), saved, (entry, current) => {
      const outcome = worksheetSaveOf(entry, current);
      if (outcome === 'write') expect(entry.version).toBe(current?.version ?? 0);
      if (outcome !== 'unchanged') expect(entry.body).not.toBe(current?.body);
      if (current && entry.body !== current.body && entry.version !== current.version) expect(outcome).toBe('stale');
    }));
  });
});

describe('the working alliance', () => {
  it('suggests turning to binding first when friction shows, and nothing otherwise (seed 002 §5)', () => {
    expect(allianceSuggestion({ notes: {}, frictionSignals: [] })).toBeNull();
    expect(allianceSuggestion({ notes: { trust: 'Open gesprek.' }, frictionSignals: [] })).toBeNull();
    expect(allianceSuggestion({ notes: { friction: '   ' }, frictionSignals: [] })).toBeNull();
    expect(allianceSuggestion({ notes: {}, frictionSignals: ['limitations_not_heard'] })).toBe('turn_to_bond_first');
    expect(allianceSuggestion({ notes: { friction: 'Cliënt klapt dicht bij het wettelijk kader.' }, frictionSignals: [] })).toBe('turn_to_bond_first');
  });
});

describe('evaluations', () => {
  const e = (feltHeard: Evaluation['feltHeard']): Evaluation => ({ feltHeard, clearWhatNext: 'yes', formRight: 'not_sure', comment: 'vrije tekst' });

  it(`counts answers, and hides them below ${MIN_GROUP_FOR_OVERVIEW} so no one client can be recognised`, () => {
    const few = summariseEvaluations([e('yes'), e('no')]);
    expect(few).toMatchObject({ count: 2, shown: false });
    expect(Object.values(few.counts.feltHeard).every((n) => n === 0)).toBe(true);
    const enough = summariseEvaluations([e('yes'), e('yes'), e('partly'), e('no'), e('yes')]);
    expect(enough).toMatchObject({ count: 5, shown: true, counts: { feltHeard: { yes: 3, partly: 1, no: 1 }, clearWhatNext: { yes: 5, partly: 0, no: 0 }, formRight: { yes: 0, no: 0, not_sure: 5 } } });
  });

  it('always adds up to the number of answers when shown', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom<Evaluation['feltHeard']>('yes', 'partly', 'no'), { minLength: MIN_GROUP_FOR_OVERVIEW, maxLength: 60 }), (answers) => {
      const summary = summariseEvaluations(answers.map(e));
      expect(Object.values(summary.counts.feltHeard).reduce((a, b) => a + b, 0)).toBe(answers.length);
    }));
  });
});

describe('the conversation report', () => {
  it('needs at least one paragraph with text, within bounds, with unique ids', () => {
    expect(checkParagraphs([])).toBe('empty');
    expect(checkParagraphs([p('a', '  ')])).toBe('empty');
    expect(checkParagraphs([p('a')])).toBeNull();
    expect(checkParagraphs([p('a'), p('a')])).toBe('duplicate_paragraph');
    expect(checkParagraphs([p('a', 'x'.repeat(PARAGRAPH_MAX + 1))])).toBe('paragraph_too_long');
    expect(checkParagraphs(Array.from({ length: MAX_PARAGRAPHS + 1 }, (_, i) => p(`p${i}`)))).toBe('too_many_paragraphs');
  });

  it('lets the employer see only the paragraphs about them (hoor en wederhoor), the client all', () => {
    const all = [p('a'), p('b', 'Over de werkgever', true), p('c')];
    expect(visibleParagraphs(all, 'client').map((x) => x.id)).toEqual(['a', 'b', 'c']);
    expect(visibleParagraphs(all, 'employer').map((x) => x.id)).toEqual(['b']);
  });

  it('edits only drafts, shares only drafts, and never touches a final version', () => {
    expect(checkEdit('draft')).toBeNull();
    expect(checkEdit('shared')).toBe('not_draft');
    expect(checkEdit('final')).toBe('final_is_final');
    expect(checkShare('draft', [p('a')])).toBeNull();
    expect(checkShare('draft', [])).toBe('empty');
    expect(checkShare('shared', [p('a')])).toBe('not_draft');
    expect(checkShare('final', [p('a')])).toBe('final_is_final');
  });

  it('takes a reaction on visible paragraphs only, a comment with every disagreement, and something to say', () => {
    const visible = [p('a'), p('b')];
    expect(checkReaction({ items: [{ paragraphId: 'a', stance: 'agree', text: '' }], additions: [] }, visible)).toBeNull();
    expect(checkReaction({ items: [{ paragraphId: 'a', stance: 'disagree', text: ' ' }], additions: [] }, visible)).toBe('comment_required');
    expect(checkReaction({ items: [{ paragraphId: 'a', stance: 'disagree', text: 'Het was in april, niet in maart.' }], additions: ['Mijn mantelzorg mist.'] }, visible)).toBeNull();
    expect(checkReaction({ items: [{ paragraphId: 'z', stance: 'agree', text: '' }], additions: [] }, visible)).toBe('not_for_audience');
    expect(checkReaction({ items: [{ paragraphId: 'a', stance: 'agree', text: '' }, { paragraphId: 'a', stance: 'disagree', text: 'x' }], additions: [] }, visible)).toBe('duplicate_paragraph');
    expect(checkReaction({ items: [], additions: ['  '] }, visible)).toBe('nothing_to_say');
    expect(checkReaction({ items: [], additions: ['Iets dat mist.'] }, visible)).toBeNull();
    expect(checkReaction({ items: [], additions: ['x'.repeat(COMMENT_MAX + 1)] }, visible)).toBe('comment_too_long');
  });

  it('asks a decision for disagreements and additions; keeping a text needs an explanation', () => {
    expect(needsProcessing({ stance: 'agree' })).toBe(false);
    expect(needsProcessing({ stance: 'disagree' })).toBe(true);
    expect(needsProcessing({ stance: 'addition' })).toBe(true);
    expect(checkProcessing({ stance: 'disagree', processing: null }, 'adopted', '')).toBeNull();
    expect(checkProcessing({ stance: 'addition', processing: null }, 'adjusted', '')).toBeNull();
    expect(checkProcessing({ stance: 'disagree', processing: null }, 'kept', 'Klopt.')).toBe('explanation_required');
    expect(checkProcessing({ stance: 'disagree', processing: null }, 'kept', 'De werkgever bevestigde de datum schriftelijk.')).toBeNull();
    expect(checkProcessing({ stance: 'agree', processing: null }, 'adopted', '')).toBe('not_shared');
    expect(checkProcessing({ stance: 'disagree', processing: { decision: 'adopted', explanation: '' } }, 'kept', 'Toch anders besloten, met reden.')).toBe('already_processed');
  });

  it('finalises only when every reaction that asks for a decision has one, and never twice', () => {
    const open = { stance: 'disagree' as const, processing: null };
    const done = { stance: 'disagree' as const, processing: { decision: 'kept' as const, explanation: 'Reden die lang genoeg is.' } };
    const agreed = { stance: 'agree' as const, processing: null };
    expect(checkFinalise('shared', [open, agreed])).toBe('unprocessed_comments');
    expect(checkFinalise('shared', [done, agreed])).toBeNull();
    expect(checkFinalise('draft', [])).toBeNull();
    expect(checkFinalise('final', [])).toBe('final_is_final');
  });
});
