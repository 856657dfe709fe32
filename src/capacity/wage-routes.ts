// HTTP routes of the wage value and the wage-cost subsidy (issue 6, Participatiewet): measurements on
// a case with the sum step by step on a chosen date, and the organisation's dated WML amounts.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { caseIdParams } from '../cases/schemas.js';
import {
  wageValueInputSchema, wageValueListSchema, wageValueSchema, wageValuesQuerySchema, wmlRateInputSchema, wmlRateListSchema, wmlRateSchema,
} from './wage-schemas.js';
import * as store from './wage-store.js';

const tags = ['wage value (Participatiewet)'];

export async function wageValueRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get('/api/cases/:caseId/wage-values', {
    schema: {
      tags, params: caseIdParams, querystring: wageValuesQuerySchema, response: { 200: wageValueListSchema },
      description: 'Every wage-value measurement of the case, newest first (the newest counts), each with the wage-cost subsidy per month on `on` '
        + '(default today) step by step in cents, and the WML rate in force on that date with its source (social-domain.md §2).',
    },
  }, (req) => store.listWageValues(req.door, req.params.caseId, req.query.on));

  api.post('/api/cases/:caseId/wage-values', {
    schema: {
      tags, params: caseIdParams, body: wageValueInputSchema, response: { 201: wageValueSchema.extend({ wml: wageValueListSchema.shape.wml }) },
      description: 'Records a wage-value measurement (append-only: a correction is a new measurement). Refused whole when a field is wrong or no WML '
        + 'is in force on the measurement date. Answers the measurement with its sum for today.',
    },
  }, async (req, reply) => reply.status(201).send(await store.recordWageValue(req.door, req.params.caseId, req.body)));

  api.get('/api/admin/wml-rates', {
    schema: { tags, response: { 200: wmlRateListSchema }, description: 'The organisation\'s dated WML amounts (gross per hour, 21 and older) with their source, newest first.' },
  }, (req) => store.listWmlRates(req.door));

  api.post('/api/admin/wml-rates', {
    schema: {
      tags, body: wmlRateInputSchema, response: { 201: wmlRateSchema },
      description: 'Adds a dated WML amount with its source. Amounts are never changed or removed; a date that already has one is refused.',
    },
  }, async (req, reply) => reply.status(201).send(await store.addWmlRate(req.door, req.body)));
}
