// Fetching one case and running changes on it, with 409 handling (show message, reload).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../../web/api';
import type { CasePage } from '../../web/api-types';
import { errorsFromApi } from '../../web/forms';
import { useFormAction } from '../../web/useFormAction';

export const caseKey = (caseId: string) => ['case', caseId] as const;

export function useCase(caseId: string) {
  return useQuery({ queryKey: caseKey(caseId), queryFn: () => api.getCase(caseId) });
}

function isCasePage(value: unknown): value is CasePage {
  return typeof value === 'object' && value !== null && 'permissions' in value && 'version' in value;
}

export interface CaseActionOptions {
  /** Field that errors without a field belong to (e.g. the only field of a small form). */
  fallbackField?: string;
}

/**
 * A change to a case. Answers that are a CasePage replace the cached case; otherwise the case is
 * re-read. On 409 the server's message is shown and the case reloaded.
 */
export function useCaseAction<TArgs>(
  caseId: string,
  action: (args: TArgs) => Promise<unknown>,
  options: CaseActionOptions = {},
) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return useFormAction({
    action,
    afterSuccess: async (answer) => {
      if (isCasePage(answer)) queryClient.setQueryData(caseKey(caseId), answer);
      else await queryClient.invalidateQueries({ queryKey: caseKey(caseId) });
      void queryClient.invalidateQueries({ queryKey: ['cases'] });
    },
    errorsOf: (error) => {
      const next = errorsFromApi(error, options.fallbackField);
      if (isApiError(error) && error.code === 'conflict') {
        next.form = `${error.message} ${t('errors.conflictReloaded')}`;
        void queryClient.invalidateQueries({ queryKey: caseKey(caseId) });
      }
      return next;
    },
  });
}
