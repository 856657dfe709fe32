// The organisation's instrument databank (/instrumenten; issue 7, seed 001 recommendation 3: an
// inventory of the instruments in use, searchable, with the profession screening their usefulness):
// per instrument what it measures, its validation, provider, cost, duration, when it fits, the
// usefulness the labour experts gave it (an average only with its count) and how often it is used on
// cases. Labour experts and administrators add, edit (with its version) and remove; only labour
// experts rate. Removing keeps every result on a case pointing at the instrument.
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Alert, Button, PageHeading, Paragraph, SelectField, TextField } from '../../web/components';
import { errorsFromApi } from '../../web/forms';
import { useFormAction } from '../../web/useFormAction';
import { focusWhenPresent } from '../../contact/ui/controls';
import { formatEuro } from '../../capacity/ui/wage-format';
import { catalogueApi, INSTRUMENTS_KEY, useInstruments, VALIDATION_STATUSES, type InstrumentView } from './api';
import { filterInstruments, formatDuration, formatUsage, formatUsefulness } from './format';
import { InstrumentForm } from './InstrumentForm';
import { RatingForm } from './RatingForm';
import './catalogues.css';

type Open = { kind: 'add' } | { kind: 'edit'; instrument: InstrumentView } | { kind: 'rate'; instrument: InstrumentView };

const ADD_BUTTON = 'instrument-add';
const buttonId = (kind: 'edit' | 'rate' | 'remove', id: string) => `instrument-${kind}-${id}`;

