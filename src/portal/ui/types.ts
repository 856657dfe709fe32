// The shapes of the portal API as the browser sees them (docs/portal.md). A copy on purpose: the
// page must not import server code, and these are only the fields the page reads.

export const PORTAL_LANGUAGES = ['nl', 'en', 'ar', 'tr', 'pl'] as const;
export type PortalLanguage = (typeof PORTAL_LANGUAGES)[number];

export type ContactForm = 'physical' | 'video' | 'phone';
export const CONTACT_FORMS: readonly ContactForm[] = ['physical', 'video', 'phone'];

export type Audience = 'client' | 'employer';

export type StartState = 'code_sent' | 'signed_in' | 'unknown' | 'revoked' | 'locked';

/** `POST /api/portal/start`. */
export interface StartAnswer {
  state: StartState;
  channel: 'email' | 'sms' | null;
  /** Already masked by the server: "l•••@voorbeeld.test", "06 •••• 78". */
  sentTo: string | null;
  lockedUntil: string | null;
  language: PortalLanguage;
  organisationName: string | null;
  audience: Audience | null;
  /** Only with `signed_in`. */
  csrfToken: string | null;
}

/** `POST /api/portal/verify`. */
export interface VerifyAnswer {
  csrfToken: string;
}

/** `GET /api/portal/session`. */
export interface PortalSession {
  audience: Audience;
  language: PortalLanguage;
  name: string | null;
  organisationName: string | null;
  expertName: string | null;
  phoneNumber: string | null;
  idleExpiresAt: string;
  absoluteExpiresAt: string;
  csrfToken: string;
}

export interface ContactPreference {
  form: ContactForm;
  reason: string;
  statedAt: string;
}

export interface VideoConsent {
  givenAt: string;
  via: 'portal' | 'staff';
}

export interface PortalContact {
  id: string;
  plannedAt: string;
  durationMinutes: number;
  form: ContactForm;
  location: string | null;
  state: 'planned' | 'held' | 'cancelled';
  expertName: string | null;
  preference: ContactPreference | null;
  video: { consent: VideoConsent | null; privacyNoticeId: string | null } | null;
}

/** `GET /api/portal/contacts` (client only). */
export interface ContactsAnswer {
  upcoming: PortalContact[];
  past: PortalContact[];
}

/** `GET /api/portal/privacy-notice`. */
export interface PrivacyNotice {
  id: string;
  version: string | number;
  body: string;
  bodyLanguage: 'nl' | 'en';
}

export function isPortalLanguage(value: unknown): value is PortalLanguage {
  return typeof value === 'string' && (PORTAL_LANGUAGES as readonly string[]).includes(value);
}

/** A language from the server, or Dutch when it is missing or unknown. */
export function asPortalLanguage(value: unknown): PortalLanguage {
  return isPortalLanguage(value) ? value : 'nl';
}
