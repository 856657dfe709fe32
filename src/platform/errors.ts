// Errors in one shape: `{ error: { code, message, field?, referenceId? } }`, message in the user's language.
import type { Language, MessageKey, MessageParams } from './i18n.js';
import { fieldLabel, translate, isMessageKey } from './i18n.js';

export type ErrorCode =
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'locked'
  | 'too_large'
  | 'unsupported_type'
  | 'rate_limited'
  | 'internal';

export const STATUS_OF: Record<ErrorCode, number> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  locked: 423,
  too_large: 413,
  unsupported_type: 415,
  rate_limited: 429,
  internal: 500,
};

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: MessageKey,
    readonly params: MessageParams = {},
    readonly field?: string,
    /** Facts a page needs to explain the error in its own words and language (e.g. attempts left). */
    readonly facts?: ErrorFacts,
  ) {
    super(messageKey);
  }
}

/** Machine-readable facts beside the message: how many attempts are left, until when a link is locked. */
export interface ErrorFacts {
  attemptsLeft?: number;
  lockedUntil?: string;
  reason?: string;
  /** Every problem of a larger input (an FML, an import file), each with where it is and what, in words. */
  problems?: Array<{ field?: string; line?: number | null; message: string }>;
}

/** A field-level validation error raised by domain or store checks after schema validation. */
export function invalidField(field: string, problemKey: MessageKey, params: MessageParams = {}): AppError {
  return new AppError('validation', 'validation.field', { ...params, problemKey }, field);
}

/** A problem with a query-string field (`?from&to`): named as the page's filter names it. */
export function invalidQueryField(field: string, problemKey: MessageKey, params: MessageParams = {}): AppError {
  return invalidField(field, problemKey, { ...params, fieldContext: 'querystring' });
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string; field?: string; referenceId?: string } & ErrorFacts;
}

export function renderAppError(error: AppError, language: Language): ErrorBody {
  let message: string;
  if (error.messageKey === 'validation.field' && error.field) {
    const problemKey = String(error.params.problemKey ?? 'validation.format') as MessageKey;
    message = translate(language, 'validation.field', {
      field: fieldLabel(language, error.field, error.params.fieldContext === 'querystring' ? 'querystring' : undefined),
      problem: translate(language, problemKey, error.params),
    });
  } else {
    message = translate(language, error.messageKey, error.params);
  }
  return { error: { code: error.code, message, ...(error.field ? { field: error.field } : {}), ...(error.facts ?? {}) } };
}

export interface SchemaIssue {
  keyword: string;
  instancePath: string;
  message?: string;
  params?: Record<string, unknown>;
}

/** Turns the first zod issue of a schema validation failure into our shape, naming the field. */
export function renderSchemaIssue(issue: SchemaIssue, context: string | undefined, language: Language): ErrorBody {
  const path = issue.instancePath.replace(/^\//, '').split('/').filter(Boolean).join('.');
  const params = issue.params ?? {};
  let problem: MessageKey = 'validation.format';
  let values: MessageParams = {};
  switch (issue.keyword) {
    case 'invalid_type':
      problem = /received undefined/.test(issue.message ?? '') ? 'validation.required' : 'validation.type';
      break;
    case 'too_small':
      values = { minimum: Number(params.minimum ?? 0) };
      problem = params.origin === 'string' ? (Number(params.minimum) === 1 ? 'validation.blank' : 'validation.too_short') : params.origin === 'array' ? 'validation.too_short' : 'validation.too_small';
      break;
    case 'too_big':
      values = { maximum: Number(params.maximum ?? 0) };
      problem = params.origin === 'string' || params.origin === 'array' ? 'validation.too_long' : 'validation.too_big';
      break;
    case 'invalid_format': {
      const format = String(params.format ?? '');
      problem = format === 'email' ? 'validation.email' : format === 'uuid' ? 'validation.uuid' : format === 'date' ? 'validation.date' : format === 'datetime' ? 'validation.datetime' : 'validation.format';
      break;
    }
    case 'invalid_value':
    case 'invalid_union':
      problem = 'validation.choice';
      break;
    case 'unrecognized_keys': {
      const keys = Array.isArray(params.keys) ? params.keys.map(String) : [];
      values = { keys: keys.join(', ') };
      problem = 'validation.unknown_field';
      const field = [path, keys[0]].filter(Boolean).join('.');
      return {
        error: { code: 'validation', message: translate(language, 'validation.field', { field: keys.join(', '), problem: translate(language, problem, values) }), field },
      };
    }
    case 'custom':
      // Our refinements carry a message key as their message (e.g. 'validation.date').
      if (issue.message && /^validation\.\w+$/.test(issue.message) && isMessageKey(issue.message)) problem = issue.message;
      break;
  }
  const problemText = translate(language, problem, values);
  const field = path || (context === 'body' ? '' : context ?? '');
  const message = field
    ? translate(language, 'validation.field', { field: fieldLabel(language, field, context), problem: problemText })
    : translate(language, 'validation.form', { problem: problemText });
  return { error: { code: 'validation', message, ...(field ? { field } : {}) } };
}
