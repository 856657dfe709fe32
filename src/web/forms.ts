// Form error state shared by all forms: one message per API field plus an optional form message.
import { isApiError } from './api';
import i18n from './i18n';

export interface FormErrors {
  /** A message that belongs to no single field. */
  form?: string;
  /** Messages keyed by API field path, e.g. "client.birthDate". */
  fields: Record<string, string>;
}

export const NO_ERRORS: FormErrors = { fields: {} };

export function hasErrors(errors: FormErrors): boolean {
  return Boolean(errors.form) || Object.keys(errors.fields).length > 0;
}

/** Turns a failed request into form errors; the server message is shown as is. */
export function errorsFromApi(error: unknown, fallbackField?: string): FormErrors {
  if (isApiError(error)) {
    const field = error.field ?? fallbackField;
    if (field && error.code !== 'conflict' && error.code !== 'network' && error.code !== 'internal') {
      return { fields: { [field]: error.message } };
    }
    return { form: error.message, fields: {} };
  }
  return { form: i18n.t('errors.unexpected'), fields: {} };
}

/** A stable element id for an API field inside one form. */
export function fieldId(prefix: string, field: string): string {
  return `${prefix}-${field.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** Trimmed text, or undefined when empty (so optional fields are left out of the request). */
export function optional(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}
