// Typed calls of the Gezien & Gehoord staff API (src/conversation/routes.ts), the query keys, and the
// write hook shared by the pages: field messages from the server, 409 → message and reload.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError, request } from '../../web/api';
import { errorsFromApi } from '../../web/forms';
import { useFormAction } from '../../web/useFormAction';
import { caseKey } from '../../cases/ui/useCase';
import type { AllianceElement, Audience, Decision, EvaluationQuestion, FrictionSignal, Paragraph, Stance, Theme, VersionState } from '../domain';

export interface ExampleQuestions {
  themes: Array<{ theme: Theme; questions: Array<{ nl: string; en: string }> }>;
}

export interface CompassTheme {
  theme: Theme;
  note: { body: string; version: number; updatedAt: string } | null;
  clientWords: { body: string; updatedAt: string } | null;
}

export type AllianceSuggestion = 'turn_to_bond_first' | null;

export interface AllianceRecord {
  id: string;
  notes: Partial<Record<AllianceElement, string>>;
  frictionSignals: FrictionSignal[];
  recordedAt: string;
  suggestion: AllianceSuggestion;
}

/** One kept reflection of the case (`GET /api/cases/:caseId/alliance`), with the suggestion of that moment. */
export interface AllianceHistoryItem extends AllianceRecord {
  contactId: string | null;
  recordedBy: { id: string; displayName: string };
}

export interface Compass {
  themes: CompassTheme[];
  alliance: AllianceRecord | null;
}

export interface ReportSummary {
  id: string;
  contactId: string | null;
  title: string;
  createdAt: string;
  latestVersion: number;
  state: VersionState;
  openComments: number;
}

export interface ReportComment {
  id: string;
  versionId: string;
  audience: Audience;
  paragraphId: string | null;
  stance: Stance;
  text: string;
  submittedAt: string;
  processing: { decision: Decision; explanation: string; processedAt: string } | null;
}

export interface ReportVersion {
  id: string;
  number: number;
  state: VersionState;
  paragraphs: Paragraph[];
  changeNote: string | null;
  lockVersion: number;
  createdAt: string;
  sharedAt: string | null;
  sharedWithEmployer: boolean;
  finalisedAt: string | null;
  comments: ReportComment[];
}

export interface ReportDetail {
  id: string;
  contactId: string | null;
  title: string;
  createdAt: string;
  versions: ReportVersion[];
}

export interface ClientEvaluation {
  contactId: string;
  feltHeard: string;
  clearWhatNext: string;
  formRight: string;
  comment: string | null;
  submittedAt: string;
}

/** The organisation's anonymous overview: counts only (never comments), all zero below five answers. */
export interface EvaluationOverview {
  from: string;
  to: string;
  count: number;
  shown: boolean;
  counts: Record<EvaluationQuestion, Record<string, number>>;
}

const enc = encodeURIComponent;
const casePath = (caseId: string) => `/api/cases/${enc(caseId)}`;
const reportPath = (caseId: string, reportId: string) => `${casePath(caseId)}/conversation-reports/${enc(reportId)}`;

export const conversationApi = {
  questions: () => request<ExampleQuestions>('GET', '/api/conversation/questions'),
  compass: (caseId: string, contactId: string | null) =>
    request<Compass>('GET', `${casePath(caseId)}/compass`, { query: { contactId: contactId ?? undefined } }),
  saveNote: (caseId: string, theme: Theme, body: { contactId: string | null; body: string; version: number }) =>
    request<{ version: number }>('PUT', `${casePath(caseId)}/compass/${enc(theme)}`, { body }),
  recordAlliance: (caseId: string, body: { contactId: string | null; notes: Partial<Record<AllianceElement, string>>; frictionSignals: FrictionSignal[] }) =>
    request<{ suggestion: AllianceSuggestion }>('POST', `${casePath(caseId)}/alliance`, { body }),
  allianceHistory: (caseId: string) => request<{ items: AllianceHistoryItem[] }>('GET', `${casePath(caseId)}/alliance`),
  reports: (caseId: string) => request<{ items: ReportSummary[] }>('GET', `${casePath(caseId)}/conversation-reports`),
  createReport: (caseId: string, body: { contactId: string | null; title: string }) =>
    request<{ id: string }>('POST', `${casePath(caseId)}/conversation-reports`, { body }),
  report: (caseId: string, reportId: string) => request<ReportDetail>('GET', reportPath(caseId, reportId)),
  saveDraft: (caseId: string, reportId: string, body: { lockVersion: number; paragraphs: Paragraph[] }) =>
    request<{ lockVersion: number }>('PUT', `${reportPath(caseId, reportId)}/draft`, { body }),
  share: (caseId: string, reportId: string, withEmployer: boolean) =>
    request<void>('POST', `${reportPath(caseId, reportId)}/share`, { body: { withEmployer } }),
  process: (caseId: string, reportId: string, commentId: string, body: { decision: Decision; explanation: string }) =>
    request<void>('POST', `${reportPath(caseId, reportId)}/comments/${enc(commentId)}/processing`, { body }),
  newVersion: (caseId: string, reportId: string, changeNote: string) =>
    request<{ versionId: string; number: number }>('POST', `${reportPath(caseId, reportId)}/versions`, { body: { changeNote } }),
  finalise: (caseId: string, reportId: string) => request<void>('POST', `${reportPath(caseId, reportId)}/finalise`),
  evaluations: (caseId: string) => request<{ items: ClientEvaluation[] }>('GET', `${casePath(caseId)}/evaluations`),
  evaluationOverview: (from: string, to: string) => request<EvaluationOverview>('GET', '/api/evaluation-overview', { query: { from, to } }),
};

