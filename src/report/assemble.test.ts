// What each section is filled from (issue 8): the case's own facts in the report's words, professional-
// only sources kept out, end goal and support need apart, overshoots marked without colour, the
// client's reaction as they chose, and the front page.
import { describe, expect, it } from 'vitest';
import { clientReactionSection, documentOf, generateSection, type CaseMaterial, type CheckRound } from './assemble.js';
import { SECTION_KINDS, fillSection } from './domain.js';
import type { ReportBlock } from './document.js';
import { wordsFor } from './words.js';

const nl = wordsFor('nl');
const en = wordsFor('en');

function material(overrides: Partial<CaseMaterial> = {}): CaseMaterial {
  return {
    reference: 'AD-2026-00042', organisationName: 'Bureau Voorbeeld (fictief)',
    client: { fullName: 'Erik Jansen (fictief)', birthDate: '1980-01-23' },
    assignment: {
      commissioningParty: 'uwv_werkbedrijf', commissioningPartyOther: null, legalContext: 'wia', legalContextOther: null, question: 'Welk werk is passend?',
      deliveryDate: '2027-01-15', firstSicknessDay: null, commissionerReference: 'UWV-123',
    },
    expert: { displayName: 'Rik Rapporteur' },
    documents: [
      { fileName: 'fml.pdf', documentType: 'fml', uploadedAt: '2026-11-01T10:00:00Z', professionalOnly: false },
      { fileName: 'medisch-geheim.pdf', documentType: 'medical_free_information', uploadedAt: '2026-11-02T10:00:00Z', professionalOnly: true },
    ],
    contacts: [
      { activityType: 'first_contact', contactForm: 'video', state: 'held', plannedAt: '2026-11-03T10:00:00Z', heldAt: '2026-11-03T10:00:00Z' },
      { activityType: 'workplace_investigation', contactForm: 'physical', state: 'planned', plannedAt: '2026-12-20T10:00:00Z', heldAt: null },
    ],
    conversationReports: [{ title: 'Kennismaking', number: 2, finalisedAt: '2026-11-05T10:00:00Z', paragraphs: ['Erik vertelt over zijn werk.', ''] }],
    worksheet: [{ theme: 'future', body: 'Ik wil weer kennis delen.' }],
    justification: {
      entries: [{
        activity: 'first_contact', form: 'video', state: 'held', plannedAt: '2026-11-03T10:00:00Z', heldAt: '2026-11-03T10:00:00Z', againstAdvice: true, reasonText: 'Cliënt koos zelf.',
        clientPreference: { form: 'video' }, clientPreferenceFollowed: true, consent: { givenAt: '2026-11-02T10:00:00Z' }, mitigations: null, adequacy: { verdict: 'adequate' },
      }],
      summary: { physical: 0, video: 1, phone: 0, againstAdvice: 1 },
    },
    capacity: {
      fml: { date: '2026-10-01', authorRole: 'verzekeringsarts' },
      profiles: [{
        name: 'Kennismanager', kind: 'own_job', conclusion: { conclusion: 'not_suitable', reasoning: 'Te hoog tempo.' },
        summary: { items: 40, fits: 37, adjusted: 1, exceeds: 2, unknown: 0 },
        rows: [
          { marker: '▲', item: '1.9.9 Hoog handelingstempo', capacity: 'beperkt', demand: 'hoog tempo', outcome: 'overschrijdt', emphasis: true },
          { marker: '◆', item: '2.1 Zitten', capacity: '1 uur', demand: '2 uur', outcome: 'past met voorziening', emphasis: false },
        ],
        sections: [{ label: 'Persoonlijk functioneren', items: 10, exceeds: 2 }],
      }],
      spoor1: 'not_possible',
    },
    evidence: [
      { id: 'e1', number: 1, kind: 'information', sourceType: 'test_instrument', observedOn: '2026-11-10', title: 'Capaciteitentest: gemiddeld', reliability: 'high', notInvestigatedReason: null, professionalOnly: false, withdrawn: false },
      { id: 'e2', number: 2, kind: 'not_investigated', sourceType: 'test_instrument', observedOn: '2026-11-10', title: 'Leervermogen', reliability: null, notInvestigatedReason: 'cost', professionalOnly: false, withdrawn: false },
      { id: 'e3', number: 3, kind: 'information', sourceType: 'partner', observedOn: '2026-11-11', title: 'Partner over schulden', reliability: 'low', notInvestigatedReason: null, professionalOnly: true, withdrawn: false },
    ],
    schema1: [{ ref: 's1:work_history:strength', theme: 'work_history', category: 'strength', body: 'Lange ervaring.' }, { ref: 's1:x:y', theme: 'private_situation', category: 'burdening', body: '' }],
    schema2: [{ ref: 's2:social_communicating', key: 'social_communicating', label: null, supportNeed: 'Vaste contactpersoon.', workImplications: 'Rustige werkplek.' }],
    observations: [{ number: 1, body: 'Veel korte banen', discriminator: 'Gesprek met oud-werkgever.', hypotheses: [{ explanation: 'Overvraging', status: 'supported', statusArgument: 'Past bij de FML.' }, { explanation: 'Conflicten', status: 'open', statusArgument: null }] }],
    anomalies: [{ kind: 'inconsistency', description: 'Zegt fit te zijn, maar slaapt slecht.', explanation: null }],
    advice: {
      number: 1, finalisedAt: '2026-11-20T10:00:00Z',
      content: {
        workTypes: [{ text: 'Kennisdocumentalist, 20 uur', profileId: 'p1' }], schooling: null, guidance: { text: 'Jobcoach de eerste drie maanden.' },
        endGoal: { text: 'Duurzaam werk van 20 uur per week.' }, supportNeed: { text: 'Voorspelbaar werk en een vaste begeleider.' }, risksAndSafeguards: null, uncertainties: { text: 'Belastbaarheid na zes maanden.' },
      },
      reflection: { answers: { counter_arguments: 'De cliënt wil liever fulltime.', change_conditions: null, open_hypotheses: null, assumptions_and_gaps: 'Leervermogen niet getest.', expertise_boundary: null }, skipped: ['change_conditions'] },
      trace: {
        'workTypes.0': { evidence: [{ id: 'e1', number: 1, title: 'Capaciteitentest: gemiddeld', sourceType: 'test_instrument', observedOn: '2026-11-10', reliability: 'high', withdrawn: false, viaCell: null }], cells: [], profile: { name: 'Kennismanager' } },
        endGoal: { evidence: [{ id: 'e3', number: 3, title: 'Partner over schulden', sourceType: 'partner', observedOn: '2026-11-11', reliability: 'low', withdrawn: false, viaCell: null }], cells: [{ ref: 's1:work_history:strength', text: 'Lange ervaring.' }], profile: null },
      },
      profileNames: { p1: 'Kennismanager' },
    },
    wageValue: null,
    ...overrides,
  };
}

