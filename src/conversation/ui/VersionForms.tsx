// The two steps that move a report on from a shared or final version: a new version (a draft with the
// same text, with a change note), and making the newest version final, after a confirmation that says
// a final version never changes.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, TextAreaField } from '../../web/components';
import { fieldId } from '../../web/forms';
import { InlineForm, SubmitRow } from '../../contact/ui/controls';
import { COMMENT_MAX } from '../domain';
import { conversationApi, useConversationAction } from './api';
import { changeNoteOk, textLength } from './helpers';

export function NewVersionForm({ caseId, reportId, from, correction, onClose, onDone }: {
  caseId: string;
  reportId: string;
  /** The number of the version the new one starts from. */
  from: number;
  /** After a final version: a correction. */
  correction: boolean;
  onClose: () => void;
  onDone: (number: number) => void;
}) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const ids = { changeNote: fieldId('new-version', 'changeNote') };
  const create = useConversationAction(caseId, (changeNote: string) => conversationApi.newVersion(caseId, reportId, changeNote), { fallbackField: 'changeNote' });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!changeNoteOk(note)) return create.setErrors({ fields: { changeNote: t('conversation.report.newVersion.noteRequired') } });
    if (textLength(note) > COMMENT_MAX) return create.setErrors({ fields: { changeNote: t('conversation.report.reactions.explanationTooLong', { max: COMMENT_MAX }) } });
    create.run(note.trim(), (answer) => onDone(answer.number));
  }

  return (
    <InlineForm
      titleId="new-version-title"
      title={t(correction ? 'conversation.report.newVersion.titleCorrection' : 'conversation.report.newVersion.title')}
      intro={t('conversation.report.newVersion.intro', { number: from })}
      onSubmit={submit}
      errors={create.errors}
      fieldIds={ids}
    >
      <TextAreaField
        id={ids.changeNote}
        label={t('conversation.report.newVersion.note')}
        description={t('conversation.report.newVersion.noteHint')}
        required
        rows={3}
        value={note}
        onChange={setNote}
        error={create.errors.fields.changeNote}
      />
      <SubmitRow busy={create.busy} label={t('conversation.report.newVersion.submit')} onClose={onClose} />
    </InlineForm>
  );
}

/**
 * The confirmation before the newest version becomes final. `finalise` does the work (a draft saves
 * its unsaved paragraphs first); the server refuses while reactions are unprocessed, and says so.
 */
export function FinaliseForm({ caseId, number, neverShared, open, finalise, onClose, onDone }: {
  caseId: string;
  number: number;
  neverShared: boolean;
  /** Reactions that still ask for a decision. */
  open: number;
  finalise: () => Promise<void>;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const action = useConversationAction(caseId, () => finalise(), { reloadNote: false });

  function submit(event: FormEvent) {
    event.preventDefault();
    action.run(undefined, () => onDone());
  }

  return (
    <InlineForm titleId="finalise-title" title={t('conversation.report.finalise.title', { number })} onSubmit={submit} errors={action.errors}>
      <Alert type="warning">
        <p className="utrecht-paragraph">{t('conversation.report.finalise.warning')}</p>
        {neverShared ? <p className="utrecht-paragraph">{t('conversation.report.finalise.notShared')}</p> : null}
        {open > 0 ? <p className="utrecht-paragraph">{t('conversation.report.finalise.openComments', { count: open })}</p> : null}
      </Alert>
      <SubmitRow busy={action.busy} label={t('conversation.report.finalise.confirm')} onClose={onClose} />
    </InlineForm>
  );
}
