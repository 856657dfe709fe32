// The draft of a conversation report: a list of paragraphs (text, "also for the employer" for hoor en
// wederhoor, an optional theme), moved, removed and added; saved with the lock version; shared with the
// client (and the employer, for their paragraphs) to check; or made final after a confirmation.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonGroup, Checkbox, Fieldset, FormError, Heading, Paragraph, SelectField, TextAreaField } from '../../web/components';
import { ApiError } from '../../web/api';
import type { FormErrors } from '../../web/forms';
import { focusWhenPresent, InlineForm, SubmitRow } from '../../contact/ui/controls';
import { MAX_PARAGRAPHS, PARAGRAPH_MAX, THEMES, type Paragraph as ReportParagraph, type Theme } from '../domain';
import { conversationApi, useConversationAction, type ReportDetail, type ReportVersion } from './api';
import { draftProblems, emptyParagraph, groupComments, hasDraftProblems, moveItem, openCount, paragraphsChanged, removeAt, replaceAt, textLength } from './helpers';
import { LostText } from './parts';
import { CommentView } from './Reactions';
import { FinaliseForm } from './VersionForms';

type Panel = 'share' | 'finalise' | null;

const paragraphFieldId = (p: ReportParagraph) => `paragraph-${p.id}-text`;
const LIST_ID = 'draft-paragraphs';