const textOf = (g: { paragraphs: string[]; blocks: ReportBlock[] }) =>
  [...g.paragraphs, ...g.blocks.flatMap((b) => (b.kind === 'paragraph' || b.kind === 'subheading' ? [b.text] : b.kind === 'list' ? b.items : b.kind === 'table' ? [b.caption, ...b.columns, ...b.rows.flatMap((r) => r.cells)] : [b.caption, ...b.bars.map((x) => x.label)]))].join('\n');

describe('generateSection', () => {
  it('fills every section kind without failing, in both languages, on a full and on an empty case', () => {
    const empty = material({ documents: [], contacts: [], conversationReports: [], worksheet: [], justification: { entries: [], summary: { physical: 0, video: 0, phone: 0, againstAdvice: 0 } }, capacity: { fml: null, profiles: [], spoor1: null }, evidence: [], schema1: [], schema2: [], observations: [], anomalies: [], advice: null });
    for (const w of [nl, en]) {
      for (const m of [material(), empty]) {
        for (const kind of SECTION_KINDS) {
          const g = generateSection(kind, m, w);
          expect(Array.isArray(g.paragraphs) && Array.isArray(g.blocks)).toBe(true);
          if (kind !== 'free' && kind !== 'client_reaction') expect(textOf(g).length, `${kind} says something`).toBeGreaterThan(0);
        }
      }
    }
  });
  it('states the assignment from the case', () => {
    const t = textOf(generateSection('assignment', material(), nl));
    expect(t).toContain('UWV WERKbedrijf');
    expect(t).toContain('De vraag: Welk werk is passend?');
    expect(t).toContain('UWV-123');
    expect(t).toContain('15 januari 2027');
    expect(textOf(generateSection('assignment', material(), en))).toContain('15 January 2027');
  });
  it('lists the sources, keeping professional-only ones out and counting them', () => {
    const t = textOf(generateSection('sources', material(), nl));
    expect(t).toContain('fml.pdf');
    expect(t).not.toContain('medisch-geheim');
    expect(t).not.toContain('Partner over schulden');
    expect(t).toContain('B1 Capaciteitentest: gemiddeld');
    expect(t).toContain('B2 Leervermogen: niet onderzocht (kosten)');
    expect(t).toContain('Daarnaast zijn 2 bronnen alleen voor de professional vastgelegd');
    // Only held contacts are sources.
    expect(t).toContain('Kennismaking');
    expect(t).not.toContain('Werkplekonderzoek');
  });
  it('accounts for the contact form with a table that marks a departure from the advice', () => {
    const g = generateSection('contact_form', material(), nl);
    expect(g.paragraphs.join(' ')).toContain('Gekozen tegen het advies in. Reden: Cliënt koos zelf.');
    const table = g.blocks[0] as Extract<ReportBlock, { kind: 'table' }>;
    expect(table.rows[0]).toEqual({ cells: ['3 november 2026', 'Kennismaking', 'Beeldbellen', 'Beeldbellen', 'ja'], emphasis: true });
  });
  it('gives the client’s perspective from checked conversation reports and their own words', () => {
    const t = textOf(generateSection('client_perspective', material(), nl));
    expect(t).toContain('Erik vertelt over zijn werk.');
    expect(t).toContain('In de eigen woorden van de cliënt (toekomst): Ik wil weer kennis delen.');
  });
  it('shows the overshoots at a glance: a table with the marker in words, and a chart per section', () => {
    const g = generateSection('capacity', material(), nl);
    const table = g.blocks.find((b) => b.kind === 'table') as Extract<ReportBlock, { kind: 'table' }>;
    expect(table.rows[0]).toEqual({ cells: ['▲', '1.9.9 Hoog handelingstempo', 'beperkt', 'hoog tempo', 'overschrijdt'], emphasis: true });
    expect(table.rows[1]!.emphasis).toBe(false);
    const chart = g.blocks.find((b) => b.kind === 'chart') as Extract<ReportBlock, { kind: 'chart' }>;
    expect(chart.bars).toEqual([{ label: 'Persoonlijk functioneren', capacity: 10, demand: 2, max: 10, overshoot: true }]);
    expect(textOf(g)).toContain('Conclusie: Niet geschikt. Te hoog tempo.');
  });
  it('answers the Poortwachter questions from the profiles of each kind', () => {
    expect(textOf(generateSection('own_work', material(), nl))).toContain('Kennismanager: Niet geschikt.');
    expect(textOf(generateSection('adapted_work', material(), nl))).toContain('Er is geen functieprofiel van deze soort vergeleken.');
    expect(textOf(generateSection('other_work_internal', material(), nl))).toContain('Spoor 1 (werk bij de eigen werkgever) is niet mogelijk.');
  });
  it('writes the analysis: schemas as tables, hypotheses with their status, anomalies open, and the questions before the advice', () => {
    const t = textOf(generateSection('analysis', material(), nl));
    expect(t).toContain('Lange ervaring.');
    expect(t).toContain('Vaste contactpersoon.');
    expect(t).toContain('Overvraging — ondersteund: Past bij de FML.');
    expect(t).toContain('nog niet verklaard');
    expect(t).toContain('De cliënt wil liever fulltime.');
    expect(t).toMatch(/Niet beantwoord: .+\./);
  });
  it('keeps end goal and support need as two sections of the advice', () => {
    const g = generateSection('advice', material(), nl);
    const headings = g.blocks.filter((b) => b.kind === 'subheading').map((b) => (b as { text: string }).text);
    expect(headings).toEqual(['Passende soorten werk', 'Begeleiding', 'Einddoel', 'Ondersteuningsbehoefte', 'Onzekerheden']);
    expect(textOf(g)).toContain('Kennisdocumentalist, 20 uur (zie functie Kennismanager)');
    expect(textOf(generateSection('advice', material({ advice: null }), nl))).toBe('Er is nog geen definitief re-integratieadvies vastgelegd.');
  });
  it('traces each conclusion to its sources, without showing professional-only titles', () => {
    const t = textOf(generateSection('trace', material(), nl));
    expect(t).toContain('B1 Capaciteitentest: gemiddeld (Test of instrument, 10 november 2026, betrouwbaarheid hoog)'.replace('Test of instrument', nl.t('judgement.enums.sourceType.test_instrument')));
    expect(t).toContain('B3 (alleen voor de professional; niet in deze rapportage)');
    expect(t).not.toContain('Partner over schulden');
    expect(t).toContain('s1:work_history:strength: Lange ervaring.');
  });
  it('states the wage value and the subsidy in euros', () => {
    const g = generateSection('wage_value', material({
      wageValue: { measuredOn: '2026-11-15', method: 'Dariuz', assessor: 'J. Meter', percentage: 55.5, job: 'Inpakker', hoursPerWeek: 32, problem: null,
        subsidy: { wmlMonthInclHolidayCents: 250_000, wageValueCents: 138_750, differenceCents: 111_250, capCents: 175_000, subsidyCents: 111_250, supplementCents: 26_700, totalCents: 137_950 } },
    }), nl);
    expect(g.paragraphs[0]).toContain('55,5%');
    const table = g.blocks[0] as Extract<ReportBlock, { kind: 'table' }>;
    expect(table.rows.at(-1)!.emphasis).toBe(true);
    expect(table.rows.at(-1)!.cells.join(' ').replace(/\s/g, ' ')).toBe('Totaal subsidie € 1.379,50');
  });
  it('gives the same output for the same case (staleness depends on it)', () => {
    for (const kind of SECTION_KINDS) expect(generateSection(kind, material(), nl)).toEqual(generateSection(kind, material(), nl));
  });
});

