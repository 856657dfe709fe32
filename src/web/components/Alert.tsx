import { forwardRef, type ReactNode } from 'react';

export type AlertType = 'info' | 'ok' | 'warning' | 'error';

export interface AlertProps {
  type?: AlertType;
  children: ReactNode;
  /** Announce at once (role="alert"); otherwise a polite status. */
  assertive?: boolean;
  id?: string;
  className?: string;
}

/** A message box; errors are announced assertively, other types politely. */
export const Alert = forwardRef<HTMLDivElement, AlertProps>(function Alert(
  { type = 'info', children, assertive, id, className },
  ref,
) {
  const role = (assertive ?? type === 'error') ? 'alert' : 'status';
  return (
    <div
      ref={ref}
      id={id}
      tabIndex={-1}
      role={role}
      className={`utrecht-alert utrecht-alert--${type}${className ? ` ${className}` : ''}`}
    >
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
});
