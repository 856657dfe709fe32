// The items of an item list as form fields, grouped per section (rubriek), each with its label and,
// at hand, its definition and level boundaries. The same fields serve the FML (what the person CAN:
// capacity) and a job profile (what the work ASKS: demands): an ordinal item is a radio group of its
// levels; a quantity a number with its unit (or "not limited" on the FML); hours a number (or "not
// limited"); periods the periods the person can work, or the work needs.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, Fieldset, TextField } from '../../web/components';
import { fieldId } from '../../web/forms';
import { CheckboxGroup, RadioGroup } from '../../contact/ui/controls';
import type { Catalogue, CatalogueItem } from '../catalogue';
import { inLang, unitText } from './capacity-format';
import { emptyDraft, filledIn, isFilled, withNormalDrafts, type Drafts, type ItemDraft, type Side } from './capacity-values';

const NONE = 'none';

/** The element id of an item's control (its radio group, number box or period group). */
export const itemControlId = (prefix: string, item: CatalogueItem) => (item.kind === 'quantity' || item.kind === 'hours' ? fieldId(prefix, `${item.code}-amount`) : fieldId(prefix, item.code));

/** API field → control id for every item (`values.I-1` / `demands.I-1`), for the error summary's links. */
export function itemFieldIds(catalogue: Catalogue, prefix: string, field: 'values' | 'demands'): Record<string, string> {
  return Object.fromEntries(catalogue.items.map((item) => [`${field}.${item.code}`, itemControlId(prefix, item)]));
}

