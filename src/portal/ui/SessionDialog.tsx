/** @jsxImportSource preact */
// The warning 2 minutes before the session ends: a modal alert dialog, focus on "Doorgaan", Escape
// means "Doorgaan", and focus goes back where it was. When "Doorgaan" cannot help (the 4-hour end),
// it says so and offers "Sluiten".
import { useEffect, useRef } from 'preact/hooks';
import { useT } from './components';
import { formatTime } from './format';

export function SessionDialog(props: { endsAt: number; canExtend: boolean; onContinue: () => void; onLogout: () => void }) {
  const tr = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  const onContinue = useRef(props.onContinue);
  onContinue.current = props.onContinue;

  useEffect(() => {
    const element = dialog.current;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (element && !element.open) {
      if (typeof element.showModal === 'function') element.showModal();
      else element.setAttribute('open', '');
    }
    first.current?.focus();
    return () => {
      if (element?.open) element.close();
      const target = before && before.isConnected ? before : document.getElementById('screen-title');
      target?.focus();
    };
  }, []);

  // The texts carry their own word for the hour ("om {time} uur", "at {time}", "saat {time}").
  const time = formatTime(props.endsAt, tr.language);
  return (
    <dialog
      ref={dialog}
      class="dialog"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="session-warning-title"
      aria-describedby="session-warning-text"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onContinue.current();
        }
      }}
      onCancel={(event) => {
        event.preventDefault();
        onContinue.current();
      }}
    >
      <h2 id="session-warning-title">{tr.t('warnTitle')}</h2>
      <div id="session-warning-text">
        <p>{tr.t(props.canExtend ? 'warnText' : 'warnFinalText', { time })}</p>
        {props.canExtend ? <p>{tr.t('warnQuestion')}</p> : null}
      </div>
      <div class="buttons">
        <button type="button" ref={first} class="button button--primary" onClick={() => onContinue.current()}>
          {tr.t(props.canExtend ? 'continue' : 'close')}
        </button>
        <button type="button" class="button" onClick={props.onLogout}>{tr.t('logout')}</button>
      </div>
    </dialog>
  );
}
