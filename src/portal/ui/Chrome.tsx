/** @jsxImportSource preact */
// The frame around every screen: the header with the organisation, the language choice (each language
// named in itself) and "Afmelden"; the footer with where to ask questions.
import { useEffect, useState } from 'preact/hooks';
import { Phone, Tpl, useT } from './components';
import { LANGUAGE_NAMES, directionOf } from './texts';
import { PORTAL_LANGUAGES, asPortalLanguage, type PortalLanguage } from './types';

export function Header(props: {
  organisation: string | null;
  signedIn: boolean;
  language: PortalLanguage;
  onLanguage: (language: PortalLanguage) => void;
  onLogout: () => void;
}) {
  const tr = useT();
  const [choice, setChoice] = useState<PortalLanguage>(props.language);
  useEffect(() => setChoice(props.language), [props.language]);
  return (
    <header class="bar">
      <div class="bar-inner">
        <p class="brand">{props.organisation ? `${props.organisation} · ${tr.t('brand')}` : tr.t('brand')}</p>
        <div class="bar-tools">
          {/* A choice and a button, not a select that acts on every arrow key. */}
          <form
            class="language"
            onSubmit={(event) => {
              event.preventDefault();
              if (choice !== props.language) props.onLanguage(choice);
            }}
          >
            <label for="language" class="language-label">{tr.t('languageLabel')}</label>
            <div class="language-row">
              <select id="language" class="select" value={choice} onChange={(event) => setChoice(asPortalLanguage(event.currentTarget.value))}>
                {PORTAL_LANGUAGES.map((language) => (
                  <option key={language} value={language} lang={language} dir={directionOf(language)}>
                    {LANGUAGE_NAMES[language]}
                  </option>
                ))}
              </select>
              <button type="submit" class="button button--onbar">{tr.t('languageApply')}</button>
            </div>
          </form>
          {props.signedIn ? (
            <button type="button" class="button button--onbar" id="logout" onClick={props.onLogout}>
              {tr.t('logout')}
            </button>
          ) : null}
        </div>
      </div>
    </header>
  );
}

export function Footer({ phone }: { phone: string | null }) {
  const tr = useT();
  return (
    <footer class="help">
      <p>{phone ? <Tpl k="helpPhone" parts={{ phone: <Phone number={phone} /> }} /> : tr.t('helpNoPhone')}</p>
    </footer>
  );
}
