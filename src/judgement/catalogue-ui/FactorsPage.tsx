// The factor catalogue (/factoren; issue 7, seed 001 §3): the secondary factors the study named, in its
// ten groups, with an ICF code where an ICF category plainly covers one, beside the organisation's own
// factors; and the form to add one. The page says what the catalogue is for: finding and reflecting,
// never scoring (the report gives no priority: "every time the specific situation shows what matters").
import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Alert, Badge, Button, PageHeading, Paragraph, SelectField, TextField, TitledForm } from '../../web/components';
import { fieldId } from '../../web/forms';
import { useFormAction } from '../../web/useFormAction';
import { isApiError } from '../../web/api';
import { catalogueApi, errorsFromProblems, FACTORS_KEY, inLanguage, useFactors, type FactorBody, type FactorGroupView, type FactorView } from './api';
import './catalogues.css';

const PREFIX = 'factor-field';

export function FactorsPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const query = useFactors();
  const data = query.data;
  return (
    <div className="page factors-page">
      <PageHeading>{t('factors.title')}</PageHeading>
      <Paragraph className="catalogue-intro">{t('factors.intro')}</Paragraph>
      <p className="utrecht-paragraph catalogue-intro catalogue-purpose"><strong>{t('factors.purpose')}</strong></p>
      <Paragraph className="catalogue-intro">{t('factors.icfNote')}</Paragraph>
      {query.isPending ? <Paragraph>{t('app.loading')}</Paragraph> : null}
      {query.isError ? <Alert type="error">{query.error.message}</Alert> : null}
      {data ? (
        <>
          <nav className="section-nav" aria-label={t('factors.groupsNav')}>
            <ul className="section-nav__list">
              {data.groups.map((group) => (
                <li key={group.code}>
                  <a
                    className="utrecht-link utrecht-link--html-a"
                    href={`#factor-group-${group.code}`}
                    onClick={(event) => {
                      event.preventDefault();
                      const heading = document.getElementById(`factor-group-${group.code}-title`);
                      heading?.scrollIntoView({ block: 'start' });
                      heading?.focus();
                    }}
                  >
                    {inLanguage(group.label, language)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <div className="factor-groups">
            {data.groups.map((group) => (
              <FactorGroup key={group.code} group={group} factors={data.factors.filter((f) => f.group === group.code)} language={language} />
            ))}
          </div>
          <FactorForm groups={data.groups} />
        </>
      ) : null}
    </div>
  );
}

function FactorGroup({ group, factors, language }: { group: FactorGroupView; factors: FactorView[]; language: string }) {
  const { t } = useTranslation();
  const titleId = `factor-group-${group.code}-title`;
  return (
    <section className="factor-group" id={`factor-group-${group.code}`} aria-labelledby={titleId}>
      <h2 className="utrecht-heading-2" id={titleId} tabIndex={-1}>
        {inLanguage(group.label, language)} <span className="factor-group__count">({t('factors.groupCount', { count: factors.length })})</span>
      </h2>
      <ul className="factor-list">
        {factors.map((factor) => (
          <li className="factor-list__item" key={factor.code}>
            <span className="factor-list__label">{inLanguage(factor.label, language)}</span>
            {factor.icf ? (
              <span className="factor-list__icf">
                <span className="visually-hidden">{t('factors.icfLabel')}: </span>
                {t('factors.icf', { code: factor.icf })}
              </span>
            ) : null}
            {factor.own ? <Badge tone="info">{t('factors.own')}</Badge> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function FactorForm({ groups }: { groups: FactorGroupView[] }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [group, setGroup] = useState('');
  const [labelNl, setLabelNl] = useState('');
  const [labelEn, setLabelEn] = useState('');
  const [icfCode, setIcfCode] = useState('');
  const [said, setSaid] = useState('');
  const ids = { group: fieldId(PREFIX, 'group'), labelNl: fieldId(PREFIX, 'labelNl'), labelEn: fieldId(PREFIX, 'labelEn'), icfCode: fieldId(PREFIX, 'icfCode') };
  const add = useFormAction({
    action: (body: FactorBody) => catalogueApi.addFactor(body),
    afterSuccess: () => queryClient.invalidateQueries({ queryKey: FACTORS_KEY }),
    // A name the organisation (or the shipped catalogue) already has: said at the Dutch name.
    errorsOf: (error) => (isApiError(error) && error.code === 'conflict' ? { fields: { labelNl: error.message } } : errorsFromProblems(error)),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaid('');
    if (!group) return add.setErrors({ fields: { group: `${t('factors.form.group')}: ${t('factors.form.chooseGroup')}` } });
    const chosen = groups.find((g) => g.code === group);
    add.run({ group, labelNl, labelEn, icfCode: icfCode.trim() === '' ? null : icfCode.trim() }, () => {
      setSaid(t('factors.form.added', { name: labelNl.trim(), group: chosen ? inLanguage(chosen.label, i18n.language) : group }));
      setGroup('');
      setLabelNl('');
      setLabelEn('');
      setIcfCode('');
    });
  }

  return (
    <TitledForm titleId="factor-form-title" title={t('factors.form.title')} level={2} intro={t('factors.form.intro')} onSubmit={submit} errors={add.errors} fieldIds={ids} className="form section-form factor-form">
      <p className="utrecht-paragraph status-line" role="status">{said}</p>
      <SelectField
        id={ids.group}
        label={t('factors.form.group')}
        required
        value={group}
        placeholder={t('common.choose')}
        options={groups.map((g) => ({ value: g.code, label: inLanguage(g.label, i18n.language) }))}
        onChange={setGroup}
        error={add.errors.fields.group}
      />
      <TextField id={ids.labelNl} label={t('factors.form.labelNl')} required value={labelNl} onChange={setLabelNl} error={add.errors.fields.labelNl} />
      <TextField id={ids.labelEn} label={t('factors.form.labelEn')} description={t('factors.form.labelEnHint')} required value={labelEn} onChange={setLabelEn} error={add.errors.fields.labelEn} />
      <TextField id={ids.icfCode} label={t('factors.form.icfCode')} description={t('factors.form.icfHint')} inputClassName="code-input" value={icfCode} onChange={setIcfCode} error={add.errors.fields.icfCode} />
      <Button type="submit" variant="primary" busy={add.busy}>
        {t('factors.form.submit')}
      </Button>
    </TitledForm>
  );
}
