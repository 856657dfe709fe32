// The gesprekskompas (seed 002 §4): per theme (Ervaringen, Behoeften, Toekomst) example questions to
// draw from, the labour expert's notes, and beside them the client's own words from "Ons gesprek";
// below, the working alliance (§3) as a reflection aid, with "binding first" when friction shows (§5),
// and the history of every reflection kept for the case.
// Per conversation (`?contact=`) or for the case as a whole.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { isApiError } from '../../web/api';
import type { Contact } from '../../web/api-types';
import { Alert, Button, FormError, Heading, PageHeading, Paragraph, SelectField, TextAreaField, TitledSection } from '../../web/components';
import { fieldId } from '../../web/forms';
import { formatDateTime } from '../../web/format';
import { NotFoundPage } from '../../web/pages/NotFoundPage';
import { useCase } from '../../cases/ui/useCase';
import { CheckboxGroup, focusWhenPresent } from '../../contact/ui/controls';
import { ALLIANCE_ELEMENTS, FRICTION_SIGNALS, NOTE_MAX, THEMES, type AllianceElement, type FrictionSignal, type Theme } from '../domain';
import {
  conversationApi, useCompass, useConversationAction, useQuestions, type AllianceRecord, type AllianceSuggestion, type CompassTheme, type ExampleQuestions,
} from './api';
import { AllianceHistory } from './AllianceHistory';
import { ALLIANCE_EXAMPLES, allianceNotes, casePagePath, contactFromSearch, textLength } from './helpers';
import { conversationOptions, LostText } from './parts';
import './conversation.css';

const SELECT_ID = 'compass-conversation';

