// The period filter of the quality views: two date fields and a button; an impossible period is
// explained at the fields and not sent.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NO_ERRORS, type FormErrors } from '../forms';
import { periodProblems, type Period } from '../period';
import { Button } from './Button';
import { FormError } from './FormError';
import { Heading } from './Heading';
import { TextField } from './TextField';

/** Give it `key={`${from}/${to}`}` so a new period in the address resets what was typed. */
export function PeriodFilter({ idPrefix, from, to, onChange }: { idPrefix: string; from: string; to: string; onChange: (period: Period) => void }) {
  const { t } = useTranslation();
  const [draftFrom, setDraftFrom] = useState(from);
  const [draftTo, setDraftTo] = useState(to);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const ids = { from: `${idPrefix}-from`, to: `${idPrefix}-to` };
  const titleId = `${idPrefix}-period`;

  function submit(event: FormEvent) {
    event.preventDefault();
    const draft = { from: draftFrom, to: draftTo };
    const problems = periodProblems(draft);
    const fields = Object.fromEntries(Object.entries(problems).map(([field, problem]) => [field, t(`period.${problem}`)]));
    if (Object.keys(fields).length) return setErrors({ fields });
    setErrors(NO_ERRORS);
    onChange(draft);
  }

  return (
    <form noValidate onSubmit={submit} className="filters period-filter" aria-labelledby={titleId}>
      <Heading level={2} id={titleId}>
        {t('period.title')}
      </Heading>
      <FormError errors={errors} fieldIds={ids} />
      <div className="period-filter__fields">
        <TextField id={ids.from} type="date" label={t('period.from')} required value={draftFrom} onChange={setDraftFrom} error={errors.fields.from} />
        <TextField id={ids.to} type="date" label={t('period.to')} required value={draftTo} onChange={setDraftTo} error={errors.fields.to} />
        <Button type="submit" variant="secondary" className="period-filter__submit">
          {t('period.show')}
        </Button>
      </div>
    </form>
  );
}
