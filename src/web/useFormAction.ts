// One write from a form, for every capability: the form's errors, "busy", and the caller's "done".
// Each capability says what to re-read after success and which errors to show for a failure (its own
// conflict rules); the rest is here once. The caller's "done" runs from the mutation's own onSuccess,
// after the re-read: a step that changes what the page shows may unmount its form, and per-call
// callbacks of an unmounted observer never fire.
import { useRef, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { NO_ERRORS, type FormErrors } from './forms';

export interface FormActionSpec<TArgs, TAnswer> {
  action: (args: TArgs) => Promise<TAnswer>;
  /** Re-read what the write changed; awaited before the caller's "done". */
  afterSuccess: (answer: TAnswer) => Promise<unknown>;
  /** The errors to show for a failure (may also start a re-read). */
  errorsOf: (error: unknown, args: TArgs) => FormErrors;
}

export function useFormAction<TArgs, TAnswer>(spec: FormActionSpec<TArgs, TAnswer>) {
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const onDone = useRef<((answer: TAnswer) => void) | undefined>(undefined);
  const mutation = useMutation({
    mutationFn: spec.action,
    onMutate: () => setErrors(NO_ERRORS),
    onSuccess: async (answer) => {
      await spec.afterSuccess(answer);
      onDone.current?.(answer);
    },
    onError: (error, args) => setErrors(spec.errorsOf(error, args)),
  });
  return {
    run: (args: TArgs, done?: (answer: TAnswer) => void) => {
      onDone.current = done;
      mutation.mutate(args);
    },
    busy: mutation.isPending,
    errors,
    setErrors,
    clearErrors: () => setErrors(NO_ERRORS),
  };
}