export function InstrumentsPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const queryClient = useQueryClient();
  const query = useInstruments();
  const [text, setText] = useState('');
  const [status, setStatus] = useState('');
  const [open, setOpen] = useState<Open | null>(null);
  const [said, setSaid] = useState('');
  const remove = useFormAction({
    action: (instrument: InstrumentView) => catalogueApi.removeInstrument(instrument.id),
    afterSuccess: () => queryClient.invalidateQueries({ queryKey: INSTRUMENTS_KEY }),
    errorsOf: (error) => {
      void queryClient.invalidateQueries({ queryKey: INSTRUMENTS_KEY });
      return errorsFromApi(error);
    },
  });

  const all = query.data?.items ?? [];
  const canRate = Boolean(query.data?.canRate);
  const shown = filterInstruments(all, { text, status });

  function openForm(next: Open) {
    setSaid('');
    remove.clearErrors();
    setOpen(next);
    const id = next.kind === 'add' ? 'new-instrument' : next.kind === 'edit' ? `instrument-${next.instrument.id}` : `rating-${next.instrument.id}`;
    focusWhenPresent(`${id}-form-title`);
  }

  function close(focus: string) {
    setOpen(null);
    focusWhenPresent(focus);
  }

  function triggerOf(current: Open): string {
    return current.kind === 'add' ? ADD_BUTTON : buttonId(current.kind, current.instrument.id);
  }

  function removeOne(instrument: InstrumentView) {
    setSaid('');
    if (!window.confirm(t('instruments.confirmRemove', { name: instrument.name }))) return;
    if (open && open.kind !== 'add' && open.instrument.id === instrument.id) setOpen(null);
    remove.run(instrument, () => {
      setSaid(t('instruments.removed', { name: instrument.name }));
      focusWhenPresent('instruments-table-region');
    });
  }

  return (
    <div className="page instruments-page">
      <PageHeading>{t('instruments.title')}</PageHeading>
      <Paragraph className="catalogue-intro">{t('instruments.intro')}</Paragraph>
      <Paragraph className="catalogue-intro">{t('instruments.ratingNote')}</Paragraph>
      {query.data && !canRate ? <Paragraph className="catalogue-intro muted">{t('instruments.adminNote')}</Paragraph> : null}
      {query.isPending ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {query.isError ? <Alert type="error">{query.error.message}</Alert> : null}

      {query.data ? (
        <>
          <section className="filters" aria-labelledby="instrument-filter-title">
            <h2 className="utrecht-heading-3" id="instrument-filter-title">{t('instruments.filterTitle')}</h2>
            <form role="search" aria-labelledby="instrument-filter-title" className="filters__form" onSubmit={(event) => event.preventDefault()}>
              <div className="filters__selects">
                <TextField id="instrument-search" type="search" label={t('instruments.search')} description={t('instruments.searchHint')} markOptional={false} value={text} onChange={setText} />
                <SelectField
                  id="instrument-status"
                  label={t('instruments.statusFilter')}
                  markOptional={false}
                  value={status}
                  placeholder={t('instruments.all')}
                  options={VALIDATION_STATUSES.map((s) => ({ value: s, label: t(`instruments.validationStatus.${s}`) }))}
                  onChange={setStatus}
                />
              </div>
            </form>
          </section>
          <p className="utrecht-paragraph result-count" role="status">
            {all.length ? t('instruments.shown', { shown: shown.length, count: all.length }) : ''}
          </p>
          <p className="utrecht-paragraph status-line" role="status">{said}</p>
          {remove.errors.form ? <Alert type="error">{remove.errors.form}</Alert> : null}
          {all.length === 0 ? <Paragraph className="empty-state">{t('instruments.none')}</Paragraph> : null}
          {all.length > 0 && shown.length === 0 ? <Paragraph className="empty-state">{t('instruments.noneFound')}</Paragraph> : null}
          {shown.length > 0 ? (
            <div className="catalogue-table-region table-scroll" id="instruments-table-region" role="region" aria-labelledby="instruments-caption" tabIndex={0}>
              <table className="utrecht-table utrecht-table--html-table instruments-table">
                <caption className="utrecht-table__caption" id="instruments-caption">
                  {t('instruments.caption')}
                </caption>
                <thead className="utrecht-table__header">
                  <tr className="utrecht-table__row">
                    {(['name', 'construct', 'validation', 'provider', 'cost', 'duration', 'fitsWhen', 'usefulness', 'usage', 'actions'] as const).map((column) => (
                      <th scope="col" className="utrecht-table__header-cell" key={column}>
                        {t(`instruments.column.${column}`)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody className="utrecht-table__body">
                  {shown.map((item) => (
                    <InstrumentRow
                      key={item.id}
                      item={item}
                      language={language}
                      canRate={canRate}
                      busy={remove.busy}
                      onEdit={() => openForm({ kind: 'edit', instrument: item })}
                      onRate={() => openForm({ kind: 'rate', instrument: item })}
                      onRemove={() => removeOne(item)}
                    />
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}

          {open === null ? (
            <Button id={ADD_BUTTON} variant="primary" onClick={() => openForm({ kind: 'add' })}>
              {t('instruments.add')}
            </Button>
          ) : null}
          {open?.kind === 'add' ? (
            <InstrumentForm
              key="add"
              onClose={() => close(ADD_BUTTON)}
              onSaved={(name) => {
                setSaid(t('instruments.added', { name }));
                close(ADD_BUTTON);
              }}
            />
          ) : null}
          {open?.kind === 'edit' ? (
            <InstrumentForm
              key={`edit-${open.instrument.id}`}
              instrument={open.instrument}
              onClose={() => close(triggerOf(open))}
              onSaved={(name) => {
                setSaid(t('instruments.saved', { name }));
                close(triggerOf(open));
              }}
            />
          ) : null}
          {open?.kind === 'rate' && canRate ? (
            <RatingForm
              key={`rate-${open.instrument.id}`}
              instrument={open.instrument}
              onClose={() => close(triggerOf(open))}
              onSaved={() => {
                setSaid(t('instruments.rated', { name: open.instrument.name }));
                close(triggerOf(open));
              }}
            />
          ) : null}
        </>
      ) : null}
    </div>
  );
}

function InstrumentRow({ item, language, canRate, busy, onEdit, onRate, onRemove }: {
  item: InstrumentView;
  language: string;
  canRate: boolean;
  busy: boolean;
  onEdit: () => void;
  onRate: () => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  // The visible word, and the instrument it acts on for screen readers ("Wijzigen: Beroepsinteressetest").
  const named = (label: string) => ({ 'aria-label': `${label}: ${item.name}`, children: label });
  return (
    <tr className="utrecht-table__row">
      <th scope="row" className="utrecht-table__header-cell instruments-table__name">
        {item.name}
      </th>
      <td className="utrecht-table__cell pre-line instruments-table__text">{item.construct}</td>
      <td className="utrecht-table__cell">
        {t(`instruments.validationStatus.${item.validationStatus}`)}
        {item.validationNote ? <span className="cell-note pre-line">{item.validationNote}</span> : null}
      </td>
      <td className="utrecht-table__cell">{item.provider ?? <span className="muted">{t('instruments.notGiven')}</span>}</td>
      <td className="utrecht-table__cell instruments-table__number">
        {item.costCents === null ? <span className="muted">{t('instruments.unknown')}</span> : formatEuro(item.costCents, language)}
      </td>
      <td className="utrecht-table__cell">
        {item.durationMinutes === null ? <span className="muted">{t('instruments.unknown')}</span> : formatDuration(item.durationMinutes, language)}
      </td>
      <td className="utrecht-table__cell pre-line instruments-table__text">{item.fitsWhen ?? <span className="muted">{t('instruments.notGiven')}</span>}</td>
      <td className="utrecht-table__cell">
        {formatUsefulness(item.rating, language)}
        {canRate && item.rating.mine !== null ? <span className="cell-note">{t('instruments.yourRating', { rating: item.rating.mine })}</span> : null}
      </td>
      <td className="utrecht-table__cell">{formatUsage(item.usage, language)}</td>
      <td className="utrecht-table__cell">
        <div className="row-actions">
          <Button id={buttonId('edit', item.id)} variant="subtle" onClick={onEdit} {...named(t('instruments.edit'))} />
          {canRate ? (
            <Button id={buttonId('rate', item.id)} variant="subtle" onClick={onRate} {...named(t(item.rating.mine === null ? 'instruments.rate' : 'instruments.rateAgain'))} />
          ) : null}
          <Button id={buttonId('remove', item.id)} variant="subtle" busy={busy} onClick={onRemove} {...named(t('instruments.remove'))} />
        </div>
      </td>
    </tr>
  );
}
