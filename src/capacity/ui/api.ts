// Typed calls of the capacity API (src/capacity/routes.ts), the query keys, and the write hook the
// capacity screens share: every problem of the server's answer by its field (or line), 409 → message
// and reload. The shapes follow src/capacity/store.ts `capacityPage`.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError, request } from '../../web/api';
import { errorsFromApi, NO_ERRORS, type FormErrors } from '../../web/forms';
import { useFormAction } from '../../web/useFormAction';
import { caseKey } from '../../cases/ui/useCase';
import type { Catalogue } from '../catalogue';
import type {
  Adjustment, AuthorRole, CapacityValues, ConclusionQuestion, DemandValues, FmlWarning, JobProfileKind, JudgedConclusion, MatrixCell, ProfileConclusionCode,
  ProfileSummary, SpoorOutcome,
} from '../domain';

export type ProfileBasis = 'job_description' | 'workplace_investigation' | 'library' | 'other';
export const PROFILE_BASES: readonly ProfileBasis[] = ['job_description', 'workplace_investigation', 'library', 'other'];

export interface FmlView {
  id: string;
  catalogueId: string;
  date: string;
  authorRole: AuthorRole;
  circumstances: { duringTreatment: boolean; prognosis: string | null };
  versionLabel: string | null;
  values: CapacityValues;
  enteredVia: 'form' | 'import';
  version: number;
  recordedAt: string;
  recordedBy: string;
  latest: boolean;
  warnings: FmlWarning[];
}

export interface CellView extends MatrixCell {
  changed: { updatedAt: string; by: string } | null;
}

export interface ConclusionView {
  conclusion: ProfileConclusionCode;
  reasoning: string;
  fmlId: string | null;
  questions: ConclusionQuestion[];
  concludedAt: string;
  concludedBy: string;
}

export interface ProfileView {
  id: string;
  kind: JobProfileKind;
  name: string;
  basis: ProfileBasis;
  description: string | null;
  catalogueId: string;
  demands: DemandValues;
  adjustments: Adjustment[];
  copiedFrom: string | null;
  version: number;
  /** False when the chosen FML uses another item list: the column is then all unknown. */
  comparable: boolean;
  cells: CellView[];
  summary: ProfileSummary;
  conclusion: ConclusionView | null;
  /** Passend's questions about the latest conclusion as the case stands now. */
  openQuestions: ConclusionQuestion[];
}

export interface CapacityPageData {
  caseId: string;
  reference: string;
  legalContext: string;
  open: boolean;
  chosenFmlId: string | null;
  fmls: FmlView[];
  profiles: ProfileView[];
  spoor: SpoorOutcome | null;
  catalogues: Record<string, Catalogue>;
}

export interface CatalogueSummary { id: string; name: string; version: string; source: string; items: number; shipped: boolean; loadedAt: string | null }

export interface LibraryProfile {
  id: string;
  kind: JobProfileKind;
  name: string;
  basis: ProfileBasis;
  description: string | null;
  catalogueId: string;
  demands: DemandValues;
  adjustments: Adjustment[];
  items: number;
  createdBy: string;
  createdAt: string;
}

export interface FmlBody {
  catalogueId: string;
  date: string;
  authorRole: string;
  circumstances: { duringTreatment: boolean; prognosis: string | null };
  versionLabel: string | null;
  values: Record<string, unknown>;
}

export interface ProfileBody {
  kind: JobProfileKind;
  name: string;
  basis: ProfileBasis;
  description: string | null;
  demands: Record<string, unknown>;
  adjustments: Array<{ description: string; effect: string; items: string[] }>;
}

export interface CellBody {
  note: string | null;
  override: { conclusion: JudgedConclusion; reason: string } | null;
}

const enc = encodeURIComponent;
const casePath = (caseId: string) => `/api/cases/${enc(caseId)}`;
const profilePath = (caseId: string, profileId: string) => `${casePath(caseId)}/job-profiles/${enc(profileId)}`;

export const capacityApi = {
  page: (caseId: string, fmlId: string | null) => request<CapacityPageData>('GET', `${casePath(caseId)}/capacity`, { query: { fml: fmlId ?? undefined } }),
  catalogues: () => request<{ items: CatalogueSummary[] }>('GET', '/api/capacity/catalogues'),
  catalogue: (catalogueId: string) => request<Catalogue>('GET', `/api/capacity/catalogues/${enc(catalogueId)}`),
  recordFml: (caseId: string, body: FmlBody) => request<{ id: string }>('POST', `${casePath(caseId)}/fmls`, { body }),
  importFml: (caseId: string, body: { catalogueId: string; text: string }) => request<{ id: string; items: number }>('POST', `${casePath(caseId)}/fmls/import`, { body }),
  addProfile: (caseId: string, body: ProfileBody & { catalogueId: string }) => request<{ id: string }>('POST', `${casePath(caseId)}/job-profiles`, { body }),
  updateProfile: (caseId: string, profileId: string, body: ProfileBody & { version: number }) =>
    request<{ version: number }>('PUT', profilePath(caseId, profileId), { body }),
  removeProfile: (caseId: string, profileId: string) => request<void>('DELETE', profilePath(caseId, profileId)),
  copyProfile: (caseId: string, profileId: string, body: { kind: JobProfileKind; name: string }) =>
    request<{ id: string }>('POST', `${profilePath(caseId, profileId)}/copy`, { body }),
  saveCell: (caseId: string, profileId: string, itemCode: string, body: CellBody) =>
    request<void>('PUT', `${profilePath(caseId, profileId)}/cells/${enc(itemCode)}`, { body }),
  conclude: (caseId: string, profileId: string, body: { fmlId: string | null; conclusion: ProfileConclusionCode; reasoning: string }) =>
    request<{ id: string; questions: ConclusionQuestion[] }>('POST', `${profilePath(caseId, profileId)}/conclusions`, { body }),
  library: () => request<{ items: LibraryProfile[] }>('GET', '/api/job-profile-library'),
  takeFromLibrary: (caseId: string, body: { libraryId: string; kind: JobProfileKind; name: string }) =>
    request<{ id: string }>('POST', `${casePath(caseId)}/job-profiles/from-library`, { body }),
  saveToLibrary: (caseId: string, profileId: string, body: { name: string; description: string | null }) =>
    request<{ id: string }>('POST', `${profilePath(caseId, profileId)}/library`, { body }),
};

