// Error summary at the top of a form: every message, each linked to its field when it has one.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormErrors } from '../forms';
import { Alert } from './Alert';

export interface FormErrorProps {
  errors: FormErrors;
  /** API field path → element id of its control. */
  fieldIds?: Record<string, string>;
  /** Move focus to the summary when it appears (default true). */
  focusOnShow?: boolean;
}

function focusField(id: string): void {
  const element = document.getElementById(id);
  if (element) {
    element.scrollIntoView({ block: 'center' });
    element.focus();
  }
}

export function FormError({ errors, fieldIds = {}, focusOnShow = true }: FormErrorProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors.fields);
  const visible = Boolean(errors.form) || entries.length > 0;

  useEffect(() => {
    if (visible && focusOnShow) ref.current?.focus();
  }, [visible, focusOnShow, errors]);

  if (!visible) return null;
  return (
    <Alert type="error" ref={ref} className="form-error">
      <p className="utrecht-paragraph form-error__title">{t('common.formErrorTitle')}</p>
      <ul className="form-error__list">
        {errors.form ? <li>{errors.form}</li> : null}
        {entries.map(([field, message]) => {
          const target = fieldIds[field];
          return (
            <li key={field}>
              {target ? (
                <a
                  className="utrecht-link utrecht-link--html-a"
                  href={`#${target}`}
                  onClick={(event) => {
                    event.preventDefault();
                    focusField(target);
                  }}
                >
                  {message}
                </a>
              ) : (
                message
              )}
            </li>
          );
        })}
      </ul>
    </Alert>
  );
}
