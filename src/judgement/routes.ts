// HTTP routes of explicit judgement (issue 7): the judgement page, evidence, coverage of the
// conversation model, Schema 1 and 2, observations and hypotheses, anomalies, the willingness/ability
// placement, trial-and-error, the advice and its finalisation; the organisation's instrument databank
// and factors; the shared sources for office staff and the client's portal. The schemas bound the
// shape only; every rule (required arguments, links inside the case, lengths as the user counts them)
// is in domain.ts. Contract: docs/judgement.md, docs/api.md.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { caseIdParams } from '../cases/schemas.js';
import type { PortalSessionContext } from '../portal/store.js';
import {
  ANOMALY_KINDS, AXIS_POSITIONS, CHECKPOINT_DECISIONS, COVERAGE_STATES, COVERAGE_THEMES, CUSTOM_ROW_KEY, EVIDENCE_KINDS, EXPERTISE_CHOICES, HYPOTHESES_MAX,
  HYPOTHESIS_STATUSES, INTERVENTION_STYLES, LINKS_MAX, METHODS, NOT_INVESTIGATED_REASONS, RELIABILITIES, SCHEMA1_CATEGORIES, SCHEMA1_THEMES, SCHEMA2_ACTIVITIES,
  SHORT_MAX, SOURCE_TYPES, TEXT_MAX, TITLE_MAX, VALIDATION_STATUSES, WORK_TYPES_MAX, FACTORS_MAX, type AxisPosition,
} from './domain.js';
import { FACTOR_GROUPS } from './factors.js';
import * as store from './store.js';

const tags = ['judgement (evidence, schemas, hypotheses, advice)'];
const none = z.null().describe('No content');
/** Texts are counted as the user sees them in the domain; here a hard upper bound only. */
const text = (max: number) => z.string().max(max * 4);
const optionalText = (max: number) => text(max).nullable();
const links = z.array(z.uuid()).max(LINKS_MAX * 2);
const date = z.string().max(40).describe('YYYY-MM-DD');
const loose = z.looseObject({});
const created = z.object({ id: z.string() });
const versioned = z.object({ version: z.number() });
const version = z.number().int().min(0).max(1_000_000_000);
const signal = z.object({ code: z.string(), refs: z.array(z.string()) });

const evidenceBody = z.object({
  kind: z.enum(EVIDENCE_KINDS), sourceType: z.enum(SOURCE_TYPES), sourceName: optionalText(TITLE_MAX), observedOn: date, method: z.enum(METHODS),
  title: text(TITLE_MAX), body: optionalText(TEXT_MAX), interest: optionalText(SHORT_MAX), reliability: z.enum(RELIABILITIES).nullable(),
  realityCheck: optionalText(TEXT_MAX), notInvestigatedReason: z.enum(NOT_INVESTIGATED_REASONS).nullable(),
  factorCodes: z.array(z.string().max(64)).max(FACTORS_MAX * 2), instrumentId: z.uuid().nullable(), contactId: z.uuid().nullable(), documentId: z.uuid().nullable(),
  professionalOnly: z.boolean(),
}).strict();
const hypothesisBody = z.object({
  explanation: text(SHORT_MAX), status: z.enum(HYPOTHESIS_STATUSES), statusArgument: optionalText(SHORT_MAX), evidenceFor: links, evidenceAgainst: links,
}).strict();
const observationFields = { body: text(SHORT_MAX), discriminator: optionalText(SHORT_MAX), evidenceIds: links };
const anomalyBody = z.object({ kind: z.enum(ANOMALY_KINDS), description: text(SHORT_MAX), evidenceIds: links, observationId: z.uuid().nullable() }).strict();
const schema2Fields = { supportNeed: optionalText(TEXT_MAX), workImplications: optionalText(TEXT_MAX), basis: optionalText(TEXT_MAX), evidenceIds: links };
const conclusion = z.object({ text: text(TEXT_MAX), evidenceIds: links, cellRefs: z.array(z.string().max(100)).max(LINKS_MAX * 2) }).strict();
const adviceContent = z.object({
  workTypes: z.array(conclusion.extend({ profileId: z.uuid().nullable() }).strict()).max(WORK_TYPES_MAX * 2),
  schooling: conclusion.nullable(), guidance: conclusion.nullable(), endGoal: conclusion, supportNeed: conclusion,
  risksAndSafeguards: conclusion.nullable(), uncertainties: conclusion.nullable(),
}).strict().describe('End goal and support need are separate sections, both required; each conclusion links evidence of this case and filled schema cells (s1:<theme>:<category>, s2:<row>)');
const answers = z.object({
  counter_arguments: optionalText(TEXT_MAX), change_conditions: optionalText(TEXT_MAX), open_hypotheses: optionalText(TEXT_MAX), assumptions_and_gaps: optionalText(TEXT_MAX),
  expertise_boundary: z.object({ choice: z.enum(EXPERTISE_CHOICES), referralTo: optionalText(TITLE_MAX), explanation: optionalText(TEXT_MAX) }).strict().nullable(),
}).strict();
const instrumentFields = {
  name: text(TITLE_MAX), construct: text(SHORT_MAX), validationStatus: z.enum(VALIDATION_STATUSES), validationNote: optionalText(SHORT_MAX), provider: optionalText(TITLE_MAX),
  costCents: z.number().int().min(0).max(100_000_000).nullable(), durationMinutes: z.number().int().min(1).max(10_000).nullable(), fitsWhen: optionalText(SHORT_MAX),
};
const axis = z.number().int().min(-2).max(2).describe(`One of ${AXIS_POSITIONS.join(', ')}; negative: toward onwil (willingness) or onkunde (ability)`);

