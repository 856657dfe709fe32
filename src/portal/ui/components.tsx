/** @jsxImportSource preact */
// Small building blocks of the portal page: the screen with its one h1 (focused on every new screen),
// texts with parts (a masked address, a phone link), field errors and status lines.
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useRef } from 'preact/hooks';
import { telHref, templateParts } from './format';
import { translator, type TextKey, type Translator, type Values } from './texts';

/** Something to say: a catalogue key (translated at render time, so a language change follows) or plain text. */
export type Said = { key: TextKey; values?: Values } | { text: string };

export function say(said: Said | null, tr: Translator): string | null {
  if (!said) return null;
  return 'text' in said ? said.text : tr.t(said.key, said.values);
}

export const I18n = createContext<Translator>(translator('nl'));
export const useT = (): Translator => useContext(I18n);

/**
 * One screen: a single h1 that receives focus whenever `id` changes (a new screen), not when only the
 * language changes. The document title follows the heading.
 */
export function Screen({ id, title, heading: content, children }: { id: string; title: string; heading?: ComponentChildren; children?: ComponentChildren }) {
  const tr = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [id]);
  useEffect(() => {
    document.title = `${title} · ${tr.t('brand')}`;
  }, [title, tr]);
  return (
    <>
      <h1 id="screen-title" tabIndex={-1} ref={heading}>{content ?? title}</h1>
      {children}
    </>
  );
}

/** Someone's name or a place, kept whole inside a sentence in the other writing direction. */
export function Name({ children }: { children: ComponentChildren }) {
  return <bdi>{children}</bdi>;
}

/** A left-to-right island (an e-mail address, a phone number) that stays whole inside Arabic text. */
export function Ltr({ children }: { children: ComponentChildren }) {
  return <bdi dir="ltr" class="ltr">{children}</bdi>;
}

/** A phone number that calls on a tap. */
export function Phone({ number }: { number: string }) {
  const href = telHref(number);
  return <Ltr>{href ? <a href={href}>{number}</a> : number}</Ltr>;
}

/** A catalogue text with some placeholders filled by elements instead of plain text. */
export function Tpl({ k, values, parts }: { k: TextKey; values?: Values; parts?: Record<string, ComponentChildren> }) {
  const tr = useT();
  return (
    <>
      {templateParts(tr.raw(k)).map((part) => {
        if ('text' in part) return part.text;
        if (parts && part.name in parts) return parts[part.name];
        return values && part.name in values ? String(values[part.name]) : `{${part.name}}`;
      })}
    </>
  );
}

/** A field's error, tied to the field with `aria-describedby`. */
export function FieldError({ id, text }: { id: string; text: string | null }) {
  const tr = useT();
  if (!text) return null;
  return (
    <p id={id} class="field-error">
      <span class="visually-hidden">{tr.t('errorPrefix')} </span>
      {text}
    </p>
  );
}

/** A status line that is always present (so screen readers hear every change), empty when quiet. */
export function Status({ text, id }: { text: string | null; id?: string }) {
  return (
    <p class="status" role="status" id={id}>
      {text ?? ''}
    </p>
  );
}

/** A problem that is not about one field (no connection, too many attempts). */
export function Alert({ text }: { text: string | null }) {
  const tr = useT();
  if (!text) return null;
  return (
    <p class="alert" role="alert">
      <span class="visually-hidden">{tr.t('errorPrefix')} </span>
      {text}
    </p>
  );
}

/** Moves focus to an element once it is on screen (after a section changed under the user's focus). */
export function useFocusWhen<T extends HTMLElement>(condition: unknown): { current: T | null } {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (condition) ref.current?.focus();
  }, [condition]);
  return ref;
}

/** IDs joined for `aria-describedby`, leaving out the missing ones. */
export function describedBy(...ids: Array<string | false | null | undefined>): string | undefined {
  const list = ids.filter((id): id is string => typeof id === 'string' && id.length > 0);
  return list.length ? list.join(' ') : undefined;
}