/** Everything of capacity on one case starts with this key, so one invalidation reaches it all. */
export const capacityKey = (caseId: string) => ['capacity', caseId] as const;
export const capacityPageKey = (caseId: string, fmlId: string | null) => [...capacityKey(caseId), 'page', fmlId ?? 'latest'] as const;
export const LIBRARY_KEY = ['job-profile-library'] as const;

export function useCapacityPage(caseId: string, fmlId: string | null, enabled = true) {
  return useQuery({ queryKey: capacityPageKey(caseId, fmlId), queryFn: () => capacityApi.page(caseId, fmlId), enabled });
}

export function useCatalogues(enabled = true) {
  // Catalogues are loaded by an administrator and never change once loaded (a new version is a new one).
  return useQuery({ queryKey: ['capacity-catalogues'], queryFn: capacityApi.catalogues, staleTime: 5 * 60_000, enabled });
}

export function useCatalogue(catalogueId: string, enabled = true) {
  return useQuery({ queryKey: ['capacity-catalogue', catalogueId], queryFn: () => capacityApi.catalogue(catalogueId), staleTime: Infinity, enabled });
}

export function useLibrary(enabled = true) {
  return useQuery({ queryKey: LIBRARY_KEY, queryFn: capacityApi.library, enabled });
}

/**
 * The server's answer as form errors: with a list of problems, every problem by its field (several on
 * one field joined), problems without a field (an import file's lines) each on their own; otherwise
 * the one message by its field.
 */
export function errorsFromProblems(error: unknown, fallbackField?: string): FormErrors {
  if (isApiError(error) && error.problems.length > 0) {
    const fields: Record<string, string> = {};
    error.problems.forEach((problem, index) => {
      const key = problem.field ?? `problem-${index}`;
      fields[key] = fields[key] ? `${fields[key]}; ${problem.message}` : problem.message;
    });
    return { fields };
  }
  return errorsFromApi(error, fallbackField);
}

/**
 * The same errors for the summary at the top of a form, each message after its field's label where
 * the server's message does not name the field itself ("Datum van de FML: vul dit in").
 */
export function withLabels(errors: FormErrors, labels: Record<string, string>): FormErrors {
  // The same answer for the same errors: the summary moves focus to itself whenever its errors change.
  if (!Object.keys(errors.fields).some((field) => labels[field])) return errors;
  const known = labelled.get(errors);
  if (known) return known;
  const result = { ...errors, fields: Object.fromEntries(Object.entries(errors.fields).map(([field, message]) => [field, labels[field] ? `${labels[field]}: ${message}` : message])) };
  labelled.set(errors, result);
  return result;
}
const labelled = new WeakMap<FormErrors, FormErrors>();

export interface CapacityActionOptions {
  /** Field that errors without a field belong to (the only field of a small form). */
  fallbackField?: string;
  /** Also re-read the organisation's library (saving into it). */
  library?: boolean;
  /** Say this instead of the server's message on a conflict (its "reload the page" does not fit here). */
  conflictMessage?: string;
}

/**
 * A write on the capacity API with form errors. On success the case's capacity data and the case
 * page (its timeline and the section's status) are re-read; on a conflict the server's message is
 * shown with a note that the newest data has been loaded.
 */
export function useCapacityAction<TArgs, TAnswer>(caseId: string, action: (args: TArgs) => Promise<TAnswer>, options: CapacityActionOptions = {}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const invalidate = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: capacityKey(caseId) }),
      queryClient.invalidateQueries({ queryKey: caseKey(caseId) }),
      options.library ? queryClient.invalidateQueries({ queryKey: LIBRARY_KEY }) : Promise.resolve(),
    ]);
  return useFormAction({
    action,
    afterSuccess: invalidate,
    errorsOf: (error) => {
      const next = errorsFromProblems(error, options.fallbackField);
      if (isApiError(error) && (error.code === 'conflict' || error.code === 'not_found')) {
        next.form = error.code === 'conflict' && options.conflictMessage ? options.conflictMessage : `${error.message} ${t('errors.conflictReloaded')}`;
        next.fields = {};
        void invalidate();
      }
      return next;
    },
  });
}