describe('clientReactionSection', () => {
  const paragraphs = new Map([['p1', 'De cliënt kan niet meer fulltime werken in het eigen werk.']]);
  const round = (comments: CheckRound['comments'], summaryChosen = false): CheckRound => ({ sharedAt: '2026-11-25T10:00:00Z', comments, summaryChosen });
  it('says the draft was not put to the client, with the reason', () => {
    expect(clientReactionSection(null, paragraphs, { reason: 'De cliënt wilde het niet lezen.', summary: null }, nl)).toEqual(['Het concept van deze rapportage is niet aan de cliënt voorgelegd. Reden: De cliënt wilde het niet lezen.']);
  });
  it('says when the client did not react, or only agreed', () => {
    expect(clientReactionSection(round([]), paragraphs, { reason: null, summary: null }, nl)[0]).toContain('De cliënt heeft niet gereageerd.');
    expect(clientReactionSection(round([{ audience: 'client', paragraphId: 'p1', stance: 'agree', text: '', processing: null }]), paragraphs, { reason: null, summary: null }, nl)[0]).toContain('eens met de inhoud');
  });
  it('quotes the client’s own words with what the expert did, or the summary they chose', () => {
    const said = [{ audience: 'client' as const, paragraphId: 'p1', stance: 'disagree' as const, text: 'Ik kan wel 24 uur.', processing: { decision: 'kept', explanation: 'De FML laat 20 uur toe.' } }];
    const full = clientReactionSection(round(said), paragraphs, { reason: null, summary: null }, nl);
    expect(full[1]).toBe('Over “De cliënt kan niet meer fulltime werken in het eigen werk.”: Ik kan wel 24 uur. Mijn verwerking: niet overgenomen. Toelichting: De FML laat 20 uur toe.');
    const summary = clientReactionSection(round(said, true), paragraphs, { reason: null, summary: 'De cliënt denkt 24 uur te kunnen werken.' }, nl);
    expect(summary).toEqual([expect.stringContaining('samenvatting'), 'De cliënt denkt 24 uur te kunnen werken.']);
    expect(summary.join(' ')).not.toContain('Ik kan wel 24 uur.');
  });
  it('records an unprocessed reaction with the reason to finalise nevertheless, and the employer’s part apart', () => {
    const out = clientReactionSection(round([
      { audience: 'client', paragraphId: null, stance: 'addition', text: 'Mijn rug.', processing: null },
      { audience: 'employer', paragraphId: 'p1', stance: 'disagree', text: 'Wij zien dat anders.', processing: { decision: 'adopted', explanation: '' } },
    ]), paragraphs, { reason: 'Termijn van UWV.', summary: null }, nl);
    expect(out[1]).toBe('Aanvulling: Mijn rug. Nog niet verwerkt. Reden om toch af te ronden: Termijn van UWV.');
    expect(out[2]).toBe('Reactie van de werkgever op de delen over de werkgever:');
    expect(out[3]).toContain('Wij zien dat anders. Mijn verwerking: overgenomen.');
  });
});

