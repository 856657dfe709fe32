// SCHEMA 1 (Bijlage 2): a real table, the eight conversation themes as columns and the six analysis
// categories as rows in two row groups (level 1 belastend / kracht; level 2 how the client deals with
// it). Each cell shows its text and its linked B-numbers, is marked when not revisited since the last
// checkpoint, and has a button that opens a modal dialog to edit the text and the linked sources; focus
// returns to that button once the dialog is gone. The table scrolls sideways inside its own named,
// focusable region; the page itself never does.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SubmitRow } from '../../contact/ui/controls';
import { Button, ButtonGroup, FormError, Paragraph, TextAreaField, TitledSection } from '../../web/components';
import { fieldId } from '../../web/forms';
import { formatDateTime } from '../../web/format';
import { SCHEMA1_CATEGORIES, SCHEMA1_LEVEL, SCHEMA1_THEMES, schema1Ref, type Schema1Category, type Schema1Theme } from '../domain';
import { judgementApi, useJudgementAction, useVersionBase, type JudgementPageData } from './api';
import { sourceNumbers } from './format';
import { ModalDialog, SignalBox, SourcePicker, useAnnounce, useReturnFocus } from './parts';

export const schema1ButtonId = (theme: Schema1Theme, category: Schema1Category) => `s1-${theme}-${category}`;

