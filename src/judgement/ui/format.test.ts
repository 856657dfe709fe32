// Words of the judgement page: sources as B-numbers, schema cells by theme and category, and Passend's
// signals as questions that name the concrete items they are about.
import { beforeAll, describe, expect, it } from 'vitest';
import i18n from '../../web/i18n';
import { judgementSignals, questionExperiment, type AdviceContent } from '../domain';
import type { EvidenceSummary, JudgementPageData } from './api';
import { adviceSectionName, cellRefLabel, experimentQuestionText, linkableCells, listText, pickable, sectionSignals, signalText, sourceNumbers } from './format';

const t = i18n.t.bind(i18n);

const evidence = (number: number, overrides: Partial<EvidenceSummary> = {}): EvidenceSummary => ({
  id: `e${number}`, number, kind: 'information', sourceType: 'client_story', sourceName: null, observedOn: '2026-03-01', method: 'conversation', title: `Bron ${number}`,
  reliability: 'reasonable', notInvestigatedReason: null, factorCodes: [], instrumentId: null, professionalOnly: true, hasRealityCheck: false, withdrawn: null, ...overrides,
});

const page: JudgementPageData = {
  caseId: 'c', reference: 'AD-1', legalContext: 'wajong', open: true, today: '2026-03-10',
  evidence: [
    evidence(2, { id: 'nothing', kind: 'self_assessment', title: '“Er is niets met mij aan de hand”' }),
    evidence(1, { id: 'wajong', sourceType: 'earlier_report', title: 'Wajong-beoordeling' }),
    evidence(3, { id: 'mother', sourceType: 'family', title: 'Moeder steunt de ICT-wens' }),
    evidence(4, { id: 'learning', kind: 'not_investigated', reliability: null, notInvestigatedReason: 'cost', title: 'Leervermogen niet getest' }),
    evidence(5, { id: 'old', title: 'Oude notitie', withdrawn: { at: '2026-03-02T10:00:00Z', reason: 'Verkeerd dossier.' } }),
  ],
  coverage: { themes: [], summary: { explored: [], partly: [], untouched: ['work_history', 'biography'], claimsComplete: false } },
  schema1: [{ ref: 's1:education_history:burdening', theme: 'education_history', category: 'burdening', body: 'Geen diploma’s.', evidenceIds: ['wajong'], version: 1, updatedAt: '2026-03-01T10:00:00Z', updatedBy: 'AD' }],
  schema2: [
    { ref: 's2:social_communicating', key: 'social_communicating', label: null, supportNeed: 'Vaste contactpersoon.', workImplications: null, basis: null, evidenceIds: ['mother'], version: 1, updatedAt: '2026-03-01T10:00:00Z', updatedBy: 'AD' },
    { ref: 's2:eigen-0a1b2c3d', key: 'eigen-0a1b2c3d', label: 'Beroepsvaardigheden: netwerkbeheer', supportNeed: null, workImplications: null, basis: null, evidenceIds: [], version: 1, updatedAt: '2026-03-01T10:00:00Z', updatedBy: 'AD' },
  ],
  observations: [{
    id: 'w1', number: 1, body: 'Spijbelen tijdens elke opleiding', discriminator: null, evidenceIds: [], version: 1, createdAt: '2026-03-01T10:00:00Z',
    hypotheses: [
      { id: 'h1', explanation: 'Angst voor groepen', status: 'open', statusArgument: null, evidenceFor: [], evidenceAgainst: [], version: 1, updatedAt: null },
      { id: 'h2', explanation: 'Geen interesse in de opleidingen', status: 'open', statusArgument: null, evidenceFor: [], evidenceAgainst: [], version: 1, updatedAt: null },
    ],
  }],
  anomalies: [], placements: [], trajectories: [], lastCheckpointAt: null, advice: null, adviceHistory: [], signals: [], beforeFinal: [], adviceSections: [],
  factors: [{ code: 'anxiety', group: 'psychological', label: { nl: 'Angst', en: 'Anxiety' }, icf: 'b152', own: false }],
  factorGroups: [], instruments: [], notes: [], contacts: [], documents: [], profiles: [],
};

beforeAll(async () => {
  await i18n.changeLanguage('nl');
});

