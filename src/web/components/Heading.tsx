import type { ReactNode } from 'react';

/** The one h1 of a page; focusable so the app can move focus to it after navigation. */
export function PageHeading({ children }: { children: ReactNode }) {
  return (
    <h1 className="utrecht-heading-1 page-heading" tabIndex={-1} id="page-heading">
      {children}
    </h1>
  );
}

export type HeadingLevel = 2 | 3 | 4 | 5;

/**
 * A heading of a given level with the Utrecht class of that level; `focusable` (tabindex -1) lets
 * the app move focus to it when the part it names opens.
 */
export function Heading({ level, children, id, focusable }: { level: HeadingLevel; children: ReactNode; id?: string; focusable?: boolean }) {
  const Tag = `h${level}` as const;
  return (
    <Tag className={`utrecht-heading-${level}`} id={id} tabIndex={focusable ? -1 : undefined}>
      {children}
    </Tag>
  );
}

export function Paragraph({ children, className }: { children: ReactNode; className?: string }) {
  return <p className={`utrecht-paragraph${className ? ` ${className}` : ''}`}>{children}</p>;
}
