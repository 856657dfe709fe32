/** @jsxImportSource preact */
// "Ons gesprek" (client only): the three themes of the conversation compass, each with a short
// explanation, two example prompts and a text box in the client's own words (any language, up to
// 10 000 characters, kept exactly as typed). "Opslaan" sends the themes that changed, all at once.
import { useEffect, useState } from 'preact/hooks';
import type { PortalClient } from './api';
import { Alert, LoadFailed, Screen, Status, TextArea, focusId, problemText, say, useT, type Said } from './components';
import { THEME_KEYS, WORKSHEET_MAX, changedEntries, themeOfField, worksheetProblems, type FieldProblem, type ThemeTexts } from './conversation';
import { formatDate, formatNumber, formatTime } from './format';
import { errorText, isPortalError } from './messages';
import { THEMES, type Loaded, type Theme, type WorksheetAnswer } from './types';

const textsOf = (answer: WorksheetAnswer): ThemeTexts => {
  const texts: ThemeTexts = { experiences: '', needs: '', future: '' };
  for (const entry of answer.themes) texts[entry.theme] = entry.body;
  return texts;
};

export function WorksheetScreen({ client, onBack }: { client: PortalClient; onBack: () => void }) {
  const tr = useT();
  const [loaded, setLoaded] = useState<Loaded<WorksheetAnswer>>({ state: 'loading' });
  const [saved, setSaved] = useState<ThemeTexts>({ experiences: '', needs: '', future: '' });
  const [draft, setDraft] = useState<ThemeTexts>({ experiences: '', needs: '', future: '' });
  const [errors, setErrors] = useState<Partial<Record<Theme, FieldProblem | { text: string }>>>({});
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Said | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [leaving, setLeaving] = useState(false);

  function load(): void {
    setLoaded({ state: 'loading' });
    client.worksheet().then(
      (answer) => {
        setLoaded({ state: 'ready', value: answer });
        setSaved(textsOf(answer));
        setDraft(textsOf(answer));
      },
      (error: unknown) => setLoaded({ state: 'failed', error }),
    );
  }
  useEffect(load, []);

  const changed = changedEntries(saved, draft);

  async function save(event?: Event): Promise<boolean> {
    event?.preventDefault();
    if (busy) return false;
    setProblem(null);
    setStatus(null);
    const found = worksheetProblems(draft);
    setErrors(found);
    const first = THEMES.find((theme) => found[theme]);
    if (first) {
      focusId(`ws-${first}`);
      return false;
    }
    if (changed.length === 0) {
      setStatus({ key: 'worksheetUnchanged' });
      return true;
    }
    const sent = changed;
    setBusy(true);
    setStatus({ key: 'worksheetSaving' });
    try {
      await client.saveWorksheet(sent);
      setSaved((current) => {
        const next = { ...current };
        for (const entry of sent) next[entry.theme] = entry.body;
        return next;
      });
      setStatus({ key: 'worksheetSaved' });
      // The dates of the last save, from the server (the texts stay as they are on screen).
      client.worksheet().then((answer) => setLoaded({ state: 'ready', value: answer }), () => undefined);
      return true;
    } catch (err) {
      setStatus(null);
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

  function back(): void {
    if (changed.length > 0 && loaded.state === 'ready') {
      setLeaving(true);
      focusId('ws-unsaved');
    } else onBack();
  }

  const updatedAt = (theme: Theme) => (loaded.state === 'ready' ? loaded.value.themes.find((t) => t.theme === theme)?.updatedAt ?? null : null);
  const max = formatNumber(WORKSHEET_MAX, tr.language);

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
            const when = updatedAt(theme);
            return (
              <section class="panel theme" key={theme} aria-labelledby={`ws-${theme}-title`}>
                <h2 id={`ws-${theme}-title`}>{name}</h2>
                <p>{tr.t(keys.text)}</p>
                <p class="examples-title">{tr.t('worksheetExamples')}</p>
                <ul class="examples">
                  {keys.examples.map((key) => <li key={key}>{tr.t(key)}</li>)}
                </ul>
                <TextArea
                  id={`ws-${theme}`}
                  label={tr.t('worksheetLabel', { theme: name })}
                  hint={tr.t('maxHint', { max })}
                  value={draft[theme]}
                  onInput={(value) => setDraft((current) => ({ ...current, [theme]: value }))}
                  max={WORKSHEET_MAX}
                  error={error && 'text' in error ? error.text : problemText(error, WORKSHEET_MAX, tr)}
                  rows={8}
                />
                {draft[theme] !== saved[theme] ? (
                  <p class="hint">{tr.t('worksheetNotSaved')}</p>
                ) : when ? (
                  <p class="hint">{tr.t('worksheetSavedAt', { date: formatDate(when, tr.language), time: formatTime(when, tr.language) })}</p>
                ) : null}
              </section>
            );
          })}
          <Status text={say(status, tr)} />
          <Alert text={problem ? errorText(problem, tr) : null} />
          <button type="submit" class="button button--primary">{tr.t('worksheetSave')}</button>
        </form>
      ) : null}
    </Screen>
  );
}