export function CompassPage() {
  const { t } = useTranslation();
  const { caseId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const contactId = contactFromSearch(search);
  const caseQuery = useCase(caseId);
  const compass = useCompass(caseId, contactId);
  const questions = useQuestions();

  if (caseQuery.isError && isApiError(caseQuery.error) && (caseQuery.error.status === 404 || caseQuery.error.status === 400)) return <NotFoundPage />;
  const data = caseQuery.data;
  const contacts = data?.contacts ?? [];
  const unknownContact = Boolean(data && contactId && !contacts.some((c) => c.id === contactId));
  // The notes are kept per conversation: a form's state belongs to the one it was opened for.
  const scope = contactId ?? 'case';

  return (
    <div className="page compass-page">
      <PageHeading>{data ? t('conversation.compass.titleFor', { reference: data.reference, name: data.client.fullName }) : t('conversation.compass.title')}</PageHeading>
      <Paragraph>
        <Link className="utrecht-link utrecht-link--html-a" to={casePagePath(caseId)}>
          {data ? t('conversation.common.backToCase', { reference: data.reference }) : t('contact.backToCaseShort')}
        </Link>
      </Paragraph>
      <Paragraph className="conversation-intro">{t('conversation.compass.intro')}</Paragraph>
      {caseQuery.isError ? <Alert type="error">{caseQuery.error.message}</Alert> : null}
      {data ? (
        <div className="form">
          <SelectField
            id={SELECT_ID}
            label={t('conversation.compass.conversation')}
            description={t('conversation.compass.conversationHint')}
            markOptional={false}
            value={contactId ?? ''}
            options={conversationOptions(t, contacts, contactId)}
            onChange={(value) => setSearch(value ? { contact: value } : {}, { replace: true })}
          />
        </div>
      ) : null}
      {unknownContact ? <Alert type="warning">{t('conversation.compass.unknownContact')}</Alert> : null}
      {compass.isPending || caseQuery.isPending ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {compass.isError && !unknownContact ? <Alert type="error">{compass.error.message}</Alert> : null}
      {compass.data ? (
        <>
          <nav className="section-nav" aria-label={t('conversation.compass.themesNav')}>
            <ul className="section-nav__list">
              {[...THEMES, 'alliance' as const].map((id) => (
                <li key={id}>
                  <a
                    className="utrecht-link utrecht-link--html-a"
                    href={`#${id}-heading`}
                    onClick={(event) => {
                      event.preventDefault();
                      const heading = document.getElementById(`${id}-heading`);
                      heading?.scrollIntoView({ block: 'start' });
                      heading?.focus();
                    }}
                  >
                    {id === 'alliance' ? t('conversation.alliance.title') : t(`conversation.themes.${id}.title`)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {compass.data.themes.map((entry) => (
            <ThemeSection key={`${scope}-${entry.theme}`} caseId={caseId} contactId={contactId} entry={entry} questions={questions.data} />
          ))}
          <AllianceSection key={scope} caseId={caseId} contactId={contactId} alliance={compass.data.alliance} contacts={contacts} />
        </>
      ) : null}
    </div>
  );
}

function ThemeSection({ caseId, contactId, entry, questions }: { caseId: string; contactId: string | null; entry: CompassTheme; questions: ExampleQuestions | undefined }) {
  const { t, i18n } = useTranslation();
  const theme = entry.theme;
  const examples = questions?.themes.find((q) => q.theme === theme)?.questions ?? [];
  return (
    <TitledSection className="compass-theme" titleId={`${theme}-heading`} focusable title={t(`conversation.themes.${theme}.title`)}>
      <p className="utrecht-paragraph compass-theme__subtitle">{t(`conversation.themes.${theme}.subtitle`)}</p>
      <div className="compass-theme__columns">
        <div>
          {examples.length > 0 ? (
            <div className="compass-questions">
              <Heading level={3}>{t('conversation.compass.questions')}</Heading>
              <p className="utrecht-paragraph muted">{t('conversation.compass.questionsHint')}</p>
              <ul className="compass-questions__list">
                {examples.map((q) => (
                  <li key={q.nl}>{i18n.language === 'en' ? q.en : q.nl}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <ThemeNotes caseId={caseId} contactId={contactId} theme={theme} note={entry.note} />
        </div>
        <ClientWords words={entry.clientWords} />
      </div>
    </TitledSection>
  );
}

/** The client's own words, read-only and marked as theirs. Not a landmark: three would share a name. */
function ClientWords({ words }: { words: CompassTheme['clientWords'] }) {
  const { t } = useTranslation();
  const hasText = Boolean(words && words.body.trim().length > 0);
  return (
    <div className="client-words">
      <Heading level={3}>{t('conversation.compass.clientWords')}</Heading>
      {words && hasText ? (
        <>
          <blockquote className="client-words__body">{words.body}</blockquote>
          <p className="client-words__source">{t('conversation.compass.clientWordsSource', { when: formatDateTime(words.updatedAt) })}</p>
        </>
      ) : (
        <p className="utrecht-paragraph muted">{t('conversation.compass.clientWordsEmpty')}</p>
      )}
    </div>
  );
}

function ThemeNotes({ caseId, contactId, theme, note }: { caseId: string; contactId: string | null; theme: Theme; note: CompassTheme['note'] }) {
  const { t } = useTranslation();
  const savedBody = note?.body ?? '';
  const savedVersion = note?.version ?? 0;
  const [body, setBody] = useState(savedBody);
  const [version, setVersion] = useState(savedVersion);
  const [lost, setLost] = useState<string | null>(null);
  const [justSaved, setJustSaved] = useState(false);
  // A newer version from the server (after our save, or someone else's) replaces the text in the field.
  if (version !== savedVersion) {
    setVersion(savedVersion);
    setBody(savedBody);
  }
  const save = useConversationAction(caseId, (args: { body: string; version: number }) => conversationApi.saveNote(caseId, theme, { contactId, ...args }), {
    fallbackField: 'body',
    onConflict: (args) => setLost(args.body),
    conflictMessage: t('conversation.compass.stale'),
  });
  const themeName = t(`conversation.themes.${theme}.title`);
  const bodyId = fieldId(`compass-${theme}`, 'body');
  const dirty = body !== savedBody;

  function submit(event: FormEvent) {
    event.preventDefault();
    setJustSaved(false);
    if (textLength(body) > NOTE_MAX) return save.setErrors({ fields: { body: t('conversation.compass.tooLong', { max: NOTE_MAX }) } });
    setLost(null);
    save.run({ body, version }, () => setJustSaved(true));
  }

  const status = justSaved && !dirty
    ? t('conversation.compass.saved', { theme: themeName })
    : dirty
      ? t('conversation.common.unsaved')
      : note
        ? t('conversation.compass.lastSaved', { when: formatDateTime(note.updatedAt) })
        : t('conversation.compass.notSavedYet');

  return (
    <form className="form" noValidate onSubmit={submit}>
      <FormError errors={save.errors} fieldIds={{ body: bodyId }} />
      <TextAreaField
        id={bodyId}
        label={t('conversation.compass.notes', { theme: themeName })}
        description={t('conversation.common.count', { count: textLength(body), max: NOTE_MAX })}
        markOptional={false}
        rows={8}
        value={body}
        onChange={(value) => {
          setBody(value);
          setJustSaved(false);
        }}
        error={save.errors.fields.body}
      />
      {lost !== null ? <LostText texts={[lost]} /> : null}
      <Button type="submit" variant="primary" busy={save.busy}>
        {t('conversation.compass.save', { theme: themeName })}
      </Button>
      <p className={`save-status${dirty ? ' unsaved-mark' : ''}`} role="status">
        {status}
      </p>
    </form>
  );
}

function AllianceSection({ caseId, contactId, alliance, contacts }: { caseId: string; contactId: string | null; alliance: AllianceRecord | null; contacts: readonly Contact[] }) {
  const { t } = useTranslation();
  const [recordedAt, setRecordedAt] = useState(alliance?.recordedAt ?? null);
  const [notes, setNotes] = useState<Partial<Record<AllianceElement, string>>>(alliance?.notes ?? {});
  const [signals, setSignals] = useState<FrictionSignal[]>(alliance?.frictionSignals ?? []);
  const [answer, setAnswer] = useState<{ suggestion: AllianceSuggestion } | null>(null);
  // A newer reflection from the server (after saving) becomes the form's content.
  if ((alliance?.recordedAt ?? null) !== recordedAt) {
    setRecordedAt(alliance?.recordedAt ?? null);
    setNotes(alliance?.notes ?? {});
    setSignals(alliance?.frictionSignals ?? []);
  }
  const save = useConversationAction(caseId, (body: { notes: Partial<Record<AllianceElement, string>>; frictionSignals: FrictionSignal[] }) =>
    conversationApi.recordAlliance(caseId, { contactId, ...body }));
  const suggestion = answer ? answer.suggestion : (alliance?.suggestion ?? null);
  const ids: Record<string, string> = Object.fromEntries(ALLIANCE_ELEMENTS.map((e) => [`notes.${e}`, fieldId('alliance', `notes.${e}`)]));
  ids.frictionSignals = fieldId('alliance', 'frictionSignals');

  function submit(event: FormEvent) {
    event.preventDefault();
    setAnswer(null);
    const fields: Record<string, string> = {};
    for (const element of ALLIANCE_ELEMENTS) if (textLength(notes[element] ?? '') > NOTE_MAX) fields[`notes.${element}`] = t('conversation.compass.tooLong', { max: NOTE_MAX });
    if (Object.keys(fields).length > 0) return save.setErrors({ fields });
    save.run({ notes: allianceNotes(notes), frictionSignals: signals }, (result) => {
      setAnswer(result);
      focusWhenPresent(result.suggestion ? 'alliance-suggestion' : 'alliance-saved');
    });
  }

  return (
    <TitledSection className="compass-theme" titleId="alliance-heading" focusable title={t('conversation.alliance.title')}>
      <Paragraph className="conversation-intro">{t('conversation.alliance.intro')}</Paragraph>
      {suggestion === 'turn_to_bond_first' ? (
        <Alert type="info" id="alliance-suggestion">
          <p className="utrecht-paragraph">
            <strong>{t('conversation.alliance.bondFirstTitle')}</strong>
          </p>
          <p className="utrecht-paragraph">{t('conversation.alliance.bondFirst')}</p>
        </Alert>
      ) : null}
      <p className="save-status" id="alliance-saved" tabIndex={-1} role="status">
        {answer ? `${t('conversation.alliance.saved')} ` : ''}
        {alliance ? t('conversation.alliance.recorded', { when: formatDateTime(alliance.recordedAt) }) : t('conversation.alliance.none')}
      </p>
      <form className="form" noValidate onSubmit={submit}>
        <FormError errors={save.errors} fieldIds={ids} />
        {ALLIANCE_ELEMENTS.map((element) => {
          const title = t(`conversation.alliance.elements.${element}.title`);
          const examples = ALLIANCE_EXAMPLES[element];
          return (
            <div className="alliance-element" key={element}>
              <Heading level={3}>{title}</Heading>
              <p className="utrecht-paragraph alliance-element__what">{t(`conversation.alliance.elements.${element}.what`)}</p>
              {examples.length > 0 ? (
                <>
                  <p className="utrecht-paragraph alliance-element__what">{t('conversation.alliance.examples')}:</p>
                  <ul className="alliance-element__examples">
                    {examples.map((key) => (
                      <li key={key}>{t(`conversation.alliance.elements.${element}.examples.${key}`)}</li>
                    ))}
                  </ul>
                </>
              ) : null}
              {element === 'friction' ? (
                <CheckboxGroup
                  id={ids.frictionSignals ?? ''}
                  legend={t('conversation.alliance.signals')}
                  description={t('conversation.alliance.signalsHint')}
                  options={FRICTION_SIGNALS.map((signal) => ({ value: signal, label: t(`conversation.alliance.signal.${signal}`) }))}
                  values={signals}
                  onChange={(values) => setSignals(values as FrictionSignal[])}
                  error={save.errors.fields.frictionSignals}
                />
              ) : null}
              <TextAreaField
                id={ids[`notes.${element}`]}
                label={t('conversation.alliance.note', { element: title.toLowerCase() })}
                rows={3}
                value={notes[element] ?? ''}
                onChange={(value) => setNotes((current) => ({ ...current, [element]: value }))}
                error={save.errors.fields[`notes.${element}`]}
              />
            </div>
          );
        })}
        <Button type="submit" variant="primary" busy={save.busy}>
          {t('conversation.alliance.save')}
        </Button>
      </form>
      <AllianceHistory caseId={caseId} contacts={contacts} />
    </TitledSection>
  );
}
