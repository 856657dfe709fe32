// Capacity against demands (issue 6) through HTTP on both engines: an FML entered for a client with
// psychological limitations and 20 hours a week, his former job and a part-time alternative on the same
// items, the matrix with its overshoots and sections, an override with its reason beside the computed
// value, conclusions with Passend's questions, the Poortwachter spoor; an FML imported from a file (every
// problem with its line, nothing imported), bad values refused whole, several FMLs side by side with
// their warnings, the organisation's library, an administrator's own catalogue, and no access from
// office staff or another organisation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createOrganisation, createUser, ENGINES, newCaseBody, signIn, startApp, type TestApp } from './harness.js';

const FML_C = {
  catalogueId: 'shipped', date: '2026-09-01', authorRole: 'verzekeringsarts',
  circumstances: { duringTreatment: false, prognosis: 'Geen verbetering verwacht binnen een jaar.' }, versionLabel: 'WIA-keuring',
  values: {
    'I-1': { kind: 'ordinal', level: 1 },
    'I-2': { kind: 'ordinal', level: 1 },
    'IV-13': { kind: 'quantity', max: null, unit: 'kg' },
    'VI-1': { kind: 'periods', allowed: ['day', 'evening'] },
    'VI-2': { kind: 'hours', max: 4 },
    'VI-3': { kind: 'hours', max: 20 },
  },
};
const FORMER_JOB = {
  catalogueId: 'shipped', kind: 'own_job', name: 'Kennismanager (voltijd)', basis: 'job_description', description: 'Functieomschrijving 2024 (fictief).',
  demands: {
    'I-1': { kind: 'ordinal', level: 0 },
    'I-2': { kind: 'ordinal', level: 0 },
    'IV-13': { kind: 'quantity', amount: 5, unit: 'kg' },
    'VI-1': { kind: 'periods', needed: ['day'] },
    'VI-2': { kind: 'hours', hours: 8 },
    'VI-3': { kind: 'hours', hours: 36 },
  },
  adjustments: [],
};

