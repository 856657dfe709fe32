// SCHEMA 2 (Bijlage 2): a real table of activities (rows: the eight fixed ones, three grouped under
// "Sociale vaardigheden", then the expert's own rows) against the support need, the implications for
// the demands of work, and what it is derived from (the basis text and the linked sources). Each row
// has a button that opens a modal dialog to edit it (focus back on the button afterwards); own rows are
// added with a label and can be removed. It keeps the support need apart from the end goal.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonGroup, FormError, Paragraph, TextAreaField, TextField, TitledSection } from '../../web/components';
import { fieldId } from '../../web/forms';
import { formatDateTime } from '../../web/format';
import { isSchema2Activity, SCHEMA2_ACTIVITIES, SCHEMA2_GROUP, type Schema2Activity } from '../domain';
import { judgementApi, useJudgementAction, useVersionBase, type JudgementPageData, type Schema2Body, type Schema2RowView } from './api';
import { schema2RowName, sourceNumbers } from './format';
import { ModalDialog, SignalBox, SourcePicker, textOrNull, useAnnounce, useReturnFocus } from './parts';

export const schema2ButtonId = (key: string) => `s2-${key}`;
const ADD_BUTTON = 's2-add';

/** The fixed activities in runs: the three social skills under one group header, the rest on their own. */
function activityGroups(): Array<{ group: 'social_skills' | null; keys: Schema2Activity[] }> {
  const runs: Array<{ group: 'social_skills' | null; keys: Schema2Activity[] }> = [];
  for (const key of SCHEMA2_ACTIVITIES) {
    const group = SCHEMA2_GROUP[key] ?? null;
    const last = runs[runs.length - 1];
    if (last && last.group === group) last.keys.push(key);
    else runs.push({ group, keys: [key] });
  }
  return runs;
}

export function Schema2Part({ page }: { page: JudgementPageData }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<{ key: string | null } | null>(null);
  const returnFocus = useReturnFocus(open !== null);
  const own = page.schema2.filter((r) => !isSchema2Activity(r.key));
  const signals = page.signals
    .filter((s) => s.code === 'schema2_without_basis' || s.code === 'stale_since_checkpoint')
    .map((s) => ({ code: s.code, refs: s.code === 'stale_since_checkpoint' ? s.refs.filter((r) => r.startsWith('s2:')) : s.refs }))
    .filter((s) => s.refs.length > 0);
  const stale = new Set(page.signals.find((s) => s.code === 'stale_since_checkpoint')?.refs ?? []);

  const row = (key: string, isOwn: boolean) => {
    const r = page.schema2.find((x) => x.key === key);
    const name = schema2RowName(t, page, key);
    const numbers = r ? sourceNumbers(page, r.evidenceIds) : null;
    const label = page.open ? t('judgement.schema2.edit') : t('judgement.schema2.view');
    return (
      <tr className={`utrecht-table__row${stale.has(`s2:${key}`) ? ' schema-row--stale' : ''}`} key={key}>
        <th scope="row" className="utrecht-table__header-cell schema-table__row-head">
          {name}
          {isOwn ? <span className="schema-table__own"> ({t('judgement.schema2.ownRow')})</span> : null}
          {stale.has(`s2:${key}`) ? (
            <span className="schema-cell__stale">
              <span aria-hidden="true">⟲ </span>
              {t('judgement.schema1.stale')}
            </span>
          ) : null}
        </th>
        <td className="utrecht-table__cell schema-cell pre-line">{r?.supportNeed ?? ''}</td>
        <td className="utrecht-table__cell schema-cell pre-line">{r?.workImplications ?? ''}</td>
        <td className="utrecht-table__cell schema-cell">
          {r?.basis ? <span className="schema-cell__text pre-line">{r.basis}</span> : null}
          {numbers ? <span className="schema-cell__sources">{t('judgement.common.sources')}: {numbers}</span> : null}
        </td>
        <td className="utrecht-table__cell">
          <button
            type="button"
            className="utrecht-button utrecht-button--subtle judgement-cell__button"
            id={schema2ButtonId(key)}
            aria-haspopup="dialog"
            aria-label={`${label}: ${name}`}
            onClick={() => setOpen({ key })}
          >
            {label}
          </button>
        </td>
      </tr>
    );
  };

  return (
    <TitledSection titleId="schema2-heading" focusable title={t('judgement.parts.schema2')} className="judgement-part">
      <Paragraph>{t('judgement.schema2.intro')}</Paragraph>
      <SignalBox signals={signals} page={page} />
      <div className="table-region table-scroll" role="region" aria-labelledby="schema2-caption" tabIndex={0}>
        <table className="utrecht-table utrecht-table--html-table judgement-table schema-table schema2">
          <caption className="utrecht-table__caption" id="schema2-caption">
            {t('judgement.schema2.caption')}
          </caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">{t('judgement.schema2.activity')}</th>
              <th scope="col" className="utrecht-table__header-cell schema-table__col">{t('judgement.schema2.supportNeed')}</th>
              <th scope="col" className="utrecht-table__header-cell schema-table__col">{t('judgement.schema2.workImplications')}</th>
              <th scope="col" className="utrecht-table__header-cell schema-table__col">{t('judgement.schema2.basis')}</th>
              <th scope="col" className="utrecht-table__header-cell">{t('judgement.schema2.actions')}</th>
            </tr>
          </thead>
          {activityGroups().map((run) => (
            <tbody className="utrecht-table__body" key={run.keys[0]}>
              {run.group ? (
                <tr className="utrecht-table__row schema-table__group-row">
                  <th scope="rowgroup" colSpan={5} className="utrecht-table__header-cell schema-table__group">
                    {t(`judgement.enums.schema2Group.${run.group}`)}
                  </th>
                </tr>
              ) : null}
              {run.keys.map((key) => row(key, false))}
            </tbody>
          ))}
          {own.length > 0 ? <tbody className="utrecht-table__body">{own.map((r) => row(r.key, true))}</tbody> : null}
        </table>
      </div>
      {page.open ? (
        <ButtonGroup>
          <Button id={ADD_BUTTON} aria-haspopup="dialog" onClick={() => setOpen({ key: null })}>
            {t('judgement.schema2.add')}
          </Button>
        </ButtonGroup>
      ) : null}
      {open ? (
        <Schema2Dialog
          page={page}
          row={open.key ? page.schema2.find((r) => r.key === open.key) : undefined}
          rowKey={open.key}
          onClose={(removed) => {
            returnFocus(open.key && !removed ? schema2ButtonId(open.key) : ADD_BUTTON);
            setOpen(null);
          }}
        />
      ) : null}
    </TitledSection>
  );
}

