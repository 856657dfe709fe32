import type { ReactNode } from 'react';
import { Heading, type HeadingLevel } from './Heading';

export interface TitledSectionProps {
  /** Element id of the heading; the section is labelled by it (a named region). */
  titleId: string;
  title: ReactNode;
  level?: HeadingLevel;
  /** The heading can take focus (the app moves focus there when the part opens or changes). */
  focusable?: boolean;
  /** `article` for one record shown on its own (a notice, a message). */
  element?: 'section' | 'article';
  id?: string;
  className?: string;
  children: ReactNode;
}

/** A part of a page named by its own heading. */
export function TitledSection({ titleId, title, level = 2, focusable, element: Element = 'section', id, className, children }: TitledSectionProps) {
  return (
    <Element className={className} id={id} aria-labelledby={titleId}>
      <Heading level={level} id={titleId} focusable={focusable}>
        {title}
      </Heading>
      {children}
    </Element>
  );
}
