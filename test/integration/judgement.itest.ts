// Explicit professional judgement (issue 7) through HTTP on both engines, on a case like vignette A of
// seed 001 (a young man with a wish for ICT training, no FML): sources with their reliability, the
// client's self-assessment beside the expert's reality check, "not investigated" recorded, coverage of
// the conversation model, both schemas with links, an inconsistency, competing hypotheses for the
// truancy and for the ICT wish, a placement, a safeguarded experiment with its feedback moment as a
// deadline and a reminder, and the advice with end goal and support need apart, traced to its sources
// and finalised with Passend's questions answered or visibly skipped. Bad input is refused whole.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createOrganisation, createUser, ENGINES, newCaseBody, openPortal, signIn, startApp, type TestApp } from './harness.js';
import { queueFeedbackReminders } from '../../src/judgement/store.js';

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

const evidence = (overrides: Record<string, unknown> = {}) => ({
  kind: 'information', sourceType: 'client_story', sourceName: null, observedOn: addDays(today(), -10), method: 'conversation', title: 'Eigen verhaal cliënt',
  body: null, interest: null, reliability: 'reasonable', realityCheck: null, notInvestigatedReason: null, factorCodes: [], instrumentId: null, contactId: null,
  documentId: null, professionalOnly: true, ...overrides,
});

