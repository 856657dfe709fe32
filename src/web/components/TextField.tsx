import type { InputHTMLAttributes } from 'react';
import { FieldShell, useFieldIds, type FieldProps } from './Field';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange' | 'value'>;

export interface TextFieldProps extends FieldProps, InputProps {
  value: string;
  onChange: (value: string) => void;
  /** Extra class on the input, e.g. a width modifier. */
  inputClassName?: string;
}

/** A labelled text input (also for email, date, number, password …). */
export function TextField({
  label,
  id,
  description,
  error,
  required,
  markOptional = true,
  value,
  onChange,
  inputClassName,
  type = 'text',
  ...rest
}: TextFieldProps) {
  const ids = useFieldIds({ id, description, error });
  const classes = ['utrecht-textbox', 'utrecht-textbox--html-input'];
  if (error) classes.push('utrecht-textbox--invalid');
  if (inputClassName) classes.push(inputClassName);
  return (
    <FieldShell label={label} description={description} error={error} required={required} markOptional={markOptional} ids={ids}>
      <input
        {...rest}
        id={ids.id}
        type={type}
        className={classes.join(' ')}
        value={value}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
    </FieldShell>
  );
}

/** A whole-number input: numeric keyboard, a narrow box, steps of 1 unless `step` says otherwise. */
export function NumberField({ step = 1, ...rest }: Omit<TextFieldProps, 'type' | 'inputMode' | 'inputClassName'>) {
  return <TextField {...rest} type="number" inputMode="numeric" step={step} inputClassName="number-input" />;
}
