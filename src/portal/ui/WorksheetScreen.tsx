/** @jsxImportSource preact */
// "Ons gesprek" (client only): the three themes of the conversation compass, each with a short
// explanation, two example prompts and a text box in the client's own words (any language, up to
// 10 000 characters, kept exactly as typed). "Opslaan" sends the themes that changed, all at once,
// each with the version it was based on. When a theme was saved elsewhere in the meantime (another tab,
// the phone) nothing is saved: the screen shows the newest text beside the client's own, which they can
// copy, and they continue from the newest one. What they typed is never thrown away unseen.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PortalClient } from './api';
import { Alert, LoadFailed, Screen, Status, TextArea, focusId, problemText, say, useT, type Said } from './components';
import {
  THEME_KEYS, WORKSHEET_MAX, afterChangedElsewhere, afterSave, changedEntries, continueWithNewest, sheetOf, themeOfField, worksheetProblems,
  type Conflict, type FieldProblem, type Sheet,
} from './conversation';
import { formatDate, formatNumber, formatTime } from './format';
import { errorText, isPortalError } from './messages';
import type { TextKey } from './texts';
import { THEMES, type Loaded, type Theme, type WorksheetAnswer } from './types';

const EMPTY_SHEET: Sheet = sheetOf({ themes: [] });
type Dates = Record<Theme, string | null>;
const datesOf = (answer: WorksheetAnswer): Dates => {
  const dates: Dates = { experiences: null, needs: null, future: null };
  for (const entry of answer.themes) dates[entry.theme] = entry.updatedAt;
  return dates;
};

