import type { SelectHTMLAttributes } from 'react';
import { FieldShell, useFieldIds, type FieldProps } from './Field';

export interface SelectOption {
  value: string;
  label: string;
}

type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'onChange' | 'value'>;

export interface SelectFieldProps extends FieldProps, SelectProps {
  value: string;
  onChange: (value: string) => void;
  options: readonly SelectOption[];
  /** Text of a first, empty option ("Kies …", "Alle"). */
  placeholder?: string;
}

export function SelectField({
  label,
  id,
  description,
  error,
  required,
  markOptional = true,
  value,
  onChange,
  options,
  placeholder,
  ...rest
}: SelectFieldProps) {
  const ids = useFieldIds({ id, description, error });
  return (
    <FieldShell label={label} description={description} error={error} required={required} markOptional={markOptional} ids={ids}>
      <select
        {...rest}
        id={ids.id}
        className={`utrecht-select utrecht-select--html-select${error ? ' utrecht-select--invalid' : ''}`}
        value={value}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        onChange={(event) => onChange(event.target.value)}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
