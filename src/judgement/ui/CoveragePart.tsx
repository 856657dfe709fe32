// The conversation model (Bijlage 1): the nine themes in a real table with their state (verkend, deels
// verkend, niet aangeraakt), the note, and links to the conversation notes and sources; a summary that
// names what is untouched and always says the picture is never complete (Bijlage 1: "niet volledig";
// §5: no independent touchstone for completeness). Each theme is edited in a modal dialog.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonGroup, FormError, Paragraph, TextAreaField, TitledSection } from '../../web/components';
import { fieldId } from '../../web/forms';
import { formatDate, formatDateTime } from '../../web/format';
import { CheckboxGroup, RadioGroup, SubmitRow } from '../../contact/ui/controls';
import { COVERAGE_THEMES, type CoverageTheme } from '../domain';
import { judgementApi, useJudgementAction, useVersionBase, type CoverageBody, type JudgementPageData } from './api';
import { listText } from './format';
import { ModalDialog, SourcePicker, SourceRefs, textOrNull, useAnnounce, useReturnFocus } from './parts';

const editButtonId = (theme: CoverageTheme) => `coverage-edit-${theme}`;

export function CoveragePart({ page }: { page: JudgementPageData }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState<CoverageTheme | null>(null);
  const returnFocus = useReturnFocus(editing !== null);
  const { summary } = page.coverage;
  const short = (theme: CoverageTheme) => t(`judgement.enums.coverageThemeShort.${theme}`);

  return (
    <TitledSection titleId="coverage-heading" focusable title={t('judgement.parts.coverage')} className="judgement-part">
      <Paragraph>{t('judgement.coverage.intro')}</Paragraph>
      <div className="table-region table-scroll" role="region" aria-labelledby="coverage-caption" tabIndex={0}>
        <table className="utrecht-table utrecht-table--html-table judgement-table">
          <caption className="utrecht-table__caption" id="coverage-caption">
            {t('judgement.coverage.caption')}
          </caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">{t('judgement.coverage.theme')}</th>
              <th scope="col" className="utrecht-table__header-cell">{t('judgement.coverage.state')}</th>
              <th scope="col" className="utrecht-table__header-cell">{t('judgement.coverage.note')}</th>
              <th scope="col" className="utrecht-table__header-cell">{t('judgement.coverage.links')}</th>
              {page.open ? <th scope="col" className="utrecht-table__header-cell">{t('judgement.coverage.actions')}</th> : null}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {COVERAGE_THEMES.map((theme) => {
              const row = page.coverage.themes.find((c) => c.theme === theme);
              const state = row?.state ?? 'untouched';
              const notes = (row?.noteIds ?? []).map((id) => page.notes.find((n) => n.id === id)).filter((n) => n !== undefined);
              return (
                <tr className={`utrecht-table__row coverage-row coverage-row--${state}`} key={theme}>
                  <th scope="row" className="utrecht-table__header-cell coverage-row__theme">
                    {t(`judgement.enums.coverageTheme.${theme}`)}
                  </th>
                  <td className="utrecht-table__cell">
                    <span className={`coverage-state coverage-state--${state}`}>{t(`judgement.enums.coverageState.${state}`)}</span>
                  </td>
                  <td className="utrecht-table__cell pre-line">{row?.note ?? ''}</td>
                  <td className="utrecht-table__cell">
                    {notes.length > 0 ? (
                      <ul className="plain-list">
                        {notes.map((n) => (
                          <li key={n.id}>{t('judgement.coverage.noteItem', { kind: t(`judgement.coverage.noteKind.${n.kind}`), date: formatDate(n.at), excerpt: n.excerpt })}</li>
                        ))}
                      </ul>
                    ) : null}
                    {row ? <SourceRefs page={page} ids={row.evidenceIds} /> : null}
                  </td>
                  {page.open ? (
                    <td className="utrecht-table__cell">
                      <button
                        type="button"
                        className="utrecht-button utrecht-button--subtle judgement-cell__button"
                        id={editButtonId(theme)}
                        aria-haspopup="dialog"
                        aria-label={t('judgement.coverage.editTheme', { theme: short(theme) })}
                        onClick={() => setEditing(theme)}
                      >
                        {t('judgement.common.edit')}
                      </button>
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="coverage-summary">
        <p className="utrecht-paragraph coverage-summary__title">{t('judgement.coverage.summaryTitle')}</p>
        <p className="utrecht-paragraph">
          {t('judgement.coverage.summaryCounts', { explored: summary.explored.length, partly: summary.partly.length, untouched: summary.untouched.length })}
        </p>
        <p className="utrecht-paragraph">
          {summary.untouched.length > 0 ? t('judgement.coverage.untouchedList', { themes: listText(i18n.language, summary.untouched.map(short)) }) : t('judgement.coverage.untouchedNone')}
        </p>
        <p className="utrecht-paragraph coverage-summary__never">{t('judgement.coverage.neverComplete')}</p>
      </div>
      {editing ? (
        <CoverageDialog
          page={page}
          theme={editing}
          onClose={() => {
            returnFocus(editButtonId(editing));
            setEditing(null);
          }}
        />
      ) : null}
    </TitledSection>
  );
}

function CoverageDialog({ page, theme, onClose }: { page: JudgementPageData; theme: CoverageTheme; onClose: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const row = page.coverage.themes.find((c) => c.theme === theme);
  const [state, setState] = useState<string>(row?.state ?? 'untouched');
  const [note, setNote] = useState(row?.note ?? '');
  const [noteIds, setNoteIds] = useState<string[]>(row?.noteIds ?? []);
  const [evidenceIds, setEvidenceIds] = useState<string[]>(row?.evidenceIds ?? []);
  const version = useVersionBase(row?.version ?? 0);
  const save = useJudgementAction(page.caseId, (body: CoverageBody) => judgementApi.saveCoverage(page.caseId, theme, body), { onConflict: version.onConflict });
  const prefix = 'coverage-dialog';
  const ids = { state: fieldId(prefix, 'state'), note: fieldId(prefix, 'note'), noteIds: fieldId(prefix, 'noteIds'), evidenceIds: fieldId(prefix, 'evidenceIds') };
  const name = t(`judgement.enums.coverageThemeShort.${theme}`);

  function submit(event: FormEvent) {
    event.preventDefault();
    const body: CoverageBody = state === 'untouched'
      ? { state: 'untouched', version: version.base }
      : { state: state as 'explored' | 'partly', note: textOrNull(note), noteIds, evidenceIds, version: version.base };
    save.run(body, () => {
      announce(t('judgement.coverage.saved', { theme: name }));
      onClose();
    });
  }

  return (
    <ModalDialog titleId={`${prefix}-title`} title={t('judgement.coverage.formTitle', { theme: name })} onClose={onClose}>
      <Paragraph className="muted">{t(`judgement.enums.coverageTheme.${theme}`)}</Paragraph>
      {row ? <Paragraph className="muted">{t('judgement.common.changedBy', { name: row.updatedBy, when: formatDateTime(row.updatedAt) })}</Paragraph> : null}
      <form noValidate onSubmit={submit} className="form" aria-labelledby={`${prefix}-title`}>
        <FormError errors={save.errors} fieldIds={ids} />
        <RadioGroup
          id={ids.state}
          name={ids.state}
          legend={t('judgement.coverage.stateLegend')}
          options={(['explored', 'partly', 'untouched'] as const).map((s) => ({ value: s, label: t(`judgement.enums.coverageState.${s}`) }))}
          value={state}
          onChange={setState}
        />
        {state !== 'untouched' ? (
          <>
            <TextAreaField id={ids.note} label={t('judgement.coverage.noteLabel')} rows={3} value={note} onChange={setNote} error={save.errors.fields.note} />
            {page.notes.length > 0 ? (
              <CheckboxGroup
                id={ids.noteIds}
                legend={t('judgement.coverage.notesLegend')}
                description={t('judgement.coverage.notesHint')}
                options={page.notes.map((n) => ({ value: n.id, label: t('judgement.coverage.noteItem', { kind: t(`judgement.coverage.noteKind.${n.kind}`), date: formatDate(n.at), excerpt: n.excerpt }) }))}
                values={noteIds}
                onChange={setNoteIds}
                error={save.errors.fields.noteIds}
              />
            ) : (
              <Paragraph className="muted">{t('judgement.coverage.noNotes')}</Paragraph>
            )}
            <SourcePicker id={ids.evidenceIds} page={page} legend={t('judgement.common.linkedSources')} values={evidenceIds} onChange={setEvidenceIds} error={save.errors.fields.evidenceIds} initial={row?.evidenceIds} />
          </>
        ) : null}
        <SubmitRow busy={save.busy} label={t('judgement.common.save')} onClose={onClose} />
      </form>
    </ModalDialog>
  );
}
