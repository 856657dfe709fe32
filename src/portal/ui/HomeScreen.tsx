/** @jsxImportSource preact */
// Home: a greeting, who the labour expert is, and the appointments (coming first, then earlier ones).
// The employer's door shows no client data: only that their documents will appear here.
import type { ComponentChildren } from 'preact';
import { Name, Screen, Tpl, useT } from './components';
import { FORM_KEYS, STATE_KEYS, canStatePreference, formatDate, formatDuration, formatTime, isOpenVideoContact } from './format';
import type { Translator } from './texts';
import type { PortalContact, PortalSession } from './types';

/** How the conversation takes place, in words; with the place for a meeting on location. */
export function formText(contact: Pick<PortalContact, 'form' | 'location'>, tr: Translator): ComponentChildren {
  if (contact.form === 'physical' && contact.location) return <Tpl k="formPhysicalAt" parts={{ location: <Name>{contact.location}</Name> }} />;
  return tr.t(FORM_KEYS[contact.form]);
}

/** The facts of one appointment as a description list. */
export function ContactFacts({ contact, withDate }: { contact: PortalContact; withDate?: boolean }) {
  const tr = useT();
  const rows: Array<[string, ComponentChildren]> = [];
  if (withDate) rows.push([tr.t('labelDate'), formatDate(contact.plannedAt, tr.language)]);
  rows.push(
    [tr.t('labelTime'), tr.t('timeValue', { time: formatTime(contact.plannedAt, tr.language) })],
    [tr.t('labelDuration'), formatDuration(contact.durationMinutes, tr.language)],
    [tr.t('labelForm'), formText(contact, tr)],
    [tr.t('labelState'), tr.t(STATE_KEYS[contact.state])],
  );
  if (contact.expertName) rows.push([tr.t('labelWith'), contact.expertName]);
  return (
    <dl class="facts">
      {rows.map(([term, value]) => (
        <div class="fact" key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function ContactItem({ contact, now, onOpen }: { contact: PortalContact; now: number; onOpen?: (id: string) => void }) {
  const tr = useT();
  const headingId = `contact-${contact.id}`;
  const consent = contact.form === 'video' && contact.video ? contact.video.consent : undefined;
  return (
    <li class={contact.state === 'cancelled' ? 'card card--cancelled' : 'card'}>
      <h4 id={headingId} class="card-title">{formatDate(contact.plannedAt, tr.language)}</h4>
      <ContactFacts contact={contact} />
      {contact.preference ? <p class="card-note">{tr.t('listPreference', { form: tr.t(FORM_KEYS[contact.preference.form]) })}</p> : null}
      {consent !== undefined && contact.state === 'planned' ? (
        <p class="card-note">{tr.t(consent ? 'listConsentYes' : 'listConsentNo')}</p>
      ) : null}
      {onOpen && (canStatePreference(contact, now) || isOpenVideoContact(contact, now)) ? (
        <button type="button" class="button" aria-describedby={headingId} onClick={() => onOpen(contact.id)}>
          {tr.t('openContact')}
        </button>
      ) : null}
    </li>
  );
}

export function HomeScreen(props: {
  session: PortalSession;
  contacts: { upcoming: PortalContact[]; past: PortalContact[] } | null;
  now: number;
  onOpen: (id: string) => void;
}) {
  const { session, contacts, now } = props;
  const tr = useT();
  const title = session.name ? tr.t('homeTitle', { name: session.name }) : tr.t('homeTitlePlain');
  const heading = session.name ? <Tpl k="homeTitle" parts={{ name: <Name>{session.name}</Name> }} /> : undefined;
  const expert = session.expertName;
  const organisation = session.organisationName;
  const names = { expert: <Name>{expert}</Name>, organisation: <Name>{organisation}</Name> };
  const intro = expert && organisation
    ? <Tpl k="homeExpertOrg" parts={names} />
    : expert
      ? <Tpl k="homeExpert" parts={names} />
      : organisation
        ? <Tpl k="homeOrg" parts={names} />
        : null;

  if (session.audience === 'employer') {
    return (
      <Screen id="home" title={title} heading={heading}>
        {organisation ? <p class="lead"><Tpl k="homeOrg" parts={names} /></p> : null}
        <section class="panel" aria-labelledby="documents-title">
          <h2 id="documents-title">{tr.t('documentsTitle')}</h2>
          <p>{tr.t('employerText')}</p>
        </section>
      </Screen>
    );
  }

  return (
    <Screen id="home" title={title} heading={heading}>
      {intro ? <p class="lead">{intro}</p> : null}
      <section class="panel" aria-labelledby="appointments-title">
        <h2 id="appointments-title">{tr.t('appointmentsTitle')}</h2>
        {contacts === null ? (
          <p class="busy">{tr.t('loading')}</p>
        ) : (
          <>
            <h3>{tr.t('upcomingTitle')}</h3>
            {contacts.upcoming.length ? (
              <ul class="cards">
                {contacts.upcoming.map((c) => <ContactItem key={c.id} contact={c} now={now} onOpen={props.onOpen} />)}
              </ul>
            ) : (
              <p>{tr.t('noUpcoming')}</p>
            )}
            <h3>{tr.t('pastTitle')}</h3>
            {contacts.past.length ? (
              <ul class="cards">
                {contacts.past.map((c) => <ContactItem key={c.id} contact={c} now={now} />)}
              </ul>
            ) : (
              <p>{tr.t('noPast')}</p>
            )}
          </>
        )}
      </section>
    </Screen>
  );
}
