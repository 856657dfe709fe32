// Small shared pieces of the judgement page: the source picker (a checkbox list of B-items), the
// linked B-numbers in words, Passend's questions in a box (never a block), the modal dialog of a schema
// cell (focus to its heading, Escape closes, the caller returns focus once it is gone), and the page's
// one polite announcement.
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from '../../web/components';
import { CheckboxGroup, focusWhenPresent } from '../../contact/ui/controls';
import type { Signal } from '../domain';
import type { JudgementPageData } from './api';
import { pickable, signalText, sourceNumber, sourceNumbers } from './format';

export const AnnounceContext = createContext<(message: string) => void>(() => undefined);
export const useAnnounce = () => useContext(AnnounceContext);

/** Choose sources of this case: live ones, and withdrawn ones only where they are already linked (marked). */
export function SourcePicker({ id, page, legend, description, values, onChange, error, initial = [] }: {
  id: string;
  page: JudgementPageData;
  legend: ReactNode;
  description?: ReactNode;
  values: readonly string[];
  onChange: (values: string[]) => void;
  error?: string | undefined;
  /** What was linked when the form opened: a withdrawn item among these stays choosable. */
  initial?: readonly string[];
}) {
  const { t } = useTranslation();
  const items = pickable(page.evidence, initial);
  if (items.length === 0) {
    return (
      <div className="utrecht-form-fieldset" id={id} tabIndex={-1}>
        <p className="utrecht-paragraph source-picker__legend">{legend}</p>
        <Paragraph className="muted">{t('judgement.common.noSourcesYet')}</Paragraph>
      </div>
    );
  }
  return (
    <div className="source-picker">
      <CheckboxGroup
        id={id}
        legend={legend}
        description={description ?? t('judgement.common.chooseSourcesHint')}
        options={items.map((e) => ({
          value: e.id,
          label: (
            <>
              <span className="source-number">{sourceNumber(e)}</span> {e.title}
              {e.withdrawn ? <span className="withdrawn-mark"> ({t('judgement.common.withdrawn')})</span> : null}
            </>
          ),
        }))}
        values={values}
        onChange={onChange}
        error={error}
      />
    </div>
  );
}

/** "Bronnen: B2, B3" or "Bronnen: geen bronnen gekoppeld". */
export function SourceRefs({ page, ids, label }: { page: JudgementPageData; ids: readonly string[]; label?: string }) {
  const { t } = useTranslation();
  const numbers = sourceNumbers(page, ids);
  const withdrawn = ids.filter((id) => page.evidence.find((e) => e.id === id)?.withdrawn).map((id) => sourceNumber(page.evidence.find((e) => e.id === id)!));
  return (
    <span className="source-refs">
      <span className="source-refs__label">{label ?? t('judgement.common.linkedSources')}:</span> {numbers ?? <span className="muted">{t('judgement.common.noSources')}</span>}
      {withdrawn.length > 0 ? <span className="withdrawn-mark"> ({withdrawn.join(', ')} {t('judgement.common.withdrawn')})</span> : null}
    </span>
  );
}

/** Passend's questions: each names what it is about; a note says they are questions, not a block. */
export function SignalBox({ signals, page, title, id, note = true }: { signals: readonly Signal[]; page: JudgementPageData; title?: string; id?: string; note?: boolean }) {
  const { t, i18n } = useTranslation();
  if (signals.length === 0) return null;
  return (
    <div className="passend-questions" id={id}>
      <p className="utrecht-paragraph passend-questions__title">
        <span aria-hidden="true">? </span>
        {title ?? t('judgement.common.passendAsks')}
      </p>
      <ul>
        {signals.map((s) => (
          <li key={`${s.code}-${s.refs.join(',')}`}>{signalText(t, i18n.language, s, page)}</li>
        ))}
      </ul>
      {note ? <p className="utrecht-paragraph muted">{t('judgement.common.passendAsksNote')}</p> : null}
    </div>
  );
}

/**
 * A modal <dialog>: focus moves to its heading when it opens, Escape closes it (through `onClose`), and
 * everything outside it is inert while it is open.
 */
export function ModalDialog({ titleId, title, onClose, children, className }: { titleId: string; title: ReactNode; onClose: () => void; children: ReactNode; className?: string }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    document.getElementById(titleId)?.focus();
    return () => {
      if (dialog.open) dialog.close();
    };
  }, [titleId]);
  return (
    <dialog
      ref={ref}
      className={`modal-dialog${className ? ` ${className}` : ''}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="modal-dialog__body">
        <h2 className="utrecht-heading-2 modal-dialog__title" id={titleId} tabIndex={-1}>
          {title}
        </h2>
        {children}
      </div>
    </dialog>
  );
}

/**
 * Focus back on the element that opened a dialog, once the dialog is really gone: while the modal
 * dialog is still in the page everything outside it is inert, and a focus() there is silently lost.
 */
export function useReturnFocus(open: boolean) {
  const [target, setTarget] = useState<string | null>(null);
  useEffect(() => {
    if (open || !target) return;
    document.getElementById(target)?.focus();
    setTarget(null);
  }, [open, target]);
  return setTarget;
}

/** Trimmed text or null: an empty optional field is sent as "not written". */
export const textOrNull = (s: string) => (s.trim() === '' ? null : s);

/**
 * Which form of a part is open. `close(mine, to)` closes the form `mine` only while it is still the one
 * open, then moves focus to `to`: a save's "done" arrives after the re-read, and by then the user may
 * have opened another form, which must stay.
 */
export function useOpenForm<T>() {
  const [open, setOpenState] = useState<T | null>(null);
  const current = useRef<T | null>(null);
  current.current = open;
  const setOpen = (next: T | null) => {
    current.current = next;
    setOpenState(next);
  };
  const close = (mine: T, to: string) => {
    if (JSON.stringify(current.current) !== JSON.stringify(mine)) return;
    setOpen(null);
    focusWhenPresent(to);
  };
  return { open, setOpen, close };
}
