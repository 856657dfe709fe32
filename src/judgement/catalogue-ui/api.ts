// Typed calls of the organisation's instrument databank and factor catalogue, and of a case's shared
// sources (src/judgement/routes.ts; shapes as src/judgement/store.ts `listInstruments`, `listFactors`,
// `caseSources` answer them), with their query keys and the server's problems as form errors.
import { useQuery } from '@tanstack/react-query';
import { isApiError, request } from '../../web/api';
import { errorsFromApi, type FormErrors } from '../../web/forms';

import { VALIDATION_STATUSES, type InstrumentInput, type ValidationStatus } from '../domain';

export { VALIDATION_STATUSES, type ValidationStatus };

/** What is written about an instrument is the domain's input; the list adds who, when, use and ratings. */
export interface InstrumentView extends InstrumentInput {
  id: string;
  version: number;
  createdAt: string;
  createdBy: string;
  usage: { uses: number; cases: number };
  rating: { average: number | null; count: number; mine: number | null; myComment: string | null };
}

export interface InstrumentsAnswer {
  canRate: boolean;
  items: InstrumentView[];
}

export type InstrumentBody = InstrumentInput;

export interface Label { nl: string; en: string }
export interface FactorGroupView { code: string; label: Label }
export interface FactorView { code: string; group: string; label: Label; icf: string | null; own: boolean }
export interface FactorsAnswer { groups: FactorGroupView[]; factors: FactorView[] }
export interface FactorBody { group: string; labelNl: string; labelEn: string; icfCode: string | null }

export interface CaseSource {
  id: string;
  number: number;
  title: string;
  sourceType: string;
  sourceName: string | null;
  observedOn: string;
  method: string;
  kind: string;
}
export interface CaseSourcesAnswer { items: CaseSource[]; canWorkJudgement: boolean }

export const INSTRUMENTS_KEY = ['instruments'] as const;
export const FACTORS_KEY = ['judgement-factors'] as const;
export const sourcesKey = (caseId: string) => ['case-sources', caseId] as const;

const enc = encodeURIComponent;

export const catalogueApi = {
  instruments: () => request<InstrumentsAnswer>('GET', '/api/instruments'),
  addInstrument: (body: InstrumentBody) => request<{ id: string }>('POST', '/api/instruments', { body }),
  updateInstrument: (id: string, body: InstrumentBody & { version: number }) => request<{ version: number }>('PUT', `/api/instruments/${enc(id)}`, { body }),
  removeInstrument: (id: string) => request<void>('DELETE', `/api/instruments/${enc(id)}`),
  rateInstrument: (id: string, body: { rating: number; comment: string | null }) => request<void>('PUT', `/api/instruments/${enc(id)}/rating`, { body }),
  factors: () => request<FactorsAnswer>('GET', '/api/judgement/factors'),
  addFactor: (body: FactorBody) => request<{ code: string }>('POST', '/api/judgement/factors', { body }),
  caseSources: (caseId: string) => request<CaseSourcesAnswer>('GET', `/api/cases/${enc(caseId)}/sources`),
};

export function useInstruments() {
  return useQuery({ queryKey: INSTRUMENTS_KEY, queryFn: catalogueApi.instruments });
}

export function useFactors() {
  return useQuery({ queryKey: FACTORS_KEY, queryFn: catalogueApi.factors });
}

export function useCaseSources(caseId: string, enabled = true) {
  return useQuery({ queryKey: sourcesKey(caseId), queryFn: () => catalogueApi.caseSources(caseId), enabled });
}

/**
 * The server's answer as form errors: every problem of its `problems` list by its field (the message
 * already names the field: "Naam: vul dit in"); otherwise the one message, by its field or for the form.
 */
export function errorsFromProblems(error: unknown): FormErrors {
  if (isApiError(error) && error.problems.length > 0) {
    const fields: Record<string, string> = {};
    let form: string | undefined;
    for (const problem of error.problems) {
      if (!problem.field) form = form ? `${form} ${problem.message}` : problem.message;
      else fields[problem.field] = fields[problem.field] ? `${fields[problem.field]}; ${problem.message}` : problem.message;
    }
    return form ? { form, fields } : { fields };
  }
  return errorsFromApi(error);
}

/** A label in the language of the interface. */
export const inLanguage = (label: Label, language: string) => (language === 'en' ? label.en : label.nl);
