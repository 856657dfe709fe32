/** @jsxImportSource preact */
// Checking a conversation report (client and employer): the newest version first, each paragraph in its
// own box. While it is shared and this reader has not reacted: per paragraph "Klopt dit?" with "Wat
// klopt er niet?", then "Mist er iets?", a summary to check, and "Versturen" (once). Afterwards, and for
// a final version: per comment what the labour expert did with it. Older versions fold away. The check of
// a draft report (kind 'assessment', issue 8) works the same, under its own name and intro, and the client
// chooses how their reaction goes into the final report: as written (the default) or summarised.
import { useEffect, useState } from 'preact/hooks';
import type { PortalClient } from './api';
import {
  Alert,
  BackHome,
  Choices,
  ErrorSummary,
  LoadFailed,
  Name,
  Screen,
  Status,
  TextArea,
  focusId,
  problemText,
  say,
  useT,
  type Said,
} from './components';
import {
  COMMENT_MAX,
  IN_FINAL_REPORT_KEYS,
  MAX_ADDITIONS,
  asksFinalReportChoice,
  canReactTo,
  commentsOf,
  emptyReaction,
  isDraftReport,
  newestFirst,
  outcomeKey,
  reactionBody,
  reactionProblems,
  reportName,
  stanceOf,
  type ReactionDraft,
  type ReactionProblems,
  type StanceChoice,
} from './conversation';
import { formatDate, formatList, formatNumber } from './format';
import { errorText, isPortalError } from './messages';
import type { TextKey } from './texts';
import { IN_FINAL_REPORT, type Audience, type Loaded, type PortalReport, type ReportComment, type ReportKind, type ReportVersion } from './types';

/** Shared or final, with its date, and the labour expert's note on what changed. */
function VersionMeta({ version }: { version: ReportVersion }) {
  const tr = useT();
  return (
    <>
      {version.state === 'final' ? (
        <p>
          <strong class="badge badge--final">{tr.t('reportStateFinal')}</strong>{' '}
          {version.finalisedAt ? tr.t('versionFinal', { date: formatDate(version.finalisedAt, tr.language) }) : null}
        </p>
      ) : version.sharedAt ? (
        <p>{tr.t('versionShared', { date: formatDate(version.sharedAt, tr.language) })}</p>
      ) : null}
      {version.changeNote ? (
        <div class="change-note">
          <p class="saved-label">{tr.t('versionChangeNote')}</p>
          <p class="quote" dir="auto">{version.changeNote}</p>
        </div>
      ) : null}
    </>
  );
}

/** What the labour expert did with one comment, and their explanation. */
function Outcome({ comment }: { comment: ReportComment }) {
  const tr = useT();
  const key = outcomeKey(comment);
  if (!key) return null;
  const explanation = comment.processing?.explanation ?? '';
  return (
    <>
      <p>
        <span class="saved-label">{tr.t('outcomeLabel')}</span>{' '}
        <strong class={`badge badge--${comment.processing?.decision ?? 'pending'}`}>{tr.t(key)}</strong>
      </p>
      {explanation.trim() ? (
        <>
          <p class="saved-label">{tr.t('outcomeExplanation')}</p>
          <p class="quote" dir="auto">{explanation}</p>
        </>
      ) : null}
    </>
  );
}

function CommentView({ comment }: { comment: ReportComment }) {
  const tr = useT();
  return (
    <div class="comment">
      <p class="saved-label">{tr.t('yourReaction')}</p>
      <p>{tr.t(comment.stance === 'agree' ? 'youAgreed' : 'youDisagreed')}</p>
      {comment.text.trim() ? (
        <>
          <p class="saved-label">{tr.t('youWrote')}</p>
          <p class="quote" dir="auto">{comment.text}</p>
        </>
      ) : null}
      <Outcome comment={comment} />
    </div>
  );
}

/**
 * The paragraphs of a version, numbered, each in its own box; with this reader's comments and what
 * happened to them. `onlyCommented`: just the paragraphs they commented on (the outcomes of an older version).
 */