export function WorksheetScreen({ client, onBack }: { client: PortalClient; onBack: () => void }) {
  const tr = useT();
  const [loaded, setLoaded] = useState<Loaded<WorksheetAnswer>>({ state: 'loading' });
  const [sheet, setSheet] = useState<Sheet>(EMPTY_SHEET);
  const [dates, setDates] = useState<Dates>({ experiences: null, needs: null, future: null });
  // Themes saved elsewhere while changed here, until the client continues from the newest text.
  const [conflicts, setConflicts] = useState<Partial<Record<Theme, Conflict>>>({});
  // The client's own text of a conflict, kept to copy from after continuing: their typing is never lost.
  const [ownTexts, setOwnTexts] = useState<Partial<Record<Theme, string>>>({});
  const [errors, setErrors] = useState<Partial<Record<Theme, FieldProblem | { text: string }>>>({});
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Said | null>(null);
  const [notice, setNotice] = useState<Said | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [leaving, setLeaving] = useState(false);
  // The newest sheet for code that runs after an await (the client may type while a save is under way).
  const sheetNow = useRef(sheet);
  sheetNow.current = sheet;

  function load(): void {
    setLoaded({ state: 'loading' });
    client.worksheet().then(
      (answer) => {
        setLoaded({ state: 'ready', value: answer });
        setSheet(sheetOf(answer));
        setDates(datesOf(answer));
        setConflicts({});
      },
      (error: unknown) => setLoaded({ state: 'failed', error }),
    );
  }
  useEffect(load, []);

  const changed = changedEntries(sheet);
  const themeName = (theme: Theme) => tr.t(THEME_KEYS[theme].name);

  /** After "changed elsewhere": read the newest texts; show both where the client changed a theme too. */
  async function showChangedElsewhere(retry: () => Promise<boolean>, retried: boolean): Promise<boolean> {
    let newest: WorksheetAnswer;
    try {
      newest = await client.worksheet();
    } catch (error) {
      setNotice({ key: 'worksheetConflictAlert' });
      setProblem(error);
      return false;
    }
    const result = afterChangedElsewhere(sheetNow.current, newest);
    // The retry below runs before the next render: it must already see the newest versions.
    sheetNow.current = result.sheet;
    setSheet(result.sheet);
    setDates(datesOf(newest));
    if (result.conflicts.length === 0 && !retried) {
      // What changed elsewhere did not touch the client's own changes: they are saved on the newest versions.
      return retry();
    }
    setConflicts(Object.fromEntries(result.conflicts.map((c) => [c.theme, c])));
    setNotice({ key: 'worksheetConflictAlert' });
    const first = result.conflicts[0];
    if (first) focusId(`ws-${first.theme}-conflict`);
    return false;
  }

  async function save(event?: Event, retried = false): Promise<boolean> {
    event?.preventDefault();
    if (busy) return false;
    setProblem(null);
    setStatus(null);
    setNotice(null);
    const open = THEMES.find((theme) => conflicts[theme]);
    if (open) {
      setNotice({ key: 'worksheetConflictFirst', values: { theme: themeName(open) } });
      focusId(`ws-${open}-conflict`);
      return false;
    }
    const current = sheetNow.current;
    const found = worksheetProblems(current.draft);
    setErrors(found);
    const first = THEMES.find((theme) => found[theme]);
    if (first) {
      focusId(`ws-${first}`);
      return false;
    }
    const sent = changedEntries(current);
    if (sent.length === 0) {
      setStatus({ key: 'worksheetUnchanged' });
      return true;
    }
    setBusy(true);
    setStatus({ key: 'worksheetSaving' });
    try {
      const answer = await client.saveWorksheet(sent);
      setSheet((now) => afterSave(now, sent, answer));
      setDates((now) => {
        const next = { ...now };
        for (const entry of answer.themes) next[entry.theme] = entry.updatedAt;
        return next;
      });
      setStatus({ key: 'worksheetSaved' });
      return true;
    } catch (err) {
      setStatus(null);
      if (isPortalError(err) && err.code === 'conflict') return await showChangedElsewhere(() => save(undefined, true), retried);
      const theme = isPortalError(err) && err.code === 'validation' ? themeOfField(err.field, sent) : null;
      if (theme) {
        setErrors({ [theme]: found[theme] ?? { text: err instanceof Error && err.message ? err.message : tr.t('errUnknown') } });
        focusId(`ws-${theme}`);
      } else setProblem(err);
      return false;
    } finally {
      setBusy(false);
    }
  }

  function continueFrom(conflict: Conflict): void {
    setSheet((now) => continueWithNewest(now, conflict));
    setOwnTexts((now) => ({ ...now, [conflict.theme]: conflict.mine }));
    setConflicts((now) => {
      const next = { ...now };
      delete next[conflict.theme];
      return next;
    });
    setNotice(null);
    focusId(`ws-${conflict.theme}`);
  }

  function back(): void {
    if (changed.length > 0 && loaded.state === 'ready') {
      setLeaving(true);
      focusId('ws-unsaved');
    } else onBack();
  }

  const max = formatNumber(WORKSHEET_MAX, tr.language);
  const when = (at: string, key: TextKey) => tr.t(key, { date: formatDate(at, tr.language), time: formatTime(at, tr.language) });

  return (
    <Screen id="worksheet" title={tr.t('worksheetTitle')}>
      <p class="back">
        <button type="button" class="link-button" onClick={back}>{tr.t('backHome')}</button>
      </p>
      {leaving ? (
        <div class="note leave">
          <p id="ws-unsaved" tabIndex={-1} class="important">{tr.t('worksheetUnsaved')}</p>
          <div class="buttons">
            <button
              type="button"
              class="button button--primary"
              onClick={async () => {
                setLeaving(false);
                if (await save()) onBack();
              }}
            >
              {tr.t('worksheetSave')}
            </button>
            <button type="button" class="button" onClick={onBack}>{tr.t('worksheetLeave')}</button>
          </div>
        </div>
      ) : null}
      <p class="lead">{tr.t('worksheetIntro')}</p>
      <p>{tr.t('worksheetWhoReads')}</p>
      <p>{tr.t('worksheetLater')}</p>
      {loaded.state === 'loading' ? <p class="busy">{tr.t('loading')}</p> : null}
      {loaded.state === 'failed' ? <LoadFailed text={tr.t('worksheetLoadFailed')} error={loaded.error} onRetry={load} /> : null}
      {loaded.state === 'ready' ? (
        <form class="form" onSubmit={(event) => void save(event)} noValidate>
          {THEMES.map((theme) => {
            const keys = THEME_KEYS[theme];
            const name = tr.t(keys.name);
            const error = errors[theme];
            const savedAt = dates[theme];
            const conflict = conflicts[theme];
            const own = ownTexts[theme];
            return (
              <section class="panel theme" key={theme} aria-labelledby={`ws-${theme}-title`}>
                <h2 id={`ws-${theme}-title`}>{name}</h2>
                <p>{tr.t(keys.text)}</p>
                <p class="examples-title">{tr.t('worksheetExamples')}</p>
                <ul class="examples">
                  {keys.examples.map((key) => <li key={key}>{tr.t(key)}</li>)}
                </ul>
                {conflict ? (
                  <ConflictPanel theme={theme} conflict={conflict} newestLabel={conflict.newest.updatedAt ? when(conflict.newest.updatedAt, 'worksheetConflictNewest') : tr.t('worksheetConflictNewestPlain')} onContinue={() => continueFrom(conflict)} />
                ) : (
                  <>
                    <TextArea
                      id={`ws-${theme}`}
                      label={tr.t('worksheetLabel', { theme: name })}
                      hint={tr.t('maxHint', { max })}
                      value={sheet.draft[theme]}
                      onInput={(value) => setSheet((now) => ({ ...now, draft: { ...now.draft, [theme]: value } }))}
                      max={WORKSHEET_MAX}
                      error={error && 'text' in error ? error.text : problemText(error, WORKSHEET_MAX, tr)}
                      rows={8}
                    />
                    {sheet.draft[theme] !== sheet.saved[theme] ? (
                      <p class="hint">{tr.t('worksheetNotSaved')}</p>
                    ) : savedAt ? (
                      <p class="hint">{when(savedAt, 'worksheetSavedAt')}</p>
                    ) : null}
                    {own !== undefined ? (
                      <details class="earlier own-text" open>
                        <summary>{tr.t('worksheetOwnText')}</summary>
                        <p class="hint">{tr.t('worksheetOwnTextHint')}</p>
                        <ReadOnlyText id={`ws-${theme}-own`} label={tr.t('worksheetOwnText')} labelHidden text={own} />
                        <CopyButton targetId={`ws-${theme}-own`} text={own} />
                      </details>
                    ) : null}
                  </>
                )}
              </section>
            );
          })}
          <Status text={say(status, tr)} />
          <Alert text={say(notice, tr)} />
          <Alert text={problem ? errorText(problem, tr) : null} />
          <button type="submit" class="button button--primary">{tr.t('worksheetSave')}</button>
        </form>
      ) : null}
    </Screen>
  );
}

