// HTTP routes of capacity against demands (issue 6): the FML item catalogues, capacity profiles (FML)
// on a case (entered or imported), job profiles and the organisation's library, the expert's note and
// judgement per item, conclusions per profile, and the comparison page. Values are checked item by
// item in the domain (every problem named, nothing saved); the schemas here only bound the shape.
// Contract: docs/capacity.md, docs/api.md.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { caseIdParams } from '../cases/schemas.js';
import { AUTHOR_ROLES, JOB_PROFILE_KINDS, JUDGED_CONCLUSIONS, NOTE_MAX, PROFILE_CONCLUSIONS, PROGNOSIS_MAX, REASON_MAX, VERSION_LABEL_MAX } from './domain.js';
import * as store from './store.js';

const tags = ['capacity (FML and job demands)'];
const none = z.null().describe('No content');
/** Texts are counted as the user sees them in the domain; here a hard upper bound only. */
const text = (max: number) => z.string().max(max * 4);
const catalogueId = z.string().min(1).max(64);
/** Item code → value; every value is checked against its item in the domain. */
const values = z.record(z.string().max(64), z.unknown()).describe('Item code → value, e.g. { "I-1": { "kind": "ordinal", "level": 1 }, "IV-13": { "kind": "quantity", "max": 7.5, "unit": "kg" } }');
const adjustment = z.object({ description: text(NOTE_MAX), effect: text(NOTE_MAX), items: z.array(z.string().max(64)).max(500).optional() }).strict();
const fmlMeta = {
  date: z.string().max(40).describe('YYYY-MM-DD, required'),
  authorRole: z.string().max(40).describe(`One of ${AUTHOR_ROLES.join(', ')}`),
  circumstances: z.object({ duringTreatment: z.boolean(), prognosis: text(PROGNOSIS_MAX).nullable() }).strict(),
  versionLabel: text(VERSION_LABEL_MAX).nullable(),
};
const profileFields = {
  kind: z.enum(JOB_PROFILE_KINDS), name: z.string().trim().min(1).max(200), basis: z.enum(store.PROFILE_BASES), description: text(NOTE_MAX).nullable(),
  demands: values, adjustments: z.array(adjustment).max(100),
};
const fmlParams = caseIdParams.extend({ fmlId: z.uuid() });
const profileParams = caseIdParams.extend({ profileId: z.uuid() });
const created = z.object({ id: z.string() });
const versioned = z.object({ version: z.number() });
const loose = z.looseObject({});

/** A catalogue as JSON (docs/capacity.md); sections and items are checked in full by `validateCatalogue`. */
const catalogueBody = z.object({
  name: z.string().max(400), version: z.string().max(200), source: z.string().max(4000),
  sections: z.array(loose).max(100), items: z.array(loose).max(5000),
});
const catalogueSummary = z.object({ id: z.string(), name: z.string(), version: z.string(), source: z.string(), items: z.number(), shipped: z.boolean(), loadedAt: z.string().nullable() });
const spoorSchema = z.object({
  spoor1: z.enum(['possible', 'not_possible', 'undecided']), spoor2Indicated: z.boolean(), suitableSpoor1: z.array(z.string()), openSpoor1: z.array(z.string()),
  unexaminedKinds: z.array(z.enum(JOB_PROFILE_KINDS)), suitableElsewhere: z.array(z.string()),
});
const pageSchema = z.object({
  caseId: z.string(), reference: z.string(), legalContext: z.string(), open: z.boolean(), chosenFmlId: z.string().nullable(),
  fmls: z.array(loose), profiles: z.array(loose), spoor: spoorSchema.nullable(), catalogues: z.record(z.string(), z.unknown()),
}).describe('FMLs side by side (newest first, with warnings), profiles with their matrix column, summary, conclusion and open questions; the spoor outcome on a Poortwachter case; the catalogues used.');

