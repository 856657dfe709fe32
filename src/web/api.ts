// Thin fetch wrapper for the Passend API (docs/api.md).
import i18n from './i18n';
import type {
  AdminUser,
  ApiProblem,
  CaseListAnswer,
  CaseListQuery,
  CasePage,
  CasePatch,
  CaseStatus,
  Colleague,
  ContactPatch,
  Enrolment,
  EnrolmentAnswer,
  ErrorBody,
  ErrorCode,
  LoginAnswer,
  NewCase,
  NewContact,
  NewUser,
  PartyInput,
  RecoveryAnswer,
  Session,
  TotpAnswer,
  UiLanguage,
  UserPatch,
} from './api-types';

export type ClientErrorCode = ErrorCode | 'network';

/** An error answer from the server; `message` is already in the user's language. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ClientErrorCode;
  readonly field: string | undefined;
  readonly referenceId: string | undefined;
  /** Every problem of a larger input (an FML, an import file), each with its field or line. */
  readonly problems: readonly ApiProblem[];

  constructor(status: number, code: ClientErrorCode, message: string, field?: string, referenceId?: string, problems: readonly ApiProblem[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.field = field;
    this.referenceId = referenceId;
    this.problems = problems;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

let csrfToken = '';
let unauthenticatedHandler: (() => void) | null = null;

/** Called on a 401 outside the sign-in steps; the app sends the user to the sign-in page. */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  unauthenticatedHandler = handler;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface RequestOptions {
  body?: unknown;
  form?: FormData;
  /** A file as the request body, with its own content type (a logo, a report to check against its seal). */
  raw?: { body: Blob; type: string };
  query?: Record<string, string | number | undefined>;
  /** Sign-in steps answer 401 for wrong credentials: show the message, do not redirect. */
  authStep?: boolean;
}

function buildUrl(path: string, query?: RequestOptions['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const inner = (value as { error: unknown }).error;
  return typeof inner === 'object' && inner !== null && typeof (inner as { message?: unknown }).message === 'string';
}

async function toApiError(response: Response): Promise<ApiError> {
  let parsed: unknown = null;
  try {
    parsed = await response.json();
  } catch {
    parsed = null;
  }
  if (isErrorBody(parsed)) {
    const { code, message, field, referenceId, problems } = parsed.error;
    return new ApiError(response.status, code, message, field, referenceId, Array.isArray(problems) ? problems : []);
  }
  const code: ClientErrorCode = response.status === 404 ? 'not_found' : response.status === 401 ? 'unauthenticated' : 'internal';
  return new ApiError(response.status, code, i18n.t('errors.unexpected'));
}

export async function request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  // The server answers in the language the user sees, whatever the browser's own preference.
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': i18n.language === 'en' ? 'en' : 'nl' };
  let body: BodyInit | undefined;
  if (options.form) {
    body = options.form;
  } else if (options.raw) {
    headers['content-type'] = options.raw.type;
    body = options.raw.body;
  } else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), { method, headers, body, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network', i18n.t('errors.network'));
  }

  if (!response.ok) {
    const error = await toApiError(response);
    if (response.status === 401 && !options.authStep) unauthenticatedHandler?.();
    throw error;
  }
  if (response.status === 204) return undefined as T;
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return undefined as T;
  return (await response.json()) as T;
}

/** Reads the session and keeps its CSRF token for the next writes. */
export async function getSession(): Promise<Session> {
  const session = await request<Session>('GET', '/api/session', { authStep: true });
  csrfToken = session.csrfToken;
  return session;
}

export const api = {
  // Session and sign-in
  login: (email: string, password: string) =>
    request<LoginAnswer>('POST', '/api/auth/login', { body: { email, password }, authStep: true }),
  verifyTotp: (code: string) => request<TotpAnswer>('POST', '/api/auth/totp', { body: { code }, authStep: true }),
  useRecoveryCode: (code: string) =>
    request<RecoveryAnswer>('POST', '/api/auth/recovery', { body: { code }, authStep: true }),
  getEnrolment: () => request<Enrolment>('GET', '/api/auth/totp/enrolment', { authStep: true }),
  completeEnrolment: (code: string) =>
    request<EnrolmentAnswer>('POST', '/api/auth/totp/enrolment', { body: { code }, authStep: true }),
  logout: () => request<void>('POST', '/api/auth/logout', { authStep: true }),
  setLanguage: (language: UiLanguage) =>
    request<void>('PUT', '/api/me/language', { body: { language }, authStep: true }),

  // Cases
  listCases: (query: CaseListQuery) =>
    request<CaseListAnswer>('GET', '/api/cases', { query: { ...query } }),
  createCase: (input: NewCase) => request<{ id: string }>('POST', '/api/cases', { body: input }),
  getCase: (caseId: string) => request<CasePage>('GET', `/api/cases/${encodeURIComponent(caseId)}`),
  patchCase: (caseId: string, patch: CasePatch) =>
    request<CasePage | undefined>('PATCH', `/api/cases/${encodeURIComponent(caseId)}`, { body: patch }),
  changeStatus: (caseId: string, version: number, to: CaseStatus, reason?: string) =>
    request<CasePage>('POST', `/api/cases/${encodeURIComponent(caseId)}/status`, {
      body: reason ? { version, to, reason } : { version, to },
    }),
  reopen: (caseId: string, version: number, reason: string) =>
    request<CasePage>('POST', `/api/cases/${encodeURIComponent(caseId)}/reopen`, { body: { version, reason } }),
  addParty: (caseId: string, party: PartyInput) =>
    request<{ id: string }>('POST', `/api/cases/${encodeURIComponent(caseId)}/parties`, { body: party }),
  updateParty: (caseId: string, partyId: string, party: PartyInput) =>
    request<void>('PUT', `/api/cases/${encodeURIComponent(caseId)}/parties/${encodeURIComponent(partyId)}`, {
      body: party,
    }),
  removeParty: (caseId: string, partyId: string) =>
    request<void>('DELETE', `/api/cases/${encodeURIComponent(caseId)}/parties/${encodeURIComponent(partyId)}`),
  planContact: (caseId: string, contact: NewContact) =>
    request<{ id: string }>('POST', `/api/cases/${encodeURIComponent(caseId)}/contacts`, { body: contact }),
  updateContact: (caseId: string, contactId: string, patch: ContactPatch) =>
    request<void>('PATCH', `/api/cases/${encodeURIComponent(caseId)}/contacts/${encodeURIComponent(contactId)}`, {
      body: patch,
    }),
  uploadDocument: (caseId: string, form: FormData) =>
    request<{ id: string; sha256: string }>('POST', `/api/cases/${encodeURIComponent(caseId)}/documents`, { form }),
  documentUrl: (caseId: string, documentId: string) =>
    `/api/cases/${encodeURIComponent(caseId)}/documents/${encodeURIComponent(documentId)}/content`,
  addNote: (caseId: string, body: string, professionalOnly: boolean) =>
    request<{ id: string }>('POST', `/api/cases/${encodeURIComponent(caseId)}/notes`, {
      body: { body, professionalOnly },
    }),
  setDeadlineCompleted: (caseId: string, deadlineId: string, completed: boolean) =>
    request<void>('PUT', `/api/cases/${encodeURIComponent(caseId)}/deadlines/${encodeURIComponent(deadlineId)}`, {
      body: { completed },
    }),
  share: (caseId: string, userId: string) =>
    request<void>('POST', `/api/cases/${encodeURIComponent(caseId)}/shares`, { body: { userId } }),
  unshare: (caseId: string, userId: string) =>
    request<void>('DELETE', `/api/cases/${encodeURIComponent(caseId)}/shares/${encodeURIComponent(userId)}`),
  colleagues: () => request<Colleague[]>('GET', '/api/colleagues'),

  // Administration
  listUsers: () => request<AdminUser[]>('GET', '/api/admin/users'),
  createUser: (user: NewUser) => request<{ id: string }>('POST', '/api/admin/users', { body: user }),
  updateUser: (userId: string, patch: UserPatch) =>
    request<void>('PATCH', `/api/admin/users/${encodeURIComponent(userId)}`, { body: patch }),
  resetTotp: (userId: string) =>
    request<void>('POST', `/api/admin/users/${encodeURIComponent(userId)}/reset-totp`),
  unlockUser: (userId: string) => request<void>('POST', `/api/admin/users/${encodeURIComponent(userId)}/unlock`),
};
