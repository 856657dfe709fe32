import type { ButtonHTMLAttributes, ReactNode } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'subtle' | 'danger';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  busy?: boolean;
}

const VARIANT_CLASS: Record<ButtonVariant, string> = {
  primary: 'utrecht-button--primary-action',
  secondary: 'utrecht-button--secondary-action',
  subtle: 'utrecht-button--subtle',
  danger: 'utrecht-button--secondary-action utrecht-button--danger',
};

/** An NL Design System button; `type` defaults to "button" so forms submit only on purpose. */
export function Button({ variant = 'secondary', busy = false, className, type = 'button', disabled, children, ...rest }: ButtonProps) {
  const classes = ['utrecht-button', VARIANT_CLASS[variant]];
  if (type === 'submit') classes.push('utrecht-button--submit');
  if (busy) classes.push('utrecht-button--busy');
  if (disabled) classes.push('utrecht-button--disabled');
  if (className) classes.push(className);
  return (
    <button {...rest} type={type} className={classes.join(' ')} disabled={disabled || busy} aria-busy={busy || undefined}>
      {children}
    </button>
  );
}

/** A button that looks like a link, for in-text actions ("Herstelcode gebruiken"). */
export function LinkButton({ className, type = 'button', children, ...rest }: ButtonHTMLAttributes<HTMLButtonElement>) {
  return (
    <button
      {...rest}
      type={type}
      className={`utrecht-link-button utrecht-link-button--html-button utrecht-link-button--inline${className ? ` ${className}` : ''}`}
    >
      {children}
    </button>
  );
}

/** A group of buttons laid out in a row. */
export function ButtonGroup({ children, label }: { children: ReactNode; label?: string }) {
  return (
    <div className="utrecht-button-group utrecht-button-group--row" role={label ? 'group' : undefined} aria-label={label}>
      {children}
    </div>
  );
}
