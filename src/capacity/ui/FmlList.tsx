// The FMLs of the case side by side, newest first: date, author's role, circumstances, version label,
// who recorded it, and Passend's warnings in plain words ("a direction, not a boundary"); the choice of
// the FML the comparison uses; and the values of all FMLs next to each other per item.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge, Button, ButtonGroup, DataList, Paragraph, TitledSection } from '../../web/components';
import { formatDate, formatDateTime } from '../../web/format';
import { focusWhenPresent } from '../../contact/ui/controls';
import type { Catalogue } from '../catalogue';
import type { CapacityPageData, FmlView } from './api';
import { capacityText, inLang, warningText } from './capacity-format';
import { FmlForm } from './FmlForm';
import { FmlImport } from './FmlImport';

export const FMLS_HEADING = 'fmls-heading';

export function FmlSection({ data, catalogue, onChoose, announce }: {
  data: CapacityPageData;
  catalogue: Catalogue;
  onChoose: (fmlId: string | null) => void;
  announce: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'form' | 'import' | null>(null);
  const close = (focus = 'fml-actions-enter') => {
    setOpen(null);
    focusWhenPresent(focus);
  };
  const catalogueId = data.fmls.find((f) => f.id === data.chosenFmlId)?.catalogueId ?? 'shipped';
  return (
    <TitledSection titleId={FMLS_HEADING} focusable title={t('capacity.fmls.title')} className="capacity-part">
      <Paragraph>{t('capacity.fmls.intro')}</Paragraph>
      {data.open && open === null ? (
        <ButtonGroup>
          <Button
            id="fml-actions-enter"
            onClick={() => {
              setOpen('form');
              focusWhenPresent('fml-form-title');
            }}
          >
            {t('capacity.fmls.enter')}
          </Button>
          <Button
            id="fml-actions-import"
            onClick={() => {
              setOpen('import');
              focusWhenPresent('fml-import-title');
            }}
          >
            {t('capacity.fmls.import')}
          </Button>
        </ButtonGroup>
      ) : null}
      {open === 'form' ? (
        <FmlForm
          caseId={data.caseId}
          catalogueId={catalogueId}
          known={data.catalogues}
          onClose={() => close()}
          onSaved={(id) => {
            setOpen(null);
            // The new FML is compared with, whatever its date (an older one may be entered later).
            onChoose(id);
            announce(t('capacity.fmls.recorded'));
            focusWhenPresent(`fml-${id}-title`);
          }}
        />
      ) : null}
      {open === 'import' ? (
        <FmlImport
          caseId={data.caseId}
          catalogueId={catalogueId}
          onClose={() => close('fml-actions-import')}
          onImported={(answer) => {
            setOpen(null);
            onChoose(answer.id);
            announce(t('capacity.fmls.imported', { count: answer.items }));
            focusWhenPresent(`fml-${answer.id}-title`);
          }}
        />
      ) : null}
      {data.fmls.length === 0 ? <Paragraph className="muted">{t('capacity.fmls.none')}</Paragraph> : null}
      {data.fmls.length > 0 ? (
        <ul className="card-list fml-list">
          {data.fmls.map((fml) => (
            <FmlCard key={fml.id} fml={fml} data={data} catalogue={data.catalogues[fml.catalogueId] ?? catalogue} chosen={fml.id === data.chosenFmlId} onChoose={onChoose} />
          ))}
        </ul>
      ) : null}
      {data.fmls.length > 0 ? <FmlValues data={data} catalogue={catalogue} /> : null}
    </TitledSection>
  );
}

function FmlCard({ fml, data, catalogue, chosen, onChoose }: { fml: FmlView; data: CapacityPageData; catalogue: Catalogue | undefined; chosen: boolean; onChoose: (id: string | null) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const title = t('capacity.fmls.cardTitle', { date: formatDate(fml.date), role: t(`capacity.authorRole.${fml.authorRole}`) });
  const fmlDate = (id: string) => data.fmls.find((f) => f.id === id)?.date ?? null;
  const assessed = Object.keys(fml.values).length;
  return (
    <li className={`card fml-card${chosen ? ' fml-card--chosen' : ''}`}>
      <h3 className="utrecht-heading-3 card__title" id={`fml-${fml.id}-title`} tabIndex={-1}>
        {title}
      </h3>
      <p className="utrecht-paragraph card__meta">
        {fml.latest ? <Badge tone="info">{t('capacity.fmls.latest')}</Badge> : null}{' '}
        {chosen ? <Badge tone="active">{t('capacity.fmls.chosen')}</Badge> : null}
      </p>
      <DataList
        items={[
          { key: 'date', label: t('capacity.fmls.date'), value: formatDate(fml.date) },
          { key: 'author', label: t('capacity.fmls.author'), value: t(`capacity.authorRole.${fml.authorRole}`) },
          { key: 'treatment', label: t('capacity.fmls.duringTreatment'), value: fml.circumstances.duringTreatment ? t('common.yes') : t('common.no') },
          { key: 'prognosis', label: t('capacity.fmls.prognosis'), value: fml.circumstances.prognosis ?? t('capacity.fmls.noPrognosis') },
          { key: 'version', label: t('capacity.fmls.version'), value: fml.versionLabel ?? t('capacity.fmls.noVersion') },
          {
            key: 'recorded',
            label: t('capacity.fmls.recordedBy'),
            value: t(fml.enteredVia === 'import' ? 'capacity.fmls.recordedImport' : 'capacity.fmls.recordedForm', { name: fml.recordedBy, when: formatDateTime(fml.recordedAt) }),
          },
          { key: 'items', label: t('capacity.fmls.items'), value: t('capacity.fmls.itemsValue', { assessed, items: catalogue?.items.length ?? assessed }) },
        ]}
      />
      {fml.warnings.length > 0 ? (
        <div className="fml-warnings">
          <p className="utrecht-paragraph fml-warnings__title">
            <span aria-hidden="true">⚠ </span>
            {t('capacity.fmls.warningsTitle')}
          </p>
          <ul>
            {fml.warnings.map((w) => (
              <li key={w.code}>{warningText(t, lang, w, fmlDate, formatDate)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {!chosen ? (
        <Button onClick={() => onChoose(fml.latest ? null : fml.id)} aria-label={`${t('capacity.fmls.choose')}: ${title}`}>
          {t('capacity.fmls.choose')}
        </Button>
      ) : null}
      {/* The item list's own name, so a reader knows which list the values are on. */}
      {catalogue ? <p className="utrecht-paragraph muted fml-card__list">{t('capacity.fmls.list', { name: catalogue.name, version: catalogue.version })}</p> : null}
    </li>
  );
}

/** The values of every FML per item, side by side (items no FML assessed are left out). */
function FmlValues({ data, catalogue }: { data: CapacityPageData; catalogue: Catalogue }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const fmls = data.fmls.filter((f) => f.catalogueId === (data.fmls.find((x) => x.id === data.chosenFmlId)?.catalogueId ?? f.catalogueId));
  const items = catalogue.items.filter((item) => fmls.some((f) => f.values[item.code] !== undefined));
  return (
    <details className="fml-values">
      <summary>{t(fmls.length > 1 ? 'capacity.fmls.valuesSideBySide' : 'capacity.fmls.valuesOne')}</summary>
      <div className="table-region table-scroll" role="region" aria-labelledby="fml-values-caption" tabIndex={0}>
        <table className="utrecht-table utrecht-table--html-table fml-values__table">
          <caption className="utrecht-table__caption" id="fml-values-caption">
            {t('capacity.fmls.valuesCaption')}
          </caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">
                {t('capacity.matrix.item')}
              </th>
              {fmls.map((f) => (
                <th scope="col" className="utrecht-table__header-cell" key={f.id}>
                  {t('capacity.fmls.cardTitle', { date: formatDate(f.date), role: t(`capacity.authorRole.${f.authorRole}`) })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {items.map((item) => (
              <tr className="utrecht-table__row" key={item.code}>
                <th scope="row" className="utrecht-table__header-cell">
                  {item.code} {inLang(item.label, lang)}
                </th>
                {fmls.map((f) => (
                  <td className="utrecht-table__cell" key={f.id}>
                    {capacityText(t, lang, item, f.values[item.code])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
