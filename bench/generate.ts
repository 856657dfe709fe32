// Benchmark data generator: one organisation with 1,000 users, 10,000 clients and cases, their
// deadlines (the delivery date, and the Poortwachter moments from `poortwachterTimeline`), parties,
// shares, contacts, notes, documents and 100,000 timeline entries. Everything is fictional.
// Contact-form data (issue 3): the organisation's built-in video channel, circumstances / expert /
// adequacy on part of the contacts, and a few digital-readiness screenings.
//
// Rows are built in JS with a seeded PRNG (the same data every run) and loaded with
// `INSERT … SELECT … FROM unnest($1::type[], …)`: one statement per batch of a few thousand rows,
// a handful of parameters each, one transaction per table. That is fast on PostgreSQL and keeps
// PGlite (one WASM connection) well within a minute or two.
//
// Standalone: `npx tsx bench/generate.ts` loads into DATABASE_URL, or into DATA_DIR (PGlite).
import { createHash, randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { ACTIVITY_TYPES, addDays, caseReference, CASE_STATUSES, DOCUMENT_TYPES, poortwachterTimeline, type ActivityType, type CaseStatus } from '../src/cases/domain.js';
import { refreshNextDeadline } from '../src/cases/store.js';
import { hashPassword } from '../src/platform/auth/password.js';
import type { Db } from '../src/platform/db.js';
import { migrate } from '../src/platform/migrate.js';
import { todayInAmsterdam } from '../src/platform/time.js';
import { assessReadiness, INADEQUACY_SIGNS, READINESS_ANSWERED_BY, READINESS_QUESTIONS, type ReadinessAnswers } from '../src/contact/planning.js';
import { randomCircumstances, toCircumstancesInput } from './advice.js';
import { Rng } from './rng.js';

export interface GenerateOptions {
  cases?: number;
  users?: number;
  /** Total timeline entries (case_events); on average `events / cases` per case. */
  events?: number;
  /** Cases assigned to the bench expert, and cases shared with them. */
  benchExpertCases?: number;
  benchExpertShares?: number;
  seed?: number;
  /** Rows per INSERT statement. */
  batchSize?: number;
  /** VACUUM ANALYZE after loading (default true): planner statistics and visibility map, as autovacuum would make them. */
  analyse?: boolean;
  today?: string;
  log?: (message: string) => void;
}

export interface Dataset {
  organisationId: string;
  /** An office staff member: sees the whole organisation. */
  officeUserId: string;
  /** A labour expert with `benchExpertCases` assigned and `benchExpertShares` shared cases. */
  benchExpertId: string;
  /** The cases assigned to the bench expert (open ones: intake, investigation, reporting). */
  benchExpertCaseIds: string[];
  caseIds: string[];
  counts: Record<string, number>;
  seconds: number;
}

// ---- fictional vocabulary --------------------------------------------------------------------
const FIRST_NAMES = [
  'Daan', 'Sanne', 'Lotte', 'Bram', 'Emma', 'Noah', 'Fleur', 'Lucas', 'Anouk', 'Milan', 'Sophie', 'Thijs', 'Julia', 'Ruben', 'Iris',
  'Jesse', 'Noor', 'Sem', 'Lieke', 'Finn', 'Fatma', 'Mohamed', 'Yusuf', 'Aylin', 'Priya', 'Kees', 'Marieke', 'Henk', 'Ingrid', 'Joost',
  'Esra', 'Karim', 'Mila', 'Gijs', 'Roos', 'Stijn', 'Hanna', 'Wouter', 'Yara', 'Tim',
];
const LAST_NAMES = [
  'de Vries', 'Jansen', 'de Jong', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters',
  'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'Smits', 'Yilmaz', 'Kaya', 'El Amrani', 'Nguyen', 'van Dijk',
  'Verhoeven', 'Koster', 'Prins', 'Huisman', 'Kramer', 'van den Berg', 'Postma', 'Willems', 'Kuipers', 'Boukhari', 'Sahin',
];
const CITIES = ['Utrecht', 'Amersfoort', 'Zwolle', 'Arnhem', 'Den Bosch', 'Haarlem', 'Leiden', 'Groningen', 'Tilburg', 'Almere'];
const EMPLOYERS = ['Bouwbedrijf', 'Zorggroep', 'Transport', 'Schoonmaakdiensten', 'Logistiek', 'Installatietechniek', 'Thuiszorg', 'Metaalbewerking', 'Bakkerij', 'Kinderopvang'];
const QUESTIONS = [
  'Is het eigen werk passend, eventueel met aanpassingen? Zo niet: is ander werk bij de eigen werkgever passend?',
  'Welke mogelijkheden heeft cliënt binnen en buiten het eigen bedrijf, gezien de beperkingen volgens de FML?',
  'Zijn de re-integratie-inspanningen van werkgever en werknemer voldoende geweest in het eerste ziektejaar?',
  'Welke functies kan cliënt nog vervullen, en wat is het verlies aan verdiencapaciteit?',
  'Welk werk past bij de wensen en mogelijkheden van cliënt, en welke begeleiding is daarbij nodig?',
  'Kan cliënt het eigen beroep nog uitoefenen, en zo niet: welke aanpassingen of omscholing zijn realistisch?',
];
const NOTE_BODIES = [
  'Cliënt geeft aan dat de belastbaarheid in de ochtend beter is dan in de middag. Nagaan bij de bedrijfsarts of dit in de FML is meegenomen.',
  'Werkgever staat open voor aangepaste werktijden; functieomschrijving en takenlijst opgevraagd bij HR.',
  'Gesprek verliep constructief. Cliënt wil graag terug in het eigen werk, maar twijfelt of het tillen haalbaar is. Werkplekonderzoek inplannen.',
  'Telefonisch contact met de casemanager over de planning van het vervolg; rapportage gewenst vóór de eerstejaarsevaluatie.',
  'Cliënt ervaart meer beperkingen dan de FML beschrijft. Hoor en wederhoor volgen in het volgende gesprek; bevindingen van beide kanten vastleggen.',
  'Afstemming met collega-arbeidsdeskundige over de geschiktheid van de gekozen functies; geen bezwaren.',
];

const STATUS_WEIGHTS: Record<CaseStatus, number> = { registered: 8, intake: 12, investigation: 25, reporting: 15, completed: 25, archived: 15 };
/** Days since registration, per status: older cases are further along. */
const STATUS_AGE: Record<CaseStatus, [number, number]> = {
  registered: [0, 30], intake: [7, 90], investigation: [20, 200], reporting: [40, 300], completed: [60, 600], archived: [200, 730],
};
const LEGAL_CONTEXT_WEIGHTS = { poortwachter: 30, ziektewet: 10, wia: 20, wajong: 8, participatiewet: 10, letselschade: 10, aov: 8, other: 4 };
type LegalContextCode = keyof typeof LEGAL_CONTEXT_WEIGHTS;
const PARTIES_BY_CONTEXT: Record<LegalContextCode, readonly string[]> = {
  poortwachter: ['arbodienst', 'arbodienst', 'employer', 'reintegration_company'],
  ziektewet: ['uwv_smz'],
  wia: ['uwv_smz', 'uwv_smz', 'private_disability_insurer'],
  wajong: ['uwv_werkbedrijf', 'reintegration_company'],
  participatiewet: ['municipality', 'municipality', 'reintegration_company'],
  letselschade: ['injury_insurer'],
  aov: ['private_disability_insurer'],
  other: ['other', 'employer'],
};
type FillerKind = 'contact_planned' | 'contact_updated' | 'note_added' | 'document_added' | 'case_updated' | 'deadline_updated';
const FILLER_WEIGHTS: Record<FillerKind, number> = {
  contact_planned: 34, contact_updated: 16, note_added: 30, document_added: 10, case_updated: 5, deadline_updated: 5,
};

// ---- bulk loading ----------------------------------------------------------------------------
/** [column, array element type, optional select expression over `x<i>`]. */
type Column = readonly [name: string, type: string, expression?: string];

async function bulkInsert(db: Db, table: string, columns: readonly Column[], rows: readonly unknown[][], batchSize: number): Promise<void> {
  if (rows.length === 0) return;
  const aliases = columns.map((_, i) => `x${i}`);
  const sql = `INSERT INTO ${table} (${columns.map((c) => c[0]).join(', ')})
    SELECT ${columns.map((c, i) => c[2]?.replaceAll('$x', aliases[i]!) ?? aliases[i]).join(', ')}
      FROM unnest(${columns.map((c, i) => `$${i + 1}::${c[1]}[]`).join(', ')}) AS t(${aliases.join(', ')})`;
  await db.transaction(async (tx) => {
    for (let start = 0; start < rows.length; start += batchSize) {
      const batch = rows.slice(start, start + batchSize);
      const params = columns.map((_, i) => batch.map((row) => row[i]));
      await tx.query(sql, params);
    }
  });
}

// ---- time helpers ----------------------------------------------------------------------------
const DAY_MS = 86_400_000;
/** An instant on a calendar date at a Dutch office hour (stored as UTC; +01:00 is close enough here). */
const instant = (date: string, hour: number, minute = 0) => Date.parse(`${date}T00:00:00Z`) + (hour - 1) * 3_600_000 + minute * 60_000;
const iso = (ms: number) => new Date(ms).toISOString();
const dateOf = (ms: number) => iso(ms).slice(0, 10);

// ---- the generator ---------------------------------------------------------------------------
export async function generate(db: Db, options: GenerateOptions = {}): Promise<Dataset> {
  const started = performance.now();
  const caseCount = options.cases ?? 10_000;
  const userCount = options.users ?? 1_000;
  const eventTotal = options.events ?? 100_000;
  const benchCases = options.benchExpertCases ?? 15;
  const benchShares = options.benchExpertShares ?? 3;
  const batchSize = options.batchSize ?? 2_000;
  const today = options.today ?? todayInAmsterdam();
  const log = options.log ?? (() => undefined);
  const rng = new Rng(options.seed ?? 20_260_501);
  const nowMs = Date.now();

  await migrate(db);
  const existing = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM cases');
  if (Number(existing[0]?.n ?? 0) > 0) throw new Error('generate: the database already has cases; use a fresh database');

  // Organisation and users: 1 administrator, ~10% office staff, the rest labour experts.
  const organisationId = randomUUID();
  const passwordHash = await hashPassword('Passend-bench-fictief-2026');
  const officeCount = Math.max(1, Math.round(userCount / 10) - 1);
  const expertCount = userCount - officeCount - 1;
  if (expertCount < 2) throw new Error('generate: too few users');
  interface User { id: string; name: string; role: 'labour_expert' | 'office_staff' | 'org_admin' }
  const users: User[] = [];
  const personName = () => `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
  for (let i = 0; i < userCount; i++) {
    const role = i === 0 ? 'org_admin' : i <= officeCount ? 'office_staff' : 'labour_expert';
    const suffix = role === 'labour_expert' ? 'AD, fictief' : role === 'office_staff' ? 'secretariaat, fictief' : 'beheer, fictief';
    users.push({ id: randomUUID(), name: `${personName()} (${suffix})`, role });
  }
  const office = users.filter((u) => u.role === 'office_staff');
  const experts = users.filter((u) => u.role === 'labour_expert');
  const benchExpert = experts[0]!;
  benchExpert.name = 'Bench Expert (AD, fictief)';
  const otherExperts = experts.slice(1);

  // Cases, with their clients, parties, deadlines and timeline.
  const clientRows: unknown[][] = [];
  const caseRows: unknown[][] = [];
  const partyRows: unknown[][] = [];
  const shareRows: unknown[][] = [];
  const deadlineRows: unknown[][] = [];
  const contactRows: unknown[][] = [];
  const noteRows: unknown[][] = [];
  const documentRows: unknown[][] = [];
  const contentRows: unknown[][] = [];
  const eventRows: unknown[][] = [];

  interface Plan {
    id: string; status: CaseStatus; legal: LegalContextCode; registeredOn: string; startMs: number; endMs: number;
    expert: User | null; creator: User; sharedWith: User | null; clientName: string; partyNames: Array<[string, string]>;
    completedMoments: string[]; fixed: number; filler: number;
  }
  const plans: Plan[] = [];
  const shareTargets = new Set<number>();
  while (shareTargets.size < benchShares) shareTargets.add(rng.int(benchCases, caseCount - 1));

  for (let i = 0; i < caseCount; i++) {
    const status = i < benchCases ? (['intake', 'investigation', 'reporting'] as const)[i % 3]! : rng.weighted(STATUS_WEIGHTS);
    const [minAge, maxAge] = STATUS_AGE[status];
    const registeredOn = addDays(today, -rng.int(minAge, maxAge));
    const legal = rng.weighted(LEGAL_CONTEXT_WEIGHTS);
    const party = rng.pick(PARTIES_BY_CONTEXT[legal]);
    const expert = i < benchCases ? benchExpert : status === 'registered' && rng.chance(0.4) ? null : rng.pick(otherExperts);
    const creator = rng.chance(0.7) || !expert ? rng.pick(office) : expert;
    let sharedWith: User | null = shareTargets.has(i) ? benchExpert : expert && rng.chance(0.05) ? rng.pick(otherExperts) : null;
    if (sharedWith === expert) sharedWith = null;
    const clientId = randomUUID();
    const clientName = `${personName()} (fictief)`;
    const city = rng.pick(CITIES);
    clientRows.push([
      clientId, organisationId, clientName, addDays('1960-01-01', rng.int(0, 40 * 365)),
      rng.chance(0.7) ? `client${i}@voorbeeld.test` : null, rng.chance(0.8) ? `06-${String(rng.int(10_000_000, 99_999_999))}` : null,
      rng.chance(0.6) ? `Voorbeeldstraat ${rng.int(1, 200)}, ${city}` : null, rng.chance(0.9) ? 'nl' : rng.pick(['en', 'tr', 'ar', 'pl']),
      rng.chance(0.05), rng.chance(0.1),
    ]);

    // A closed case stopped somewhere between registration and today; an open one is active until now.
    const startMs = instant(registeredOn, 9, rng.int(0, 59));
    const closed = status === 'completed' || status === 'archived';
    const endMs = closed ? startMs + (0.3 + 0.6 * rng.float()) * (nowMs - startMs) : nowMs - rng.int(0, 72) * 3_600_000;
    const end = Math.max(startMs + 3_600_000, Math.min(endMs, nowMs));
    const firstSicknessDay = legal === 'poortwachter' ? addDays(registeredOn, -rng.int(20, 500)) : null;
    const deliveryDate = addDays(registeredOn, rng.int(42, 120));
    caseRows.push([
      randomUUID(), organisationId, '', clientId, status, party, party === 'other' ? 'Particuliere opdrachtgever (fictief)' : null, legal,
      legal === 'other' ? 'Second opinion (fictief)' : null, rng.pick(QUESTIONS), deliveryDate, firstSicknessDay,
      rng.chance(0.8) ? `OPD-${rng.int(10_000, 99_999)}` : null, expert?.id ?? null, registeredOn, creator.id, iso(startMs), '', 1,
    ]);
    const caseId = caseRows[i]![0] as string;

    const partyNames: Array<[string, string]> = [['employer', `${rng.pick(EMPLOYERS)} ${rng.pick(LAST_NAMES)} B.V. (fictief)`]];
    if (legal === 'poortwachter' || rng.chance(0.3)) partyNames.push([legal === 'poortwachter' ? 'bedrijfsarts' : 'casemanager', `${personName()} (fictief)`]);
    partyNames.forEach(([role, name], position) => partyRows.push([
      randomUUID(), caseId, role, name, role === 'employer' ? null : `Arbodienst ${rng.pick(CITIES)} (fictief)`,
      role === 'employer' ? `${personName()} (fictief)` : null, `contact${i}-${position}@voorbeeld.test`, null, position,
    ]));
    if (sharedWith) shareRows.push([caseId, sharedWith.id, (expert ?? creator).id, iso(startMs + DAY_MS)]);

    // Deadlines: the delivery date for every case; the statutory moments for Poortwachter cases.
    const completedBy = expert ?? creator;
    deadlineRows.push([randomUUID(), caseId, 'delivery', deliveryDate, null, false, closed ? iso(Math.min(end, instant(deliveryDate, 15))) : null, closed ? completedBy.id : null]);
    const completedMoments: string[] = [];
    if (firstSicknessDay) {
      for (const moment of poortwachterTimeline(firstSicknessDay)) {
        const done = !moment.informational && moment.dueDate >= registeredOn && (closed ? moment.dueDate <= dateOf(end) : moment.dueDate < today && rng.chance(0.9));
        if (done) completedMoments.push(moment.key);
        deadlineRows.push([
          randomUUID(), caseId, moment.key, moment.dueDate, moment.windowStart, moment.informational,
          done ? iso(instant(addDays(moment.dueDate, -rng.int(0, 10)), 12)) : null, done ? completedBy.id : null,
        ]);
      }
    }
    const statusSteps = CASE_STATUSES.indexOf(status);
    const fixed = 1 + partyNames.length + statusSteps + (sharedWith ? 1 : 0);
    plans.push({ id: caseId, status, legal, registeredOn, startMs, endMs: end, expert, creator, sharedWith, clientName, partyNames, completedMoments, fixed, filler: 0 });
  }

  // Timeline sizes: ~`eventTotal / caseCount` per case (±4), adjusted so the total is exact.
  const perCase = eventTotal / caseCount;
  for (const plan of plans) plan.filler = Math.max(0, Math.round(perCase + rng.int(-4, 4)) - plan.fixed);
  let surplus = plans.reduce((sum, p) => sum + p.fixed + p.filler, 0) - eventTotal;
  while (surplus !== 0) {
    if (surplus > 0 && plans.every((p) => p.filler === 0)) break; // fewer events asked for than every case's fixed ones
    const plan = plans[rng.int(0, plans.length - 1)]!;
    if (surplus > 0 && plan.filler > 0) { plan.filler -= 1; surplus -= 1; }
    else if (surplus < 0) { plan.filler += 1; surplus += 1; }
  }

  // References in registration order per year, like `nextReference`.
  const order = plans.map((p, i) => ({ i, key: p.startMs })).sort((a, b) => a.key - b.key);
  const sequences = new Map<number, number>();
  for (const { i } of order) {
    const year = Number(plans[i]!.registeredOn.slice(0, 4));
    const seq = (sequences.get(year) ?? 0) + 1;
    sequences.set(year, seq);
    caseRows[i]![2] = caseReference(year, seq);
  }

  plans.forEach((plan, i) => {
    const reference = caseRows[i]![2] as string;
    const actor = plan.expert ?? plan.creator;
    let lastMs = plan.startMs;
    const event = (kind: string, atMs: number, details: Record<string, unknown>, by: User | null, professionalOnly = false) => {
      lastMs = Math.max(lastMs, atMs);
      eventRows.push([randomUUID(), plan.id, kind, iso(atMs), by?.id ?? null, JSON.stringify(details), professionalOnly]);
    };
    const span = plan.endMs - plan.startMs;
    const at = () => plan.startMs + rng.float() * span;

    event('case_registered', plan.startMs, { reference }, plan.creator);
    plan.partyNames.forEach(([role, name], k) => event('party_added', plan.startMs + (k + 1) * 60_000, { role, name }, plan.creator));
    const steps = CASE_STATUSES.indexOf(plan.status);
    for (let s = 1; s <= steps; s++) {
      event('status_changed', plan.startMs + (span * s) / (steps + 1), { from: CASE_STATUSES[s - 1], to: CASE_STATUSES[s], reason: null }, actor);
    }
    if (plan.sharedWith) event('case_shared', plan.startMs + DAY_MS, { userId: plan.sharedWith.id, displayName: plan.sharedWith.name }, actor);

    const openContacts: Array<{ row: unknown[]; plannedMs: number; form: string }> = [];
    const completed = [...plan.completedMoments];
    let contactsMade = 0;
    for (let k = 0; k < plan.filler; k++) {
      let kind = rng.weighted(FILLER_WEIGHTS);
      if (kind === 'contact_updated' && openContacts.length === 0) kind = 'contact_planned';
      if (kind === 'deadline_updated' && completed.length === 0) kind = 'note_added';
      const t = at();
      switch (kind) {
        case 'contact_planned': {
          const id = randomUUID();
          const form = rng.weighted({ physical: 6, video: 3, phone: 1 });
          const plannedMs = instant(dateOf(t + rng.int(1, 14) * DAY_MS), rng.int(9, 16));
          const activity = contactsMade === 0 ? 'first_contact' : rng.pick(ACTIVITY_TYPES.slice(1));
          contactsMade += 1;
          const participants = [{ name: plan.clientName, role: 'client' }, ...(rng.chance(0.4) ? [{ name: plan.partyNames[0]![1], role: 'employer' }] : [])];
          const row: unknown[] = [
            id, plan.id, activity, form, 'planned', iso(plannedMs), null, rng.pick([30, 45, 60, 90]),
            form === 'physical' ? `Kantoor ${rng.pick(CITIES)} (fictief)` : null, JSON.stringify(participants),
            rng.chance(0.3) ? 'Graag de FML en de functieomschrijving meenemen.' : null, actor.id, iso(t), 1,
          ];
          contactRows.push(row);
          openContacts.push({ row, plannedMs, form });
          event('contact_planned', t, { contactId: id, activityType: activity, contactForm: form, plannedAt: iso(plannedMs) }, actor);
          break;
        }
        case 'contact_updated': {
          const contact = openContacts.shift()!;
          const held = contact.plannedMs < nowMs;
          if (held) { contact.row[4] = 'held'; contact.row[6] = iso(contact.plannedMs); }
          contact.row[13] = 2;
          event('contact_updated', held ? contact.plannedMs + 3_600_000 : t, {
            contactId: contact.row[0], state: held ? 'held' : 'planned', contactForm: contact.form, heldAt: held ? iso(contact.plannedMs) : null,
            fields: held ? ['state', 'heldAt'] : ['plannedAt'],
          }, actor);
          break;
        }
        case 'note_added': {
          const id = randomUUID();
          const professional = plan.expert !== null && rng.chance(0.6);
          const author = professional ? plan.expert! : rng.chance(0.5) ? plan.creator : actor;
          noteRows.push([id, plan.id, rng.pick(NOTE_BODIES), professional, author.id, iso(t)]);
          event('note_added', t, { noteId: id }, author, professional);
          break;
        }
        case 'document_added': {
          const id = randomUUID();
          const type = rng.pick(DOCUMENT_TYPES);
          const professional = plan.expert !== null && type === 'medical_free_information';
          const content = Buffer.from(`%PDF-1.4\n% Fictief benchmarkdocument ${reference} ${type}\n%%EOF\n`);
          const fileName = `${type}-${reference}.pdf`;
          documentRows.push([id, plan.id, fileName, type, 'application/pdf', content.length, createHash('sha256').update(content).digest('hex'), professional, actor.id, iso(t)]);
          contentRows.push([id, content.toString('hex')]);
          event('document_added', t, { documentId: id, fileName, documentType: type }, actor, professional);
          break;
        }
        case 'case_updated':
          event('case_updated', t, { fields: [rng.pick(['assignment', 'client', 'assignedExpert'])] }, actor);
          break;
        case 'deadline_updated':
          event('deadline_updated', t, { key: completed.shift()!, completed: true }, actor);
          break;
      }
    }
    caseRows[i]![17] = iso(lastMs); // updated_at: the latest activity
    caseRows[i]![18] = 1 + steps + (rng.chance(0.3) ? 1 : 0);
  });
  // The contact-form columns (migrations/0004_contact_form.sql), from an RNG of their own so that all of
  // the above stays the same data as before. A contact planned through the contact-form flow keeps its
  // circumstances and the expert whose agenda it is in; some held ones record whether the form was
  // adequate, a few asking for a physical follow-up. All contacts of the bench expert's cases, ~30% of
  // the others; a digital-readiness screening on a third of the bench expert's cases and ~3% of the
  // other open cases with an expert.
  const formRng = new Rng((options.seed ?? 20_260_501) ^ 0x0c0f0e00);
  const planById = new Map(plans.map((p) => [p.id, p]));
  let contactsWithCircumstances = 0;
  for (const row of contactRows) {
    const plan = planById.get(row[1] as string)!;
    let circumstances: string | null = null;
    let expertId: string | null = null;
    let adequacy: string | null = null;
    if (plan.expert === benchExpert || formRng.chance(0.3)) {
      contactsWithCircumstances += 1;
      circumstances = JSON.stringify(toCircumstancesInput(randomCircumstances(formRng, row[2] as ActivityType)));
      expertId = (plan.expert ?? plan.creator).id;
      if (row[4] === 'held' && formRng.chance(0.4)) {
        const verdict = formRng.pick(['adequate', 'adequate', 'partly', 'not_adequate'] as const);
        adequacy = JSON.stringify({
          verdict, signs: verdict === 'adequate' ? [] : formRng.some(INADEQUACY_SIGNS, formRng.int(1, 2)), note: null,
          physicalFollowUp: verdict !== 'adequate' && row[3] !== 'physical' && formRng.chance(0.5),
        });
      }
    }
    row.push(circumstances, expertId, adequacy);
  }
  const readinessRows: unknown[][] = [];
  plans.forEach((plan, i) => {
    const open = plan.status !== 'completed' && plan.status !== 'archived';
    if (!plan.expert || !(plan.expert === benchExpert ? i % 3 === 0 : open && formRng.chance(0.03))) return;
    const answers = Object.fromEntries(Object.entries(READINESS_QUESTIONS).map(([question, options]) => [question, formRng.pick(options)])) as ReadinessAnswers;
    readinessRows.push([
      randomUUID(), plan.id, formRng.pick(READINESS_ANSWERED_BY), JSON.stringify(answers), assessReadiness(answers).result, plan.expert.id,
      iso(plan.startMs + formRng.float() * (plan.endMs - plan.startMs)),
    ]);
  });

  const built = performance.now();
  log(`built rows in ${((built - started) / 1000).toFixed(1)} s; loading`);

  await db.transaction(async (tx) => {
    await tx.query('INSERT INTO organisations (id, name) VALUES ($1, $2)', [organisationId, 'Benchpraktijk Passend (fictieve gegevens)']);
    // As insertOrganisation (src/platform/auth/store.ts): the built-in call in the channel register, not yet approved.
    await tx.query(
      `INSERT INTO contact_channels (id, organisation_id, name, form, built_in, dpia_status, recording_policy, approved)
       VALUES ($1, $2, 'Passend beeldbellen (ingebouwd)', 'video', true, 'not_started', 'never', false)`,
      [randomUUID(), organisationId],
    );
  });
  await bulkInsert(db, 'users', [
    ['id', 'uuid'], ['organisation_id', 'uuid'], ['email', 'text'], ['display_name', 'text'], ['password_hash', 'text'], ['roles', 'text', '$x::text[]'],
  ], users.map((u, i) => [u.id, organisationId, `${u.role.replace('_', '-')}-${String(i).padStart(4, '0')}@bench.passend.test`, u.name, passwordHash, `{${u.role}}`]), batchSize);
  await bulkInsert(db, 'clients', [
    ['id', 'uuid'], ['organisation_id', 'uuid'], ['full_name', 'text'], ['birth_date', 'date'], ['email', 'text'], ['phone', 'text'], ['address', 'text'],
    ['preferred_language', 'text'], ['interpreter_needed', 'boolean'], ['companion_wanted', 'boolean'],
  ], clientRows, batchSize);
  await bulkInsert(db, 'cases', [
    ['id', 'uuid'], ['organisation_id', 'uuid'], ['reference', 'text'], ['client_id', 'uuid'], ['status', 'text'], ['commissioning_party', 'text'],
    ['commissioning_party_other', 'text'], ['legal_context', 'text'], ['legal_context_other', 'text'], ['question', 'text'], ['delivery_date', 'date'],
    ['first_sickness_day', 'date'], ['commissioner_reference', 'text'], ['assigned_expert_id', 'uuid'], ['registered_on', 'date'], ['created_by', 'uuid'],
    ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'], ['version', 'int4'],
  ], caseRows, batchSize);
  await bulkInsert(db, 'case_sequences', [['organisation_id', 'uuid'], ['year', 'int4'], ['last_value', 'int4']],
    [...sequences].map(([year, last]) => [organisationId, year, last]), batchSize);
  await bulkInsert(db, 'case_parties', [
    ['id', 'uuid'], ['case_id', 'uuid'], ['role', 'text'], ['name', 'text'], ['organisation', 'text'], ['contact_person', 'text'], ['email', 'text'],
    ['phone', 'text'], ['position', 'int4'],
  ], partyRows, batchSize);
  await bulkInsert(db, 'case_shares', [['case_id', 'uuid'], ['user_id', 'uuid'], ['shared_by', 'uuid'], ['shared_at', 'timestamptz']], shareRows, batchSize);
  await bulkInsert(db, 'case_deadlines', [
    ['id', 'uuid'], ['case_id', 'uuid'], ['key', 'text'], ['due_date', 'date'], ['window_start', 'date'], ['informational', 'boolean'],
    ['completed_at', 'timestamptz'], ['completed_by', 'uuid'],
  ], deadlineRows, batchSize);
  await bulkInsert(db, 'contacts', [
    ['id', 'uuid'], ['case_id', 'uuid'], ['activity_type', 'text'], ['contact_form', 'text'], ['state', 'text'], ['planned_at', 'timestamptz'],
    ['held_at', 'timestamptz'], ['duration_minutes', 'int4'], ['location', 'text'], ['participants', 'text', '$x::jsonb'], ['note', 'text'],
    ['created_by', 'uuid'], ['created_at', 'timestamptz'], ['version', 'int4'],
    ['circumstances', 'text', '$x::jsonb'], ['expert_id', 'uuid'], ['adequacy', 'text', '$x::jsonb'],
  ], contactRows, batchSize);
  await bulkInsert(db, 'readiness_screenings', [
    ['id', 'uuid'], ['case_id', 'uuid'], ['answered_by', 'text'], ['answers', 'text', '$x::jsonb'], ['result', 'text'], ['recorded_by', 'uuid'],
    ['recorded_at', 'timestamptz'],
  ], readinessRows, batchSize);
  await bulkInsert(db, 'notes', [
    ['id', 'uuid'], ['case_id', 'uuid'], ['body', 'text'], ['professional_only', 'boolean'], ['author_id', 'uuid'], ['created_at', 'timestamptz'],
  ], noteRows, batchSize);
  await bulkInsert(db, 'documents', [
    ['id', 'uuid'], ['case_id', 'uuid'], ['file_name', 'text'], ['document_type', 'text'], ['media_type', 'text'], ['size_bytes', 'int4'],
    ['sha256', 'text'], ['professional_only', 'boolean'], ['uploaded_by', 'uuid'], ['uploaded_at', 'timestamptz'],
  ], documentRows, batchSize);
  await bulkInsert(db, 'document_contents', [['document_id', 'uuid'], ['content', 'text', "decode($x, 'hex')"]], contentRows, batchSize);
  await bulkInsert(db, 'case_events', [
    ['id', 'uuid'], ['case_id', 'uuid'], ['kind', 'text'], ['at', 'timestamptz'], ['actor_id', 'uuid'], ['details', 'text', '$x::jsonb'],
    ['professional_only', 'boolean'],
  ], eventRows, batchSize);
  // The case keeps its next open deadline (migrations/0002_next_deadline.sql); fill it the way the app does.
  await db.transaction((tx) => refreshNextDeadline(tx, 'all'));
  const loaded = performance.now();
  log(`loaded in ${((loaded - built) / 1000).toFixed(1)} s${options.analyse === false ? '' : '; VACUUM ANALYZE'}`);
  // A freshly loaded database has no planner statistics yet. PostgreSQL's autovacuum would collect them
  // within a minute; PGlite has no autovacuum at all, so there only the application could (bench/run.ts).
  if (options.analyse !== false) await db.exec('VACUUM ANALYZE');

  const counts: Record<string, number> = {
    users: users.length, clients: clientRows.length, cases: caseRows.length, case_parties: partyRows.length, case_shares: shareRows.length,
    case_deadlines: deadlineRows.length, contacts: contactRows.length, contacts_with_circumstances: contactsWithCircumstances,
    readiness_screenings: readinessRows.length, notes: noteRows.length, documents: documentRows.length, case_events: eventRows.length,
  };
  return {
    organisationId,
    officeUserId: office[0]!.id,
    benchExpertId: benchExpert.id,
    benchExpertCaseIds: plans.filter((p) => p.expert === benchExpert).map((p) => p.id),
    caseIds: plans.map((p) => p.id),
    counts,
    seconds: (performance.now() - started) / 1000,
  };
}

// Standalone use, for looking at the data or at query plans by hand.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { openPglite, openPostgres } = await import('../src/platform/db.js');
  const url = process.env.DATABASE_URL;
  const db = url ? await openPostgres(url) : await openPglite(process.env.DATA_DIR ?? (() => { throw new Error('set DATABASE_URL or DATA_DIR'); })());
  try {
    const dataset = await generate(db, { log: (m) => console.log(m) });
    console.log(JSON.stringify({ ...dataset, caseIds: dataset.caseIds.slice(0, 5) }, null, 2));
  } finally {
    await db.close();
  }
}
