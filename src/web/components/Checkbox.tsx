import type { InputHTMLAttributes, ReactNode } from 'react';
import { FieldError, useFieldIds } from './Field';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange' | 'checked' | 'type'>;

export interface CheckboxProps extends InputProps {
  label: ReactNode;
  id?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  description?: ReactNode;
  error?: string | undefined;
}

export function Checkbox({ label, id, checked, onChange, description, error, ...rest }: CheckboxProps) {
  const ids = useFieldIds({ id, description, error });
  return (
    <div
      className={`utrecht-form-field utrecht-form-field--distanced utrecht-form-field--checkbox${
        error ? ' utrecht-form-field--invalid' : ''
      }`}
    >
      <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={ids.id}>
          <input
            {...rest}
            id={ids.id}
            type="checkbox"
            className={`utrecht-checkbox utrecht-checkbox--html-input utrecht-form-field__input${
              error ? ' utrecht-checkbox--invalid' : ''
            }`}
            checked={checked}
            aria-invalid={error ? true : undefined}
            aria-describedby={ids.describedBy}
            onChange={(event) => onChange(event.target.checked)}
          />
          {label}
        </label>
      </div>
      {description ? (
        <div className="utrecht-form-field__description utrecht-form-field-description" id={ids.descriptionId}>
          {description}
        </div>
      ) : null}
      {error ? <FieldError id={ids.errorId} message={error} /> : null}
    </div>
  );
}
