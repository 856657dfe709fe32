import type { ReactNode } from 'react';

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
