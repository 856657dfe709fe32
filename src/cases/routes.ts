// HTTP routes of the case file. Handlers only translate HTTP to store calls through the data door.
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import multipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, invalidField } from '../platform/errors.js';
import { DOCUMENT_TYPES, type DocumentType } from './domain.js';
import { examineDocument, safeFileName } from './document-type.js';
import {
  caseIdParams, caseListQuerySchema, caseListSchema, casePageSchema, caseUpdateSchema,
  deadlineParams, deadlineUpdateSchema, documentParams, newCaseSchema, newNoteSchema, partyParams, partySchema,
  reopenSchema, shareParams, shareSchema, statusChangeSchema,
} from './schemas.js';
import * as store from './store.js';

const created = z.object({ id: z.string() });
const none = z.null();
const tags = ['cases'];

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} kB`;
}

export async function caseRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const limit = app.config.uploadLimitBytes;
  await app.register(multipart, { limits: { fileSize: limit, files: 1, fields: 10, fieldSize: 1000, parts: 12 } });

  api.get('/api/cases', { schema: { tags, querystring: caseListQuerySchema, response: { 200: caseListSchema } } }, (req) => store.listCases(req.door, req.query));

  api.post('/api/cases', { schema: { tags, body: newCaseSchema, response: { 201: created } } }, async (req, reply) =>
    reply.status(201).send(await store.createCase(req.door, req.body)));

  api.get('/api/cases/:caseId', { schema: { tags, params: caseIdParams, response: { 200: casePageSchema } } }, (req) => store.getCasePage(req.door, req.params.caseId));

  api.patch('/api/cases/:caseId', {
    schema: {
      tags, params: caseIdParams, body: caseUpdateSchema,
      description: 'Answers the updated case page; 204 when the change handed the case over and the caller no longer has access.',
      response: { 200: casePageSchema, 204: none },
    },
  }, async (req, reply) => {
    await store.updateCase(req.door, req.params.caseId, req.body);
    try {
      return reply.status(200).send(await store.getCasePage(req.door, req.params.caseId));
    } catch (error) {
      if (error instanceof AppError && error.code === 'not_found') return reply.status(204).send(null);
      throw error;
    }
  });

  api.post('/api/cases/:caseId/status', { schema: { tags, params: caseIdParams, body: statusChangeSchema, response: { 200: casePageSchema } } }, async (req) => {
    await store.changeStatus(req.door, req.params.caseId, req.body);
    return store.getCasePage(req.door, req.params.caseId);
  });

  api.post('/api/cases/:caseId/reopen', { schema: { tags, params: caseIdParams, body: reopenSchema, response: { 200: casePageSchema } } }, async (req) => {
    await store.reopenCase(req.door, req.params.caseId, req.body);
    return store.getCasePage(req.door, req.params.caseId);
  });

  api.post('/api/cases/:caseId/parties', { schema: { tags, params: caseIdParams, body: partySchema, response: { 201: created } } }, async (req, reply) =>
    reply.status(201).send(await store.addParty(req.door, req.params.caseId, req.body)));

  api.put('/api/cases/:caseId/parties/:partyId', { schema: { tags, params: partyParams, body: partySchema, response: { 204: none } } }, async (req, reply) => {
    await store.updateParty(req.door, req.params.caseId, req.params.partyId, req.body);
    return reply.status(204).send(null);
  });

  api.delete('/api/cases/:caseId/parties/:partyId', { schema: { tags, params: partyParams, response: { 204: none } } }, async (req, reply) => {
    await store.removeParty(req.door, req.params.caseId, req.params.partyId);
    return reply.status(204).send(null);
  });

  // Contacts are planned, changed and recorded in the contact-form capability (src/contact/routes.ts).

  api.post('/api/cases/:caseId/notes', { schema: { tags, params: caseIdParams, body: newNoteSchema, response: { 201: created } } }, async (req, reply) =>
    reply.status(201).send(await store.addNote(req.door, req.params.caseId, req.body)));

  api.put('/api/cases/:caseId/deadlines/:deadlineId', { schema: { tags, params: deadlineParams, body: deadlineUpdateSchema, response: { 204: none } } }, async (req, reply) => {
    await store.setDeadlineCompleted(req.door, req.params.caseId, req.params.deadlineId, req.body.completed);
    return reply.status(204).send(null);
  });

  api.post('/api/cases/:caseId/shares', { schema: { tags, params: caseIdParams, body: shareSchema, response: { 204: none } } }, async (req, reply) => {
    await store.shareCase(req.door, req.params.caseId, req.body.userId);
    return reply.status(204).send(null);
  });

  api.delete('/api/cases/:caseId/shares/:userId', { schema: { tags, params: shareParams, response: { 204: none } } }, async (req, reply) => {
    await store.unshareCase(req.door, req.params.caseId, req.params.userId);
    return reply.status(204).send(null);
  });

  api.get('/api/colleagues', {
    schema: { tags, response: { 200: z.array(z.object({ id: z.string(), displayName: z.string(), roles: z.array(z.string()) })) } },
  }, (req) => store.listColleagues(req.door));

  // Upload: the whole file is read (up to the limit), examined by content, hashed, and only then
  // stored in one transaction with its timeline entry. Anything refused leaves nothing behind.
  api.post('/api/cases/:caseId/documents', {
    schema: {
      tags,
      params: caseIdParams,
      consumes: ['multipart/form-data'],
      description: 'multipart/form-data with a `file` part and the fields `documentType` and `professionalOnly` ("true"/"false").',
      response: { 201: z.object({ id: z.string(), sha256: z.string() }) },
    },
  }, async (req, reply) => {
    if (!req.isMultipart()) throw new AppError('unsupported_type', 'error.unsupported_media');
    const fields: Record<string, string> = {};
    let file: { fileName: string; mimetype: string; content: Buffer } | undefined;
    try {
      for await (const part of req.parts()) {
        if (part.type === 'file') {
          if (part.fieldname !== 'file' || file) throw invalidField(part.fieldname, 'validation.unknown_field', { keys: part.fieldname });
          const content = await part.toBuffer();
          if (part.file.truncated) throw new AppError('too_large', 'document.too_large', { limit: formatBytes(limit) }, 'file');
          file = { fileName: part.filename, mimetype: part.mimetype, content };
        } else {
          if (!['documentType', 'professionalOnly'].includes(part.fieldname)) throw invalidField(part.fieldname, 'validation.unknown_field', { keys: part.fieldname });
          fields[part.fieldname] = String(part.value);
        }
      }
    } catch (error) {
      if (error instanceof AppError) throw error;
      const code = (error as { code?: string }).code;
      if (code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError('too_large', 'document.too_large', { limit: formatBytes(limit) }, 'file');
      throw new AppError('validation', 'error.unsupported_media');
    }
    if (!file) throw invalidField('file', 'document.missing');
    const documentType = fields.documentType ?? 'other';
    if (!(DOCUMENT_TYPES as readonly string[]).includes(documentType)) throw invalidField('documentType', 'validation.choice');
    const professionalFlag = fields.professionalOnly ?? 'false';
    if (professionalFlag !== 'true' && professionalFlag !== 'false') throw invalidField('professionalOnly', 'validation.choice');
    const examined = examineDocument({ bytes: file.content, fileName: file.fileName, claimedMediaType: file.mimetype, limitBytes: limit });
    if (!examined.ok) {
      const refusal = examined.refusal;
      switch (refusal.reason) {
        case 'empty': throw new AppError('validation', 'document.empty', {}, 'file');
        case 'too_large': throw new AppError('too_large', 'document.too_large', { limit: formatBytes(limit) }, 'file');
        case 'unsupported_type': throw new AppError('unsupported_type', 'document.unsupported_type', {}, 'file');
        case 'executable_content': throw new AppError('unsupported_type', 'document.executable_content', { detail: refusal.detail }, 'file');
        case 'type_mismatch': throw new AppError('unsupported_type', 'document.type_mismatch', { detected: refusal.detected.toUpperCase() }, 'file');
      }
    }
    const sha256 = createHash('sha256').update(file.content).digest('hex');
    const { id } = await store.addDocument(req.door, req.params.caseId, {
      fileName: safeFileName(file.fileName),
      documentType: documentType as DocumentType,
      mediaType: examined.value.mediaType,
      content: file.content,
      sha256,
      professionalOnly: professionalFlag === 'true',
    });
    return reply.status(201).send({ id, sha256 });
  });

  api.get('/api/cases/:caseId/documents/:documentId/content', {
    schema: { tags, params: documentParams, produces: ['application/octet-stream'] },
  }, async (req, reply) => {
    return sendDocument(reply, await store.readDocument(req.door, req.params.caseId, req.params.documentId));
  });
}

/** A stored document as a download (or, for a report preview Passend made itself, inline): the same bytes, with its SHA-256. */
export function sendDocument(reply: FastifyReply, doc: { fileName: string; mediaType: string; sha256: string; content: Buffer }, disposition: 'attachment' | 'inline' = 'attachment') {
  const asciiName = doc.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return reply
    .header('content-type', doc.mediaType)
    .header('content-disposition', `${disposition}; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .header('digest', `sha-256=${Buffer.from(doc.sha256, 'hex').toString('base64')}`)
    .send(doc.content);
}