/**
 * A theme changed here and elsewhere: the newest saved text beside the client's own, both to read and
 * copy from, and one way on: continue from the newest text (the own text stays below it to copy from).
 */
function ConflictPanel({ theme, conflict, newestLabel, onContinue }: { theme: Theme; conflict: Conflict; newestLabel: string; onContinue: () => void }) {
  const tr = useT();
  return (
    <div class="note conflict" role="group" aria-labelledby={`ws-${theme}-conflict`}>
      <p id={`ws-${theme}-conflict`} tabIndex={-1} class="important">{tr.t('worksheetConflict')}</p>
      <div class="conflict-texts">
        <div>
          {conflict.newest.body.length > 0 ? (
            <ReadOnlyText id={`ws-${theme}-newest`} label={newestLabel} text={conflict.newest.body} />
          ) : (
            <>
              <p class="label">{newestLabel}</p>
              <p>{tr.t('worksheetConflictEmpty')}</p>
            </>
          )}
        </div>
        <div>
          <ReadOnlyText id={`ws-${theme}-mine`} label={tr.t('worksheetConflictMine')} text={conflict.mine} />
          <CopyButton targetId={`ws-${theme}-mine`} text={conflict.mine} />
        </div>
      </div>
      <p>{tr.t('worksheetConflictHow')}</p>
      <button type="button" class="button button--primary" onClick={onContinue}>{tr.t('worksheetConflictContinue')}</button>
    </div>
  );
}

/** A text to read and select, not to edit: a read-only text box keeps line breaks and any script. */
function ReadOnlyText({ id, label, text, labelHidden = false }: { id: string; label: string; text: string; labelHidden?: boolean }) {
  return (
    <div class="field">
      <label for={id} class={labelHidden ? 'visually-hidden' : 'label'}>{label}</label>
      <textarea id={id} class="input textarea" rows={6} dir="auto" readOnly value={text} />
    </div>
  );
}

/** Copies the client's own text; where the browser does not allow it, selects it so they can copy it themselves. */
function CopyButton({ targetId, text }: { targetId: string; text: string }) {
  const tr = useT();
  const [said, setSaid] = useState<TextKey | null>(null);
  async function copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      setSaid('worksheetCopied');
    } catch {
      const box = document.getElementById(targetId);
      if (box instanceof HTMLTextAreaElement) {
        box.focus();
        box.select();
      }
      setSaid('worksheetCopyFailed');
    }
  }
  return (
    <>
      <button type="button" class="button" onClick={() => void copy()}>{tr.t('worksheetCopy')}</button>
      <Status text={said ? tr.t(said) : null} />
    </>
  );
}
