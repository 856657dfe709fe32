// The contact-form advice, per form: strength in words (badge colour repeats it), every reason with
// its rule, source and statistic, conflicts side by side, what blocks video, who prefers what.
// Advice only: the labour expert chooses, together with the client.
import { useTranslation } from 'react-i18next';
import { CONTACT_FORMS } from '../../cases/domain';
import { Alert, Heading, Paragraph, type HeadingLevel } from '../../web/components';
import type { Advice, AdviceReason, FormAdvice } from './api';
import { contactLabel, inLanguage, StrengthBadge } from './controls';

function ReasonItem({ reason }: { reason: AdviceReason }) {
  const { t, i18n } = useTranslation();
  return (
    <li className="advice-reason">
      <span className="advice-reason__strength">
        <StrengthBadge strength={reason.strength} />
      </span>{' '}
      <span className="advice-reason__text">{inLanguage(reason.explanation, i18n.language)}</span>
      <span className="advice-reason__meta">
        {t('contact.advice.rule', { id: reason.ruleId })} · {t('contact.advice.source', { source: reason.source })}
      </span>
      {reason.statistic ? (
        <span className="advice-reason__statistic">
          {t('contact.advice.statistic')}: {inLanguage(reason.statistic, i18n.language)}
        </span>
      ) : null}
    </li>
  );
}

function ReasonList({ reasons }: { reasons: readonly AdviceReason[] }) {
  return (
    <ul className="advice-reasons">
      {reasons.map((reason) => (
        <ReasonItem key={`${reason.ruleId}-${reason.strength}`} reason={reason} />
      ))}
    </ul>
  );
}

function FormCard({ advice, idPrefix, level }: { advice: FormAdvice; idPrefix: string; level: HeadingLevel }) {
  const sub = Math.min(level + 1, 5) as HeadingLevel;
  const { t, i18n } = useTranslation();
  const headingId = `${idPrefix}-${advice.form}`;
  return (
    <article className={`advice-card advice-card--${advice.strength ?? 'none'}`} aria-labelledby={headingId}>
      <Heading level={level} id={headingId}>
        {t(`enums.contactForm.${advice.form}`)}
      </Heading>
      <p className="utrecht-paragraph advice-card__strength">
        {t('contact.advice.strengthLabel')}: <StrengthBadge strength={advice.strength} />
      </p>
      {advice.blockedBy.length > 0 ? (
        <div className="advice-card__blocked">
          <Heading level={sub}>{t('contact.advice.blockedTitle')}</Heading>
          <ul className="advice-reasons">
            {advice.blockedBy.map((block) => (
              <li key={`${block.ruleId}-${block.precondition}`} className="advice-reason">
                <strong>{contactLabel(t, 'precondition', block.precondition)}</strong>: {inLanguage(block.explanation, i18n.language)}
                <span className="advice-reason__meta">
                  {t('contact.advice.rule', { id: block.ruleId })} · {t('contact.advice.source', { source: block.source })}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {advice.conflict ? (
        <div className="advice-conflict">
          <p className="utrecht-paragraph advice-conflict__intro">{t('contact.advice.conflictIntro')}</p>
          <div className="advice-conflict__columns">
            <div className="advice-conflict__column">
              <Heading level={sub}>{t('contact.advice.for')}</Heading>
              <ReasonList reasons={advice.conflict.for} />
            </div>
            <div className="advice-conflict__column">
              <Heading level={sub}>{t('contact.advice.against')}</Heading>
              <ReasonList reasons={advice.conflict.against} />
            </div>
          </div>
        </div>
      ) : advice.reasons.length > 0 ? (
        <>
          <Heading level={sub}>{t('contact.advice.reasons')}</Heading>
          <ReasonList reasons={advice.reasons} />
        </>
      ) : (
        <Paragraph className="muted">{t('contact.advice.noReasons')}</Paragraph>
      )}
      {advice.preferredBy.length > 0 ? (
        <ul className="advice-preferences">
          {advice.preferredBy.map((p) => (
            <li key={p.party}>
              {t(`contact.advice.preferredBy.${p.party}`)}
              {p.reason ? `: ${p.reason}` : ''}
            </li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}

/** The advice for the three forms; `level` is the level of its own heading (the cards go one deeper). */
export function AdvicePanel({ advice, id = 'advice', stale = false, level = 2 }: { advice: Advice; id?: string; stale?: boolean; level?: 2 | 3 }) {
  const { t, i18n } = useTranslation();
  const preferences = [
    advice.clientPreference ? t('contact.advice.clientPrefers', { form: t(`enums.contactForm.${advice.clientPreference.form}`) }) + (advice.clientPreference.reason ? ` (${advice.clientPreference.reason})` : '') : null,
    advice.employerPreference ? t('contact.advice.employerPrefers', { form: t(`enums.contactForm.${advice.employerPreference.form}`) }) + (advice.employerPreference.reason ? ` (${advice.employerPreference.reason})` : '') : null,
  ].filter((line): line is string => line !== null);
  return (
    <section className="advice" aria-labelledby={`${id}-heading`} id={id}>
      <Heading level={level} id={`${id}-heading`} focusable>
        {t('contact.advice.title')}
      </Heading>
      <p className="utrecht-paragraph advice__statement">{t('contact.advice.statement')}</p>
      <Paragraph className="muted">{t('contact.advice.ruleSet', { version: advice.ruleSetVersion })}</Paragraph>
      {stale ? <Alert type="info">{t('contact.advice.stale')}</Alert> : null}
      {preferences.length > 0 ? (
        <ul className="advice-preferences">
          {preferences.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : (
        <Paragraph>{t('contact.advice.noPreference')}</Paragraph>
      )}
      {advice.observations.length > 0 ? (
        <Alert type="warning">
          <p className="utrecht-paragraph advice__observations-title">{t('contact.advice.observations')}</p>
          <ul className="advice-observations">
            {advice.observations.map((o) => (
              <li key={o.code}>{inLanguage(o.explanation, i18n.language)}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {advice.conflicts.length > 0 ? (
        <Paragraph>
          {t('contact.advice.conflictsIn', { forms: advice.conflicts.map((f) => t(`enums.contactForm.${f}`)).join(', ') })}
        </Paragraph>
      ) : null}
      <div className="advice__forms">
        {CONTACT_FORMS.map((form) => (
          <FormCard key={form} advice={advice.forms[form]} idPrefix={`${id}-form`} level={(level + 1) as HeadingLevel} />
        ))}
      </div>
      {advice.notYetEffective.length > 0 ? (
        <Paragraph className="muted">{t('contact.advice.notYetEffective', { rules: advice.notYetEffective.join(', ') })}</Paragraph>
      ) : null}
    </section>
  );
}
