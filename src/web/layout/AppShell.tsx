// Page frame: skip link, header (product, organisation, user, nav, language, sign-out) and main.
import { useEffect, useRef, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation, useNavigate } from 'react-router';
import { api } from '../api';
import { Button } from '../components';
import { hasRole, refreshSession, useCurrentUser } from '../session';
import { LanguageSwitch } from './LanguageSwitch';

function SkipLink() {
  const { t } = useTranslation();
  return (
    <a
      className="utrecht-skip-link utrecht-skip-link--visible-on-focus"
      href="#main"
      onClick={(event) => {
        event.preventDefault();
        document.getElementById('main')?.focus();
      }}
    >
      {t('app.skipLink')}
    </a>
  );
}

function MainNav() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  if (!user) return null;
  const navClass = ({ isActive }: { isActive: boolean }) =>
    `utrecht-link utrecht-link--html-a main-nav__link${isActive ? ' main-nav__link--current' : ''}`;
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <ul className="main-nav__list">
        {hasRole(user, 'labour_expert', 'office_staff') ? (
          <>
            <li>
              <NavLink to="/dossiers" end className={navClass}>
                {t('nav.cases')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/dossiers/nieuw" className={navClass}>
                {t('nav.newCase')}
              </NavLink>
            </li>
          </>
        ) : null}
        {/* The quality views: who may read them follows `oversight.read` (src/platform/access.ts). */}
        {hasRole(user, 'org_admin', 'labour_expert') ? (
          <>
            <li>
              <NavLink to="/kwaliteit/contactvormen" className={navClass}>
                {t('nav.oversight')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/kwaliteit/ervaringen" className={navClass}>
                {t('nav.experiences')}
              </NavLink>
            </li>
            {/* The instrument databank and the factor catalogue follow `judgement.catalogues`. */}
            <li>
              <NavLink to="/instrumenten" className={navClass}>
                {t('instruments.nav')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/factoren" className={navClass}>
                {t('factors.nav')}
              </NavLink>
            </li>
          </>
        ) : null}
        {hasRole(user, 'org_admin') ? (
          <>
            <li>
              <NavLink to="/beheer/gebruikers" className={navClass}>
                {t('nav.users')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/beheer/contactvorm" className={navClass}>
                {t('nav.contactAdmin')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/beheer/fml-itemlijsten" className={navClass}>
                {t('capacity.admin.title')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/beheer/wml-bedragen" className={navClass}>
                {t('wageValue.admin.title')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/beheer/rapportsjablonen" className={navClass}>
                {t('report.templates.title')}
              </NavLink>
            </li>
          </>
        ) : null}
      </ul>
    </nav>
  );
}

function SignOutButton() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  async function signOut() {
    try {
      await api.logout();
    } finally {
      queryClient.clear();
      await refreshSession(queryClient).catch(() => undefined);
      void navigate('/aanmelden', { replace: true, state: { signedOut: true } });
    }
  }
  return (
    <Button variant="secondary" onClick={() => void signOut()}>
      {t('nav.signOut')}
    </Button>
  );
}

/** After a route change, move focus to the page's h1 so screen readers start at the new page. */
function useFocusHeadingOnNavigate() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const frame = requestAnimationFrame(() => {
      const heading = document.querySelector<HTMLElement>('main h1');
      (heading ?? document.getElementById('main'))?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [pathname]);
}

export function AppShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  useFocusHeadingOnNavigate();
  return (
    <div className="app">
      <SkipLink />
      <header className="app-header">
        <div className="app-header__bar">
          <div className="app-header__brand">
            {user ? (
              <Link to="/" className="app-header__product">
                {t('app.name')}
              </Link>
            ) : (
              <span className="app-header__product">{t('app.name')}</span>
            )}
            {user ? <span className="app-header__organisation">{user.organisationName}</span> : null}
          </div>
          <div className="app-header__tools">
            {user ? (
              <span className="app-header__user">
                <span className="visually-hidden">{t('nav.signedInAs')} </span>
                {user.displayName}
              </span>
            ) : null}
            <LanguageSwitch />
            {user ? <SignOutButton /> : null}
          </div>
        </div>
        <MainNav />
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="app-footer">
        <p className="utrecht-paragraph">
          {t('app.name')} · {t('app.tagline')}
        </p>
      </footer>
    </div>
  );
}
