// The portal API as the page calls it (docs/portal.md): JSON, the session in an HttpOnly cookie, the
// CSRF token in `x-csrf-token` on every write, errors as `{ error: { code, message, field?, … } }`.
import { clockOffsetMs } from './idle';
import type {
  ContactForm,
  ContactsAnswer,
  EvaluationBody,
  EvaluationItem,
  PortalLanguage,
  PortalReport,
  PortalSession,
  PortalSource,
  PrivacyNotice,
  ReactionBody,
  ReportSummary,
  StartAnswer,
  VerifyAnswer,
  ReadinessAnswer,
  ReadinessAnswers,
  WorksheetAnswer,
  WorksheetEntry,
  WorksheetSaved,
  PortalDocument,
  FinalReport,
} from './types';

/** An error answer (or no answer at all: code `network`, status 0). */
export class PortalError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field: string | undefined;
  readonly attemptsLeft: number | undefined;
  readonly lockedUntil: string | undefined;
  readonly reason: string | undefined;
  readonly referenceId: string | undefined;

  constructor(status: number, code: string, message: string, details: { field?: string; attemptsLeft?: number; lockedUntil?: string; reason?: string; referenceId?: string } = {}) {
    super(message);
    this.name = 'PortalError';
    this.status = status;
    this.code = code;
    this.field = details.field;
    this.attemptsLeft = details.attemptsLeft;
    this.lockedUntil = details.lockedUntil;
    this.reason = details.reason;
    this.referenceId = details.referenceId;
  }
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** Reads an error answer into a PortalError; any other body gets a code from the status. */
export function toPortalError(status: number, body: unknown): PortalError {
  const inner = typeof body === 'object' && body !== null && 'error' in body ? (body as { error: unknown }).error : null;
  if (typeof inner === 'object' && inner !== null) {
    const e = inner as Record<string, unknown>;
    const attempts = typeof e.attemptsLeft === 'number' && Number.isFinite(e.attemptsLeft) ? e.attemptsLeft : undefined;
    return new PortalError(status, text(e.code) ?? codeOfStatus(status), text(e.message) ?? '', {
      field: text(e.field), attemptsLeft: attempts, lockedUntil: text(e.lockedUntil), reason: text(e.reason), referenceId: text(e.referenceId),
    });
  }
  return new PortalError(status, codeOfStatus(status), '');
}

function codeOfStatus(status: number): string {
  switch (status) {
    case 400: return 'validation';
    case 401: return 'unauthenticated';
    case 403: return 'forbidden';
    case 404: return 'not_found';
    case 409: return 'conflict';
    case 423: return 'locked';
    case 429: return 'rate_limited';
    default: return 'internal';
  }
}

/** The server speaks Dutch and English; for the other languages its own (rare) messages come in English. */
export function acceptLanguage(language: PortalLanguage): string {
  if (language === 'nl') return 'nl';
  if (language === 'en') return 'en';
  return `${language}, en;q=0.8, nl;q=0.5`;
}

export interface ClientHooks {
  /** Every successful call with the session counts as activity. */
  onActivity: () => void;
  /** A 401 on a session call: the session is over. */
  onUnauthenticated: () => void;
}

type Method = 'GET' | 'POST' | 'PUT';
interface CallOptions {
  body?: unknown;
  /** Public calls (start, verify): no CSRF header, no activity, no session-ended handling. */
  public?: boolean;
  /** Probing for a session: a 401 is an answer, not an ending. */
  probe?: boolean;
  /** A file, not JSON: the answer's bytes and the file name the server gives. */
  file?: boolean;
}

/** A downloaded file: its bytes and the name from `Content-Disposition` (null when there is none). */
export interface DownloadedFile {
  blob: Blob;
  fileName: string | null;
}