export function DraftEditor({ caseId, report, version, onDone }: {
  caseId: string;
  report: ReportDetail;
  version: ReportVersion;
  /** A step that changes the version's state is done: the page shows what happened. */
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [paragraphs, setParagraphs] = useState<ReportParagraph[]>(version.paragraphs);
  const [lock, setLock] = useState(version.lockVersion);
  const [lost, setLost] = useState<string[] | null>(null);
  const [panel, setPanel] = useState<Panel>(null);
  const [withEmployer, setWithEmployer] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  // A newer lock version (after our save, or someone else's) brings the saved paragraphs into the editor.
  if (lock !== version.lockVersion) {
    setLock(version.lockVersion);
    setParagraphs(version.paragraphs);
  }
  const dirty = paragraphsChanged(version.paragraphs, paragraphs);
  const previous = report.versions.find((v) => v.number === version.number - 1) ?? null;
  const previousComments = previous ? groupComments(previous) : null;
  const keepLost = (saved: ReportParagraph[] | null) => {
    if (saved) setLost(saved.map((p) => p.text));
  };

  const saveDraft = (ps: ReportParagraph[]) => conversationApi.saveDraft(caseId, report.id, { lockVersion: version.lockVersion, paragraphs: ps });
  const save = useConversationAction(caseId, saveDraft, { fallbackField: 'paragraphs', onConflict: (ps) => keepLost(ps), conflictMessage: t('conversation.report.editor.stale') });
  const share = useConversationAction(
    caseId,
    async (args: { withEmployer: boolean; save: ReportParagraph[] | null }) => {
      if (args.save) await saveDraft(args.save);
      await conversationApi.share(caseId, report.id, args.withEmployer);
    },
    { onConflict: (args) => keepLost(args.save) },
  );

  /** The editor's own checks, each at its paragraph; the server checks the same. */
  function localErrors(): FormErrors | null {
    const problems = draftProblems(paragraphs);
    if (!hasDraftProblems(problems)) return null;
    const fields: Record<string, string> = {};
    for (const index of problems.tooLong) fields[`paragraphs.${index}`] = t('conversation.report.editor.tooLong', { number: index + 1, max: PARAGRAPH_MAX });
    if (problems.empty) fields.paragraphs = t('conversation.report.editor.empty');
    if (problems.tooMany) fields.paragraphs = t('conversation.report.editor.tooMany', { max: MAX_PARAGRAPHS });
    return { fields };
  }

  const fieldIds: Record<string, string> = { paragraphs: LIST_ID, withEmployer: 'share-with-employer' };
  paragraphs.forEach((p, i) => {
    fieldIds[`paragraphs.${i}`] = paragraphFieldId(p);
  });

  function submitSave(event: FormEvent) {
    event.preventDefault();
    setAnnouncement('');
    const problems = localErrors();
    if (problems) return save.setErrors(problems);
    setLost(null);
    save.run(paragraphs, () => {
      setAnnouncement(t('conversation.report.editor.saved'));
    });
  }

  function submitShare(event: FormEvent) {
    event.preventDefault();
    const problems = localErrors();
    if (problems) return share.setErrors(problems);
    if (withEmployer && !paragraphs.some((p) => p.forEmployer)) {
      return share.setErrors({ fields: { withEmployer: t('conversation.report.share.noEmployerParagraphs') } });
    }
    setLost(null);
    share.run({ withEmployer, save: dirty ? paragraphs : null }, () =>
      onDone(t(withEmployer ? 'conversation.report.share.doneWithEmployer' : 'conversation.report.share.done', { number: version.number })),
    );
  }

  async function finalise() {
    if (dirty) {
      const problems = localErrors();
      if (problems) throw new ApiError(400, 'validation', Object.values(problems.fields).join(' '));
      await saveDraft(paragraphs);
    }
    await conversationApi.finalise(caseId, report.id);
  }

  const openPanel = (next: Panel) => {
    setPanel(next);
    if (next) focusWhenPresent(next === 'share' ? 'share-title' : 'finalise-title');
  };
  const closePanel = () => {
    const was = panel;
    setPanel(null);
    if (was) focusWhenPresent(`action-${was}`);
  };

  function update(index: number, change: Partial<ReportParagraph>) {
    setAnnouncement('');
    setParagraphs((current) => replaceAt(current, index, { ...current[index]!, ...change }));
  }
  function move(index: number, delta: -1 | 1) {
    const paragraph = paragraphs[index]!;
    const target = index + delta;
    setAnnouncement('');
    setParagraphs((current) => moveItem(current, index, delta));
    // Keep focus on the same control of the moved paragraph; at an edge, on the other direction.
    const atEdge = delta === -1 ? target === 0 : target === paragraphs.length - 1;
    focusWhenPresent(`paragraph-${paragraph.id}-${atEdge ? (delta === -1 ? 'down' : 'up') : delta === -1 ? 'up' : 'down'}`);
  }
  function remove(index: number) {
    const next = removeAt(paragraphs, index);
    setParagraphs(next);
    setAnnouncement(t('conversation.report.editor.removed', { number: index + 1 }));
    const neighbour = next[index] ?? next[index - 1];
    focusWhenPresent(neighbour ? paragraphFieldId(neighbour) : 'draft-add');
  }
  function add() {
    const paragraph = emptyParagraph(paragraphs);
    setAnnouncement('');
    setParagraphs((current) => [...current, paragraph]);
    focusWhenPresent(paragraphFieldId(paragraph));
  }

  const themeOptions = [{ value: '', label: t('conversation.report.editor.noTheme') }, ...THEMES.map((theme) => ({ value: theme, label: t(`conversation.themes.${theme}.title`) }))];
  const errors = save.errors;

  return (
    <>
      <Paragraph>{t('conversation.report.editor.intro')}</Paragraph>
      <Paragraph className="muted">{t('conversation.report.editor.forEmployerHint')}</Paragraph>
      {previousComments && previousComments.additions.length > 0 ? (
        <>
          <Heading level={3}>{t('conversation.report.editor.previousAdditions', { number: previous!.number })}</Heading>
          <ul className="comment-list">
            {previousComments.additions.map((comment) => (
              <CommentView key={comment.id} caseId={caseId} reportId={report.id} comment={comment} processable={false} idPrefix="previous" />
            ))}
          </ul>
        </>
      ) : null}
      <form className="form" noValidate onSubmit={submitSave}>
        <FormError errors={errors} fieldIds={fieldIds} />
        <ol className="paragraph-editor" id={LIST_ID} tabIndex={-1} aria-label={t('conversation.report.editor.listLabel')}>
          {paragraphs.map((paragraph, index) => {
            const number = index + 1;
            const error = errors.fields[`paragraphs.${index}`];
            const earlier = previousComments?.paragraphs.find((entry) => entry.paragraph.id === paragraph.id)?.comments ?? [];
            return (
              <li className={`paragraph-editor__item${error ? ' paragraph-editor__item--invalid' : ''}`} key={paragraph.id}>
                <Fieldset legend={t('conversation.report.editor.paragraph', { number })}>
                  <TextAreaField
                    id={paragraphFieldId(paragraph)}
                    label={t('conversation.report.editor.text', { number })}
                    description={t('conversation.common.count', { count: textLength(paragraph.text), max: PARAGRAPH_MAX })}
                    markOptional={false}
                    rows={6}
                    value={paragraph.text}
                    onChange={(text) => update(index, { text })}
                    error={error}
                  />
                  <div className="paragraph-editor__row">
                    <Checkbox
                      id={`paragraph-${paragraph.id}-employer`}
                      label={t('conversation.report.editor.forEmployer')}
                      checked={paragraph.forEmployer}
                      onChange={(forEmployer) => update(index, { forEmployer })}
                    />
                    <div className="paragraph-editor__theme">
                      <SelectField
                        id={`paragraph-${paragraph.id}-theme`}
                        label={t('conversation.report.editor.theme')}
                        value={paragraph.theme ?? ''}
                        options={themeOptions}
                        onChange={(value) => update(index, { theme: value === '' ? null : (value as Theme) })}
                      />
                    </div>
                  </div>
                  {earlier.length > 0 ? (
                    <>
                      <p className="utrecht-paragraph comment__who">{t('conversation.report.editor.previousReactions', { number: previous!.number })}</p>
                      <ul className="comment-list">
                        {earlier.map((comment) => (
                          <CommentView key={comment.id} caseId={caseId} reportId={report.id} comment={comment} processable={false} idPrefix="previous" />
                        ))}
                      </ul>
                    </>
                  ) : null}
                  <ButtonGroup>
                    {index > 0 ? (
                      <Button id={`paragraph-${paragraph.id}-up`} variant="subtle" aria-label={t('conversation.report.editor.upLabel', { number })} onClick={() => move(index, -1)}>
                        {t('conversation.report.editor.up')}
                      </Button>
                    ) : null}
                    {index < paragraphs.length - 1 ? (
                      <Button id={`paragraph-${paragraph.id}-down`} variant="subtle" aria-label={t('conversation.report.editor.downLabel', { number })} onClick={() => move(index, 1)}>
                        {t('conversation.report.editor.down')}
                      </Button>
                    ) : null}
                    {paragraphs.length > 1 ? (
                      <Button variant="subtle" aria-label={t('conversation.report.editor.removeLabel', { number })} onClick={() => remove(index)}>
                        {t('conversation.report.editor.remove')}
                      </Button>
                    ) : null}
                  </ButtonGroup>
                </Fieldset>
              </li>
            );
          })}
        </ol>
        {paragraphs.length < MAX_PARAGRAPHS ? (
          <Button id="draft-add" onClick={add}>
            {t('conversation.report.editor.add')}
          </Button>
        ) : null}
        {lost ? <LostText texts={lost} /> : null}
        <p className={`save-status${dirty && !announcement ? ' unsaved-mark' : ''}`} role="status">
          {announcement || (dirty ? t('conversation.report.editor.unsaved') : '')}
        </p>
        <Button type="submit" variant="primary" busy={save.busy}>
          {t('conversation.report.editor.save')}
        </Button>
      </form>

      {panel === null ? (
        <div className="report-actions">
          <ButtonGroup label={t('common.actions')}>
            <Button id="action-share" variant="primary" onClick={() => openPanel('share')}>
              {t('conversation.report.share.open')}
            </Button>
            <Button id="action-finalise" onClick={() => openPanel('finalise')}>
              {t('conversation.report.finalise.open')}
            </Button>
          </ButtonGroup>
        </div>
      ) : null}
      {panel === 'share' ? (
        <InlineForm titleId="share-title" title={t('conversation.report.share.title')} intro={t('conversation.report.share.intro')} onSubmit={submitShare} errors={share.errors} fieldIds={fieldIds}>
          <Checkbox
            id="share-with-employer"
            label={t('conversation.report.share.withEmployer')}
            description={t('conversation.report.share.withEmployerHint')}
            checked={withEmployer}
            onChange={setWithEmployer}
            error={share.errors.fields.withEmployer}
          />
          <SubmitRow busy={share.busy} label={t('conversation.report.share.submit')} onClose={closePanel} />
        </InlineForm>
      ) : null}
      {panel === 'finalise' ? (
        <FinaliseForm
          caseId={caseId}
          number={version.number}
          neverShared
          open={openCount(report.versions)}
          finalise={finalise}
          onClose={closePanel}
          onDone={() => onDone(t('conversation.report.finalise.done', { number: version.number }))}
        />
      ) : null}
    </>
  );
}