describe('documentOf', () => {
  it('puts the case’s facts on the front page and the sections in the template’s order', () => {
    const sections = [fillSection({ kind: 'assignment', title: 'Opdracht', standardText: '', forEmployer: true }, generateSection('assignment', material(), nl), () => 'a', '2026-12-07T10:00:00Z')];
    const doc = documentOf({ material: material(), sections, version: 2, draft: true, letterhead: { lines: ['Straat 1'], logo: null }, signature: null, date: '2026-12-07T10:00:00Z' }, nl);
    expect(doc.facts.map((f) => f.label)).toEqual(['Cliënt', 'Geboortedatum', 'Dossier', 'Opdrachtgever', 'Kenmerk opdrachtgever', 'Kader', 'Arbeidsdeskundige', 'Datum rapport', 'Versie']);
    expect(doc.facts[0]!.value).toBe('Erik Jansen (fictief)');
    expect(doc.facts[1]!.value).toBe('23 januari 1980');
    expect(doc).toMatchObject({ caseReference: 'AD-2026-00042', version: 2, draft: true, signature: null, letterhead: { organisationName: 'Bureau Voorbeeld (fictief)', lines: ['Straat 1'] } });
    expect(doc.sections[0]!.blocks[0]).toEqual({ kind: 'paragraph', text: 'Opdrachtgever: UWV WERKbedrijf.' });
    expect(doc.labels.page).toBe('Pagina {page} van {pages}');
    const signed = documentOf({ material: material(), sections, version: 2, draft: false, letterhead: { lines: [], logo: null }, signature: { signer: 'Rik Rapporteur', signedAt: '2026-12-07T10:00:00Z' }, date: '2026-12-07T10:00:00Z' }, en);
    expect(signed.signature).toEqual({ signer: 'Rik Rapporteur', role: 'Labour expert', signedAt: '7 December 2026' });
  });
});
