// Error answers in the chosen language: every known portal error has its own text in the catalogue;
// only an error the page does not know shows the server's own message.
import { PortalError } from './api';
import type { Translator } from './texts';

export function errorText(error: unknown, tr: Translator): string {
  if (!(error instanceof PortalError)) return tr.t('errUnknown');
  switch (error.code) {
    case 'network':
      return tr.t('errNetwork');
    case 'rate_limited':
      return tr.t('errRateLimited');
    case 'unauthenticated':
      return tr.t('errSessionEnded');
    case 'forbidden':
      return tr.t('errForbidden');
    case 'not_found':
    case 'conflict':
      return tr.t('errNotFound');
    case 'locked':
      return tr.t('lockedText');
    case 'internal':
      return error.referenceId ? tr.t('errUnknownRef', { referenceId: error.referenceId }) : tr.t('errUnknown');
    default:
      if (error.message) return error.message;
      return error.referenceId ? tr.t('errUnknownRef', { referenceId: error.referenceId }) : tr.t('errUnknown');
  }
}

export function isPortalError(error: unknown): error is PortalError {
  return error instanceof PortalError;
}