function Schema2Dialog({ page, row, rowKey, onClose }: { page: JudgementPageData; row: Schema2RowView | undefined; rowKey: string | null; onClose: (removed?: boolean) => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const isNew = rowKey === null;
  const isOwn = isNew || !isSchema2Activity(rowKey);
  const [label, setLabel] = useState(row?.label ?? '');
  const [supportNeed, setSupportNeed] = useState(row?.supportNeed ?? '');
  const [workImplications, setWorkImplications] = useState(row?.workImplications ?? '');
  const [basis, setBasis] = useState(row?.basis ?? '');
  const [evidenceIds, setEvidenceIds] = useState<string[]>(row?.evidenceIds ?? []);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const version = useVersionBase(row?.version ?? 0);
  const add = useJudgementAction(page.caseId, (b: Schema2Body & { label: string }) => judgementApi.addSchema2Row(page.caseId, b));
  const save = useJudgementAction(page.caseId, (b: Schema2Body & { version: number }) => judgementApi.saveSchema2Row(page.caseId, rowKey!, b), { onConflict: version.onConflict });
  const remove = useJudgementAction(page.caseId, () => judgementApi.removeSchema2Row(page.caseId, rowKey!));
  const action = isNew ? add : save;
  const prefix = 'schema2-dialog';
  const ids = { label: fieldId(prefix, 'label'), supportNeed: fieldId(prefix, 'supportNeed'), workImplications: fieldId(prefix, 'workImplications'), basis: fieldId(prefix, 'basis'), evidenceIds: fieldId(prefix, 'evidenceIds') };
  const name = isNew ? label : schema2RowName(t, page, rowKey);
  const title = isNew ? t('judgement.schema2.addTitle') : t('judgement.schema2.dialogTitle', { row: name });

  function submit(event: FormEvent) {
    event.preventDefault();
    const body: Schema2Body = { label: isOwn ? label : null, supportNeed: textOrNull(supportNeed), workImplications: textOrNull(workImplications), basis: textOrNull(basis), evidenceIds };
    if (isNew) {
      add.run({ ...body, label }, () => {
        announce(t('judgement.schema2.added', { row: label.trim() }));
        onClose();
      });
    } else {
      save.run({ ...body, version: version.base }, () => {
        announce(t('judgement.schema2.saved', { row: isOwn ? label.trim() : name }));
        onClose();
      });
    }
  }

  if (!page.open && row) {
    return (
      <ModalDialog titleId={`${prefix}-title`} title={title} onClose={() => onClose()}>
        <p className="utrecht-paragraph"><strong>{t('judgement.schema2.supportNeed')}:</strong> {row.supportNeed ?? ''}</p>
        <p className="utrecht-paragraph"><strong>{t('judgement.schema2.workImplications')}:</strong> {row.workImplications ?? ''}</p>
        <p className="utrecht-paragraph"><strong>{t('judgement.schema2.basis')}:</strong> {row.basis ?? ''} {sourceNumbers(page, row.evidenceIds) ?? ''}</p>
        <ButtonGroup>
          <Button onClick={() => onClose()}>{t('judgement.common.close')}</Button>
        </ButtonGroup>
      </ModalDialog>
    );
  }

  return (
    <ModalDialog titleId={`${prefix}-title`} title={title} onClose={() => onClose()}>
      {row ? <Paragraph className="muted">{t('judgement.common.changedBy', { name: row.updatedBy, when: formatDateTime(row.updatedAt) })}</Paragraph> : null}
      <form noValidate onSubmit={submit} className="form" aria-labelledby={`${prefix}-title`}>
        <FormError errors={confirmRemove ? remove.errors : action.errors} fieldIds={ids} />
        {isOwn ? <TextField id={ids.label} label={t('judgement.schema2.label')} description={t('judgement.schema2.labelHint')} required value={label} onChange={setLabel} error={action.errors.fields.label} /> : null}
        <TextAreaField id={ids.supportNeed} label={t('judgement.schema2.supportNeed')} rows={3} value={supportNeed} onChange={setSupportNeed} error={action.errors.fields.supportNeed} />
        <TextAreaField id={ids.workImplications} label={t('judgement.schema2.workImplications')} rows={3} value={workImplications} onChange={setWorkImplications} error={action.errors.fields.workImplications} />
        <TextAreaField id={ids.basis} label={t('judgement.schema2.basis')} description={t('judgement.schema2.basisHint')} rows={2} value={basis} onChange={setBasis} error={action.errors.fields.basis} />
        <SourcePicker id={ids.evidenceIds} page={page} legend={t('judgement.common.linkedSources')} values={evidenceIds} onChange={setEvidenceIds} error={action.errors.fields.evidenceIds} initial={row?.evidenceIds} />
        <ButtonGroup>
          <Button type="submit" variant="primary" busy={action.busy}>
            {t('judgement.common.save')}
          </Button>
          <Button variant="subtle" onClick={() => onClose()}>
            {t('common.cancel')}
          </Button>
          {!isNew && isOwn && !confirmRemove ? (
            <Button variant="danger" onClick={() => setConfirmRemove(true)} aria-label={t('judgement.schema2.removeRow', { row: name })}>
              {t('judgement.schema2.remove')}
            </Button>
          ) : null}
        </ButtonGroup>
        {confirmRemove ? (
          <div className="confirm-remove" role="group" aria-labelledby={`${prefix}-confirm`}>
            <p className="utrecht-paragraph" id={`${prefix}-confirm`}>{t('judgement.schema2.removeConfirm', { row: name })}</p>
            <ButtonGroup>
              <Button
                variant="danger"
                busy={remove.busy}
                autoFocus
                onClick={() => remove.run(undefined, () => {
                  announce(t('judgement.schema2.removed', { row: name }));
                  onClose(true);
                })}
              >
                {t('judgement.schema2.removeYes')}
              </Button>
              <Button variant="subtle" onClick={() => setConfirmRemove(false)}>
                {t('common.cancel')}
              </Button>
            </ButtonGroup>
          </div>
        ) : null}
      </form>
    </ModalDialog>
  );
}
