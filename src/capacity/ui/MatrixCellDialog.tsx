// The small dialog of one matrix cell: the item's wording at hand (definition, the person's level and
// the work's, with their boundaries), the computed outcome, and the expert's note and judgement with
// its reason. A modal <dialog>: focus moves to its heading, Escape or "Annuleren" closes it, and the
// caller puts focus back on the cell's button.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonGroup, DataList, FormError, Paragraph, TextAreaField } from '../../web/components';
import { fieldId } from '../../web/forms';
import { formatDateTime } from '../../web/format';
import { RadioGroup } from '../../contact/ui/controls';
import type { CatalogueItem } from '../catalogue';
import { JUDGED_CONCLUSIONS, NOTE_MAX, REASON_MAX, REASON_MIN, type JudgedConclusion } from '../domain';
import { capacityApi, useCapacityAction, withLabels, type CellBody, type CellView, type FmlView, type ProfileView } from './api';
import { capacityText, computedWords, demandText, inLang, SYMBOLS } from './capacity-format';

const PREFIX = 'cell-dialog';
const NONE = 'none';

export function MatrixCellDialog({ caseId, item, profile, cell, fml, readOnly, onClose }: {
  caseId: string;
  item: CatalogueItem;
  profile: ProfileView;
  cell: CellView | undefined;
  fml: FmlView | undefined;
  readOnly: boolean;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const ref = useRef<HTMLDialogElement>(null);
  const [note, setNote] = useState(cell?.note ?? '');
  const [judgement, setJudgement] = useState<string>(cell?.judgement?.conclusion ?? NONE);
  const [reason, setReason] = useState(cell?.judgement?.reason ?? '');
  const save = useCapacityAction(caseId, (body: CellBody) => capacityApi.saveCell(caseId, profile.id, item.code, body));
  const ids = { note: fieldId(PREFIX, 'note'), judgement: fieldId(PREFIX, 'judgement'), reason: fieldId(PREFIX, 'reason') };
  const titleId = `${PREFIX}-title`;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    document.getElementById(titleId)?.focus();
    return () => {
      if (dialog.open) dialog.close();
    };
  }, [titleId]);

  const capacity = fml?.values[item.code];
  const demand = profile.demands[item.code];
  const boundary = (level: number | undefined) => (item.kind === 'ordinal' && level !== undefined ? inLang(item.levels[level]?.boundary, lang) : null);
  const capacityBoundary = boundary(capacity?.kind === 'ordinal' ? capacity.level : undefined);
  const demandBoundary = boundary(demand?.kind === 'ordinal' ? demand.level : undefined);

  function submit(event: FormEvent) {
    event.preventDefault();
    const body: CellBody = {
      note: note.trim() === '' ? null : note,
      override: judgement === NONE ? null : { conclusion: judgement as JudgedConclusion, reason },
    };
    save.run(body, onClose);
  }

  return (
    <dialog
      ref={ref}
      className="modal-dialog cell-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="modal-dialog__body">
        <h2 className="utrecht-heading-2 modal-dialog__title" id={titleId} tabIndex={-1}>
          {t('capacity.cellDialog.title', { item: `${item.code} ${inLang(item.label, lang)}`, profile: profile.name })}
        </h2>
        {item.definition ? <Paragraph className="muted">{inLang(item.definition, lang)}</Paragraph> : null}
        <DataList
          items={[
            {
              key: 'capacity',
              label: t('capacity.cellDialog.capacity'),
              value: (
                <>
                  {capacityText(t, lang, item, capacity)}
                  {capacityBoundary ? <span className="cell-dialog__boundary">{capacityBoundary}</span> : null}
                </>
              ),
            },
            {
              key: 'demand',
              label: t('capacity.cellDialog.demand'),
              value: (
                <>
                  {demandText(t, lang, item, demand)}
                  {demandBoundary ? <span className="cell-dialog__boundary">{demandBoundary}</span> : null}
                </>
              ),
            },
            {
              key: 'computed',
              label: t('capacity.cellDialog.computed'),
              value: cell ? (
                <>
                  <span aria-hidden="true">{SYMBOLS[cell.computed.outcome]} </span>
                  {computedWords(t, lang, item, cell.computed)}
                </>
              ) : t('capacity.matrix.notComparable'),
            },
            ...(cell?.changed ? [{ key: 'changed', label: t('capacity.cellDialog.changed'), value: t('capacity.cellDialog.changedValue', { name: cell.changed.by, when: formatDateTime(cell.changed.updatedAt) }) }] : []),
          ]}
        />
        {readOnly ? (
          <>
            <DataList
              items={[
                { key: 'judgement', label: t('capacity.cellDialog.judgement'), value: cell?.judgement ? `${t(`capacity.judged.${cell.judgement.conclusion}`)}: ${cell.judgement.reason}` : t('capacity.cellDialog.noJudgement') },
                { key: 'note', label: t('capacity.cellDialog.note'), value: cell?.note ?? t('capacity.cellDialog.noNote') },
              ]}
            />
            <ButtonGroup>
              <Button onClick={onClose}>{t('capacity.cellDialog.close')}</Button>
            </ButtonGroup>
          </>
        ) : (
          <form noValidate onSubmit={submit} className="form cell-dialog__form" aria-labelledby={titleId}>
            <FormError errors={withLabels(save.errors, { note: t('capacity.cellDialog.note'), override: t('capacity.cellDialog.reason') })} fieldIds={{ note: ids.note, override: ids.reason }} />
            <TextAreaField id={ids.note} label={t('capacity.cellDialog.note')} rows={3} maxLength={NOTE_MAX} value={note} onChange={setNote} error={save.errors.fields.note} />
            <RadioGroup
              id={ids.judgement}
              name={ids.judgement}
              legend={t('capacity.cellDialog.judgement')}
              description={t('capacity.cellDialog.judgementHint')}
              options={[
                { value: NONE, label: t('capacity.cellDialog.noOverride') },
                ...JUDGED_CONCLUSIONS.map((c) => ({
                  value: c,
                  label: (
                    <>
                      <span aria-hidden="true">{SYMBOLS[c]} </span>
                      {t(`capacity.judged.${c}`)}
                    </>
                  ),
                })),
              ]}
              value={judgement}
              onChange={setJudgement}
            />
            <TextAreaField
              id={ids.reason}
              label={t('capacity.cellDialog.reason')}
              description={t('capacity.cellDialog.reasonHint', { min: REASON_MIN })}
              rows={3}
              maxLength={REASON_MAX}
              required={judgement !== NONE}
              markOptional={false}
              value={reason}
              onChange={setReason}
              error={save.errors.fields.override}
            />
            <ButtonGroup>
              <Button type="submit" variant="primary" busy={save.busy}>
                {t('capacity.cellDialog.save')}
              </Button>
              <Button variant="subtle" onClick={onClose}>
                {t('common.cancel')}
              </Button>
            </ButtonGroup>
          </form>
        )}
      </div>
    </dialog>
  );
}
