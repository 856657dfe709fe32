// Typed calls of the report API (src/report/routes.ts: its zod schemas are the contract), the query
// keys, and the one write hook of the report's forms: every problem of the server's answer at its field
// (`error.problems[]`), a 409 (the page is stale, the draft is with the client, the version is sealed)
// said in words with the newest data re-read.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError, request } from '../../web/api';
import { useFormAction } from '../../web/useFormAction';
import { caseKey } from '../../cases/ui/useCase';
import { errorsFromProblems } from '../../capacity/ui/api';
import type { ReportBlock } from '../document';
import type { ReportContext, VersionState } from '../domain';

export type { ReportBlock, ReportContext, VersionState };

export interface TemplateSectionView {
  kind: string;
  title: string;
  standardText: string;
  forEmployer: boolean;
}

export interface TemplateView {
  id: string;
  templateId: string;
  context: ReportContext;
  number: number;
  name: string;
  sections: TemplateSectionView[];
  letterheadLines: string[];
  hasLogo: boolean;
  changeNote: string | null;
  createdAt: string;
  createdBy: string | null;
}

export interface ReportSummary {
  id: string;
  createdAt: string;
  templateName: string;
  latestVersion: number;
  state: VersionState;
  signedAt: string | null;
  finalVersions: number;
}

export interface ReportParagraph {
  id: string;
  text: string;
  forEmployer: boolean;
}

export interface ReportSectionView {
  index: number;
  kind: string;
  title: string;
  paragraphs: ReportParagraph[];
  blocks: ReportBlock[];
  edited: boolean;
  forEmployer: boolean;
  generatedAt: string;
  stale: boolean;
}

export interface ReportVersionView {
  number: number;
  state: VersionState;
  changeNote: string | null;
  createdAt: string;
  signedAt: string | null;
  signer: string | null;
  pdfSha256: string | null;
  docxSha256: string | null;
  contentSha256: string | null;
  unprocessedReason: string | null;
}

export interface CheckComment {
  id: string;
  round: number;
  audience: 'client' | 'employer';
  paragraphId: string | null;
  stance: 'agree' | 'disagree' | 'addition';
  text: string;
  inFinalReport: 'full' | 'summary' | null;
  submittedAt: string;
  processing: { decision: string; explanation: string } | null;
}

export interface Delivery {
  id: string;
  version: number;
  recipient: string;
  name: string;
  email: string;
  sentAt: string;
  expiresAt: string;
  firstOpenedAt: string | null;
  openCount: number;
}

export interface Recipient {
  kind: 'client' | 'party';
  partyId: string | null;
  name: string;
  role: string;
  hasEmail: boolean;
}

export interface ReportDetail {
  id: string;
  caseId: string;
  reference: string;
  language: string;
  template: { name: string; context: string; number: number };
  checkReportId: string | null;
  versions: ReportVersionView[];
  current: { number: number; state: VersionState; lockVersion: number; changeNote: string | null; sections: ReportSectionView[] };
  check: {
    rounds: Array<{ number: number; state: string; sharedAt: string | null; withEmployer: boolean }>;
    comments: CheckComment[];
    clientChoseSummary: boolean;
  };
  deliveries: Delivery[];
  recipients: Recipient[];
}

export type DiffLine = { change: 'same' | 'added' | 'removed'; text: string };

export interface Seal {
  number: number;
  pdfSha256: string;
  docxSha256: string;
  contentSha256: string;
  signedAt: string;
  signer: string;
}

export interface SealAnswer {
  match: boolean;
  sha256: string;
  reference?: string;
  version?: number;
  signer?: string;
  signedAt?: string;
  organisation?: string;
  format?: string;
}

export interface DeliveryMeta {
  name: string;
  reference: string;
  version: number;
  expiresAt: string;
  sha256: string;
}

export type RecipientChoice = { kind: 'client' } | { kind: 'party'; partyId: string };

export interface TemplateBody {
  name: string;
  sections: TemplateSectionView[];
  letterheadLines: string[];
  changeNote: string;
  basedOn: number;
}

const enc = encodeURIComponent;
const casePath = (caseId: string) => `/api/cases/${enc(caseId)}`;
const reportApiPath = (caseId: string, reportId: string) => `${casePath(caseId)}/reports/${enc(reportId)}`;

/** The pages of the web app. */
export const reportPagePath = (caseId: string, reportId: string) => `/dossiers/${enc(caseId)}/rapportage/${enc(reportId)}`;
export const VERIFY_PATH = '/rapport/verifieren';
export const TEMPLATES_PATH = '/beheer/rapportsjablonen';

/** Addresses the browser opens itself (downloads, the preview, a logo). */
export const fileUrls = {
  preview: (caseId: string, reportId: string) => `${reportApiPath(caseId, reportId)}/preview.pdf`,
  version: (caseId: string, reportId: string, number: number, format: 'pdf' | 'docx') => `${reportApiPath(caseId, reportId)}/versions/${number}/report.${format}`,
  logo: (templateId: string, number: number) => `/api/report-templates/${enc(templateId)}/versions/${number}/logo`,
  delivery: (token: string) => `/api/report-deliveries/${enc(token)}/report.pdf`,
};

