// Queries and changes of the contact-form screens, with the same error handling as the case page:
// field messages from the server, 409 → message and reload; and asking for the advice.
import { useRef, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../web/api';
import { errorsFromApi, NO_ERRORS, type FormErrors } from '../../web/forms';
import { useFormAction } from '../../web/useFormAction';
import { caseKey } from '../../cases/ui/useCase';
import { contactApi, type Advice, type Circumstances } from './api';
import { focusWhenPresent } from './controls';

export const planningKey = (caseId: string) => ['contact-planning', caseId] as const;
export const contactKey = (caseId: string, contactId: string) => ['contact', caseId, contactId] as const;
export const decisionsKey = (caseId: string) => ['contact-decisions', caseId] as const;
export const justificationKey = (caseId: string) => ['contact-justification', caseId] as const;

export function usePlanning(caseId: string, enabled = true) {
  return useQuery({ queryKey: planningKey(caseId), queryFn: () => contactApi.planning(caseId), enabled });
}

export const readinessKey = (caseId: string) => ['contact-readiness', caseId] as const;

/** The latest digital-readiness screening of a case (without loading the whole planning data). */
export function useReadiness(caseId: string, enabled = true) {
  return useQuery({ queryKey: readinessKey(caseId), queryFn: () => contactApi.readiness(caseId), enabled });
}

export function useContactDetail(caseId: string, contactId: string) {
  return useQuery({ queryKey: contactKey(caseId, contactId), queryFn: () => contactApi.get(caseId, contactId) });
}

export function useDecisionLog(caseId: string, enabled = true) {
  return useQuery({ queryKey: decisionsKey(caseId), queryFn: () => contactApi.decisions(caseId), enabled });
}

export function useJustification(caseId: string, enabled = true) {
  return useQuery({ queryKey: justificationKey(caseId), queryFn: () => contactApi.justification(caseId), enabled });
}

/** Everything a contact change can alter: the case page, the contact, the logs and the planning data. */
export function useInvalidateContact(caseId: string) {
  const queryClient = useQueryClient();
  return async (contactId?: string) => {
    const keys: ReadonlyArray<readonly unknown[]> = [
      caseKey(caseId), planningKey(caseId), readinessKey(caseId), decisionsKey(caseId), justificationKey(caseId), ['cases'],
      ...(contactId ? [contactKey(caseId, contactId)] : []),
    ];
    await Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
  };
}

export interface ContactActionOptions {
  contactId?: string;
  fallbackField?: string;
}

/** A write on the contact-form API with form errors; on success the affected data is re-read. */
export function useContactAction<TArgs, TAnswer>(caseId: string, action: (args: TArgs) => Promise<TAnswer>, options: ContactActionOptions = {}) {
  const { t } = useTranslation();
  const invalidate = useInvalidateContact(caseId);
  return useFormAction({
    action,
    afterSuccess: () => invalidate(options.contactId),
    errorsOf: (error) => {
      if (!isApiError(error) || error.code !== 'conflict') return errorsFromApi(error, options.fallbackField);
      // A conflict about a field (video with a medical obstacle) is a message for that field; one
      // without a field is someone else's change: show it and load the newest data.
      void invalidate(options.contactId);
      if (error.field) return { fields: { [error.field]: error.message } };
      const next = errorsFromApi(error, options.fallbackField);
      next.form = `${error.message} ${t('errors.conflictReloaded')}`;
      return next;
    },
  });
}

/** An advice with the circumstances it answers (as JSON), so the page can tell when it is out of date. */
export interface AdviceFor {
  advice: Advice;
  key: string;
}

/**
 * Asking for the advice on given circumstances (for a new contact, or for a change of `contactId`).
 * Only the answer to the latest question counts: an earlier one that arrives late is dropped.
 */
export function useAdvice(caseId: string, contactId?: string) {
  const [advice, setAdvice] = useState<AdviceFor | null>(null);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const requestNo = useRef(0);

  /** Asks for the advice; on an answer, moves focus to `focusId` when given. Null when it failed. */
  async function ask(circumstances: Circumstances, focusId?: string): Promise<Advice | null> {
    const no = ++requestNo.current;
    const key = JSON.stringify(circumstances);
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      const answer = await contactApi.advice(caseId, circumstances, contactId);
      if (no === requestNo.current) {
        setAdvice({ advice: answer.advice, key });
        if (focusId) focusWhenPresent(focusId);
      }
      return answer.advice;
    } catch (error) {
      if (no === requestNo.current) setErrors(errorsFromApi(error));
      return null;
    } finally {
      if (no === requestNo.current) setBusy(false);
    }
  }

  return { advice, busy, errors, setErrors, ask };
}