export function Schema1Part({ page }: { page: JudgementPageData }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<{ theme: Schema1Theme; category: Schema1Category } | null>(null);
  const returnFocus = useReturnFocus(open !== null);
  const stale = new Set(page.signals.find((s) => s.code === 'stale_since_checkpoint')?.refs ?? []);
  // In the schema's own order: column by column, row by row.
  const order = SCHEMA1_THEMES.flatMap((theme) => SCHEMA1_CATEGORIES.map((category) => schema1Ref(theme, category) as string));
  const staleHere = page.signals
    .filter((s) => s.code === 'stale_since_checkpoint')
    .map((s) => ({ code: s.code, refs: s.refs.filter((r) => r.startsWith('s1:')).sort((a, b) => order.indexOf(a) - order.indexOf(b)) }))
    .filter((s) => s.refs.length > 0);
  const groups: Array<{ level: 1 | 2; label: string }> = [
    { level: 1, label: t('judgement.schema1.level1') },
    { level: 2, label: t('judgement.schema1.level2') },
  ];

  return (
    <TitledSection titleId="schema1-heading" focusable title={t('judgement.parts.schema1')} className="judgement-part">
      <Paragraph>{t('judgement.schema1.intro')}</Paragraph>
      {page.lastCheckpointAt ? <Paragraph className="muted">{t('judgement.schema1.staleLegend')}</Paragraph> : null}
      <SignalBox signals={staleHere} page={page} />
      <div className="table-region table-scroll" role="region" aria-labelledby="schema1-caption" tabIndex={0}>
        <table className="utrecht-table utrecht-table--html-table judgement-table schema-table schema1">
          <caption className="utrecht-table__caption" id="schema1-caption">
            {t('judgement.schema1.caption')}
          </caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell schema-table__corner">{t('judgement.schema1.category')}</th>
              {SCHEMA1_THEMES.map((theme) => (
                <th scope="col" className="utrecht-table__header-cell schema-table__col" key={theme}>
                  {t(`judgement.enums.schema1Theme.${theme}`)}
                </th>
              ))}
            </tr>
          </thead>
          {groups.map((group) => (
            <tbody className="utrecht-table__body" key={group.level}>
              <tr className="utrecht-table__row schema-table__group-row">
                <th scope="rowgroup" colSpan={SCHEMA1_THEMES.length + 1} className="utrecht-table__header-cell schema-table__group">
                  {group.label}
                </th>
              </tr>
              {SCHEMA1_CATEGORIES.filter((c) => SCHEMA1_LEVEL[c] === group.level).map((category) => (
                <tr className="utrecht-table__row" key={category}>
                  <th scope="row" className="utrecht-table__header-cell schema-table__row-head">
                    {t(`judgement.enums.schema1Category.${category}`)}
                  </th>
                  {SCHEMA1_THEMES.map((theme) => {
                    const cell = page.schema1.find((c) => c.theme === theme && c.category === category);
                    const ref = schema1Ref(theme, category);
                    const isStale = stale.has(ref);
                    const numbers = cell ? sourceNumbers(page, cell.evidenceIds) : null;
                    const label = page.open ? t('judgement.schema1.edit') : t('judgement.schema1.view');
                    return (
                      <td className={`utrecht-table__cell schema-cell${cell ? ' schema-cell--filled' : ''}${isStale ? ' schema-cell--stale' : ''}`} key={theme}>
                        {cell ? <span className="schema-cell__text pre-line">{cell.body}</span> : <span className="schema-cell__empty muted">{t('judgement.schema1.empty')}</span>}
                        {numbers ? <span className="schema-cell__sources">{t('judgement.common.sources')}: {numbers}</span> : null}
                        {isStale ? (
                          <span className="schema-cell__stale">
                            <span aria-hidden="true">⟲ </span>
                            {t('judgement.schema1.stale')}
                          </span>
                        ) : null}
                        <button
                          type="button"
                          className="utrecht-button utrecht-button--subtle judgement-cell__button"
                          id={schema1ButtonId(theme, category)}
                          aria-haspopup="dialog"
                          aria-label={`${label}: ${t(`judgement.enums.schema1Theme.${theme}`)} · ${t(`judgement.enums.schema1Category.${category}`)}`}
                          onClick={() => setOpen({ theme, category })}
                        >
                          {label}
                        </button>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
      {open ? (
        <Schema1Dialog
          page={page}
          theme={open.theme}
          category={open.category}
          onClose={() => {
            returnFocus(schema1ButtonId(open.theme, open.category));
            setOpen(null);
          }}
        />
      ) : null}
    </TitledSection>
  );
}

function Schema1Dialog({ page, theme, category, onClose }: { page: JudgementPageData; theme: Schema1Theme; category: Schema1Category; onClose: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const cell = page.schema1.find((c) => c.theme === theme && c.category === category);
  const [body, setBody] = useState(cell?.body ?? '');
  const [evidenceIds, setEvidenceIds] = useState<string[]>(cell?.evidenceIds ?? []);
  const version = useVersionBase(cell?.version ?? 0);
  const save = useJudgementAction(page.caseId, (b: { body: string; evidenceIds: string[]; version: number }) => judgementApi.saveSchema1(page.caseId, theme, category, b), { onConflict: version.onConflict });
  const prefix = 'schema1-dialog';
  const ids = { body: fieldId(prefix, 'body'), evidenceIds: fieldId(prefix, 'evidenceIds') };
  const names = { theme: t(`judgement.enums.schema1Theme.${theme}`), category: t(`judgement.enums.schema1Category.${category}`) };

  function submit(event: FormEvent) {
    event.preventDefault();
    save.run({ body, evidenceIds, version: version.base }, () => {
      announce(t('judgement.schema1.saved', names));
      onClose();
    });
  }

  return (
    <ModalDialog titleId={`${prefix}-title`} title={t('judgement.schema1.dialogTitle', names)} onClose={onClose}>
      {cell ? <Paragraph className="muted">{t('judgement.common.changedBy', { name: cell.updatedBy, when: formatDateTime(cell.updatedAt) })}</Paragraph> : null}
      {page.open ? (
        <form noValidate onSubmit={submit} className="form" aria-labelledby={`${prefix}-title`}>
          <FormError errors={save.errors} fieldIds={ids} />
          <TextAreaField id={ids.body} label={t('judgement.schema1.text')} description={t('judgement.schema1.textHint')} rows={4} value={body} onChange={setBody} error={save.errors.fields.body} />
          <SourcePicker id={ids.evidenceIds} page={page} legend={t('judgement.common.linkedSources')} values={evidenceIds} onChange={setEvidenceIds} error={save.errors.fields.evidenceIds} initial={cell?.evidenceIds} />
          <SubmitRow busy={save.busy} label={t('judgement.common.save')} onClose={onClose} />
        </form>
      ) : (
        <>
          <p className="utrecht-paragraph pre-line">{cell?.body ?? t('judgement.schema1.empty')}</p>
          <p className="utrecht-paragraph">{t('judgement.common.linkedSources')}: {(cell && sourceNumbers(page, cell.evidenceIds)) ?? t('judgement.common.noneLinked')}</p>
          <ButtonGroup>
            <Button onClick={onClose}>{t('judgement.common.close')}</Button>
          </ButtonGroup>
        </>
      )}
    </ModalDialog>
  );
}
