// What the parts of the contact-form administration share: the heading of the open part, moving
// focus, a mutation with form errors, a form's fields in one state object, status and loading lines,
// the cells of the version tables and the view of one record.
import { useRef, useState, type ReactNode } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Alert, Badge, Paragraph, TitledSection, type TitledSectionProps } from '../../../web/components';
import { errorsFromApi, NO_ERRORS, type FormErrors } from '../../../web/forms';
import { CONTACT_ADMIN_KEY } from './api';

/** The h2 of the part that is open; focus returns to it when a form closes. */
export const SECTION_HEADING_ID = 'contact-admin-section';

/** Moves focus (and the view) to an element once React has rendered it. */
export function focusLater(id: string): void {
  requestAnimationFrame(() => {
    const element = document.getElementById(id);
    element?.scrollIntoView({ block: 'start' });
    element?.focus();
  });
}

/**
 * A mutation with form errors: cleared on start, filled from the server's answer on failure. The
 * `onDone` callback runs before the lists are re-read, from the mutation itself, so it also runs
 * when the re-read replaces the form that started it (a new version, a new privacy notice).
 */
export function useFormMutation<TArgs, TResult>(action: (args: TArgs) => Promise<TResult>) {
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const done = useRef<((result: TResult) => void) | undefined>(undefined);
  const mutation = useMutation({
    mutationFn: action,
    onMutate: () => setErrors(NO_ERRORS),
    onSuccess: (result) => {
      done.current?.(result);
      void queryClient.invalidateQueries({ queryKey: CONTACT_ADMIN_KEY });
    },
    onError: (error) => setErrors(errorsFromApi(error)),
  });
  return {
    run: (args: TArgs, onDone?: (result: TResult) => void) => {
      done.current = onDone;
      mutation.mutate(args);
    },
    busy: mutation.isPending,
    errors,
    setErrors,
  };
}

type KeysWith<T, V> = { [K in keyof T]-?: T[K] extends V ? K : never }[keyof T] & string;

/**
 * A form's fields in one state object. `bind(ids, errors)` gives the props that tie a control to
 * its value, its element id (the error summary links to it) and its own message.
 */
export function useFields<T extends object>(initial: T | (() => T)) {
  const [values, setValues] = useState<T>(initial);
  const set =
    <K extends keyof T>(key: K) =>
    (value: T[K]) =>
      setValues((current) => ({ ...current, [key]: value }));
  const bind = (ids: Readonly<Record<string, string>>, errors: FormErrors) => ({
    text: <K extends KeysWith<T, string>>(key: K) => ({
      id: ids[key],
      value: values[key] as string,
      // A select's codes are a union of strings; the control gives a plain string.
      onChange: set(key) as (value: string) => void,
      error: errors.fields[key],
    }),
    check: <K extends KeysWith<T, boolean>>(key: K) => ({
      id: ids[key],
      checked: values[key] as boolean,
      onChange: set(key) as (value: boolean) => void,
      error: errors.fields[key],
    }),
  });
  return { values, setValues, bind };
}

/** A polite status line: what the last action did. */
export function Status({ message }: { message: string }) {
  return (
    <p className="utrecht-paragraph status-line" role="status">
      {message}
    </p>
  );
}

/** "Loading…" while a query is pending, its message when it failed, nothing otherwise. */
export function QueryState({ pending, error }: { pending: boolean; error: Error | null }) {
  const { t } = useTranslation();
  if (error) return <Alert type="error">{error.message}</Alert>;
  if (pending) return <Paragraph>{t('app.loading')}</Paragraph>;
  return null;
}

/** A version number, with a badge when it is the one in force. */
export function VersionCell({ version, current, currentLabel }: { version: ReactNode; current: boolean; currentLabel: string }) {
  return (
    <>
      {version}
      {current ? (
        <>
          {' '}
          <Badge tone="active">{currentLabel}</Badge>
        </>
      ) : null}
    </>
  );
}

/** The action that opens a version in a history table, or a muted "shown now" for the one shown. */
export function ViewAction({ viewing, viewingLabel, children }: { viewing: boolean; viewingLabel: string; children: ReactNode }) {
  return viewing ? <span className="muted">{viewingLabel}</span> : <>{children}</>;
}

/** One record shown on its own, read-only (a privacy notice, a message); focus moves to its h3. */
export function RecordView(props: Omit<TitledSectionProps, 'element' | 'level' | 'focusable'>) {
  return <TitledSection {...props} element="article" level={3} focusable />;
}
