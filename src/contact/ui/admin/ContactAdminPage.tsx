// Contact-form administration (beheerder, /beheer/contactvorm): the advice rules as versioned data
// (seed 000 §2, foreword: advice, never policy), appointment guards (P10, P12, P13), the approved-
// channel register (P3, P5, P14–P16), versioned privacy notices (P1, P2, P17) and the mail outbox.
// One page, five parts reached through a sub-navigation of links (?deel=…), so every part has its
// own address and the browser's back button works. Each part has its own file beside this one.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { Heading, PageHeading, Paragraph } from '../../../web/components';
import { ChannelsSection } from './ChannelsSection';
import { OutboxSection } from './OutboxSection';
import { PrivacySection } from './PrivacySection';
import { RulesSection, type RuleDraft } from './RulesSection';
import { SettingsSection } from './SettingsSection';
import { SECTION_HEADING_ID } from './shared';

const SECTIONS = [
  { key: 'rules', slug: 'adviesregels' },
  { key: 'settings', slug: 'afspraakregels' },
  { key: 'channels', slug: 'kanalen' },
  { key: 'privacy', slug: 'privacyverklaring' },
  { key: 'outbox', slug: 'berichten' },
] as const;
type SectionKey = (typeof SECTIONS)[number]['key'];

export function ContactAdminPage() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const active = SECTIONS.find((section) => section.slug === params.get('deel')) ?? SECTIONS[0];
  // The rules draft lives here, so it is kept while the administrator visits other parts.
  const [draft, setDraft] = useState<RuleDraft | null>(null);

  // A new part is a new view: move focus to its heading (not on the first render: the page h1 has it).
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const frame = requestAnimationFrame(() => document.getElementById(SECTION_HEADING_ID)?.focus());
    return () => cancelAnimationFrame(frame);
  }, [active.key]);

  return (
    <div className="page contact-admin">
      <PageHeading>{t('contactAdmin.page.title')}</PageHeading>
      <Paragraph>{t('contactAdmin.page.intro')}</Paragraph>
      <nav className="section-nav sub-nav" aria-label={t('contactAdmin.page.sectionsNav')}>
        <ul className="section-nav__list sub-nav__list">
          {SECTIONS.map((section) => {
            const current = section.key === active.key;
            return (
              <li key={section.key} className={`sub-nav__item${current ? ' sub-nav__item--current' : ''}`}>
                <Link
                  className={`utrecht-link utrecht-link--html-a sub-nav__link${current ? ' sub-nav__link--current' : ''}`}
                  to={{ pathname, search: `?deel=${section.slug}` }}
                  aria-current={current ? 'page' : undefined}
                >
                  {t(`contactAdmin.page.sections.${section.key}`)}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <section className="contact-admin__section" aria-labelledby={SECTION_HEADING_ID}>
        <Heading level={2} id={SECTION_HEADING_ID} focusable>
          {t(`contactAdmin.page.sections.${active.key}`)}
        </Heading>
        <SectionContent section={active.key} draft={draft} setDraft={setDraft} />
      </section>
    </div>
  );
}

function SectionContent({ section, draft, setDraft }: { section: SectionKey; draft: RuleDraft | null; setDraft: (draft: RuleDraft | null) => void }) {
  switch (section) {
    case 'rules':
      return <RulesSection draft={draft} setDraft={setDraft} />;
    case 'settings':
      return <SettingsSection />;
    case 'channels':
      return <ChannelsSection />;
    case 'privacy':
      return <PrivacySection />;
    case 'outbox':
      return <OutboxSection />;
  }
}
