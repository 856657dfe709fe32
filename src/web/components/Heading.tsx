import type { ReactNode } from 'react';

/** The one h1 of a page; focusable so the app can move focus to it after navigation. */
export function PageHeading({ children }: { children: ReactNode }) {
  return (
    <h1 className="utrecht-heading-1 page-heading" tabIndex={-1} id="page-heading">
      {children}
    </h1>
  );
}

export function Heading({ level, children, id }: { level: 2 | 3 | 4; children: ReactNode; id?: string }) {
  if (level === 2) return <h2 className="utrecht-heading-2" id={id}>{children}</h2>;
  if (level === 3) return <h3 className="utrecht-heading-3" id={id}>{children}</h3>;
  return <h4 className="utrecht-heading-4" id={id}>{children}</h4>;
}

export function Paragraph({ children, className }: { children: ReactNode; className?: string }) {
  return <p className={`utrecht-paragraph${className ? ` ${className}` : ''}`}>{children}</p>;
}
