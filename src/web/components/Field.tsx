// Shared label / description / error layout for form controls (NL Design System form-field).
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface FieldProps {
  label: ReactNode;
  /** Element id of the control; generated when omitted. */
  id?: string;
  description?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  /** Show "(niet verplicht)" after the label. */
  markOptional?: boolean;
}

export interface FieldIds {
  id: string;
  descriptionId: string;
  errorId: string;
  describedBy: string | undefined;
}

export function useFieldIds(props: Pick<FieldProps, 'id' | 'description' | 'error'>): FieldIds {
  const generated = useId();
  const id = props.id ?? `field${generated.replace(/:/g, '')}`;
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const parts = [props.description ? descriptionId : null, props.error ? errorId : null].filter(Boolean);
  return { id, descriptionId, errorId, describedBy: parts.length ? parts.join(' ') : undefined };
}

interface FieldShellProps extends FieldProps {
  ids: FieldIds;
  children: ReactNode;
}

export function FieldShell({ label, description, error, required, markOptional, ids, children }: FieldShellProps) {
  const { t } = useTranslation();
  const invalid = Boolean(error);
  return (
    <div className={`utrecht-form-field utrecht-form-field--distanced${invalid ? ' utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={ids.id}>
          {label}
          {!required && markOptional ? <span className="field-optional"> {t('common.optional')}</span> : null}
        </label>
      </div>
      {description ? (
        <div className="utrecht-form-field__description utrecht-form-field-description" id={ids.descriptionId}>
          {description}
        </div>
      ) : null}
      {error ? <FieldError id={ids.errorId} message={error} /> : null}
      <div className="utrecht-form-field__input">{children}</div>
    </div>
  );
}

export function FieldError({ id, message }: { id: string; message: string }) {
  const { t } = useTranslation();
  return (
    <p className="utrecht-form-field__error-message utrecht-form-field-error-message" id={id}>
      <span className="visually-hidden">{t('common.errorPrefix')} </span>
      {message}
    </p>
  );
}