export const reportApi = {
  templatesForCase: (caseId: string) => request<{ suggested: string; templates: TemplateView[] }>('GET', `${casePath(caseId)}/report-templates`),
  reports: (caseId: string) => request<{ items: ReportSummary[] }>('GET', `${casePath(caseId)}/reports`),
  create: (caseId: string, templateId: string) => request<{ id: string }>('POST', `${casePath(caseId)}/reports`, { body: { templateId } }),
  report: (caseId: string, reportId: string) => request<ReportDetail>('GET', reportApiPath(caseId, reportId)),
  saveSection: (caseId: string, reportId: string, index: number, body: { lockVersion: number; paragraphs: ReportParagraph[] }) =>
    request<{ lockVersion: number }>('PUT', `${reportApiPath(caseId, reportId)}/sections/${index}`, { body }),
  refreshPreview: (caseId: string, reportId: string, index: number, lockVersion: number) =>
    request<{ diff: DiffLine[]; lockVersion: number }>('GET', `${reportApiPath(caseId, reportId)}/sections/${index}/refresh`, { query: { lockVersion } }),
  refresh: (caseId: string, reportId: string, index: number, lockVersion: number) =>
    request<{ diff: DiffLine[]; lockVersion: number }>('POST', `${reportApiPath(caseId, reportId)}/sections/${index}/refresh`, { body: { lockVersion } }),
  sendForCheck: (caseId: string, reportId: string, body: { lockVersion: number; withEmployer: boolean }) =>
    request<{ checkReportId: string }>('POST', `${reportApiPath(caseId, reportId)}/check`, { body }),
  resume: (caseId: string, reportId: string, lockVersion: number) => request<{ lockVersion: number }>('POST', `${reportApiPath(caseId, reportId)}/resume`, { body: { lockVersion } }),
  process: (caseId: string, checkReportId: string, commentId: string, body: { decision: string; explanation: string }) =>
    request<void>('POST', `${casePath(caseId)}/conversation-reports/${enc(checkReportId)}/comments/${enc(commentId)}/processing`, { body }),
  finalise: (caseId: string, reportId: string, body: { lockVersion: number; reason: string | null; clientReactionSummary: string | null }) =>
    request<Seal>('POST', `${reportApiPath(caseId, reportId)}/finalise`, { body }),
  correct: (caseId: string, reportId: string, changeNote: string) => request<{ number: number }>('POST', `${reportApiPath(caseId, reportId)}/corrections`, { body: { changeNote } }),
  send: (caseId: string, reportId: string, number: number, recipients: RecipientChoice[]) =>
    request<{ deliveries: string[]; expiresAt: string }>('POST', `${reportApiPath(caseId, reportId)}/versions/${number}/deliveries`, { body: { recipients } }),
  // The organisation's templates (administrator).
  templates: () => request<{ items: TemplateView[] }>('GET', '/api/report-templates'),
  template: (templateId: string) => request<{ current: TemplateView; history: TemplateView[] }>('GET', `/api/report-templates/${enc(templateId)}`),
  saveTemplate: (templateId: string, body: TemplateBody) => request<{ number: number }>('PUT', `/api/report-templates/${enc(templateId)}`, { body }),
  saveLogo: (templateId: string, file: Blob, basedOn: number) =>
    request<{ number: number }>('PUT', `/api/report-templates/${enc(templateId)}/logo`, { raw: { body: file, type: file.type || 'application/octet-stream' }, query: { basedOn } }),
  removeLogo: (templateId: string, basedOn: number) => request<{ number: number }>('DELETE', `/api/report-templates/${enc(templateId)}/logo`, { query: { basedOn } }),
  // Anyone.
  verify: (file: Blob, type: 'application/pdf' | 'application/octet-stream') => request<SealAnswer>('POST', '/api/report-seal/verify', { raw: { body: file, type } }),
  delivery: (token: string) => request<DeliveryMeta>('GET', `/api/report-deliveries/${enc(token)}`),
};

/** Everything of the report on one case starts with this key, so one invalidation reaches it all. */
export const reportsKey = (caseId: string) => ['report', caseId] as const;
export const reportKey = (caseId: string, reportId: string) => [...reportsKey(caseId), reportId] as const;
export const templatesKey = ['report-templates'] as const;

export function useReports(caseId: string) {
  return useQuery({ queryKey: [...reportsKey(caseId), 'list'], queryFn: () => reportApi.reports(caseId) });
}

export function useTemplatesForCase(caseId: string, enabled: boolean) {
  return useQuery({ queryKey: [...reportsKey(caseId), 'templates'], queryFn: () => reportApi.templatesForCase(caseId), enabled });
}

export function useReport(caseId: string, reportId: string) {
  return useQuery({ queryKey: reportKey(caseId, reportId), queryFn: () => reportApi.report(caseId, reportId) });
}

export function useTemplates() {
  return useQuery({ queryKey: templatesKey, queryFn: reportApi.templates });
}

export function useTemplate(templateId: string | null) {
  return useQuery({ queryKey: [...templatesKey, templateId], queryFn: () => reportApi.template(templateId!), enabled: templateId !== null });
}

/**
 * A write on the report with form errors. On success the case's report data and the case page (its
 * timeline) are re-read; on a conflict or a vanished record the server's message is shown with a note
 * that the newest data has been loaded.
 */
export function useReportAction<TArgs, TAnswer>(caseId: string | null, action: (args: TArgs) => Promise<TAnswer>, options: { fallbackField?: string } = {}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const invalidate = () =>
    caseId === null
      ? queryClient.invalidateQueries({ queryKey: templatesKey })
      : Promise.all([queryClient.invalidateQueries({ queryKey: reportsKey(caseId) }), queryClient.invalidateQueries({ queryKey: caseKey(caseId) })]);
  return useFormAction({
    action,
    afterSuccess: invalidate,
    errorsOf: (error) => {
      const next = errorsFromProblems(error, options.fallbackField);
      if (isApiError(error) && (error.code === 'conflict' || error.code === 'not_found')) {
        void invalidate();
        return { form: `${error.message} ${t('errors.conflictReloaded')}`, fields: {} };
      }
      return next;
    },
  });
}