describe.each(ENGINES)('explicit judgement on %s', (engine) => {
  let t: TestApp;
  let asExpert: Client;
  let asOffice: Client;
  let asOutsider: Client;
  let asAdmin: Client;

  beforeAll(async () => {
    t = await startApp(engine);
    const org = await createOrganisation(t, 'Praktijk Oordeel (test)');
    asExpert = await signIn(t, await createUser(t, org, ['labour_expert'], { name: 'Ada Afweger' }));
    asOffice = await signIn(t, await createUser(t, org, ['office_staff']));
    asAdmin = await signIn(t, await createUser(t, org, ['org_admin']));
    asOutsider = await signIn(t, await createUser(t, await createOrganisation(t), ['labour_expert', 'office_staff']));
  });
  afterAll(async () => t?.close());

  async function newCase() {
    const created = await asExpert.post('/api/cases', newCaseBody({ assignment: { ...newCaseBody().assignment, legalContext: 'wajong', firstSicknessDay: null } }));
    expect(created.statusCode, created.body).toBe(201);
    return created.json().id as string;
  }

  it('records judgement explicitly from sources to a final advice that traces back to them', async () => {
    const caseId = await newCase();
    const b = async (body: Record<string, unknown>) => {
      const r = await asExpert.post(`/api/cases/${caseId}/evidence`, evidence(body));
      expect(r.statusCode, r.body).toBe(201);
      return r.json() as { id: string; number: number };
    };
    const nothingWrong = await b({ kind: 'self_assessment', title: 'Er is niets met mij aan de hand', factorCodes: ['denial', 'self_insight'] });
    const truancy = await b({ title: 'Spijbelde veel: “ik was bang in groepen”', factorCodes: ['truancy', 'anxiety'] });
    const wish = await b({ kind: 'wish', title: 'Wil netwerkbeheerder worden', realityCheck: 'Praktijkkennis goed volgens de intake; geen diploma’s.', factorCodes: ['wishes', 'frame_of_reference'] });
    const mother = await b({ sourceType: 'family', sourceName: 'Moeder', title: 'Moeder steunt de ICT-wens', interest: 'Wil graag dat hij een opleiding volgt.', reliability: 'low' });
    const ribw = await b({ sourceType: 'care_agency', sourceName: 'RIBW (begeleider)', method: 'phone', title: 'RIBW twijfelt aan de haalbaarheid', reliability: 'reasonable', professionalOnly: false });
    const learning = await b({ kind: 'not_investigated', sourceType: 'test_instrument', method: 'test', title: 'Leervermogen niet getest', reliability: null, notInvestigatedReason: 'cost' });
    expect([nothingWrong.number, truancy.number, wish.number, mother.number, ribw.number, learning.number]).toEqual([1, 2, 3, 4, 5, 6]);

    // Coverage: two themes explored, the rest untouched and named; never "complete".
    for (const theme of ['education_history', 'future_wishes'] as const) {
      const r = await asExpert.put(`/api/cases/${caseId}/coverage/${theme}`, { state: 'explored', note: 'Besproken in het eerste gesprek.', noteIds: [], evidenceIds: [truancy.id], version: 0 });
      expect(r.statusCode, r.body).toBe(200);
    }

    // Schema 1 and Schema 2 with links.
    expect((await asExpert.put(`/api/cases/${caseId}/schema1/education_history/burdening`, { body: 'Geen diploma’s; veel gespijbeld.', evidenceIds: [truancy.id], version: 0 })).statusCode).toBe(200);
    expect((await asExpert.put(`/api/cases/${caseId}/schema1/future_view/strength`, { body: 'Duidelijke wens: ICT.', evidenceIds: [wish.id], version: 0 })).statusCode).toBe(200);
    const social = await asExpert.put(`/api/cases/${caseId}/schema2/social_communicating`, {
      label: null, supportNeed: 'Begeleiding in contact met groepen en leidinggevende.', workImplications: 'Kleine, vaste groep; vaste contactpersoon.', basis: null, evidenceIds: [truancy.id, ribw.id], version: 0,
    });
    expect(social.statusCode, social.body).toBe(200);
    const own = await asExpert.post(`/api/cases/${caseId}/schema2`, { label: 'Beroepsvaardigheden: netwerkbeheer', supportNeed: null, workImplications: null, basis: 'Intake ICT-school.', evidenceIds: [wish.id] });
    expect(own.statusCode, own.body).toBe(201);

    // The inconsistency, and competing hypotheses.
    const inconsistency = await asExpert.post(`/api/cases/${caseId}/anomalies`, { kind: 'inconsistency', description: '“Niets aan de hand” tegenover angst voor groepen.', evidenceIds: [nothingWrong.id, truancy.id], observationId: null });
    expect(inconsistency.statusCode, inconsistency.body).toBe(201);
    const truancyObs = await asExpert.post(`/api/cases/${caseId}/observations`, {
      body: 'Spijbelen tijdens elke opleiding', discriminator: 'Observatie in een kleine groep; gesprek met de school.', evidenceIds: [truancy.id],
      hypotheses: [
        { explanation: 'Angst voor groepen', status: 'open', statusArgument: null, evidenceFor: [truancy.id], evidenceAgainst: [] },
        { explanation: 'Geen interesse in de gekozen opleidingen', status: 'open', statusArgument: null, evidenceFor: [], evidenceAgainst: [] },
      ],
    });
    expect(truancyObs.statusCode, truancyObs.body).toBe(201);
    const wishObs = await asExpert.post(`/api/cases/${caseId}/observations`, {
      body: 'De wens om netwerkbeheerder te worden', discriminator: null, evidenceIds: [wish.id],
      hypotheses: [{ explanation: 'Eigen interesse en aanleg', status: 'open', statusArgument: null, evidenceFor: [wish.id], evidenceAgainst: [] }],
    });
    expect(wishObs.statusCode).toBe(201);
    const copying = await asExpert.post(`/api/cases/${caseId}/observations/${wishObs.json().id}/hypotheses`, {
      explanation: 'Referentiekader: zijn broer werkt in de ICT', status: 'supported', statusArgument: 'De broer is zijn voorbeeld, zegt moeder.', evidenceFor: [mother.id], evidenceAgainst: [],
    });
    expect(copying.statusCode, copying.body).toBe(201);

    // A placement toward unwilling needs evidence; with evidence and an argument it is kept.
    const bare = await asExpert.post(`/api/cases/${caseId}/placements`, { willingness: -1, ability: 0, argument: 'Komt afspraken niet na, lijkt weinig gemotiveerd.', evidenceIds: [] });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().error.field).toBe('evidenceIds');
    const placed = await asExpert.post(`/api/cases/${caseId}/placements`, { willingness: 1, ability: -1, argument: 'Wil wel, maar angst en prikkelgevoeligheid remmen hem.', evidenceIds: [truancy.id] });
    expect(placed.statusCode, placed.body).toBe(201);

    // Trial and error: a screening reason, an experiment with safeguards and a feedback moment.
    const trajectory = await asExpert.post(`/api/cases/${caseId}/trajectories`, { screeningReason: 'Beeld is niet rond: leervermogen en groepsangst zijn onbekend.', startedOn: today() });
    expect(trajectory.statusCode, trajectory.body).toBe(201);
    const experiment = await asExpert.post(`/api/cases/${caseId}/experiments`, {
      title: 'Proefdag ICT-school in een kleine groep', question: 'Houdt hij een dag in een groep van vier vol?', hypothesisId: truancyObs.json().hypothesisIds[0],
      expectedSignals: 'Blijft de hele dag; vertelt achteraf wat lastig was.', vulnerabilities: 'Faalangst; prikkelgevoelig.', safeguards: 'Stoppen mag altijd; jobcoach belt na afloop.',
      startsOn: today(), nextFeedbackOn: addDays(today(), 21),
    });
    expect(experiment.statusCode, experiment.body).toBe(201);
    expect(experiment.json().questions).toEqual([{ code: 'feedback_interval_long', days: 21, threshold: 14 }]);
    const casePage = (await asExpert.get(`/api/cases/${caseId}`)).json();
    expect(casePage.deadlines.find((d: { key: string }) => d.key.startsWith('feedback:'))).toMatchObject({ dueDate: addDays(today(), 21), label: 'Terugkoppelmoment (trial-and-error)' });

    // The advice: end goal and support need apart, traced.
    const merged = await asExpert.put(`/api/cases/${caseId}/advice`, {
      lockVersion: null, content: {
        workTypes: [], schooling: null, guidance: null, risksAndSafeguards: null, uncertainties: null,
        endGoal: { text: 'Netwerkbeheerder', evidenceIds: [], cellRefs: [] }, supportNeed: { text: 'netwerkbeheerder.', evidenceIds: [], cellRefs: [] },
      },
    });
    expect(merged.statusCode).toBe(400);
    expect(merged.json().error.field).toBe('supportNeed.text');
    const advice = {
      workTypes: [{ text: 'Eenvoudig ICT-beheerwerk in een klein team', profileId: null, evidenceIds: [wish.id], cellRefs: ['s1:future_view:strength'] }],
      schooling: { text: 'Eerst een proefperiode op de ICT-school, daarna beslissen over de opleiding.', evidenceIds: [learning.id], cellRefs: [] },
      guidance: { text: 'Jobcoach met vaste contactmomenten.', evidenceIds: [], cellRefs: ['s2:social_communicating'] },
      endGoal: { text: 'Werk als netwerkbeheerder (ICT) op termijn.', evidenceIds: [wish.id, mother.id], cellRefs: [] },
      supportNeed: { text: 'Steun bij sociale contacten en communicatie; een kleine, vaste groep.', evidenceIds: [], cellRefs: ['s2:social_communicating'] },
      risksAndSafeguards: null, uncertainties: { text: 'Leervermogen niet getest.', evidenceIds: [learning.id], cellRefs: [] },
    };
    const saved = await asExpert.put(`/api/cases/${caseId}/advice`, { lockVersion: null, content: advice });
    expect(saved.statusCode, saved.body).toBe(200);
    const codes = (saved.json().signals as Array<{ code: string }>).map((s) => s.code);
    expect(codes).toEqual(expect.arrayContaining(['coverage_untouched', 'hypotheses_open', 'anomalies_open', 'not_investigated', 'end_goal_own_circle_only', 'boundary_factors']));
    expect(codes).not.toContain('single_explanation');

    const page = (await asExpert.get(`/api/cases/${caseId}/judgement`)).json();
    expect(page.coverage.summary).toMatchObject({ claimsComplete: false, explored: ['education_history', 'future_wishes'] });
    expect(page.coverage.summary.untouched).toHaveLength(7);
    expect(page.advice.trace.guidance.evidence.map((e: { number: number; viaCell: string }) => [e.number, e.viaCell])).toEqual([[2, 's2:social_communicating'], [5, 's2:social_communicating']]);
    expect(page.advice.trace.endGoal.evidence.map((e: { number: number }) => e.number)).toEqual([3, 4]);

    // The page lists summaries; one source in full says where it is used (the trace the other way round).
    expect(Object.keys(page.evidence[0])).not.toContain('body');
    const truancyFull = (await asExpert.get(`/api/cases/${caseId}/evidence/${truancy.id}`)).json();
    expect(truancyFull).toMatchObject({ number: 2, title: 'Spijbelde veel: “ik was bang in groepen”', version: 1, recordedBy: 'Ada Afweger' });
    expect(truancyFull.usedIn.map((u: { kind: string; ref: string }) => `${u.kind}:${u.ref}`).sort()).toEqual([
      `anomaly:${inconsistency.json().id}`, 'coverage:education_history', 'coverage:future_wishes', `hypothesis_for:${truancyObs.json().hypothesisIds[0]}`,
      `observation:${truancyObs.json().id}`, `placement:${placed.json().id}`, 'schema1:s1:education_history:burdening', 'schema2:s2:social_communicating',
    ].sort());
    expect((await asExpert.get(`/api/cases/${caseId}/evidence/${(await asExpert.post(`/api/cases/${(await newCase())}/evidence`, evidence())).json().id}`)).statusCode).toBe(404);

    // A cell the advice uses cannot be emptied under it.
    const emptied = await asExpert.put(`/api/cases/${caseId}/schema2/social_communicating`, { label: null, supportNeed: null, workImplications: null, basis: null, evidenceIds: [], version: 1 });
    expect(emptied.statusCode).toBe(409);

    // Finalise: answers kept, skipped questions visible, never a block.
    const final = await asExpert.post(`/api/cases/${caseId}/advice/finalise`, {
      lockVersion: 1, answers: {
        counter_arguments: 'Het spijbelen kan op gebrek aan interesse wijzen; de RIBW twijfelt.', change_conditions: null, open_hypotheses: null,
        assumptions_and_gaps: 'Leervermogen is niet getest (kosten).', expertise_boundary: { choice: 'partly_referral', referralTo: 'Psycholoog (angst)', explanation: null },
      },
    });
    expect(final.statusCode, final.body).toBe(200);
    expect(final.json()).toEqual({ number: 1, skipped: ['change_conditions', 'open_hypotheses'] });
    const after = (await asExpert.get(`/api/cases/${caseId}/judgement`)).json();
    expect(after.advice).toMatchObject({ state: 'final', number: 1, reflection: { skipped: ['change_conditions', 'open_hypotheses'] } });
    expect(after.advice.reflection.signals.map((s: { code: string }) => s.code)).toContain('hypotheses_open');
    // A change after the final one is a new version; the final one stays.
    const next = await asExpert.put(`/api/cases/${caseId}/advice`, { lockVersion: null, content: advice });
    expect(next.json()).toMatchObject({ number: 2, lockVersion: 1 });
    const history = (await asExpert.get(`/api/cases/${caseId}/judgement`)).json().adviceHistory;
    expect(history.map((h: { number: number; state: string }) => [h.number, h.state])).toEqual([[2, 'draft'], [1, 'final']]);

    // Office staff: the shared source only; never the judgement page.
    expect((await asOffice.get(`/api/cases/${caseId}/judgement`)).statusCode).toBe(403);
    const sources = (await asOffice.get(`/api/cases/${caseId}/sources`)).json();
    expect(sources.items.map((s: { number: number }) => s.number)).toEqual([5]);
    expect(JSON.stringify(sources)).not.toMatch(/reliab|interest|realityCheck/);
    expect((await asOutsider.get(`/api/cases/${caseId}/sources`)).statusCode).toBe(404);
    expect((await asAdmin.get(`/api/cases/${caseId}/judgement`)).statusCode).toBe(404);
    // The office timeline does not show professional-only sources.
    const officeTimeline = (await asOffice.get(`/api/cases/${caseId}`)).json().timeline as Array<{ kind: string; details: { number?: number } }>;
    expect(officeTimeline.filter((e) => e.kind === 'evidence_recorded').map((e) => e.details.number)).toEqual([5]);
  });

  it('refuses links to another case, arguments that are missing and text that is too long, saving nothing', async () => {
    const one = await newCase();
    const other = await newCase();
    const foreign = (await asExpert.post(`/api/cases/${other}/evidence`, evidence())).json().id as string;
    const cell = await asExpert.put(`/api/cases/${one}/schema1/work_history/burdening`, { body: 'Korte uitzendbanen.', evidenceIds: [foreign], version: 0 });
    expect(cell.statusCode).toBe(400);
    expect(cell.json().error).toMatchObject({ code: 'validation', field: 'evidenceIds' });
    expect(cell.json().error.message).toMatch(/hoort niet bij dit dossier/);
    const hypothesis = await asExpert.post(`/api/cases/${one}/observations`, {
      body: 'Veel korte banen', discriminator: null, evidenceIds: [], hypotheses: [{ explanation: '  ', status: 'rejected', statusArgument: 'nee', evidenceFor: [], evidenceAgainst: [] }],
    });
    expect(hypothesis.statusCode).toBe(400);
    expect(hypothesis.json().error.problems.map((p: { field: string }) => p.field)).toEqual(['hypotheses.0.explanation', 'hypotheses.0.statusArgument']);
    const tooLong = await asExpert.post(`/api/cases/${one}/evidence`, evidence({ title: 'ש'.repeat(201) }));
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.message).toMatch(/ten hoogste 200 tekens/);
    const anyScript = await asExpert.post(`/api/cases/${one}/evidence`, evidence({ title: 'قال إنه بخير — 他说他很好 — ✓', body: 'Ünïcödé 😊' }));
    expect(anyScript.statusCode, anyScript.body).toBe(201);
    const noGoal = await asExpert.put(`/api/cases/${one}/advice`, {
      lockVersion: null, content: { workTypes: [], schooling: null, guidance: null, risksAndSafeguards: null, uncertainties: null, endGoal: { text: '', evidenceIds: [], cellRefs: [] }, supportNeed: { text: '', evidenceIds: [], cellRefs: [] } },
    });
    expect(noGoal.statusCode).toBe(400);
    expect(noGoal.json().error.problems.map((p: { field: string }) => p.field)).toEqual(['endGoal.text', 'supportNeed.text']);
    const page = (await asExpert.get(`/api/cases/${one}/judgement`)).json();
    expect(page.schema1).toEqual([]);
    expect(page.observations).toEqual([]);
    expect(page.advice).toBeNull();
    expect(page.evidence).toHaveLength(1);
  });

  it('a withdrawn source stays linked where it was (coverage, Schema 1), but is never linked anew', async () => {
    const caseId = await newCase();
    const item = (await asExpert.post(`/api/cases/${caseId}/evidence`, evidence({ title: 'Telefoon met de school' }))).json() as { id: string; number: number };
    const theme = (version: number, evidenceIds: string[], note = 'Besproken.') => asExpert.put(`/api/cases/${caseId}/coverage/education_history`, { state: 'partly', note, noteIds: [], evidenceIds, version });
    expect((await theme(0, [item.id])).statusCode).toBe(200);
    expect((await asExpert.put(`/api/cases/${caseId}/schema1/education_history/burdening`, { body: 'Spijbelen.', evidenceIds: [item.id], version: 0 })).statusCode).toBe(200);
    expect((await asExpert.post(`/api/cases/${caseId}/evidence/${item.id}/withdraw`, { reason: 'Ging over een andere periode.' })).statusCode).toBe(204);
    // Editing the note of the theme keeps its link to the withdrawn source.
    const kept = await theme(1, [item.id], 'Besproken, daarna aangevuld.');
    expect(kept.statusCode, kept.body).toBe(200);
    expect((await asExpert.put(`/api/cases/${caseId}/schema1/education_history/burdening`, { body: 'Spijbelen, vaak.', evidenceIds: [item.id], version: 1 })).statusCode).toBe(200);
    // Linking it anywhere new is refused, naming the source.
    const fresh = await asExpert.put(`/api/cases/${caseId}/coverage/work_history`, { state: 'partly', note: null, noteIds: [], evidenceIds: [item.id], version: 0 });
    expect(fresh.statusCode).toBe(400);
    expect(fresh.json().error).toMatchObject({ field: 'evidenceIds' });
    expect(fresh.json().error.message).toContain(`B${item.number}`);
  });

  it('reminds the expert of a feedback moment once, and the instrument databank counts its use', async () => {
    const caseId = await newCase();
    const instrument = await asExpert.post('/api/instruments', {
      name: `Leerbaarheidstest ${engine} (fictief)`, construct: 'Leervermogen', validationStatus: 'partly_validated', validationNote: null, provider: 'Bureau Voorbeeld (fictief)',
      costCents: 450_000, durationMinutes: 240, fitsWhen: 'Bij twijfel over een opleiding.',
    });
    expect(instrument.statusCode, instrument.body).toBe(201);
    const used = await asExpert.post(`/api/cases/${caseId}/evidence`, evidence({ sourceType: 'test_instrument', method: 'test', title: 'Uitslag leerbaarheidstest', instrumentId: instrument.json().id }));
    expect(used.statusCode, used.body).toBe(201);
    expect((await asExpert.put(`/api/instruments/${instrument.json().id}/rating`, { rating: 4, comment: 'Bruikbaar.' })).statusCode).toBe(204);
    expect((await asAdmin.put(`/api/instruments/${instrument.json().id}/rating`, { rating: 5, comment: null })).statusCode).toBe(403);
    const listed = (await asAdmin.get('/api/instruments')).json().items.find((i: { id: string }) => i.id === instrument.json().id);
    expect(listed).toMatchObject({ usage: { uses: 1, cases: 1 }, rating: { average: 4, count: 1 } });
    expect((await asOffice.get('/api/instruments')).statusCode).toBe(403);

    expect((await asExpert.post(`/api/cases/${caseId}/trajectories`, { screeningReason: 'Eerst uitproberen wat hij aankan.', startedOn: today() })).statusCode).toBe(201);
    const experiment = await asExpert.post(`/api/cases/${caseId}/experiments`, {
      title: 'Twee ochtenden meelopen', question: 'Kan hij op tijd komen?', hypothesisId: null, expectedSignals: 'Op tijd; belt af bij ziekte.', vulnerabilities: 'Dagritme kwijt.',
      safeguards: 'Start om 10 uur; jobcoach haalt hem de eerste keer op.', startsOn: today(), nextFeedbackOn: addDays(today(), 1),
    });
    expect(experiment.statusCode, experiment.body).toBe(201);
    expect(await queueFeedbackReminders(t.db, { appUrl: 'http://localhost:3000' })).toBeGreaterThanOrEqual(1);
    expect(await queueFeedbackReminders(t.db, { appUrl: 'http://localhost:3000' })).toBe(0);
    const [mail] = await t.db.query<{ subject: string }>("SELECT subject FROM mail_outbox WHERE case_id = $1 AND kind = 'feedback_reminder'", [caseId]);
    expect(mail!.subject).toMatch(/^Terugkoppelmoment op \d\d-\d\d-\d{4}, dossier /);
    const checkpoint = await asExpert.post(`/api/cases/${caseId}/experiments/${experiment.json().id}/checkpoints`, {
      heldOn: today(), successExperiences: 'Was beide keren op tijd.', failureExperiences: null, interventionStyles: ['small_steps', 'stay_close'], pictureChanges: null,
      decision: 'continue', nextFeedbackOn: addDays(today(), 7),
    });
    expect(checkpoint.statusCode, checkpoint.body).toBe(201);
    const deadline = (await asExpert.get(`/api/cases/${caseId}`)).json().deadlines.find((d: { key: string }) => d.key.startsWith('feedback:'));
    expect(deadline.dueDate).toBe(addDays(today(), 7));
  });

  it('shows the client in the portal only the sources that are not professional-only', async () => {
    const caseId = await newCase();
    await asExpert.post(`/api/cases/${caseId}/evidence`, evidence({ title: 'Terugkoppelgesprek verzekeringsarts: alcohol in het verleden', sourceType: 'verzekeringsarts', method: 'feedback_call' }));
    await asExpert.post(`/api/cases/${caseId}/evidence`, evidence({ title: 'Schoolrapport ROC 2021', sourceType: 'school', method: 'document', professionalOnly: false, interest: 'Geen' }));
    const visitor = await openPortal(t, asExpert, caseId);
    const sources = await visitor.get('/api/portal/sources');
    expect(sources.statusCode, sources.body).toBe(200);
    expect(sources.json().items.map((s: { title: string }) => s.title)).toEqual(['Schoolrapport ROC 2021']);
    expect(sources.body).not.toMatch(/alcohol|reliab|interest/);
  });
});
