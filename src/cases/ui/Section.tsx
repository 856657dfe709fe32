import { useState, type ReactNode } from 'react';
import { Button } from '../../web/components';

/** A titled part of the case page; the id is also the in-page anchor. */
export function CaseSection({ id, title, children, actions }: { id: string; title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <section className="case-section" id={id} aria-labelledby={`${id}-heading`}>
      <div className="case-section__header">
        <h2 className="utrecht-heading-2" id={`${id}-heading`} tabIndex={-1}>
          {title}
        </h2>
        {actions}
      </div>
      {children}
    </section>
  );
}

/** After an inline form closes, put focus back at the start of its section. */
export function focusSectionHeading(id: string): void {
  requestAnimationFrame(() => document.getElementById(`${id}-heading`)?.focus());
}

/** A section that shows data and, for those allowed, swaps it for its edit form (client, assignment). */
export function EditableSection({ id, title, canEdit, editLabel, form, children }: {
  id: string;
  title: string;
  canEdit: boolean;
  editLabel: string;
  form: (close: () => void) => ReactNode;
  children: ReactNode;
}) {
  const [editing, setEditing] = useState(false);
  const close = () => {
    setEditing(false);
    focusSectionHeading(id);
  };
  return (
    <CaseSection id={id} title={title} actions={canEdit && !editing ? <Button onClick={() => setEditing(true)}>{editLabel}</Button> : null}>
      {editing ? form(close) : children}
    </CaseSection>
  );
}