const evidenceParams = caseIdParams.extend({ evidenceId: z.uuid() });
const observationParams = caseIdParams.extend({ observationId: z.uuid() });
const schema2Key = z.string().max(40).refine((k) => (SCHEMA2_ACTIVITIES as readonly string[]).includes(k) || CUSTOM_ROW_KEY.test(k), { message: 'validation.choice' });
const sharedSource = z.object({ id: z.string(), number: z.number(), title: z.string(), sourceType: z.enum(SOURCE_TYPES), sourceName: z.string().nullable(), observedOn: z.string() });

const pageSchema = z.object({
  caseId: z.string(), reference: z.string(), legalContext: z.string(), open: z.boolean(), today: z.string(),
  evidence: z.array(loose), coverage: loose, schema1: z.array(loose), schema2: z.array(loose), observations: z.array(loose), anomalies: z.array(loose),
  placements: z.array(loose), trajectories: z.array(loose), lastCheckpointAt: z.string().nullable(), advice: loose.nullable(), adviceHistory: z.array(loose),
  signals: z.array(signal), beforeFinal: z.array(z.object({ question: z.string(), signals: z.array(signal) })), adviceSections: z.array(z.string()),
  factors: z.array(loose), factorGroups: z.array(loose), instruments: z.array(loose), notes: z.array(loose), contacts: z.array(loose), documents: z.array(loose), profiles: z.array(loose),
}).describe('Everything the judgement page shows: evidence, coverage, both schemas, observations with hypotheses, anomalies, placements, trajectories, the advice with its trace, and Passend’s signals and before-final questions.');

type Page = Awaited<ReturnType<typeof store.judgementPage>>;

/** The page as UTF-8 JSON, the sources encoded one by one (see the route). */
function pageBytes(page: Page): Buffer {
  const { evidence, ...rest } = page;
  const parts = [Buffer.from('{"evidence":[')];
  evidence.forEach((item, i) => parts.push(Buffer.from(i === 0 ? JSON.stringify(item) : `,${JSON.stringify(item)}`)));
  parts.push(Buffer.from(`],${JSON.stringify(rest).slice(1)}`));
  return Buffer.concat(parts);
}

