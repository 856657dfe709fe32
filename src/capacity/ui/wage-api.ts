// Typed calls of the wage value and the WML amounts. The types come from the server's zod schemas
// (src/capacity/wage-schemas.ts), type-only, so nothing of zod reaches the bundle.
import type { z } from 'zod';
import { request } from '../../web/api';
import type { wageValueInputSchema, wageValueListSchema, wageValueSchema, wmlRateInputSchema, wmlRateListSchema, wmlRateSchema } from '../wage-schemas';

export type WageValueList = z.infer<typeof wageValueListSchema>;
export type WageValue = z.infer<typeof wageValueSchema>;
export type SubsidySteps = NonNullable<WageValue['subsidy']>;
export type WmlInForce = NonNullable<WageValueList['wml']>;
export type WageValueInput = z.input<typeof wageValueInputSchema>;
export type WmlRate = z.infer<typeof wmlRateSchema>;
export type WmlRateList = z.infer<typeof wmlRateListSchema>;
export type WmlRateInput = z.input<typeof wmlRateInputSchema>;

const id = encodeURIComponent;

export const wageApi = {
  list: (caseId: string, on?: string) => request<WageValueList>('GET', `/api/cases/${id(caseId)}/wage-values`, { query: { on } }),
  record: (caseId: string, input: WageValueInput) => request<WageValue>('POST', `/api/cases/${id(caseId)}/wage-values`, { body: input }),
  wmlRates: () => request<WmlRateList>('GET', '/api/admin/wml-rates'),
  addWmlRate: (input: WmlRateInput) => request<WmlRate>('POST', '/api/admin/wml-rates', { body: input }),
};

export const wageKeys = {
  all: ['wage-values'] as const,
  list: (caseId: string, on: string | undefined) => ['wage-values', caseId, on ?? 'today'] as const,
  wmlRates: ['wml-rates'] as const,
};
