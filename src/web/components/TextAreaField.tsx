import type { TextareaHTMLAttributes } from 'react';
import { FieldShell, useFieldIds, type FieldProps } from './Field';

type AreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'onChange' | 'value'>;

export interface TextAreaFieldProps extends FieldProps, AreaProps {
  value: string;
  onChange: (value: string) => void;
}

export function TextAreaField({
  label,
  id,
  description,
  error,
  required,
  markOptional = true,
  value,
  onChange,
  rows = 4,
  ...rest
}: TextAreaFieldProps) {
  const ids = useFieldIds({ id, description, error });
  return (
    <FieldShell label={label} description={description} error={error} required={required} markOptional={markOptional} ids={ids}>
      <textarea
        {...rest}
        id={ids.id}
        rows={rows}
        className={`utrecht-textarea utrecht-textarea--html-textarea${error ? ' utrecht-textarea--invalid' : ''}`}
        value={value}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
    </FieldShell>
  );
}