export async function judgementRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();

  // ---- the page ----------------------------------------------------------------------------------
  // The page's schema is the contract (OpenAPI) but deliberately loose per item; validating its answer
  // would only copy every one of hundreds of sources to find they are objects. The answer goes out as
  // UTF-8 bytes (Fastify sends a Buffer as it is), encoded a source at a time: one pass over a single
  // fresh third-of-a-megabyte string costs several times more than many small ones (bench/judgement.ts).
  api.get('/api/cases/:caseId/judgement', {
    schema: { tags, params: caseIdParams, response: { 200: pageSchema } }, serializerCompiler: () => (data) => pageBytes(data as Page) as unknown as string,
  }, (req) => store.judgementPage(req.door, req.params.caseId));
  api.get('/api/cases/:caseId/sources', {
    schema: { tags, params: caseIdParams, response: { 200: z.object({ items: z.array(sharedSource.extend({ method: z.string(), kind: z.string() })), canWorkJudgement: z.boolean() }) },
      description: 'The sources not marked professional-only: what, from whom, when and how (never reliability, interest or reality check). For office staff and the professionals on the case.' },
  }, (req) => store.caseSources(req.door, req.params.caseId));

  // ---- evidence ----------------------------------------------------------------------------------
  api.post('/api/cases/:caseId/evidence', { schema: { tags, params: caseIdParams, body: evidenceBody, response: { 201: z.object({ id: z.string(), number: z.number() }) } } },
    async (req, reply) => reply.status(201).send(await store.recordEvidence(req.door, req.params.caseId, req.body)));
  api.get('/api/cases/:caseId/evidence/:evidenceId', {
    schema: { tags, params: evidenceParams, response: { 200: loose },
      description: 'One source in full (text, interest, reality check, links, who recorded it, version) with where it is used on the case (usedIn); the page carries a summary of each.' },
  }, (req) => store.evidenceDetail(req.door, req.params.caseId, req.params.evidenceId) as unknown as Promise<Record<string, unknown>>);
  api.put('/api/cases/:caseId/evidence/:evidenceId', { schema: { tags, params: evidenceParams, body: evidenceBody.extend({ version }).strict(), response: { 200: versioned } } },
    (req) => store.updateEvidence(req.door, req.params.caseId, req.params.evidenceId, req.body));
  api.post('/api/cases/:caseId/evidence/:evidenceId/withdraw', {
    schema: { tags, params: evidenceParams, body: z.object({ reason: text(SHORT_MAX) }).strict(), response: { 204: none }, description: 'Withdrawn with a reason, never deleted: links keep resolving.' },
  }, async (req, reply) => {
    await store.withdrawEvidence(req.door, req.params.caseId, req.params.evidenceId, req.body);
    return reply.status(204).send(null);
  });

  // ---- coverage and the schemas ------------------------------------------------------------------
  api.put('/api/cases/:caseId/coverage/:theme', {
    schema: {
      tags, params: caseIdParams.extend({ theme: z.enum(COVERAGE_THEMES) }),
      body: z.union([
        z.object({ state: z.enum(COVERAGE_STATES), note: optionalText(TEXT_MAX), noteIds: links, evidenceIds: links, version }).strict(),
        z.object({ state: z.literal('untouched'), version }).strict(),
      ]),
      response: { 200: versioned }, description: 'A theme of the conversation model explored or partly explored, with a note and links; "untouched" clears it.',
    },
  }, (req) => store.saveCoverage(req.door, req.params.caseId, req.params.theme, req.body));
  api.put('/api/cases/:caseId/schema1/:theme/:category', {
    schema: {
      tags, params: caseIdParams.extend({ theme: z.enum(SCHEMA1_THEMES), category: z.enum(SCHEMA1_CATEGORIES) }),
      body: z.object({ body: text(TEXT_MAX), evidenceIds: links, version }).strict(), response: { 200: versioned }, description: 'One cell of Schema 1; an empty text clears it.',
    },
  }, (req) => store.saveSchema1Cell(req.door, req.params.caseId, req.params.theme, req.params.category, req.body));
  api.post('/api/cases/:caseId/schema2', {
    schema: { tags, params: caseIdParams, body: z.object({ label: text(TITLE_MAX), ...schema2Fields }).strict(), response: { 201: z.object({ key: z.string() }) }, description: 'A row of the expert’s own in Schema 2.' },
  }, async (req, reply) => reply.status(201).send(await store.addSchema2Row(req.door, req.params.caseId, req.body)));
  api.put('/api/cases/:caseId/schema2/:rowKey', {
    schema: { tags, params: caseIdParams.extend({ rowKey: schema2Key }), body: z.object({ label: optionalText(TITLE_MAX), ...schema2Fields, version }).strict(), response: { 200: versioned } },
  }, (req) => store.saveSchema2Row(req.door, req.params.caseId, req.params.rowKey, req.body));
  api.delete('/api/cases/:caseId/schema2/:rowKey', { schema: { tags, params: caseIdParams.extend({ rowKey: schema2Key }), response: { 204: none } } }, async (req, reply) => {
    await store.removeSchema2Row(req.door, req.params.caseId, req.params.rowKey);
    return reply.status(204).send(null);
  });

  // ---- observations, hypotheses, anomalies --------------------------------------------------------
  api.post('/api/cases/:caseId/observations', {
    schema: { tags, params: caseIdParams, body: z.object({ ...observationFields, hypotheses: z.array(hypothesisBody).max(HYPOTHESES_MAX * 2) }).strict(),
      response: { 201: z.object({ id: z.string(), number: z.number(), hypothesisIds: z.array(z.string()) }) }, description: 'A salient observation with its competing explanations (at least one).' },
  }, async (req, reply) => reply.status(201).send(await store.addObservation(req.door, req.params.caseId, req.body)));
  api.put('/api/cases/:caseId/observations/:observationId', {
    schema: { tags, params: observationParams, body: z.object({ ...observationFields, version }).strict(), response: { 200: versioned } },
  }, (req) => store.updateObservation(req.door, req.params.caseId, req.params.observationId, req.body));
  api.post('/api/cases/:caseId/observations/:observationId/hypotheses', {
    schema: { tags, params: observationParams, body: hypothesisBody, response: { 201: created } },
  }, async (req, reply) => reply.status(201).send(await store.addHypothesis(req.door, req.params.caseId, req.params.observationId, req.body)));
  api.put('/api/cases/:caseId/hypotheses/:hypothesisId', {
    schema: { tags, params: caseIdParams.extend({ hypothesisId: z.uuid() }), body: hypothesisBody.extend({ version }).strict(), response: { 200: versioned },
      description: 'A status other than open needs an argument of at least 10 characters.' },
  }, (req) => store.updateHypothesis(req.door, req.params.caseId, req.params.hypothesisId, req.body));
  api.post('/api/cases/:caseId/anomalies', { schema: { tags, params: caseIdParams, body: anomalyBody, response: { 201: created } } },
    async (req, reply) => reply.status(201).send(await store.addAnomaly(req.door, req.params.caseId, req.body)));
  api.put('/api/cases/:caseId/anomalies/:anomalyId', {
    schema: { tags, params: caseIdParams.extend({ anomalyId: z.uuid() }), body: anomalyBody.extend({ version }).strict(), response: { 200: versioned } },
  }, (req) => store.updateAnomaly(req.door, req.params.caseId, req.params.anomalyId, req.body));
  api.put('/api/cases/:caseId/anomalies/:anomalyId/explanation', {
    schema: { tags, params: caseIdParams.extend({ anomalyId: z.uuid() }), body: z.object({ explanation: text(SHORT_MAX), version }).strict(), response: { 200: versioned },
      description: 'An inconsistency stays visibly open until it is explained in at least 10 characters.' },
  }, (req) => store.explainAnomaly(req.door, req.params.caseId, req.params.anomalyId, req.body));

  // ---- willingness and ability -----------------------------------------------------------------------
  api.post('/api/cases/:caseId/placements', {
    schema: { tags, params: caseIdParams, body: z.object({ willingness: axis, ability: axis, argument: text(SHORT_MAX), evidenceIds: links }).strict(), response: { 201: created },
      description: 'Only with a written argument; toward "unwilling" (willingness < 0) only with linked evidence. Append-only: the newest counts.' },
  }, async (req, reply) => reply.status(201).send(await store.placeClient(req.door, req.params.caseId, { ...req.body, willingness: req.body.willingness as AxisPosition, ability: req.body.ability as AxisPosition })));

  // ---- trial-and-error ---------------------------------------------------------------------------------
  api.post('/api/cases/:caseId/trajectories', {
    schema: { tags, params: caseIdParams, body: z.object({ screeningReason: text(TEXT_MAX), startedOn: date }).strict(), response: { 201: created } },
  }, async (req, reply) => reply.status(201).send(await store.startTrajectory(req.door, req.params.caseId, req.body)));
  api.post('/api/cases/:caseId/trajectories/:trajectoryId/end', {
    schema: { tags, params: caseIdParams.extend({ trajectoryId: z.uuid() }), body: z.object({ endedOn: date, endNote: text(TEXT_MAX) }).strict(), response: { 204: none } },
  }, async (req, reply) => {
    await store.endTrajectory(req.door, req.params.caseId, req.params.trajectoryId, req.body);
    return reply.status(204).send(null);
  });
  api.post('/api/cases/:caseId/experiments', {
    schema: {
      tags, params: caseIdParams,
      body: z.object({
        title: text(TITLE_MAX), question: text(SHORT_MAX), hypothesisId: z.uuid().nullable(), expectedSignals: text(SHORT_MAX), vulnerabilities: text(SHORT_MAX), safeguards: text(SHORT_MAX),
        startsOn: date, nextFeedbackOn: date,
      }).strict(),
      response: { 201: z.object({ id: z.string(), questions: z.array(loose) }) }, description: 'An experiment in the running trajectory; its feedback moment becomes a deadline of the case.',
    },
  }, async (req, reply) => reply.status(201).send(await store.addExperiment(req.door, req.params.caseId, req.body)));
  api.post('/api/cases/:caseId/experiments/:experimentId/checkpoints', {
    schema: {
      tags, params: caseIdParams.extend({ experimentId: z.uuid() }),
      body: z.object({
        heldOn: date, successExperiences: optionalText(TEXT_MAX), failureExperiences: optionalText(TEXT_MAX), interventionStyles: z.array(z.enum(INTERVENTION_STYLES)).max(INTERVENTION_STYLES.length * 2),
        pictureChanges: optionalText(TEXT_MAX), decision: z.enum(CHECKPOINT_DECISIONS), nextFeedbackOn: date.nullable(),
      }).strict(),
      response: { 201: z.object({ id: z.string(), questions: z.array(loose) }) },
    },
  }, async (req, reply) => reply.status(201).send(await store.recordCheckpoint(req.door, req.params.caseId, req.params.experimentId, req.body)));

  // ---- the advice ------------------------------------------------------------------------------------
  api.put('/api/cases/:caseId/advice', {
    schema: { tags, params: caseIdParams, body: z.object({ lockVersion: z.number().int().min(1).max(1_000_000_000).nullable(), content: adviceContent }).strict(),
      response: { 200: z.object({ number: z.number(), lockVersion: z.number(), signals: z.array(signal) }) },
      description: 'Saves the draft (lockVersion of the draft; null for the first advice or the first change after a final one, which makes a new version).' },
  }, (req) => store.saveAdvice(req.door, req.params.caseId, req.body));
  api.post('/api/cases/:caseId/advice/finalise', {
    schema: { tags, params: caseIdParams, body: z.object({ lockVersion: z.number().int().min(1).max(1_000_000_000), answers }).strict(),
      response: { 200: z.object({ number: z.number(), skipped: z.array(z.string()) }) },
      description: 'Makes the draft final with the answers to Passend’s before-final questions; unanswered questions are recorded as skipped, never a block.' },
  }, (req) => store.finaliseAdvice(req.door, req.params.caseId, req.body));

  // ---- the organisation's factors and instrument databank -------------------------------------------
  api.get('/api/judgement/factors', { schema: { tags, response: { 200: z.object({ groups: z.array(loose), factors: z.array(loose) }) } } }, (req) => store.listFactors(req.door));
  api.post('/api/judgement/factors', {
    schema: { tags, body: z.object({ group: z.enum(FACTOR_GROUPS), labelNl: text(TITLE_MAX), labelEn: text(TITLE_MAX), icfCode: z.string().max(20).nullable() }).strict(), response: { 201: z.object({ code: z.string() }) } },
  }, async (req, reply) => reply.status(201).send(await store.addFactor(req.door, req.body)));
  api.get('/api/instruments', { schema: { tags, response: { 200: z.object({ canRate: z.boolean(), items: z.array(loose) }) } } }, (req) => store.listInstruments(req.door));
  api.post('/api/instruments', { schema: { tags, body: z.object(instrumentFields).strict(), response: { 201: created } } },
    async (req, reply) => reply.status(201).send(await store.addInstrument(req.door, req.body)));
  api.put('/api/instruments/:instrumentId', {
    schema: { tags, params: z.object({ instrumentId: z.uuid() }).strict(), body: z.object({ ...instrumentFields, version: z.number().int().min(1).max(1_000_000_000) }).strict(), response: { 200: versioned } },
  }, (req) => store.updateInstrument(req.door, req.params.instrumentId, req.body));
  api.delete('/api/instruments/:instrumentId', { schema: { tags, params: z.object({ instrumentId: z.uuid() }).strict(), response: { 204: none } } }, async (req, reply) => {
    await store.removeInstrument(req.door, req.params.instrumentId);
    return reply.status(204).send(null);
  });
  api.put('/api/instruments/:instrumentId/rating', {
    schema: { tags, params: z.object({ instrumentId: z.uuid() }).strict(), body: z.object({ rating: z.number().int().min(1).max(5), comment: optionalText(SHORT_MAX) }).strict(), response: { 204: none } },
  }, async (req, reply) => {
    await store.rateInstrument(req.door, req.params.instrumentId, req.body);
    return reply.status(204).send(null);
  });

  // ---- the portal: what the client may see of it -------------------------------------------------------
  api.get('/api/portal/sources', {
    config: { access: 'portal' as const }, schema: { tags: ['portal'], response: { 200: z.object({ items: z.array(sharedSource) }) },
      description: 'The information the labour expert uses, as far as it is not professional-only: what, from whom, when. For the client only.' },
  }, (req) => store.portalSources(app.db, (req as unknown as { portal: PortalSessionContext }).portal));
}
