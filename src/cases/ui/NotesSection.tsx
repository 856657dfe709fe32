// Notes: list (newest first) and a form; "afgeschermd" notes are for professionals only.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../web/api';
import type { CasePage } from '../../web/api-types';
import { Badge, Button, Checkbox, FormError, Paragraph, TextAreaField } from '../../web/components';
import { formatDateTime } from '../../web/format';
import { hasRole, useCurrentUser } from '../../web/session';
import { actorName } from './DocumentsSection';
import { CaseSection } from './Section';
import { useCaseAction } from './useCase';

export function NotesSection({ data }: { data: CasePage }) {
  const { t } = useTranslation();
  const notes = [...data.notes].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <CaseSection id="notes" title={t('cases.sections.notes')}>
      {data.permissions.canAddNote ? <NoteForm data={data} /> : null}
      {notes.length === 0 ? (
        <Paragraph className="muted">{t('cases.notes.empty')}</Paragraph>
      ) : (
        <ul className="card-list">
          {notes.map((note) => (
            <li className="card" key={note.id}>
              <p className="utrecht-paragraph card__meta">
                {actorName(note.author, t('common.unknownPerson'))} · {formatDateTime(note.createdAt)}
                {note.professionalOnly ? (
                  <>
                    {' '}
                    <Badge tone="warning">{t('cases.notes.shieldedBadge')}</Badge>
                  </>
                ) : null}
              </p>
              <p className="utrecht-paragraph pre-line">{note.body}</p>
            </li>
          ))}
        </ul>
      )}
    </CaseSection>
  );
}

function NoteForm({ data }: { data: CasePage }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const canShield = data.permissions.canAddProfessionalNote;
  const [body, setBody] = useState('');
  const [shielded, setShielded] = useState(() => canShield && hasRole(user, 'labour_expert'));
  const [done, setDone] = useState('');
  const save = useCaseAction(data.id, ({ text, professionalOnly }: { text: string; professionalOnly: boolean }) =>
    api.addNote(data.id, text, professionalOnly),
  );
  const ids = { body: 'note-body', professionalOnly: 'note-shielded' };

  function submit(event: FormEvent) {
    event.preventDefault();
    setDone('');
    if (!body.trim()) return save.setErrors({ fields: { body: t('cases.validation.noteBody') } });
    save.run({ text: body.trim(), professionalOnly: canShield && shielded }, () => {
      setBody('');
      setDone(t('cases.notes.added'));
    });
  }

  return (
    <form noValidate onSubmit={submit} className="form inline-form" aria-labelledby="note-title">
      <h3 className="utrecht-heading-3" id="note-title">
        {t('cases.notes.addTitle')}
      </h3>
      <FormError errors={save.errors} fieldIds={ids} />
      <TextAreaField id={ids.body} label={t('cases.notes.body')} required value={body} onChange={setBody} error={save.errors.fields.body} />
      {canShield ? (
        <Checkbox
          id={ids.professionalOnly}
          label={t('cases.notes.shielded')}
          description={t('cases.notes.shieldedHint')}
          checked={shielded}
          onChange={setShielded}
          error={save.errors.fields.professionalOnly}
        />
      ) : null}
      <Button type="submit" variant="primary" busy={save.busy}>
        {t('cases.notes.submit')}
      </Button>
      <p className="utrecht-paragraph" role="status">
        {done}
      </p>
    </form>
  );
}
