// THE MATRIX: a real table of items (rows, grouped per section) × job profiles (columns). Each cell
// says the outcome with a symbol AND words (fits; exceeds, and by how much; unknown, and which side is
// missing), the judgement beside the computed outcome when the expert overrode it, and a note marker;
// its button opens a small dialog for the note and the judgement. The table scrolls sideways inside
// its own named, focusable region; the page itself never does.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from '../../web/components';
import { formatDate } from '../../web/format';
import type { Catalogue, CatalogueItem } from '../catalogue';
import type { CapacityPageData, CellView, FmlView, ProfileView } from './api';
import { capacityText, cellWords, demandText, inLang, SYMBOLS } from './capacity-format';
import { MatrixCellDialog } from './MatrixCellDialog';

export const cellButtonId = (profileId: string, code: string) => `cell-${profileId}-${code.replace(/[^A-Za-z0-9_-]/g, '-')}`;

export function MatrixTable({ data, catalogue, fml }: { data: CapacityPageData; catalogue: Catalogue; fml: FmlView | undefined }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [dialog, setDialog] = useState<{ profileId: string; code: string } | null>(null);
  // Focus goes back to the cell's button once the dialog is really gone: while the modal dialog is still
  // in the page everything outside it is inert, and a focus() there is silently lost.
  const [returnFocusTo, setReturnFocusTo] = useState<string | null>(null);
  useEffect(() => {
    if (dialog || !returnFocusTo) return;
    document.getElementById(returnFocusTo)?.focus();
    setReturnFocusTo(null);
  }, [dialog, returnFocusTo]);
  const profiles = data.profiles;
  const fmlName = fml ? t('capacity.fmls.cardTitle', { date: formatDate(fml.date), role: t(`capacity.authorRole.${fml.authorRole}`) }) : null;

  if (profiles.length === 0) return <Paragraph className="muted">{t('capacity.matrix.noProfiles')}</Paragraph>;
  const open = dialog ? { profile: profiles.find((p) => p.id === dialog.profileId), item: catalogue.items.find((i) => i.code === dialog.code) } : null;

  return (
    <>
      <MatrixLegend />
      <div className="matrix-region table-scroll" role="region" aria-labelledby="matrix-caption" tabIndex={0}>
        <table className="utrecht-table utrecht-table--html-table matrix">
          <caption className="utrecht-table__caption matrix__caption" id="matrix-caption">
            {fmlName ? t('capacity.matrix.caption', { fml: fmlName }) : t('capacity.matrix.captionNoFml')}
          </caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell matrix__item-head">
                {t('capacity.matrix.item')}
              </th>
              <th scope="col" className="utrecht-table__header-cell matrix__fml-head">
                {t('capacity.matrix.capacity')}
              </th>
              {profiles.map((p) => (
                <th scope="col" className="utrecht-table__header-cell matrix__profile-head" key={p.id}>
                  <span className="matrix__profile-name">{p.name}</span> <span className="matrix__profile-kind">{t(`capacity.kind.${p.kind}`)}</span>
                  {!p.comparable && fml ? <span className="matrix__profile-kind"> {t('capacity.matrix.otherList')}</span> : null}
                </th>
              ))}
            </tr>
          </thead>
          {catalogue.sections.map((section) => {
            const items = catalogue.items.filter((i) => i.section === section.code);
            if (items.length === 0) return null;
            return (
              <tbody className="utrecht-table__body matrix__section" key={section.code}>
                <tr className="utrecht-table__row matrix__section-row">
                  <th scope="rowgroup" colSpan={profiles.length + 2} className="utrecht-table__header-cell matrix__section-head">
                    {section.code} {inLang(section.label, lang)}
                  </th>
                </tr>
                {items.map((item) => (
                  <tr className="utrecht-table__row" key={item.code}>
                    <th scope="row" className="utrecht-table__header-cell matrix__item">
                      <span className="matrix__code">{item.code}</span> {inLang(item.label, lang)}
                    </th>
                    <td className="utrecht-table__cell matrix__capacity">{capacityText(t, lang, item, fml?.values[item.code])}</td>
                    {profiles.map((p) => (
                      <MatrixCell
                        key={p.id}
                        item={item}
                        profile={p}
                        cell={p.cells.find((c) => c.item === item.code)}
                        onOpen={() => setDialog({ profileId: p.id, code: item.code })}
                        readOnly={!data.open}
                      />
                    ))}
                  </tr>
                ))}
              </tbody>
            );
          })}
        </table>
      </div>
      {open?.profile && open.item ? (
        <MatrixCellDialog
          caseId={data.caseId}
          item={open.item}
          profile={open.profile}
          cell={open.profile.cells.find((c) => c.item === open.item!.code)}
          fml={fml}
          readOnly={!data.open}
          onClose={() => {
            setReturnFocusTo(cellButtonId(open.profile!.id, open.item!.code));
            setDialog(null);
          }}
        />
      ) : null}
    </>
  );
}

