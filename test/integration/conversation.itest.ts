// Gezien & Gehoord through HTTP on both engines (issue 5): the expert's compass notes become the first
// draft of a conversation report; the client's own "Ons gesprek" sits next to them; the report is shared,
// the client disagrees with one paragraph and adds a missing point, the employer sees only their
// paragraph; the expert processes both and finalises; the final version cannot change; the client
// sees what happened with each comment and evaluates the conversation; the overview stays anonymous.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  circumstancesBody, Client, contactBody, createOrganisation, createUser, distinctSlot, ENGINES, newCaseBody, openPortal, signIn, startApp,
  type TestApp,
} from './harness.js';

const ARABIC = 'كان ذلك في أبريل وليس في مارس.';

describe.each(ENGINES)('Gezien & Gehoord on %s', (engine) => {
  let t: TestApp;
  let asExpert: Client;
  let asOffice: Client;
  let asAdmin: Client;
  let organisationId: string;
  let slot = 0;

  beforeAll(async () => {
    t = await startApp(engine, { publicUrl: 'http://passend.test' });
    const org = await createOrganisation(t, 'Praktijk Gesprek (test)');
    organisationId = org;
    asExpert = await signIn(t, await createUser(t, org, ['labour_expert']));
    asOffice = await signIn(t, await createUser(t, org, ['office_staff']));
    asAdmin = await signIn(t, await createUser(t, org, ['org_admin']));
  });
  afterAll(async () => t?.close());

  async function caseWithHeldContact() {
    const created = await asExpert.post('/api/cases', newCaseBody());
    const caseId = created.json().id as string;
    const planned = await asExpert.post(`/api/cases/${caseId}/contacts`, contactBody({ circumstances: circumstancesBody('first_contact'), plannedAt: distinctSlot(slot++), durationMinutes: 5 }));
    expect(planned.statusCode, planned.body).toBe(201);
    const contactId = planned.json().id as string;
    const held = await asExpert.patch(`/api/cases/${caseId}/contacts/${contactId}`, { version: 1, state: 'held', heldAt: '2026-09-01T09:05:00Z' });
    expect(held.statusCode, held.body).toBe(204);
    return { caseId, contactId };
  }

  it('carries a conversation from compass to a checked, final report, with the client’s and employer’s reactions kept apart', async () => {
    const { caseId, contactId } = await caseWithHeldContact();
    const client = await openPortal(t, asExpert, caseId);
    const party = await asExpert.post(`/api/cases/${caseId}/parties`, { role: 'employer', name: 'Thuiszorg Noord (fictief)', organisation: null, contactPerson: 'M. Bakker', email: 'm.bakker@voorbeeld.test', phone: '030-1234567' });
    expect(party.statusCode, party.body).toBe(201);
    const employer = await openPortal(t, asExpert, caseId, { audience: 'employer', partyId: party.json().id });

    // The client writes in "Ons gesprek"; the expert sees it next to their own notes.
    expect((await client.put('/api/portal/worksheet', { entries: [{ theme: 'needs', body: `Ik wil rust. ${ARABIC}`, version: 0 }] })).statusCode).toBe(200);
    expect((await asExpert.put(`/api/cases/${caseId}/compass/experiences`, { contactId, body: 'Sinds maart thuis na een burn-out.', version: 0 })).json()).toEqual({ version: 1 });
    expect((await asExpert.put(`/api/cases/${caseId}/compass/experiences`, { contactId, body: 'Oud', version: 0 })).statusCode).toBe(409);
    await asExpert.put(`/api/cases/${caseId}/compass/future`, { contactId, body: 'Wil over een jaar weer in de thuiszorg werken.', version: 0 });
    const compass = (await asExpert.get(`/api/cases/${caseId}/compass?contactId=${contactId}`)).json();
    expect(compass.themes.find((x: { theme: string }) => x.theme === 'needs').clientWords.body).toBe(`Ik wil rust. ${ARABIC}`);
    expect(compass.themes.find((x: { theme: string }) => x.theme === 'experiences').note.body).toBe('Sinds maart thuis na een burn-out.');
    expect((await asOffice.get(`/api/cases/${caseId}/compass`)).statusCode).toBe(403);

    // The working alliance: friction noted, Passend suggests binding first.
    const alliance = await asExpert.post(`/api/cases/${caseId}/alliance`, { contactId, notes: { friction: 'Cliënt klapt dicht bij uitleg over de wet.' }, frictionSignals: ['limitations_not_heard'] });
    expect(alliance.json()).toEqual({ suggestion: 'turn_to_bond_first' });

    // The report starts from the compass notes.
    const created = await asExpert.post(`/api/cases/${caseId}/conversation-reports`, { contactId, title: 'Verslag eerste gesprek' });
    expect(created.statusCode, created.body).toBe(201);
    const reportId = created.json().id as string;
    let detail = (await asExpert.get(`/api/cases/${caseId}/conversation-reports/${reportId}`)).json();
    const draft = detail.versions[0];
    expect(draft.paragraphs.map((x: { theme: string }) => x.theme)).toEqual(['experiences', 'future']);
    const employerParagraph = { id: 'werkgever-1', theme: null, text: 'De werkgever biedt aangepast werk aan in de planning.', forEmployer: true };
    const saved = await asExpert.put(`/api/cases/${caseId}/conversation-reports/${reportId}/draft`, { lockVersion: draft.lockVersion, paragraphs: [...draft.paragraphs, employerParagraph] });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await asExpert.put(`/api/cases/${caseId}/conversation-reports/${reportId}/draft`, { lockVersion: draft.lockVersion, paragraphs: draft.paragraphs })).statusCode).toBe(409);
    // Nothing of a draft reaches the portal.
    expect((await client.get('/api/portal/reports')).json().items).toEqual([]);

    expect((await asExpert.post(`/api/cases/${caseId}/conversation-reports/${reportId}/share`, { withEmployer: true })).statusCode).toBe(204);
    expect((await asExpert.put(`/api/cases/${caseId}/conversation-reports/${reportId}/draft`, { lockVersion: saved.json().lockVersion, paragraphs: draft.paragraphs })).statusCode).toBe(409);

    // The client reads it all and reacts: disagrees with one paragraph, agrees with another, adds what is missing.
    const list = (await client.get('/api/portal/reports')).json().items;
    expect(list).toEqual([expect.objectContaining({ id: reportId, state: 'shared', canReact: true })]);
    const forClient = (await client.get(`/api/portal/reports/${reportId}`)).json();
    const version = forClient.versions[0];
    expect(version.paragraphs).toHaveLength(3);
    const [first, second] = version.paragraphs as Array<{ id: string }>;
    const missing = 'Mijn zorg voor mijn moeder ontbreekt.';
    const noComment = await client.post(`/api/portal/reports/${reportId}/versions/${version.id}/reaction`, { items: [{ paragraphId: first!.id, stance: 'disagree', text: '' }], additions: [] });
    expect(noComment.statusCode).toBe(400);
    expect(noComment.json().error.field).toBe('items');
    const reacted = await client.post(`/api/portal/reports/${reportId}/versions/${version.id}/reaction`, {
      items: [{ paragraphId: first!.id, stance: 'disagree', text: ARABIC }, { paragraphId: second!.id, stance: 'agree', text: '' }], additions: [missing],
    });
    expect(reacted.statusCode, reacted.body).toBe(201);
    expect((await client.post(`/api/portal/reports/${reportId}/versions/${version.id}/reaction`, { items: [], additions: ['Nog iets.'] })).statusCode).toBe(409);

    // The employer sees only their paragraph, and never the client's comments.
    {
      const forEmployer = (await employer.get(`/api/portal/reports/${reportId}`)).json();
      expect(forEmployer.versions[0].paragraphs).toEqual([{ id: 'werkgever-1', text: employerParagraph.text }]);
      expect(JSON.stringify(forEmployer)).not.toContain(ARABIC);
      expect((await employer.post(`/api/portal/reports/${reportId}/versions/${version.id}/reaction`, { items: [{ paragraphId: first!.id, stance: 'agree', text: '' }], additions: [] })).statusCode).toBe(400);
      expect((await employer.post(`/api/portal/reports/${reportId}/versions/${version.id}/reaction`, { items: [{ paragraphId: 'werkgever-1', stance: 'agree', text: 'Klopt.' }], additions: [] })).statusCode).toBe(201);
      expect((await employer.get('/api/portal/worksheet')).statusCode).toBe(403);
      expect((await employer.get('/api/portal/contacts')).statusCode).toBe(403);
    }

    // The expert processes both; finalising waits until each has a decision.
    detail = (await asExpert.get(`/api/cases/${caseId}/conversation-reports/${reportId}`)).json();
    const comments = detail.versions[0].comments as Array<{ id: string; stance: string; text: string; audience: string }>;
    expect(comments.filter((c) => c.audience === 'client').map((c) => [c.stance, c.text])).toEqual([['disagree', ARABIC], ['agree', ''], ['addition', missing]]);
    expect((await asExpert.post(`/api/cases/${caseId}/conversation-reports/${reportId}/finalise`)).statusCode).toBe(409);
    const disagreement = comments.find((c) => c.stance === 'disagree')!;
    const addition = comments.find((c) => c.stance === 'addition')!;
    const tooShort = await asExpert.post(`/api/cases/${caseId}/conversation-reports/${reportId}/comments/${disagreement.id}/processing`, { decision: 'kept', explanation: 'Nee.' });
    expect(tooShort.statusCode).toBe(400);
    expect(tooShort.json().error.field).toBe('explanation');
    expect((await asExpert.post(`/api/cases/${caseId}/conversation-reports/${reportId}/comments/${disagreement.id}/processing`, { decision: 'adjusted', explanation: 'Datum aangepast naar april.' })).statusCode).toBe(204);
    expect((await asExpert.post(`/api/cases/${caseId}/conversation-reports/${reportId}/comments/${addition.id}/processing`, { decision: 'adopted', explanation: '' })).statusCode).toBe(204);
    // A decision stands: it is not silently replaced.
    expect((await asExpert.post(`/api/cases/${caseId}/conversation-reports/${reportId}/comments/${addition.id}/processing`, { decision: 'kept', explanation: 'Toch niet overgenomen (test).' })).statusCode).toBe(409);
    const v2 = await asExpert.post(`/api/cases/${caseId}/conversation-reports/${reportId}/versions`, { changeNote: 'Reacties van de cliënt verwerkt.' });
    expect(v2.statusCode, v2.body).toBe(201);
    detail = (await asExpert.get(`/api/cases/${caseId}/conversation-reports/${reportId}`)).json();
    const next = detail.versions[1];
    const adjusted = next.paragraphs.map((x: { id: string; text: string }) => (x.id === first!.id ? { ...x, text: 'Sinds april thuis na een burn-out.' } : x));
    await asExpert.put(`/api/cases/${caseId}/conversation-reports/${reportId}/draft`, { lockVersion: next.lockVersion, paragraphs: [...adjusted, { id: 'mantelzorg', theme: 'needs', text: 'Cliënt zorgt voor haar moeder.', forEmployer: false }] });
    expect((await asExpert.post(`/api/cases/${caseId}/conversation-reports/${reportId}/finalise`)).statusCode).toBe(204);
    // Final is final: no edit, no second finalising, and the database refuses a change too.
    expect((await asExpert.put(`/api/cases/${caseId}/conversation-reports/${reportId}/draft`, { lockVersion: 99, paragraphs: adjusted })).statusCode).toBe(409);
    expect((await asExpert.post(`/api/cases/${caseId}/conversation-reports/${reportId}/finalise`)).statusCode).toBe(409);
    await expect(t.db.query("UPDATE report_versions SET paragraphs = '[]' WHERE report_id = $1 AND state = 'final'", [reportId])).rejects.toThrow(/final/);
    const history = (await asExpert.get(`/api/cases/${caseId}/conversation-reports/${reportId}`)).json();
    expect(history.versions.map((v: { number: number; state: string }) => [v.number, v.state])).toEqual([[1, 'shared'], [2, 'final']]);

    // The client sees the final version and what happened with each of their comments.
    const seen = (await client.get(`/api/portal/reports/${reportId}`)).json();
    expect(seen.versions.map((v: { state: string }) => v.state)).toEqual(['shared', 'final']);
    expect(seen.versions[1].paragraphs.map((x: { text: string }) => x.text)).toContain('Cliënt zorgt voor haar moeder.');
    expect(seen.versions[0].comments.find((c: { stance: string }) => c.stance === 'disagree').processing).toMatchObject({ decision: 'adjusted', explanation: 'Datum aangepast naar april.' });
    expect((await client.get('/api/portal/reports')).json().items[0]).toMatchObject({ state: 'final', canReact: false });

    // And evaluates the conversation, once.
    expect((await client.get('/api/portal/evaluations')).json().items).toEqual([expect.objectContaining({ contactId, evaluated: false })]);
    const evaluation = { feltHeard: 'yes', clearWhatNext: 'partly', formRight: 'yes', comment: 'Fijn dat ik mijn verhaal kon doen.' };
    expect((await client.post(`/api/portal/contacts/${contactId}/evaluation`, evaluation)).statusCode).toBe(201);
    expect((await client.post(`/api/portal/contacts/${contactId}/evaluation`, evaluation)).statusCode).toBe(409);
    expect((await asExpert.get(`/api/cases/${caseId}/evaluations`)).json().items).toEqual([expect.objectContaining({ contactId, feltHeard: 'yes', comment: evaluation.comment })]);
    const timeline = (await asExpert.get(`/api/cases/${caseId}`)).json().timeline.map((e: { kind: string }) => e.kind);
    expect(timeline).toEqual(expect.arrayContaining(['conversation_report_created', 'conversation_report_shared', 'conversation_report_reaction', 'conversation_report_final', 'worksheet_updated', 'contact_evaluated']));
    // Office staff see that a report was shared and finalised, not what the client wrote.
    const officeKinds = (await asOffice.get(`/api/cases/${caseId}`)).json().timeline.map((e: { kind: string }) => e.kind);
    expect(officeKinds).toEqual(expect.arrayContaining(['conversation_report_shared', 'conversation_report_final']));
    expect(officeKinds).not.toContain('worksheet_updated');
  });

  it('never lets one screen of "Ons gesprek" silently overwrite what another saved: a stale save is refused and nothing changes', async () => {
    const { caseId } = await caseWithHeldContact();
    const client = await openPortal(t, asExpert, caseId);
    const sheet = async () => (await client.get('/api/portal/worksheet')).json().themes as Array<{ theme: string; body: string; version: number; updatedAt: string | null }>;
    const needs = async () => (await sheet()).find((x) => x.theme === 'needs')!;
    const events = async () => (await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM case_events WHERE case_id = $1 AND kind = 'worksheet_updated'", [caseId]))[0]!.n;

    // Two tabs open on the empty sheet: every theme at version 0.
    expect((await sheet()).map((x) => [x.theme, x.version, x.updatedAt])).toEqual([['experiences', 0, null], ['needs', 0, null], ['future', 0, null]]);

    // A fresh save in the first tab: version 1, with its moment.
    const fresh = await client.put('/api/portal/worksheet', { entries: [{ theme: 'needs', body: 'Van de telefoon: ik wil rust.', version: 0 }] });
    expect(fresh.statusCode, fresh.body).toBe(200);
    expect(fresh.json()).toEqual({ themes: [{ theme: 'needs', version: 1, updatedAt: expect.any(String) }] });
    expect(await needs()).toMatchObject({ body: 'Van de telefoon: ik wil rust.', version: 1, updatedAt: fresh.json().themes[0].updatedAt });
    expect(await events()).toBe(1);

    // The second tab still has version 0: its save is refused, also the theme in it that nobody touched elsewhere.
    const stale = await client.put('/api/portal/worksheet', {
      entries: [{ theme: 'experiences', body: 'Van de computer: sinds maart thuis.', version: 0 }, { theme: 'needs', body: 'Van de computer: ik wil werk.', version: 0 }],
    });
    expect(stale.statusCode, stale.body).toBe(409);
    expect(stale.json()).toEqual({ error: { code: 'conflict', reason: 'changed_elsewhere', message: expect.stringMatching(/ergens anders veranderd/) } });
    expect((await sheet()).map((x) => [x.theme, x.body, x.version])).toEqual([['experiences', '', 0], ['needs', 'Van de telefoon: ik wil rust.', 1], ['future', '', 0]]);
    expect(await events()).toBe(1);
    // A version the server never gave is no way around it either.
    expect((await client.put('/api/portal/worksheet', { entries: [{ theme: 'needs', body: 'Geraden.', version: 5 }] })).statusCode).toBe(409);

    // After reloading, the second tab saves on the newest version.
    const reloaded = await needs();
    const after = await client.put('/api/portal/worksheet', { entries: [{ theme: 'needs', body: `${reloaded.body} En werk dat past.`, version: reloaded.version }, { theme: 'experiences', body: 'Sinds maart thuis.', version: 0 }] });
    expect(after.statusCode, after.body).toBe(200);
    expect(after.json().themes.map((x: { theme: string; version: number }) => [x.theme, x.version])).toEqual([['needs', 2], ['experiences', 1]]);
    expect(await needs()).toMatchObject({ body: 'Van de telefoon: ik wil rust. En werk dat past.', version: 2 });
    expect(await events()).toBe(2);

    // Saving exactly the saved words again (a retry after a lost answer) loses nothing: no conflict, no new version.
    const retry = await client.put('/api/portal/worksheet', { entries: [{ theme: 'needs', body: 'Van de telefoon: ik wil rust. En werk dat past.', version: 1 }] });
    expect(retry.statusCode, retry.body).toBe(200);
    expect(retry.json().themes).toEqual([{ theme: 'needs', version: 2, updatedAt: (await needs()).updatedAt }]);
    expect(await events()).toBe(2);
    // The English page gets the same refusal in English.
    const english = await client.call({ method: 'PUT', url: '/api/portal/worksheet', body: { entries: [{ theme: 'needs', body: 'Old tab.', version: 1 }] }, headers: { 'accept-language': 'en' } });
    expect(english.statusCode).toBe(409);
    // The expert reads the newest words beside the compass.
    const compass = (await asExpert.get(`/api/cases/${caseId}/compass`)).json();
    expect(compass.themes.find((x: { theme: string }) => x.theme === 'needs').clientWords.body).toBe('Van de telefoon: ik wil rust. En werk dat past.');
  });

  it('keeps every alliance reflection and shows them newest first, with who, the notes, the signals and the suggestion of that moment', async () => {
    const { caseId, contactId } = await caseWithHeldContact();
    const first = await asExpert.post(`/api/cases/${caseId}/alliance`, { contactId, notes: { friction: 'Klapt dicht bij uitleg over de wet.', bond: 'Weinig klik.' }, frictionSignals: ['limitations_not_heard', 'confusing_information'] });
    expect(first.json()).toEqual({ suggestion: 'turn_to_bond_first' });
    const second = await asExpert.post(`/api/cases/${caseId}/alliance`, { contactId, notes: { trust: 'Opener na uitleg over mijn rol.', bond: 'Meer ruimte voor zijn verhaal.' }, frictionSignals: [] });
    expect(second.json()).toEqual({ suggestion: null });
    const caseWide = await asExpert.post(`/api/cases/${caseId}/alliance`, { contactId: null, notes: { direction: 'Doel en vervolg besproken.' }, frictionSignals: [] });
    expect(caseWide.statusCode).toBe(201);

    const history = await asExpert.get(`/api/cases/${caseId}/alliance`);
    expect(history.statusCode, history.body).toBe(200);
    const items = history.json().items as Array<Record<string, unknown>>;
    expect(items).toEqual([
      { id: expect.any(String), contactId: null, notes: { direction: 'Doel en vervolg besproken.' }, frictionSignals: [], recordedAt: expect.any(String), recordedBy: { id: expect.any(String), displayName: 'Test labour_expert' }, suggestion: null },
      { id: expect.any(String), contactId, notes: { trust: 'Opener na uitleg over mijn rol.', bond: 'Meer ruimte voor zijn verhaal.' }, frictionSignals: [], recordedAt: expect.any(String), recordedBy: expect.objectContaining({ displayName: 'Test labour_expert' }), suggestion: null },
      { id: expect.any(String), contactId, notes: { friction: 'Klapt dicht bij uitleg over de wet.', bond: 'Weinig klik.' }, frictionSignals: ['limitations_not_heard', 'confusing_information'], recordedAt: expect.any(String), recordedBy: expect.objectContaining({ displayName: 'Test labour_expert' }), suggestion: 'turn_to_bond_first' },
    ]);
    const times = items.map((x) => Date.parse(x.recordedAt as string));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    // Kept in the table, none replaced; the compass form starts from the newest of its own conversation.
    expect((await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM alliance_reflections WHERE case_id = $1', [caseId]))[0]!.n).toBe(3);
    const compass = (await asExpert.get(`/api/cases/${caseId}/compass?contactId=${contactId}`)).json();
    expect(compass.alliance).toMatchObject({ id: items[1]!.id, suggestion: null });
    expect((await asExpert.get(`/api/cases/${caseId}/compass`)).json().alliance.id).toBe(items[0]!.id);
    // Another case's history stays its own.
    const other = await caseWithHeldContact();
    expect((await asExpert.get(`/api/cases/${other.caseId}/alliance`)).json()).toEqual({ items: [] });
  });

  it('keeps the organisation’s evaluation overview anonymous: counts only, hidden below five answers', async () => {
    const before = (await asAdmin.get('/api/evaluation-overview')).json();
    expect(before).toMatchObject({ shown: false });
    expect(JSON.stringify(before)).not.toMatch(/comment|contactId|caseId/);
    for (let i = 0; i < 5; i++) {
      const { caseId, contactId } = await caseWithHeldContact();
      const client = await openPortal(t, asExpert, caseId);
      expect((await client.post(`/api/portal/contacts/${contactId}/evaluation`, { feltHeard: i < 3 ? 'yes' : 'no', clearWhatNext: 'yes', formRight: 'not_sure', comment: null })).statusCode).toBe(201);
    }
    const after = (await asAdmin.get('/api/evaluation-overview')).json();
    expect(after.shown).toBe(true);
    expect(after.count).toBeGreaterThanOrEqual(5);
    expect(after.counts.feltHeard.yes).toBeGreaterThanOrEqual(3);
    expect((await asOffice.get('/api/evaluation-overview')).statusCode).toBe(403);
  });

  it('counts an evaluation on its Dutch calendar day, and explains a bad period in the user’s language, never a 500', async () => {
    const { caseId, contactId } = await caseWithHeldContact();
    const client = await openPortal(t, asExpert, caseId);
    expect((await client.post(`/api/portal/contacts/${contactId}/evaluation`, { feltHeard: 'yes', clearWhatNext: 'yes', formRight: 'yes', comment: 'Alleen voor mijn dossier.' })).statusCode).toBe(201);
    // 23:30 UTC on 1 March is 00:30 on 2 March in Amsterdam.
    await t.db.query("UPDATE contact_evaluations SET submitted_at = '2026-03-01T23:30:00Z' WHERE contact_id = $1", [contactId]);
    const onSecond = (await asAdmin.get('/api/evaluation-overview?from=2026-03-02&to=2026-03-02')).json();
    expect(onSecond).toMatchObject({ from: '2026-03-02', to: '2026-03-02', count: 1, shown: false });
    expect(Object.values(onSecond.counts).flatMap((c) => Object.values(c as Record<string, number>))).toEqual(Array(9).fill(0));
    expect(JSON.stringify(onSecond)).not.toContain('dossier');
    expect((await asAdmin.get('/api/evaluation-overview?from=2026-03-01&to=2026-03-01')).json().count).toBe(0);
    // A lone `to` in the past means the twelve months before it, not a reversed period.
    expect((await asAdmin.get('/api/evaluation-overview?to=2026-03-02')).json()).toMatchObject({ from: '2025-03-02', to: '2026-03-02', count: 1 });
    expect((await asAdmin.get('/api/evaluation-overview?to=2028-02-29')).json()).toMatchObject({ from: '2027-02-28' });

    const bad = async (who: Client, query: string) => {
      const answer = await who.get(`/api/evaluation-overview${query}`);
      expect(answer.statusCode, answer.body).toBe(400);
      return answer.json().error as { code: string; message: string; field?: string };
    };
    expect(await bad(asAdmin, '?from=2026-06-01&to=2026-01-01')).toEqual({ code: 'validation', field: 'from', message: 'Controleer het veld ‘van’: de begindatum ligt na de einddatum.' });
    expect(await bad(asAdmin, '?from=2026-02-30')).toMatchObject({ field: 'from', message: 'Controleer het veld ‘van’: dit is geen geldige datum (jjjj-mm-dd).' });
    expect(await bad(asAdmin, '?to=31-12-2026')).toMatchObject({ field: 'to', message: 'Controleer het veld ‘tot en met’: dit is geen geldige datum (jjjj-mm-dd).' });
    expect(await bad(asAdmin, '?from=')).toMatchObject({ field: 'from' });
    const english = await createUser(t, organisationId, ['org_admin']);
    await t.db.query("UPDATE users SET language = 'en' WHERE id = $1", [english.id]);
    const asEnglish = await signIn(t, english, 'en');
    expect((await bad(asEnglish, '?from=2026-06-01&to=2026-01-01')).message).toBe('Please check the field ‘from’: the start date lies after the end date.');
    expect((await bad(asEnglish, '?to=2026-13-01')).message).toBe('Please check the field ‘up to and including’: this is not a valid date (yyyy-mm-dd).');
  });
});
