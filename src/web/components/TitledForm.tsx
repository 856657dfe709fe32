import type { FormEvent, ReactNode } from 'react';
import type { FormErrors } from '../forms';
import { FormError } from './FormError';
import { Heading, Paragraph, type HeadingLevel } from './Heading';

export interface TitledFormProps {
  /** Element id of the heading; the form is labelled by it. */
  titleId: string;
  title: ReactNode;
  level?: HeadingLevel;
  /** The heading can take focus (the app moves focus there when the form opens). */
  focusable?: boolean;
  /** A paragraph between the heading and the error summary. */
  intro?: ReactNode;
  className?: string;
  onSubmit: (event: FormEvent) => void;
  errors: FormErrors;
  fieldIds?: Record<string, string>;
  children: ReactNode;
}

/** A form named by its own heading, with the error summary above its fields. */
export function TitledForm({ titleId, title, level = 3, focusable, intro, className = 'form', onSubmit, errors, fieldIds, children }: TitledFormProps) {
  return (
    <form noValidate onSubmit={onSubmit} className={className} aria-labelledby={titleId}>
      <Heading level={level} id={titleId} focusable={focusable}>
        {title}
      </Heading>
      {intro ? <Paragraph>{intro}</Paragraph> : null}
      <FormError errors={errors} fieldIds={fieldIds} />
      {children}
    </form>
  );
}