describe('words of the judgement page', () => {
  it('names sources by their B-number in number order, and schema cells by theme and category', () => {
    expect(sourceNumbers(page, ['mother', 'wajong', 'unknown'])).toBe('B1, B3');
    expect(sourceNumbers(page, [])).toBeNull();
    expect(cellRefLabel(t, page, 's1:education_history:burdening')).toBe('Schema 1: Opleidingsverleden · Belastend');
    expect(cellRefLabel(t, page, 's2:social_communicating')).toBe('Schema 2: Sociale vaardigheden: Communiceren');
    expect(cellRefLabel(t, page, 's2:eigen-0a1b2c3d')).toBe('Schema 2: Beroepsvaardigheden: netwerkbeheer');
    expect(cellRefLabel(t, page, 's1:nonsense:burdening')).toBe('onbekende cel');
    expect(adviceSectionName(t, 'workTypes.1')).toBe('Passende soorten werk 2');
    expect(adviceSectionName(t, 'supportNeed')).toBe('Ondersteuningsbehoefte');
    expect(listText('nl', ['a', 'b', 'c'])).toBe('a, b en c');
  });

  it('words each signal as a question naming the concrete items', () => {
    const signals = judgementSignals({
      today: '2026-03-10',
      evidence: page.evidence.map((e) => ({ id: e.id, number: e.number, kind: e.kind, sourceType: e.sourceType, realityCheck: e.hasRealityCheck ? 'yes' : null, factorCodes: e.factorCodes, withdrawn: e.withdrawn !== null })),
      coverage: [], schema1: [], schema2: [],
      observations: page.observations.map((o) => ({ id: o.id, discriminator: o.discriminator, hypotheses: o.hypotheses.map((h) => ({ id: h.id, status: h.status, evidenceFor: h.evidenceFor })) })),
      anomalies: [], placement: { willingness: -1, ability: 0 }, experiments: [], lastCheckpointAt: null, advice: null, profileConclusions: new Map(), boundaryFactors: new Set(),
    });
    const text = (code: string) => signalText(t, 'nl', signals.find((s) => s.code === code)!, page);
    expect(text('coverage_untouched')).toMatch(/^Nog niet aangeraakt in het gespreksmodel: Reden van arbeidsongeschiktheid, .* en Toekomstvisie en wensen\. .*\?$/);
    expect(text('hypotheses_open')).toBe('Nog open verklaringen: ‘Angst voor groepen’ (bij W1) en ‘Geen interesse in de opleidingen’ (bij W1). Wat weegt u nog, en wat is nodig om ze te toetsen?');
    expect(text('no_discriminator')).toContain('Bij W1 ‘Spijbelen tijdens elke opleiding’ staan meerdere open verklaringen');
    expect(text('not_investigated')).toBe('Niet onderzocht: B4 Leervermogen niet getest. Wat betekent dit gat voor uw conclusies?');
    expect(text('self_assessment_unchecked')).toContain('B2 “Er is niets met mij aan de hand”');
    expect(text('placement_unwilling')).toMatch(/onkunde.*\?$/);
    // A withdrawn source is no longer "not investigated" or unchecked.
    expect(signals.flatMap((s) => s.refs)).not.toContain('old');
    expect(signalText(t, 'nl', { code: 'end_goal_own_circle_only', refs: ['mother'] }, page))
      .toBe('Het einddoel rust alleen op het verhaal van de cliënt en zijn naasten (B3 Moeder steunt de ICT-wens). Welke andere bron bevestigt het?');
    expect(signalText(t, 'nl', { code: 'boundary_factors', refs: ['anxiety'] }, page)).toContain('Bronnen noemen Angst.');
    expect(signalText(t, 'nl', { code: 'conclusion_without_basis', refs: ['workTypes.0', 'guidance'] }, page)).toMatch(/^Passende soorten werk 1 en Begeleiding: rust op geen bron/);
  });

  it('narrows the advice signals to the section they concern', () => {
    const content: AdviceContent = {
      workTypes: [{ text: 'ICT-beheer', profileId: 'p1', evidenceIds: [], cellRefs: [] }], schooling: null, guidance: null,
      endGoal: { text: 'Netwerkbeheerder', evidenceIds: ['mother', 'old'], cellRefs: [] }, supportNeed: { text: 'Steun bij contact', evidenceIds: [], cellRefs: [] },
      risksAndSafeguards: null, uncertainties: null,
    };
    const signals = [
      { code: 'conclusion_without_basis' as const, refs: ['workTypes.0', 'supportNeed'] },
      { code: 'end_goal_own_circle_only' as const, refs: ['mother'] },
      { code: 'support_need_without_schema2' as const, refs: ['supportNeed'] },
      { code: 'work_type_not_suitable' as const, refs: ['p1'] },
      { code: 'withdrawn_evidence_linked' as const, refs: ['old'] },
    ];
    expect(sectionSignals(signals, 'endGoal', content.endGoal, content).map((s) => s.code)).toEqual(['end_goal_own_circle_only', 'withdrawn_evidence_linked']);
    expect(sectionSignals(signals, 'supportNeed', content.supportNeed, content)).toEqual([
      { code: 'conclusion_without_basis', refs: ['supportNeed'] }, { code: 'support_need_without_schema2', refs: ['supportNeed'] },
    ]);
    expect(sectionSignals(signals, 'workTypes.0', content.workTypes[0]!, content).map((s) => s.code)).toEqual(['conclusion_without_basis', 'work_type_not_suitable']);
  });

  it('offers only live sources and filled cells, keeping what is already linked', () => {
    expect(pickable(page.evidence, []).map((e) => e.id)).not.toContain('old');
    expect(pickable(page.evidence, ['old']).map((e) => e.id)).toContain('old');
    expect(linkableCells(page, [])).toEqual(['s1:education_history:burdening', 's2:social_communicating']);
    expect(linkableCells(page, ['s2:eigen-0a1b2c3d'])).toContain('s2:eigen-0a1b2c3d');
  });

  it('asks about a feedback moment more than two weeks off, in figures', () => {
    const [question] = questionExperiment('2026-03-10', '2026-03-31');
    expect(experimentQuestionText(t, question!)).toBe('Het volgende terugkoppelmoment ligt 21 dagen verder. De onderzoekers vragen om heel frequente terugkoppelmomenten; is een moment binnen 14 dagen mogelijk, zodat u een dreigende faalervaring op tijd ziet?');
    expect(questionExperiment('2026-03-10', '2026-03-24')).toEqual([]);
  });
});