/** Everything of Gezien & Gehoord on one case starts with this key, so one invalidation reaches it all. */
export const conversationKey = (caseId: string) => ['conversation', caseId] as const;
export const compassKey = (caseId: string, contactId: string | null) => [...conversationKey(caseId), 'compass', contactId ?? 'case'] as const;
export const allianceHistoryKey = (caseId: string) => [...conversationKey(caseId), 'alliance-history'] as const;
export const reportsKey = (caseId: string) => [...conversationKey(caseId), 'reports'] as const;
export const reportKey = (caseId: string, reportId: string) => [...conversationKey(caseId), 'report', reportId] as const;
export const evaluationsKey = (caseId: string) => [...conversationKey(caseId), 'evaluations'] as const;

export function useQuestions() {
  // The example questions are data of the server that do not change while the app runs.
  return useQuery({ queryKey: ['conversation-questions'], queryFn: conversationApi.questions, staleTime: Infinity });
}

export function useCompass(caseId: string, contactId: string | null, enabled = true) {
  return useQuery({ queryKey: compassKey(caseId, contactId), queryFn: () => conversationApi.compass(caseId, contactId), enabled });
}

export function useAllianceHistory(caseId: string) {
  return useQuery({ queryKey: allianceHistoryKey(caseId), queryFn: () => conversationApi.allianceHistory(caseId) });
}

export function useReports(caseId: string) {
  return useQuery({ queryKey: reportsKey(caseId), queryFn: () => conversationApi.reports(caseId) });
}

export function useReport(caseId: string, reportId: string) {
  return useQuery({ queryKey: reportKey(caseId, reportId), queryFn: () => conversationApi.report(caseId, reportId) });
}

export const evaluationOverviewKey = (from: string, to: string) => ['evaluation-overview', from, to] as const;

export function useEvaluationOverview(from: string, to: string) {
  return useQuery({ queryKey: evaluationOverviewKey(from, to), queryFn: () => conversationApi.evaluationOverview(from, to) });
}

export function useEvaluations(caseId: string) {
  return useQuery({ queryKey: evaluationsKey(caseId), queryFn: () => conversationApi.evaluations(caseId) });
}

export interface ConversationActionOptions<TArgs> {
  /** Field that errors without a field belong to (the only field of a small form). */
  fallbackField?: string;
  /** Called on a 409 without a field (someone else changed it), before the data is reloaded. */
  onConflict?: (args: TArgs) => void;
  /** Add "the newest data has been loaded" to a conflict's message (default true). */
  reloadNote?: boolean;
  /** Say this instead of the server's message on a conflict without a field (its "reload the page" does not fit). */
  conflictMessage?: string;
}

/**
 * A write on the Gezien & Gehoord API with form errors. On success the case's conversation data (and
 * the case page, whose timeline records reports) is re-read; on a conflict the server's message is
 * shown, with a note that the newest data has been loaded.
 */
export function useConversationAction<TArgs, TAnswer>(caseId: string, action: (args: TArgs) => Promise<TAnswer>, options: ConversationActionOptions<TArgs> = {}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const invalidate = () =>
    Promise.all([queryClient.invalidateQueries({ queryKey: conversationKey(caseId) }), queryClient.invalidateQueries({ queryKey: caseKey(caseId) })]);
  return useFormAction({
    action,
    afterSuccess: invalidate,
    errorsOf: (error, args) => {
      // Always read again: a composed step may have done its first part (a draft saved before sharing).
      void invalidate();
      if (isApiError(error) && error.code === 'conflict' && error.field) return { fields: { [error.field]: error.message } };
      const next = errorsFromApi(error, options.fallbackField);
      if (isApiError(error) && error.code === 'conflict') {
        options.onConflict?.(args);
        next.form = options.conflictMessage ?? (options.reloadNote === false ? error.message : `${error.message} ${t('errors.conflictReloaded')}`);
      }
      return next;
    },
  });
}
