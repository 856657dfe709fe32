/** @jsxImportSource preact */
// Small building blocks of the portal page: the screen with its one h1 (focused on every new screen),
// texts with parts (a masked address, a phone link), field errors and status lines.
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import { formatNumber, reasonLength, telHref, templateParts } from './format';
import { errorText } from './messages';
import type { FieldProblem } from './conversation';
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

/**
 * A left-to-right island (an e-mail address, a phone number) that stays whole inside Arabic text.
 * `wrap`: for what can be longer than a line on a small screen (an e-mail address, a file name).
 */
export function Ltr({ children, wrap }: { children: ComponentChildren; wrap?: boolean }) {
  return <bdi dir="ltr" class={wrap ? 'ltr ltr--wrap' : 'ltr'}>{children}</bdi>;
}

/** A phone number that calls on a tap. */
export function Phone({ number }: { number: string }) {
  const href = telHref(number);
  return <Ltr>{href ? <a href={href}>{number}</a> : number}</Ltr>;
}

/** A catalogue text with some of its {slots} filled by elements instead of plain text. */
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

/** Focuses an element by its id once the screen has drawn it (after a step or an error appeared). */
export function focusId(id: string): void {
  setTimeout(() => document.getElementById(id)?.focus(), 0);
}

// ---- text boxes with a counter ------------------------------------------------------------------------------

/** The counter under a text box: characters left, or how many too many (counted as the server counts). */
export function counterText(length: number, max: number, tr: Translator): string {
  const left = max - length;
  return left >= 0 ? tr.t('reasonLeft', { count: formatNumber(left, tr.language) }) : tr.t('reasonOver', { count: formatNumber(-left, tr.language) });
}

/** Announces the counter for screen readers once typing pauses, only near or over the limit. */
export function useCounterAnnouncement(length: number, max: number, tr: Translator): string {
  const [said, setSaid] = useState('');
  useEffect(() => {
    if (max - length > 100) {
      setSaid('');
      return;
    }
    const timer = setTimeout(() => setSaid(counterText(length, max, tr)), 1200);
    return () => clearTimeout(timer);
  }, [length, max, tr]);
  return said;
}

/**
 * A labelled text box in any language and script (`dir="auto"`), kept exactly as typed, with a hint, its
 * error (`aria-describedby`, `aria-invalid`) and a counter of characters left.
 */
export function TextArea(props: {
  id: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  value: string;
  onInput: (value: string) => void;
  max: number;
  error: string | null;
  rows?: number;
}) {
  const tr = useT();
  const { id, error } = props;
  const length = reasonLength(props.value);
  const announced = useCounterAnnouncement(length, props.max, tr);
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <label for={id} class="label">{props.label}</label>
      {props.hint ? <p id={`${id}-hint`} class="hint">{props.hint}</p> : null}
      <FieldError id={`${id}-error`} text={error} />
      <textarea
        id={id}
        class="input textarea"
        rows={props.rows ?? 5}
        dir="auto"
        value={props.value}
        onInput={(event) => props.onInput(event.currentTarget.value)}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(props.hint ? `${id}-hint` : null, error && `${id}-error`, `${id}-count`)}
      />
      <p id={`${id}-count`} class={length > props.max ? 'counter counter--over' : 'counter'}>{counterText(length, props.max, tr)}</p>
      <p class="visually-hidden" aria-live="polite">{announced}</p>
    </div>
  );
}

/** A radio group: a fieldset with its legend, one large target per choice, and its error. */
export function Choices<T extends string>(props: {
  name: string;
  legend: ComponentChildren;
  /** A sentence under the legend that explains the choice (the group is described by it). */
  hint?: ComponentChildren;
  options: ReadonlyArray<{ value: T; label: string }>;
  value: T | null;
  onChange: (value: T) => void;
  error: string | null;
}) {
  const { name, error } = props;
  return (
    <fieldset class={error ? 'field field--error' : 'field'} aria-describedby={describedBy(props.hint ? `${name}-hint` : null, error && `${name}-error`)}>
      <legend class="label">{props.legend}</legend>
      {props.hint ? <p id={`${name}-hint`} class="hint">{props.hint}</p> : null}
      <FieldError id={`${name}-error`} text={error} />
      <div class="choices">
        {props.options.map((option) => (
          <div class="choice" key={option.value}>
            <input
              type="radio"
              id={`${name}-${option.value}`}
              name={name}
              value={option.value}
              checked={props.value === option.value}
              onChange={() => props.onChange(option.value)}
              aria-invalid={error ? 'true' : undefined}
            />
            <label for={`${name}-${option.value}`}>{option.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** The id to focus for a radio group with an error: the chosen radio, or the first. */
export const choiceId = (name: string, value: string | null, first: string): string => `${name}-${value ?? first}`;

/** "Terug naar de startpagina", above the content of a screen. */
export function BackHome({ onBack }: { onBack: () => void }) {
  const tr = useT();
  return (
    <p class="back">
      <button type="button" class="link-button" onClick={onBack}>{tr.t('backHome')}</button>
    </p>
  );
}

/** Something did not load: what, why, and "Opnieuw proberen". */
export function LoadFailed({ text, error, onRetry }: { text: string; error: unknown; onRetry: () => void }) {
  const tr = useT();
  return (
    <div class="load-failed">
      <Alert text={`${text} ${errorText(error, tr)}`} />
      <button type="button" class="button" onClick={onRetry}>{tr.t('retry')}</button>
    </div>
  );
}

/**
 * The problems of a longer form at its top: a heading that receives focus and a link to each field.
 * The links move focus themselves (the address fragment belongs to the link token).
 */
export function ErrorSummary({ id, items }: { id: string; items: Array<{ target: string; text: string }> }) {
  const tr = useT();
  if (items.length === 0) return null;
  return (
    <div class="error-summary" role="alert">
      <h2 id={id} tabIndex={-1}>{tr.t('errorsTitle')}</h2>
      <ul>
        {items.map((item) => (
          <li key={item.target}>
            <a
              href={`#${item.target}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(item.target)?.focus();
              }}
            >
              {item.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A text field's problem in words: the required message, or too long with how much to remove. */
export function problemText(problem: FieldProblem | null | undefined, max: number, tr: Translator, required: TextKey = 'errChoose'): string | null {
  if (!problem) return null;
  if (problem.kind === 'required') return tr.t(required);
  return tr.t('errTooLong', { max: formatNumber(max, tr.language), count: formatNumber(problem.over, tr.language) });
}