describe.each(ENGINES)('capacity against demands on %s', (engine) => {
  let t: TestApp;
  let asExpert: Client;
  let asOffice: Client;
  let asAdmin: Client;
  let asOutsider: Client;

  beforeAll(async () => {
    t = await startApp(engine);
    const org = await createOrganisation(t, 'Praktijk Belastbaarheid (test)');
    asExpert = await signIn(t, await createUser(t, org, ['labour_expert'], { name: 'Bram Beoordelaar' }));
    asOffice = await signIn(t, await createUser(t, org, ['office_staff']));
    asAdmin = await signIn(t, await createUser(t, org, ['org_admin']));
    asOutsider = await signIn(t, await createUser(t, await createOrganisation(t), ['labour_expert', 'office_staff']));
  });
  afterAll(async () => t?.close());

  async function newCase(legalContext = 'wia') {
    const created = await asExpert.post('/api/cases', newCaseBody({ assignment: { ...newCaseBody().assignment, legalContext, firstSicknessDay: legalContext === 'poortwachter' ? '2025-12-01' : null } }));
    expect(created.statusCode, created.body).toBe(201);
    return created.json().id as string;
  }

  it('compares the FML with his former job and a part-time alternative, item by item, with the expert’s judgement beside it', async () => {
    const caseId = await newCase();
    const fml = await asExpert.post(`/api/cases/${caseId}/fmls`, FML_C);
    expect(fml.statusCode, fml.body).toBe(201);
    const own = (await asExpert.post(`/api/cases/${caseId}/job-profiles`, FORMER_JOB)).json().id as string;
    const copy = await asExpert.post(`/api/cases/${caseId}/job-profiles/${own}/copy`, { kind: 'work_elsewhere', name: 'Kennismedewerker 20 uur' });
    expect(copy.statusCode, copy.body).toBe(201);
    const partTime = copy.json().id as string;
    const { catalogueId: _catalogue, ...formerFields } = FORMER_JOB;
    const adjusted = await asExpert.put(`/api/cases/${caseId}/job-profiles/${partTime}`, {
      ...formerFields, kind: 'work_elsewhere', name: 'Kennismedewerker 20 uur', version: 1,
      demands: { ...FORMER_JOB.demands, 'I-1': { kind: 'ordinal', level: 1 }, 'VI-2': { kind: 'hours', hours: 4 }, 'VI-3': { kind: 'hours', hours: 20 } },
      adjustments: [{ description: 'Vaste werkplek in een stille ruimte', effect: 'Minder prikkels; verdelen van de aandacht is zelden nodig.', items: ['I-2'] }],
    });
    expect(adjusted.statusCode, adjusted.body).toBe(200);

    const page = (await asExpert.get(`/api/cases/${caseId}/capacity`)).json();
    expect(page.fmls).toHaveLength(1);
    const [former, part] = page.profiles;
    const cell = (p: { cells: Array<{ item: string; computed: { outcome: string; by: Record<string, unknown> | null }; outcome: string }> }, code: string) => p.cells.find((c) => c.item === code)!;
    // The former job: concentration, dividing attention, hours per day and per week exceed.
    expect(cell(former, 'I-1').computed).toMatchObject({ outcome: 'exceeds', by: { levels: 1 } });
    expect(cell(former, 'VI-2').computed).toMatchObject({ outcome: 'exceeds', by: { amount: 4, unit: 'hours_per_day' } });
    expect(cell(former, 'VI-3').computed.outcome).toBe('exceeds');
    expect(cell(former, 'IV-13').computed.outcome).toBe('fits');
    expect(cell(former, 'VI-1').computed.outcome).toBe('fits');
    expect(cell(former, 'V-1').computed.outcome).toBe('unknown');
    expect(former.summary.computed).toMatchObject({ exceeds: 4, overshootSections: [{ section: 'I', count: 2 }, { section: 'VI', count: 2 }] });
    // The part-time alternative: only dividing attention remains.
    expect(part.summary.computed.exceeds).toBe(1);
    expect(part.summary.unaddressedOvershoots).toEqual(['I-2']);

    // The expert overrides that cell with a reason; computed and judged stay both visible.
    const tooShort = await asExpert.put(`/api/cases/${caseId}/job-profiles/${partTime}/cells/I-2`, { note: null, override: { conclusion: 'fits_with_adjustment', reason: 'stil' } });
    expect(tooShort.statusCode).toBe(400);
    expect(tooShort.json().error.message).toMatch(/te kort/);
    expect((await asExpert.put(`/api/cases/${caseId}/job-profiles/${partTime}/cells/I-2`, {
      note: 'Besproken met cliënt.', override: { conclusion: 'fits_with_adjustment', reason: 'Aanpassing: vaste stille werkplek neemt de overschrijding weg.' },
    })).statusCode).toBe(204);
    const after = (await asExpert.get(`/api/cases/${caseId}/capacity`)).json().profiles[1];
    expect(cell(after, 'I-2')).toMatchObject({ computed: { outcome: 'exceeds' }, outcome: 'fits_with_adjustment', judgement: { conclusion: 'fits_with_adjustment' }, note: 'Besproken met cliënt.' });
    expect(after.summary.judged).toMatchObject({ exceeds: 0, fitsWithAdjustment: 1 });

    // Conclusions: Passend asks, never blocks.
    const suitable = await asExpert.post(`/api/cases/${caseId}/job-profiles/${own}/conclusions`, { fmlId: fml.json().id, conclusion: 'suitable', reasoning: 'Cliënt wil graag terug naar zijn eigen functie.' });
    expect(suitable.statusCode, suitable.body).toBe(201);
    expect(suitable.json().questions.map((q: { code: string }) => q.code)).toContain('suitable_despite_overshoots');
    const withAdjustments = await asExpert.post(`/api/cases/${caseId}/job-profiles/${partTime}/conclusions`, { fmlId: fml.json().id, conclusion: 'suitable_with_adjustments', reasoning: 'Passend met een vaste stille werkplek, 4 uur per dag.' });
    // Only six of the list's items are described on both sides: Passend asks about the rest, nothing else.
    expect(withAdjustments.json().questions.map((q: { code: string }) => q.code)).toEqual(['many_unknowns']);
    const concluded = (await asExpert.get(`/api/cases/${caseId}/capacity`)).json();
    expect(concluded.profiles[1].conclusion).toMatchObject({ conclusion: 'suitable_with_adjustments', concludedBy: 'Bram Beoordelaar' });
    expect(concluded.spoor).toBeNull(); // not a Poortwachter case
    const timeline = (await asExpert.get(`/api/cases/${caseId}`)).json().timeline.map((e: { kind: string }) => e.kind);
    expect(timeline).toEqual(expect.arrayContaining(['fml_recorded', 'job_profile_added', 'profile_concluded']));
  });

  it('refuses bad values whole, naming every problem, and saves nothing', async () => {
    const caseId = await newCase();
    const bad = await asExpert.post(`/api/cases/${caseId}/fmls`, {
      ...FML_C, date: '', authorRole: 'huisarts',
      values: { 'I-1': { kind: 'ordinal', level: 7 }, 'IV-13': { kind: 'quantity', max: 10, unit: 'lb' }, 'XX-1': { kind: 'ordinal', level: 0 }, 'VI-2': { kind: 'hours', max: 30 } },
    });
    expect(bad.statusCode).toBe(400);
    const problems = bad.json().error.problems.map((p: { field: string }) => p.field).sort();
    expect(problems).toEqual(['authorRole', 'date', 'values.I-1', 'values.IV-13', 'values.VI-2', 'values.XX-1']);
    expect(bad.json().error.message).toMatch(/^Er is niets opgeslagen\./);
    const profile = await asExpert.post(`/api/cases/${caseId}/job-profiles`, { ...FORMER_JOB, demands: { 'NOPE': { kind: 'ordinal', level: 0 } } });
    expect(profile.statusCode).toBe(400);
    expect(profile.json().error.problems[0].message).toMatch(/NOPE/);
    const page = (await asExpert.get(`/api/cases/${caseId}/capacity`)).json();
    expect([page.fmls.length, page.profiles.length]).toEqual([0, 0]);
    const unknownCatalogue = await asExpert.post(`/api/cases/${caseId}/fmls`, { ...FML_C, catalogueId: 'elders' });
    expect(unknownCatalogue.statusCode).toBe(404);
  });

  it('imports an FML from a file, or reports every problem with its line and imports nothing', async () => {
    const caseId = await newCase();
    const broken = ['# test', 'datum;31-02-2026', 'code;waarde;eenheid', 'I-1;9', 'IV-13;1.200;kg', 'VI-2;4;uur', 'ZZ-9;1'].join('\n');
    const refused = await asExpert.post(`/api/cases/${caseId}/fmls/import`, { catalogueId: 'shipped', text: broken });
    expect(refused.statusCode).toBe(400);
    const lines = refused.json().error.problems.map((p: { line: number | null }) => p.line);
    expect(lines).toEqual(expect.arrayContaining([2, 4, 5, 7, null]));
    expect(refused.json().error.message).toMatch(/niets geïmporteerd/);
    expect((await asExpert.get(`/api/cases/${caseId}/capacity`)).json().fmls).toEqual([]);

    const good = ['datum;2026-01-10', 'auteur;bedrijfsarts', 'tijdens_behandeling;ja', 'code;waarde;eenheid', 'I-1;1', 'IV-13;7,5;kg', 'VI-3;20;uur'].join('\r\n');
    const imported = await asExpert.post(`/api/cases/${caseId}/fmls/import`, { catalogueId: 'shipped', text: good });
    expect(imported.statusCode, imported.body).toBe(201);
    expect(imported.json().items).toBe(3);
    // A second, newer FML: both stay, side by side, with warnings on the older one.
    expect((await asExpert.post(`/api/cases/${caseId}/fmls`, FML_C)).statusCode).toBe(201);
    const page = (await asExpert.get(`/api/cases/${caseId}/capacity`)).json();
    expect(page.fmls.map((f: { date: string; latest: boolean }) => [f.date, f.latest])).toEqual([['2026-09-01', true], ['2026-01-10', false]]);
    const older = page.fmls[1];
    expect(older.warnings.map((w: { code: string }) => w.code)).toEqual(['drawn_up_during_treatment', 'older_fml_than_another']);
    expect(older.values['IV-13']).toEqual({ kind: 'quantity', max: 7.5, unit: 'kg' });
    // The comparison can be made against the older one on request.
    expect((await asExpert.get(`/api/cases/${caseId}/capacity?fml=${older.id}`)).json().chosenFmlId).toBe(older.id);
  });

  it('shows spoor 1 and whether spoor 2 is indicated on a Poortwachter case', async () => {
    const caseId = await newCase('poortwachter');
    const fmlId = (await asExpert.post(`/api/cases/${caseId}/fmls`, FML_C)).json().id;
    const own = (await asExpert.post(`/api/cases/${caseId}/job-profiles`, { ...FORMER_JOB, name: 'Magazijnmedewerker' })).json().id;
    const adapted = (await asExpert.post(`/api/cases/${caseId}/job-profiles/${own}/copy`, { kind: 'adapted_own_job', name: 'Magazijn, aangepast' })).json().id;
    let spoor = (await asExpert.get(`/api/cases/${caseId}/capacity`)).json().spoor;
    expect(spoor).toMatchObject({ spoor1: 'undecided', spoor2Indicated: false, unexaminedKinds: ['other_work_same_employer'] });
    for (const id of [own, adapted]) {
      expect((await asExpert.post(`/api/cases/${caseId}/job-profiles/${id}/conclusions`, { fmlId, conclusion: 'not_suitable', reasoning: 'Overschrijdingen op uren en aandacht blijven.' })).statusCode).toBe(201);
    }
    spoor = (await asExpert.get(`/api/cases/${caseId}/capacity`)).json().spoor;
    expect(spoor).toMatchObject({ spoor1: 'not_possible', spoor2Indicated: true });
  });

  it('keeps a library of job profiles for the organisation, and lets an administrator load a catalogue as data', async () => {
    const caseId = await newCase();
    const own = (await asExpert.post(`/api/cases/${caseId}/job-profiles`, FORMER_JOB)).json().id;
    const saved = await asExpert.post(`/api/cases/${caseId}/job-profiles/${own}/library`, { name: 'Kennismanager', description: 'Voltijd, kantoor.' });
    expect(saved.statusCode, saved.body).toBe(201);
    const library = (await asExpert.get('/api/job-profile-library')).json().items;
    expect(library.map((p: { name: string; kind: string }) => [p.name, p.kind])).toEqual([['Kennismanager', 'named_profile']]);
    const other = await newCase();
    const taken = await asExpert.post(`/api/cases/${other}/job-profiles/from-library`, { libraryId: saved.json().id, kind: 'work_elsewhere', name: 'Kennismanager elders' });
    expect(taken.statusCode, taken.body).toBe(201);
    expect((await asOutsider.post(`/api/cases/${other}/job-profiles/from-library`, { libraryId: saved.json().id, kind: 'work_elsewhere', name: 'x' })).statusCode).toBe(404);
    expect((await asOutsider.get('/api/job-profile-library')).json().items).toEqual([]);
    expect((await asOffice.get('/api/job-profile-library')).statusCode).toBe(403);

    const list = {
      name: 'Proeflijst (test)', version: '1', source: 'Testbron',
      sections: [{ code: 'A', label: { nl: 'Aandacht', en: 'Attention' } }],
      items: [{ section: 'A', code: 'A-1', label: { nl: 'Concentreren', en: 'Concentrating' }, definition: null, kind: 'ordinal',
        levels: [{ code: '0', label: { nl: 'normaal', en: 'normal' }, boundary: { nl: 'Normaal.', en: 'Normal.' } }, { code: '1', label: { nl: 'beperkt', en: 'limited' }, boundary: { nl: 'Beperkt.', en: 'Limited.' } }] }],
    };
    expect((await asExpert.post('/api/admin/capacity-catalogues', list)).statusCode).toBe(403);
    const broken = await asAdmin.post('/api/admin/capacity-catalogues', { ...list, items: [{ ...list.items[0], section: 'Z' }] });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.problems[0].field).toBe('items[0].section');
    const loaded = await asAdmin.post('/api/admin/capacity-catalogues', list);
    expect(loaded.statusCode, loaded.body).toBe(201);
    expect((await asAdmin.post('/api/admin/capacity-catalogues', list)).statusCode).toBe(409);
    const catalogues = (await asExpert.get('/api/capacity/catalogues')).json().items;
    expect(catalogues.map((c: { name: string }) => c.name)).toContain('Proeflijst (test)');
    const fml = await asExpert.post(`/api/cases/${caseId}/fmls`, { ...FML_C, catalogueId: loaded.json().id, values: { 'A-1': { kind: 'ordinal', level: 1 } } });
    expect(fml.statusCode, fml.body).toBe(201);
  });

  it('is the labour expert’s work: office staff are refused, another organisation finds nothing', async () => {
    const caseId = await newCase();
    expect((await asOffice.get(`/api/cases/${caseId}/capacity`)).statusCode).toBe(403);
    expect((await asOffice.post(`/api/cases/${caseId}/fmls`, FML_C)).statusCode).toBe(403);
    expect((await asOutsider.get(`/api/cases/${caseId}/capacity`)).statusCode).toBe(404);
  });
});