/** The file name in a `Content-Disposition` header (`filename*=UTF-8''…` first, then `filename="…"`). */
export function fileNameOf(header: string | null): string | null {
  if (!header) return null;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star) {
    try {
      return decodeURIComponent(star[1]!.trim());
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(header);
  return plain ? plain[1]!.trim() : null;
}

const enc = encodeURIComponent;

export function createClient(hooks: ClientHooks) {
  let csrfToken = '';
  let language: PortalLanguage = 'nl';
  let offset = 0;

  async function call<T>(method: Method, path: string, options: CallOptions = {}): Promise<T> {
    const headers: Record<string, string> = { accept: options.file ? '*/*' : 'application/json', 'accept-language': acceptLanguage(language) };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET' && !options.public) headers['x-csrf-token'] = csrfToken;
    let response: Response;
    try {
      response = await fetch(path, {
        method, headers, credentials: 'same-origin', cache: 'no-store',
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
      });
    } catch {
      throw new PortalError(0, 'network', '');
    }
    offset = clockOffsetMs(response.headers.get('date'), Date.now());
    if (!response.ok) {
      let body: unknown = null;
      try {
        body = await response.json();
      } catch {
        body = null;
      }
      const error = toPortalError(response.status, body);
      if (response.status === 401 && !options.public && !options.probe) hooks.onUnauthenticated();
      throw error;
    }
    if (!options.public) hooks.onActivity();
    if (options.file) return { blob: await response.blob(), fileName: fileNameOf(response.headers.get('content-disposition')) } as T;
    if (response.status === 204 || !(response.headers.get('content-type') ?? '').includes('json')) return undefined as T;
    return (await response.json()) as T;
  }

  async function session(probe = false): Promise<PortalSession> {
    const answer = await call<PortalSession>('GET', '/api/portal/session', { probe });
    csrfToken = answer.csrfToken;
    return answer;
  }

  const contactPath = (contactId: string) => `/api/portal/contacts/${enc(contactId)}`;

  return {
    /** The server's clock now (the device clock corrected by the `Date` header). */
    serverNow: () => Date.now() + offset,
    setLanguage: (value: PortalLanguage) => {
      language = value;
    },
    setCsrf: (token: string | null) => {
      csrfToken = token ?? '';
    },
    start: (token: string, resend = false) =>
      call<StartAnswer>('POST', '/api/portal/start', { body: resend ? { token, resend: true } : { token }, public: true }),
    verify: async (token: string, code: string) => {
      const answer = await call<VerifyAnswer>('POST', '/api/portal/verify', { body: { token, code }, public: true });
      csrfToken = answer.csrfToken;
      return answer;
    },
    session,
    extend: () => call<{ idleExpiresAt: string }>('POST', '/api/portal/session/extend'),
    logout: async () => {
      await call<void>('POST', '/api/portal/logout', { probe: true });
      csrfToken = '';
    },
    saveLanguage: (value: PortalLanguage) => call<void>('PUT', '/api/portal/language', { body: { language: value } }),
    contacts: () => call<ContactsAnswer>('GET', '/api/portal/contacts'),
    savePreference: (contactId: string, form: ContactForm, reason: string) =>
      call<void>('PUT', `${contactPath(contactId)}/preference`, { body: { form, reason } }),
    privacyNotice: () => call<PrivacyNotice>('GET', '/api/portal/privacy-notice'),
    giveConsent: (contactId: string, privacyNoticeId: string) =>
      call<void>('POST', `${contactPath(contactId)}/consent`, { body: { privacyNoticeId } }),
    withdrawConsent: (contactId: string, reason: string | null) =>
      call<void>('POST', `${contactPath(contactId)}/consent/withdraw`, { body: { reason } }),
    callLink: (contactId: string) => call<{ url: string }>('POST', `${contactPath(contactId)}/call-link`),
    readiness: () => call<ReadinessAnswer>('GET', '/api/portal/readiness'),
    answerReadiness: (answers: ReadinessAnswers) => call<ReadinessAnswer>('PUT', '/api/portal/readiness', { body: { answers } }),
    // Gezien & Gehoord: "Ons gesprek", the evaluation of a held conversation, and conversation reports.
    worksheet: () => call<WorksheetAnswer>('GET', '/api/portal/worksheet'),
    saveWorksheet: (entries: WorksheetEntry[]) => call<WorksheetSaved>('PUT', '/api/portal/worksheet', { body: { entries } }),
    evaluations: () => call<{ items: EvaluationItem[] }>('GET', '/api/portal/evaluations'),
    evaluate: (contactId: string, body: EvaluationBody) => call<void>('POST', `${contactPath(contactId)}/evaluation`, { body }),
    reports: () => call<{ items: ReportSummary[] }>('GET', '/api/portal/reports'),
    documents: () => call<{ items: PortalDocument[] }>('GET', '/api/portal/documents'),
    // The information the labour expert uses, as far as it is shared (client only; issue 7).
    sources: () => call<{ items: PortalSource[] }>('GET', '/api/portal/sources'),
    // The client's final report (issue 8): the deliveries, and one as a file (refusals as PortalError).
    finalReports: () => call<{ items: FinalReport[] }>('GET', '/api/portal/final-reports'),
    finalReportFile: (path: string) => call<DownloadedFile>('GET', path, { file: true }),
    report: (reportId: string) => call<PortalReport>('GET', `/api/portal/reports/${enc(reportId)}`),
    react: (reportId: string, versionId: string, body: ReactionBody) =>
      call<void>('POST', `/api/portal/reports/${enc(reportId)}/versions/${enc(versionId)}/reaction`, { body }),
  };
}
export type PortalClient = ReturnType<typeof createClient>;