export async function capacityRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();

  // ---- catalogues -------------------------------------------------------------------------------
  api.get('/api/capacity/catalogues', { schema: { tags, response: { 200: z.object({ items: z.array(catalogueSummary) }) } } },
    async (req) => ({ items: await store.listCatalogues(req.door) }));
  api.get('/api/capacity/catalogues/:catalogueId', { schema: { tags, params: z.object({ catalogueId }).strict(), response: { 200: loose } } },
    (req) => store.catalogue(req.door, req.params.catalogueId) as unknown as Promise<Record<string, unknown>>);
  api.post('/api/admin/capacity-catalogues', {
    schema: { tags, body: catalogueBody, response: { 201: created },
      description: 'Loads a full official list or a successor list as data; every problem is named with its path, nothing is loaded half.' },
    bodyLimit: 5 * 1024 * 1024,
  }, async (req, reply) => reply.status(201).send(await store.loadCatalogue(req.door, req.body)));

  // ---- the page ----------------------------------------------------------------------------------
  api.get('/api/cases/:caseId/capacity', {
    schema: { tags, params: caseIdParams, querystring: z.object({ fml: z.uuid().optional() }).strict(), response: { 200: pageSchema } },
  }, (req) => store.capacityPage(req.door, req.params.caseId, req.query.fml ?? null));

  // ---- FML ---------------------------------------------------------------------------------------
  api.post('/api/cases/:caseId/fmls', {
    schema: { tags, params: caseIdParams, body: z.object({ catalogueId, ...fmlMeta, values }).strict(), response: { 201: created } },
  }, async (req, reply) => reply.status(201).send(await store.recordFml(req.door, req.params.caseId, req.body as store.FmlInput)));
  api.post('/api/cases/:caseId/fmls/import', {
    schema: { tags, params: caseIdParams, body: z.object({ catalogueId, text: z.string().max(1_000_000) }).strict(), response: { 201: z.object({ id: z.string(), items: z.number() }) },
      description: 'An FML from a structured file (docs/capacity.md): every problem with its line number, or the whole FML.' },
    bodyLimit: 2 * 1024 * 1024,
  }, async (req, reply) => reply.status(201).send(await store.importFml(req.door, req.params.caseId, req.body)));
  api.put('/api/cases/:caseId/fmls/:fmlId', {
    schema: { tags, params: fmlParams, body: z.object({ version: z.number().int().min(1), ...fmlMeta, values }).strict(), response: { 200: versioned } },
  }, (req) => store.correctFml(req.door, req.params.caseId, req.params.fmlId, req.body as Parameters<typeof store.correctFml>[3]));

  // ---- job profiles ------------------------------------------------------------------------------
  api.post('/api/cases/:caseId/job-profiles', {
    schema: { tags, params: caseIdParams, body: z.object({ catalogueId, ...profileFields }).strict(), response: { 201: created } },
  }, async (req, reply) => reply.status(201).send(await store.addProfile(req.door, req.params.caseId, req.body)));
  api.post('/api/cases/:caseId/job-profiles/from-library', {
    schema: { tags, params: caseIdParams, body: z.object({ libraryId: z.uuid(), kind: z.enum(JOB_PROFILE_KINDS), name: z.string().trim().min(1).max(200) }).strict(), response: { 201: created } },
  }, async (req, reply) => reply.status(201).send(await store.takeFromLibrary(req.door, req.params.caseId, req.body)));
  api.put('/api/cases/:caseId/job-profiles/:profileId', {
    schema: { tags, params: profileParams, body: z.object({ version: z.number().int().min(1), ...profileFields }).strict(), response: { 200: versioned } },
  }, (req) => store.updateProfile(req.door, req.params.caseId, req.params.profileId, req.body));
  api.delete('/api/cases/:caseId/job-profiles/:profileId', { schema: { tags, params: profileParams, response: { 204: none } } }, async (req, reply) => {
    await store.removeProfile(req.door, req.params.caseId, req.params.profileId);
    return reply.status(204).send(null);
  });
  api.post('/api/cases/:caseId/job-profiles/:profileId/copy', {
    schema: { tags, params: profileParams, body: z.object({ kind: z.enum(JOB_PROFILE_KINDS), name: z.string().trim().min(1).max(200) }).strict(), response: { 201: created } },
  }, async (req, reply) => reply.status(201).send(await store.copyProfile(req.door, req.params.caseId, req.params.profileId, req.body)));
  api.put('/api/cases/:caseId/job-profiles/:profileId/cells/:itemCode', {
    schema: {
      tags, params: profileParams.extend({ itemCode: z.string().min(1).max(64) }),
      body: z.object({ note: text(NOTE_MAX).nullable(), override: z.object({ conclusion: z.enum(JUDGED_CONCLUSIONS), reason: text(REASON_MAX) }).strict().nullable() }).strict(),
      response: { 204: none }, description: 'The expert’s note and judgement on one item (an override needs a reason of at least 10 characters); both null clears the cell.',
    },
  }, async (req, reply) => {
    await store.saveCell(req.door, req.params.caseId, req.params.profileId, req.params.itemCode, req.body);
    return reply.status(204).send(null);
  });
  api.post('/api/cases/:caseId/job-profiles/:profileId/conclusions', {
    schema: {
      tags, params: profileParams, body: z.object({ fmlId: z.uuid().nullable(), conclusion: z.enum(PROFILE_CONCLUSIONS), reasoning: text(REASON_MAX) }).strict(),
      response: { 201: z.object({ id: z.string(), questions: z.array(loose) }) },
      description: 'A conclusion per profile with its reasoning; Passend’s questions are returned and kept with it, never a block.',
    },
  }, async (req, reply) => reply.status(201).send(await store.concludeProfile(req.door, req.params.caseId, req.params.profileId, req.body)));

  // ---- the organisation's library ------------------------------------------------------------------
  api.get('/api/job-profile-library', { schema: { tags, response: { 200: z.object({ items: z.array(loose) }) } } }, async (req) => ({ items: await store.library(req.door) }));
  api.post('/api/cases/:caseId/job-profiles/:profileId/library', {
    schema: { tags, params: profileParams, body: z.object({ name: z.string().trim().min(1).max(200), description: text(NOTE_MAX).nullable() }).strict(), response: { 201: created } },
  }, async (req, reply) => reply.status(201).send(await store.saveToLibrary(req.door, req.params.caseId, req.params.profileId, req.body)));
  api.delete('/api/job-profile-library/:libraryId', { schema: { tags, params: z.object({ libraryId: z.uuid() }).strict(), response: { 204: none } } }, async (req, reply) => {
    await store.removeFromLibrary(req.door, req.params.libraryId);
    return reply.status(204).send(null);
  });
}
