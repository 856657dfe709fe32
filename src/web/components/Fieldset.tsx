import type { ReactNode } from 'react';
import { FieldError, useFieldIds } from './Field';

/** A group of related controls with a legend (e.g. the roles of a user). */
export function Fieldset({
  legend,
  children,
  error,
  id,
  description,
}: {
  legend: ReactNode;
  children: ReactNode;
  error?: string | undefined;
  id?: string;
  description?: ReactNode;
}) {
  const ids = useFieldIds({ id, description, error });
  return (
    <div className={`utrecht-form-fieldset utrecht-form-fieldset--distanced${error ? ' utrecht-form-fieldset--invalid' : ''}`}>
      <fieldset
        className="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset"
        id={ids.id}
        tabIndex={-1}
        aria-describedby={ids.describedBy}
      >
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
        {description ? (
          <div className="utrecht-form-field-description" id={ids.descriptionId}>
            {description}
          </div>
        ) : null}
        {error ? <FieldError id={ids.errorId} message={error} /> : null}
        {children}
      </fieldset>
    </div>
  );
}
