// Translated option lists and labels for the case code lists.
import type { TFunction } from 'i18next';
import type { BadgeTone, SelectOption } from '../../web/components';
import type { CaseStatus, DeadlineState } from '../../web/api-types';

/** Options for a <select> from a code list, labelled from `enums.<group>.<code>`. */
export function enumOptions(t: TFunction, group: string, codes: readonly string[]): SelectOption[] {
  return codes.map((code) => ({ value: code, label: t(`enums.${group}.${code}`) }));
}

/** A label for a code, falling back to the code itself when the catalogue has none. */
export function enumLabel(t: TFunction, group: string, code: string | null | undefined): string {
  if (!code) return '';
  return t(`enums.${group}.${code}`, { defaultValue: code });
}

/** A deadline's name; a trial-and-error feedback moment (`feedback:<experiment>`, issue 7) by its kind. */
export function deadlineKeyLabel(t: TFunction, key: string): string {
  return enumLabel(t, 'deadlineKey', key.startsWith('feedback:') ? 'feedback' : key);
}

export function deadlineTone(state: DeadlineState | string): BadgeTone {
  switch (state) {
    case 'overdue':
      return 'danger';
    case 'near':
      return 'warning';
    case 'done':
      return 'success';
    case 'before_assignment':
    case 'informational':
      return 'inactive';
    default:
      return 'neutral';
  }
}

export function statusTone(status: CaseStatus | string): BadgeTone {
  switch (status) {
    case 'completed':
      return 'success';
    case 'archived':
      return 'inactive';
    case 'registered':
      return 'neutral';
    default:
      return 'active';
  }
}