function MatrixLegend() {
  const { t } = useTranslation();
  return (
    <ul className="matrix-legend" aria-label={t('capacity.matrix.legend')}>
      <li className="matrix-legend__item matrix-legend__item--fits">
        <span aria-hidden="true">{SYMBOLS.fits}</span> {t('capacity.matrix.legendFits')}
      </li>
      <li className="matrix-legend__item matrix-legend__item--exceeds">
        <span aria-hidden="true">{SYMBOLS.exceeds}</span> {t('capacity.matrix.legendExceeds')}
      </li>
      <li className="matrix-legend__item matrix-legend__item--fits_with_adjustment">
        <span aria-hidden="true">{SYMBOLS.fits_with_adjustment}</span> {t('capacity.matrix.legendAdjusted')}
      </li>
      <li className="matrix-legend__item matrix-legend__item--unknown">
        <span aria-hidden="true">{SYMBOLS.unknown}</span> {t('capacity.matrix.legendUnknown')}
      </li>
      <li className="matrix-legend__item">
        <span aria-hidden="true">✎</span> {t('capacity.matrix.legendNote')}
      </li>
    </ul>
  );
}

function MatrixCell({ item, profile, cell, onOpen, readOnly }: { item: CatalogueItem; profile: ProfileView; cell: CellView | undefined; onOpen: () => void; readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  if (!cell) {
    return <td className="utrecht-table__cell matrix-cell matrix-cell--unknown">{t('capacity.matrix.notComparable')}</td>;
  }
  const words = cellWords(t, lang, item, cell);
  const label = readOnly ? t('capacity.matrix.view') : t('capacity.matrix.judge');
  return (
    <td className={`utrecht-table__cell matrix-cell matrix-cell--${words.outcome}${words.computed ? ' matrix-cell--judged' : ''}`}>
      {words.computed ? (
        <span className={`matrix-cell__line matrix-cell__computed matrix-cell__computed--${cell.computed.outcome}`}>
          <span className="matrix-cell__symbol" aria-hidden="true">
            {words.computed.symbol}
          </span>{' '}
          {words.computed.text}
        </span>
      ) : null}
      <span className="matrix-cell__line matrix-cell__main">
        <span className="matrix-cell__symbol" aria-hidden="true">
          {words.symbol}
        </span>{' '}
        {words.text}
      </span>
      <span className="matrix-cell__line matrix-cell__demand">{t('capacity.matrix.demand', { text: demandText(t, lang, item, profile.demands[item.code]) })}</span>
      {cell.note ? (
        <span className="matrix-cell__line matrix-cell__note">
          <span aria-hidden="true">✎</span> {t('capacity.matrix.hasNote')}
        </span>
      ) : null}
      <button
        type="button"
        className="utrecht-button utrecht-button--subtle matrix-cell__button"
        id={cellButtonId(profile.id, item.code)}
        onClick={onOpen}
        aria-haspopup="dialog"
        aria-label={`${label}: ${t('capacity.matrix.judgeWhat', { item: item.code, profile: profile.name })}`}
      >
        {label}
      </button>
    </td>
  );
}