export function ItemFields({ catalogue, drafts, onChange, side, prefix, errors }: {
  catalogue: Catalogue;
  drafts: Drafts;
  onChange: (next: Drafts) => void;
  side: Side;
  /** Prefix of the element ids (one per form on the page). */
  prefix: string;
  /** Messages by item code. */
  errors: Record<string, string>;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  // A section with an error opens, so the summary's link reaches the field.
  useEffect(() => {
    for (const code of Object.keys(errors)) {
      const item = catalogue.items.find((i) => i.code === code);
      if (!item) continue;
      const details = document.getElementById(itemControlId(prefix, item))?.closest('details');
      if (details && !details.open) details.open = true;
    }
  }, [errors, catalogue, prefix]);

  return (
    <div className="item-sections">
      {catalogue.sections.map((section) => {
        const items = catalogue.items.filter((i) => i.section === section.code);
        if (items.length === 0) return null;
        const count = filledIn(catalogue, drafts, section.code);
        const label = `${section.code} ${inLang(section.label, lang)}`;
        return (
          <details className="item-section" key={section.code} open>
            <summary className="item-section__summary">
              <span className="item-section__title">{label}</span>{' '}
              <span className="item-section__count">{t(side === 'capacity' ? 'capacity.items.filledCapacity' : 'capacity.items.filledDemand', { filled: count.filled, items: count.items })}</span>
            </summary>
            {side === 'capacity' ? (
              <div className="item-section__tools">
                <Button
                  onClick={() => onChange(withNormalDrafts(catalogue, drafts, section.code))}
                  disabled={count.filled === count.items}
                  aria-label={`${t('capacity.items.normalSection')}: ${label}`}
                >
                  {t('capacity.items.normalSection')}
                </Button>
                <p className="utrecht-paragraph muted item-section__hint">{t('capacity.items.normalSectionHint')}</p>
              </div>
            ) : null}
            {items.map((item) => (
              <ItemField
                key={item.code}
                item={item}
                draft={drafts[item.code] ?? emptyDraft(item)}
                onChange={(draft) => onChange({ ...drafts, [item.code]: draft })}
                side={side}
                prefix={prefix}
                error={errors[item.code]}
                lang={lang}
              />
            ))}
          </details>
        );
      })}
    </div>
  );
}

function ItemField({ item, draft, onChange, side, prefix, error, lang }: {
  item: CatalogueItem;
  draft: ItemDraft;
  onChange: (draft: ItemDraft) => void;
  side: Side;
  prefix: string;
  error: string | undefined;
  lang: string;
}) {
  const { t } = useTranslation();
  const legend = `${item.code} ${inLang(item.label, lang)}`;
  const definition = item.definition ? inLang(item.definition, lang) : null;
  const id = fieldId(prefix, item.code);
  const filled = isFilled(draft);
  const className = `item-field${filled ? ' item-field--filled' : ''}`;

  if (item.kind === 'ordinal' && draft.kind === 'ordinal') {
    const options = [
      { value: NONE, label: t(side === 'capacity' ? 'capacity.items.notAssessed' : 'capacity.items.notDescribed') },
      ...item.levels.map((level, index) => ({
        value: String(index),
        label: `${level.code} ${inLang(level.label, lang)}`,
        description: inLang(level.boundary, lang),
      })),
    ];
    return (
      <div className={className}>
        <RadioGroup
          id={id}
          name={id}
          legend={legend}
          description={<ItemDescription definition={definition} hint={side === 'demand' ? t('capacity.items.demandOrdinalHint') : null} />}
          options={options}
          value={draft.level === '' ? NONE : draft.level}
          onChange={(value) => onChange({ kind: 'ordinal', level: value === NONE ? '' : value })}
          error={error}
        />
      </div>
    );
  }

  if ((item.kind === 'quantity' || item.kind === 'hours') && (draft.kind === 'quantity' || draft.kind === 'hours')) {
    const unit = item.kind === 'quantity' ? unitText(t, item.unit) : unitText(t, item.per === 'week' ? 'hours_per_week' : 'hours_per_day');
    const anchors = item.anchors.map((a) => `${a.code} ${inLang(a.label, lang)}: ${inLang(a.boundary, lang)}`);
    return (
      <div className={className}>
        <Fieldset id={id} legend={legend} description={<ItemDescription definition={definition} anchors={anchors} />}>
          <div className="amount-row">
            <TextField
              id={itemControlId(prefix, item)}
              label={t(side === 'capacity' ? 'capacity.items.maxIn' : 'capacity.items.demandIn', { unit })}
              description={side === 'capacity' ? t('capacity.items.emptyIsNotAssessed') : t('capacity.items.emptyIsNotDescribed')}
              markOptional={false}
              inputMode="decimal"
              inputClassName="amount-input"
              value={draft.amount}
              disabled={draft.unlimited}
              onChange={(amount) => onChange({ ...draft, amount })}
              error={error}
            />
            <span className="amount-row__unit" aria-hidden="true">{unit}</span>
          </div>
          {side === 'capacity' ? (
            <Checkbox
              id={fieldId(prefix, `${item.code}-unlimited`)}
              label={t('capacity.items.notLimited')}
              checked={draft.unlimited}
              onChange={(unlimited) => onChange({ ...draft, unlimited, amount: unlimited ? '' : draft.amount })}
            />
          ) : null}
        </Fieldset>
      </div>
    );
  }

  if (item.kind === 'periods' && draft.kind === 'periods') {
    const anchors = item.anchors.map((a) => `${a.code} ${inLang(a.label, lang)}: ${inLang(a.boundary, lang)}`);
    return (
      <div className={className}>
        <CheckboxGroup
          id={id}
          legend={legend}
          description={
            <ItemDescription
              definition={definition}
              hint={t(side === 'capacity' ? 'capacity.items.periodsCapacityHint' : 'capacity.items.periodsDemandHint')}
              anchors={side === 'capacity' ? anchors : []}
            />
          }
          options={item.periods.map((p) => ({ value: p.code, label: inLang(p.label, lang) }))}
          values={draft.periods}
          onChange={(periods) => onChange({ kind: 'periods', periods })}
          error={error}
        />
      </div>
    );
  }
  return null;
}

function ItemDescription({ definition, hint, anchors = [] }: { definition: string | null; hint?: string | null; anchors?: string[] }) {
  const { t } = useTranslation();
  if (!definition && !hint && anchors.length === 0) return null;
  return (
    <>
      {definition ? <span className="item-definition">{definition}</span> : null}
      {hint ? <span className="item-hint">{hint}</span> : null}
      {anchors.length > 0 ? (
        <span className="item-anchors">
          <span className="item-anchors__title">{t('capacity.items.boundaries')}</span>
          {anchors.map((a) => (
            <span className="item-anchors__line" key={a}>
              {a}
            </span>
          ))}
        </span>
      ) : null}
    </>
  );
}