function VersionParagraphs({ version, level, withComments, onlyCommented }: { version: ReportVersion; level: 3 | 4; withComments: boolean; onlyCommented?: boolean }) {
  const tr = useT();
  const { byParagraph, additions } = commentsOf(version);
  const Heading = level === 3 ? 'h3' : 'h4';
  const shown = version.paragraphs.map((paragraph, index) => ({ paragraph, index })).filter(({ paragraph }) => !onlyCommented || byParagraph.has(paragraph.id));
  return (
    <>
      {shown.length ? (
        <ol class="paragraphs">
          {shown.map(({ paragraph, index }) => (
            <li class="paragraph" key={paragraph.id}>
              <Heading class="paragraph-label">{tr.t('paragraphLabel', { number: formatNumber(index + 1, tr.language) })}</Heading>
              <p class="paragraph-text" dir="auto">{paragraph.text}</p>
              {withComments ? (byParagraph.get(paragraph.id) ?? []).map((comment) => <CommentView key={comment.id} comment={comment} />) : null}
            </li>
          ))}
        </ol>
      ) : null}
      {withComments && additions.length ? (
        <div class="paragraph">
          <Heading class="paragraph-label">{tr.t('youMissed')}</Heading>
          <ul class="plain">
            {additions.map((comment) => (
              <li key={comment.id} class="comment">
                <p class="quote" dir="auto">{comment.text}</p>
                <Outcome comment={comment} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}

function ReactionForm(props: {
  reportId: string;
  kind: ReportKind;
  audience: Audience;
  version: ReportVersion;
  client: PortalClient;
  onSent: () => void;
  onConflict: () => void;
  onGone: (error: unknown) => void;
}) {
  const { version, client } = props;
  const paragraphs = version.paragraphs;
  const withChoice = asksFinalReportChoice(props.kind, props.audience);
  const tr = useT();
  const [draft, setDraft] = useState<ReactionDraft>(emptyReaction);
  const [step, setStep] = useState<'form' | 'review'>('form');
  const [problems, setProblems] = useState<ReactionProblems | null>(null);
  const [top, setTop] = useState<Said | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const label = (index: number) => tr.t('paragraphLabel', { number: formatNumber(index + 1, tr.language) });

  const setStance = (id: string, stance: StanceChoice) => setDraft((d) => ({ ...d, stances: { ...d.stances, [id]: stance } }));
  const setText = (id: string, text: string) => setDraft((d) => ({ ...d, texts: { ...d.texts, [id]: text } }));
  const setAddition = (index: number, text: string) => setDraft((d) => ({ ...d, additions: d.additions.map((a, i) => (i === index ? text : a)) }));

  function addPoint(): void {
    if (draft.additions.length >= MAX_ADDITIONS) return;
    focusId(`add-${draft.additions.length}`);
    setDraft((d) => ({ ...d, additions: [...d.additions, ''] }));
  }

  function removePoint(index: number): void {
    focusId(`add-${Math.max(0, Math.min(index, draft.additions.length - 2))}`);
    setDraft((d) => ({ ...d, additions: d.additions.filter((_, i) => i !== index) }));
    setProblems(null);
  }

  function review(event: Event): void {
    event.preventDefault();
    setFailure(null);
    setTop(null);
    const found = reactionProblems(paragraphs, draft);
    setProblems(found);
    if (found) return focusId('reaction-errors');
    setStep('review');
    focusId('review-title');
  }

  async function send(): Promise<void> {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      await client.react(props.reportId, version.id, reactionBody(paragraphs, draft, withChoice));
      props.onSent();
    } catch (err) {
      setBusy(false);
      if (isPortalError(err) && err.code === 'validation') {
        // The server names `items` for a paragraph's comment (or one too long); no field: nothing to send.
        setStep('form');
        setTop({ key: err.field ? 'errItems' : 'errNothingToSay' });
        focusId('reaction-top');
      } else if (isPortalError(err) && err.code === 'conflict') props.onConflict();
      else if (isPortalError(err) && err.code === 'not_found') props.onGone(err);
      else setFailure(err);
      return;
    }
  }

  if (step === 'review') {
    const body = reactionBody(paragraphs, draft);
    const skipped = paragraphs.map((p, i) => (stanceOf(draft, p.id) === 'skip' ? label(i) : null)).filter((x): x is string => x !== null);
    return (
      <div class="review">
        <h3 id="review-title" tabIndex={-1}>{tr.t('reviewTitle')}</h3>
        <p>{tr.t('reviewText')}</p>
        {body.items.length ? (
          <ul class="plain review-list">
            {paragraphs.map((paragraph, index) => {
              const stance = stanceOf(draft, paragraph.id);
              if (stance === 'skip') return null;
              return (
                <li key={paragraph.id}>
                  <p>
                    <strong>{label(index)}:</strong> {tr.t(stance === 'agree' ? 'stanceAgree' : 'stanceDisagree')}
                  </p>
                  {stance === 'disagree' ? <p class="quote" dir="auto">{draft.texts[paragraph.id] ?? ''}</p> : null}
                </li>
              );
            })}
          </ul>
        ) : null}
        {skipped.length ? <p>{tr.t('reviewSkipped', { list: formatList(skipped, tr.language) })}</p> : null}
        {withChoice ? (
          <p>
            <strong>{tr.t('reviewFinalChoice')}</strong> {tr.t(IN_FINAL_REPORT_KEYS[draft.inFinalReport])}
          </p>
        ) : null}
        {body.additions.length ? (
          <>
            <p class="saved-label">{tr.t('reviewMissing')}</p>
            <ul class="plain review-list">
              {body.additions.map((text, index) => (
                <li key={index}>
                  <p class="quote" dir="auto">{text}</p>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <Status text={busy ? tr.t('sending') : null} />
        <Alert text={failure ? errorText(failure, tr) : null} />
        <div class="buttons">
          <button type="button" class="button button--primary" onClick={() => void send()}>{tr.t('send')}</button>
          <button
            type="button"
            class="button"
            onClick={() => {
              setStep('form');
              focusId('reaction-intro');
            }}
          >
            {tr.t('reviewEdit')}
          </button>
        </div>
      </div>
    );
  }

  const summary: Array<{ target: string; text: string }> = [];
  if (problems) {
    paragraphs.forEach((paragraph, index) => {
      const text = problemText(problems.paragraphs[paragraph.id], COMMENT_MAX, tr, 'errCommentRequired');
      if (text) summary.push({ target: `text-${index}`, text: `${label(index)}: ${text}` });
    });
    draft.additions.forEach((_, index) => {
      const text = problemText(problems.additions[index], COMMENT_MAX, tr);
      if (text) summary.push({ target: `add-${index}`, text: `${tr.t('missingLabel', { number: formatNumber(index + 1, tr.language) })} ${text}` });
    });
    if (problems.nothing && paragraphs.length) summary.push({ target: `stance-0-${stanceOf(draft, paragraphs[0]!.id)}`, text: tr.t('errNothingToSay') });
  }

  const options = [
    { value: 'agree' as const, label: tr.t('stanceAgree') },
    { value: 'disagree' as const, label: tr.t('stanceDisagree') },
    { value: 'skip' as const, label: tr.t('stanceSkip') },
  ];
  return (
    <form class="form" onSubmit={review} noValidate>
      <p id="reaction-intro" tabIndex={-1}>
        {tr.t(isDraftReport(props) ? (props.audience === 'client' ? 'draftCheckIntro' : 'draftCheckIntroEmployer') : 'reportCheckIntro')}
      </p>
      <p>{tr.t('reportCheckSkip')}</p>
      <ErrorSummary id="reaction-errors" items={summary} />
      {top ? (
        <p class="alert" role="alert" id="reaction-top" tabIndex={-1}>
          <span class="visually-hidden">{tr.t('errorPrefix')} </span>
          {say(top, tr)}
        </p>
      ) : null}
      <ol class="paragraphs">
        {paragraphs.map((paragraph, index) => {
          const stance = stanceOf(draft, paragraph.id);
          return (
            <li class="paragraph" key={paragraph.id}>
              <h3 class="paragraph-label">{label(index)}</h3>
              <p class="paragraph-text" dir="auto">{paragraph.text}</p>
              <Choices
                name={`stance-${index}`}
                legend={
                  <>
                    {tr.t('stanceLegend')}
                    <span class="visually-hidden"> ({label(index)})</span>
                  </>
                }
                options={options}
                value={stance}
                onChange={(value) => setStance(paragraph.id, value)}
                error={null}
              />
              {stance === 'disagree' ? (
                <TextArea
                  id={`text-${index}`}
                  label={tr.t('disagreeLabel')}
                  hint={tr.t('disagreeHint')}
                  value={draft.texts[paragraph.id] ?? ''}
                  onInput={(value) => setText(paragraph.id, value)}
                  max={COMMENT_MAX}
                  error={problemText(problems?.paragraphs[paragraph.id], COMMENT_MAX, tr, 'errCommentRequired')}
                  rows={4}
                />
              ) : null}
            </li>
          );
        })}
      </ol>
      <section class="missing" aria-labelledby="missing-title">
        <h3 id="missing-title">{tr.t('missingTitle')}</h3>
        <p>{tr.t(isDraftReport(props) ? 'draftMissingText' : 'missingText')}</p>
        {draft.additions.map((text, index) => (
          <div class="addition" key={index}>
            <TextArea
              id={`add-${index}`}
              label={tr.t('missingLabel', { number: formatNumber(index + 1, tr.language) })}
              value={text}
              onInput={(value) => setAddition(index, value)}
              max={COMMENT_MAX}
              error={problemText(problems?.additions[index], COMMENT_MAX, tr)}
              rows={3}
            />
            {draft.additions.length > 1 ? (
              <button type="button" class="button" onClick={() => removePoint(index)}>
                {tr.t('missingRemove', { number: formatNumber(index + 1, tr.language) })}
              </button>
            ) : null}
          </div>
        ))}
        {draft.additions.length < MAX_ADDITIONS ? (
          <button type="button" class="button" onClick={addPoint}>{tr.t('missingAdd')}</button>
        ) : (
          <p>{tr.t('missingMax', { max: formatNumber(MAX_ADDITIONS, tr.language) })}</p>
        )}
      </section>
      {withChoice ? (
        <div class="final-choice">
          <Choices
            name="in-final-report"
            legend={tr.t('finalChoiceLegend')}
            hint={tr.t('finalChoiceText')}
            options={IN_FINAL_REPORT.map((value) => ({ value, label: tr.t(IN_FINAL_REPORT_KEYS[value]) }))}
            value={draft.inFinalReport}
            onChange={(value) => setDraft((d) => ({ ...d, inFinalReport: value }))}
            error={null}
          />
        </div>
      ) : null}
      <Alert text={failure ? errorText(failure, tr) : null} />
      <button type="submit" class="button button--primary">{tr.t('reviewButton')}</button>
    </form>
  );
}

export function ReportScreen(props: { reportId: string; title: string | null; audience: Audience; client: PortalClient; onBack: () => void; onChanged: () => void }) {
  const { reportId, client } = props;
  const tr = useT();
  const [loaded, setLoaded] = useState<Loaded<PortalReport>>({ state: 'loading' });
  const [sent, setSent] = useState(false);
  const [notice, setNotice] = useState<Said | null>(null);
  /** A version the server would not take a reaction on although it still looks open (a new draft is under way). */
  const [closed, setClosed] = useState<string | null>(null);

  async function load(): Promise<PortalReport | null> {
    try {
      const report = await client.report(reportId);
      setLoaded({ state: 'ready', value: report });
      return report;
    } catch (error) {
      setLoaded({ state: 'failed', error });
      return null;
    }
  }
  useEffect(() => {
    void load();
  }, [reportId]);

  /** The version changed under the reader (reacted in another tab, a new version, made final). */
  async function conflict(versionId: string): Promise<void> {
    const fresh = await load();
    props.onChanged();
    if (!fresh) return;
    const newest = newestFirst(fresh.versions)[0];
    let key: TextKey = 'errNewVersion';
    if (newest && newest.id === versionId) {
      if (newest.reacted) key = 'reactedNote';
      else if (newest.state === 'final') key = 'errReportFinal';
      else {
        // Still shared and open to this reader, yet refused: the labour expert has started a new version.
        key = 'errReportBusy';
        setClosed(versionId);
      }
    }
    setNotice({ key });
    focusId('report-notice');
  }

  function done(): void {
    setSent(true);
    setNotice(null);
    focusId('sent-title');
    void load();
    props.onChanged();
  }

  if (loaded.state === 'failed' && isPortalError(loaded.error) && loaded.error.code === 'not_found') {
    return (
      <Screen id="report-gone" title={tr.t('reportGoneTitle')}>
        <p>{tr.t('reportGoneText')}</p>
        <BackHome onBack={props.onBack} />
      </Screen>
    );
  }

  const report = loaded.state === 'ready' ? loaded.value : null;
  const title = (report ? reportName(report, tr.t) : props.title) ?? tr.t('reportTitleFallback');
  const versions = report ? newestFirst(report.versions) : [];
  const newest = versions[0];
  const older = versions.slice(1);
  const withOutcomes = older.filter((v) => v.comments.length > 0);

  return (
    <Screen id={`report-${reportId}`} title={title} heading={<Name>{title}</Name>}>
      <BackHome onBack={props.onBack} />
      {report && isDraftReport(report) && props.audience === 'client' ? <p class="lead">{tr.t('draftIntro')}</p> : null}
      {loaded.state === 'loading' ? <p class="busy">{tr.t('reportLoading')}</p> : null}
      {loaded.state === 'failed' ? <LoadFailed text={tr.t('reportLoadFailed')} error={loaded.error} onRetry={() => void load()} /> : null}
      {sent ? (
        <section class="confirm" aria-labelledby="sent-title">
          <h2 id="sent-title" tabIndex={-1}>{tr.t('sentTitle')}</h2>
          <p>{tr.t('sentText')}</p>
        </section>
      ) : null}
      {notice ? (
        <p class="note important" role="alert" id="report-notice" tabIndex={-1}>{say(notice, tr)}</p>
      ) : null}
      {newest ? (
        <section class="panel" aria-labelledby="newest-title">
          <h2 id="newest-title">{tr.t(older.length ? 'versionNewest' : 'reportVersion', { number: formatNumber(newest.number, tr.language) })}</h2>
          <VersionMeta version={newest} />
          {canReactTo(newest) && !sent && closed !== newest.id ? (
            <ReactionForm
              key={newest.id}
              reportId={reportId}
              kind={report?.kind ?? 'conversation'}
              audience={props.audience}
              version={newest}
              client={client}
              onSent={done}
              onConflict={() => void conflict(newest.id)}
              onGone={(error) => setLoaded({ state: 'failed', error })}
            />
          ) : (
            <>
              {newest.reacted && !sent ? <p class="important">{tr.t('reactedNote')}</p> : null}
              <VersionParagraphs version={newest} level={3} withComments />
            </>
          )}
        </section>
      ) : null}
      {withOutcomes.length ? (
        <section class="panel" aria-labelledby="outcomes-title">
          <h2 id="outcomes-title">{tr.t('outcomesTitle')}</h2>
          {withOutcomes.map((version) => (
            <div key={version.id}>
              <h3>{tr.t('outcomesOnVersion', { number: formatNumber(version.number, tr.language) })}</h3>
              <VersionParagraphs version={version} level={4} withComments onlyCommented />
            </div>
          ))}
        </section>
      ) : null}
      {older.length ? (
        <details class="earlier">
          <summary>{tr.t('earlierTitle')}</summary>
          {older.map((version) => (
            <section key={version.id} class="earlier-version" aria-labelledby={`version-${version.number}`}>
              <h3 id={`version-${version.number}`}>{tr.t('reportVersion', { number: formatNumber(version.number, tr.language) })}</h3>
              <VersionMeta version={version} />
              <VersionParagraphs version={version} level={4} withComments={false} />
            </section>
          ))}
        </details>
      ) : null}
    </Screen>
  );
}
