// Willingness and ability (Figure 1): an accessible 5 × 5 table, willingness from "duidelijk onwil" to
// "duidelijk willen" (columns) against ability from "duidelijk onkunde" to "duidelijk kunnen" (rows),
// with the newest placement marked in words; the history below. Placing takes two radio groups, a
// written argument and linked sources; the form says up front that toward unwillingness the sources are
// required, and the seed's caution stays in sight: the distinction "often rests on a feeling".
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonGroup, Heading, Paragraph, TextAreaField, TitledForm, TitledSection } from '../../web/components';
import { fieldId } from '../../web/forms';
import { formatDateTime } from '../../web/format';
import { focusWhenPresent, RadioGroup, SubmitRow } from '../../contact/ui/controls';
import { AXIS_POSITIONS } from '../domain';
import { judgementApi, useJudgementAction, type JudgementPageData, type PlacementBody } from './api';
import { SignalBox, SourcePicker, SourceRefs, useAnnounce, useOpenForm } from './parts';

const WILLINGNESS = [...AXIS_POSITIONS];
const ABILITY = [...AXIS_POSITIONS].reverse();

export function PlacementPart({ page }: { page: JudgementPageData }) {
  const { t } = useTranslation();
  const { open, setOpen, close } = useOpenForm<'place'>();
  const placing = open === 'place';
  const newest = page.placements[0];
  const w = (n: number) => t(`judgement.enums.willingness.${n}`);
  const a = (n: number) => t(`judgement.enums.ability.${n}`);
  const signals = page.signals.filter((s) => s.code === 'placement_unwilling');
  return (
    <TitledSection titleId="placement-heading" focusable title={t('judgement.parts.placement')} className="judgement-part">
      <Paragraph className="placement-caution">{t('judgement.placement.intro')}</Paragraph>
      <SignalBox signals={signals} page={page} />
      <div className="table-region table-scroll" role="region" aria-labelledby="placement-caption" tabIndex={0}>
        <table className="utrecht-table utrecht-table--html-table judgement-table placement-grid">
          <caption className="utrecht-table__caption" id="placement-caption">
            {t('judgement.placement.caption')}
          </caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell placement-grid__corner">{t('judgement.placement.corner')}</th>
              {WILLINGNESS.map((n) => (
                <th scope="col" className="utrecht-table__header-cell" key={n}>
                  <span className="placement-grid__axis">{t('judgement.placement.willingness')} {n > 0 ? `+${n}` : n}</span> {w(n)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {ABILITY.map((ability) => (
              <tr className="utrecht-table__row" key={ability}>
                <th scope="row" className="utrecht-table__header-cell">
                  <span className="placement-grid__axis">{t('judgement.placement.ability')} {ability > 0 ? `+${ability}` : ability}</span> {a(ability)}
                </th>
                {WILLINGNESS.map((willingness) => {
                  const here = newest && newest.willingness === willingness && newest.ability === ability;
                  return (
                    <td className={`utrecht-table__cell placement-grid__cell${here ? ' placement-grid__cell--current' : ''}${willingness < 0 ? ' placement-grid__cell--unwilling' : ''}`} key={willingness}>
                      {here ? (
                        <span>
                          <span aria-hidden="true">● </span>
                          {t('judgement.placement.current')}
                        </span>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {newest ? (
        <Paragraph>
          <strong>{t('judgement.placement.currentSr', { willingness: w(newest.willingness), ability: a(newest.ability) })}</strong>
        </Paragraph>
      ) : (
        <Paragraph className="muted">{t('judgement.placement.noPlacement')}</Paragraph>
      )}
      <Heading level={3}>{t('judgement.placement.historyTitle')}</Heading>
      {page.placements.length === 0 ? <Paragraph className="muted">{t('judgement.placement.historyNone')}</Paragraph> : (
        <ol className="placement-history">
          {page.placements.map((p) => (
            <li key={p.id}>
              <p className="utrecht-paragraph">
                <strong>{t('judgement.placement.historyItem', { willingness: w(p.willingness), ability: a(p.ability) })}</strong> — {t('judgement.common.by', { name: p.placedBy, when: formatDateTime(p.placedAt) })}
              </p>
              <p className="utrecht-paragraph pre-line">{p.argument}</p>
              <p className="utrecht-paragraph"><SourceRefs page={page} ids={p.evidenceIds} /></p>
            </li>
          ))}
        </ol>
      )}
      {page.open ? (
        placing ? (
          <PlacementForm page={page} onClose={() => close('place', 'placement-open')} onSaved={() => close('place', 'placement-heading')} />
        ) : (
          <ButtonGroup>
            <Button id="placement-open" onClick={() => { setOpen('place'); focusWhenPresent('placement-form-title'); }}>
              {t('judgement.placement.formTitle')}
            </Button>
          </ButtonGroup>
        )
      ) : null}
    </TitledSection>
  );
}

function PlacementForm({ page, onClose, onSaved }: { page: JudgementPageData; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [willingness, setWillingness] = useState('');
  const [ability, setAbility] = useState('');
  const [argument, setArgument] = useState('');
  const [evidenceIds, setEvidenceIds] = useState<string[]>([]);
  const place = useJudgementAction(page.caseId, (b: PlacementBody) => judgementApi.place(page.caseId, b));
  const prefix = 'placement-form';
  const ids = { willingness: fieldId(prefix, 'willingness'), ability: fieldId(prefix, 'ability'), argument: fieldId(prefix, 'argument'), evidenceIds: fieldId(prefix, 'evidenceIds') };
  const unwilling = willingness !== '' && Number(willingness) < 0;

  function submit(event: FormEvent) {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (willingness === '') missing.willingness = `${t('judgement.placement.willingnessLegend')}: ${t('judgement.placement.chooseBoth')}`;
    if (ability === '') missing.ability = `${t('judgement.placement.abilityLegend')}: ${t('judgement.placement.chooseBoth')}`;
    if (Object.keys(missing).length > 0) return place.setErrors({ fields: missing });
    place.run({ willingness: Number(willingness), ability: Number(ability), argument, evidenceIds }, () => {
      announce(t('judgement.placement.placed'));
      onSaved();
    });
  }

  return (
    <TitledForm titleId={`${prefix}-title`} focusable className="form inline-form" title={t('judgement.placement.formTitle')} onSubmit={submit} errors={place.errors} fieldIds={ids}
      intro={t('judgement.placement.unwillingRule')}>
      <RadioGroup id={ids.willingness} name={ids.willingness} legend={t('judgement.placement.willingnessLegend')} required value={willingness} onChange={setWillingness} error={place.errors.fields.willingness}
        options={WILLINGNESS.map((n) => ({ value: String(n), label: `${n > 0 ? `+${n}` : n} ${t(`judgement.enums.willingness.${n}`)}` }))} />
      <RadioGroup id={ids.ability} name={ids.ability} legend={t('judgement.placement.abilityLegend')} required value={ability} onChange={setAbility} error={place.errors.fields.ability}
        options={[...AXIS_POSITIONS].map((n) => ({ value: String(n), label: `${n > 0 ? `+${n}` : n} ${t(`judgement.enums.ability.${n}`)}` }))} />
      <TextAreaField id={ids.argument} label={t('judgement.placement.argument')} description={t('judgement.placement.argumentHint')} required rows={3} value={argument} onChange={setArgument} error={place.errors.fields.argument} />
      <SourcePicker id={ids.evidenceIds} page={page} legend={unwilling ? t('judgement.placement.sourcesUnwilling') : t('judgement.common.linkedSources')} values={evidenceIds} onChange={setEvidenceIds} error={place.errors.fields.evidenceIds} />
      <SubmitRow busy={place.busy} label={t('judgement.placement.submit')} onClose={onClose} />
    </TitledForm>
  );
}
