import type { Locale } from '@palier/shared';
import { localeFromSearch, useLocale } from '@palier/web-i18n';
import { AccountMenu } from '@palier/web-identity';
import { NotificationBell, RealtimeNotice } from '@palier/web-notifications';
import { useMe } from '@palier/web-session';
import { useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { LanguageSwitch } from './language-switch';

/** The frame of every page: skip link, header with the language switch, main, footer. */
export function AppShell() {
  const { t } = useTranslation();
  const { setLocale } = useLocale();
  const { me } = useMe();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const previousPath = useRef(location.pathname);

  // After a navigation, start reading and tabbing at the new content, from the top — unless the
  // address points to a part of the page (`/c/slug#accueil`): the page then goes there itself.
  useEffect(() => {
    if (previousPath.current === location.pathname) return;
    previousPath.current = location.pathname;
    if (location.hash) return;
    window.scrollTo(0, 0);
    mainRef.current?.focus();
  }, [location.pathname, location.hash]);

  // `?lang=ar` in a shared link selects that language, once per link: when the person then picks
  // another language, the switch removes the parameter (possibly a render later).
  const asked = localeFromSearch(location.search);
  const appliedAsk = useRef<Locale | undefined>(undefined);
  useEffect(() => {
    if (asked !== appliedAsk.current) {
      appliedAsk.current = asked;
      if (asked) setLocale(asked);
    }
  }, [asked, setLocale]);

  const skipToContent = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    mainRef.current?.focus();
    mainRef.current?.scrollIntoView();
  };

  return (
    <div className="shell">
      <a className="skip-link" href="#contenu" onClick={skipToContent}>
        {t('app.skipLink')}
      </a>
      <header className="shell-header">
        <div className="shell-header__inner">
          <div className="brand">
            <Link className="brand__link" to="/">
              <svg className="brand__logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
                <rect width="32" height="32" rx="7" />
                <path d="M6 25h7v-6h6v-6h7" />
              </svg>
              <span className="brand__name">{t('app.name')}</span>
            </Link>
            <p className="brand__tagline">{t('app.tagline')}</p>
          </div>
          <div className="shell-header__tools">
            {me && <NotificationBell />}
            <AccountMenu />
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <RealtimeNotice />
      <main id="contenu" className="shell-main" tabIndex={-1} ref={mainRef}>
        <Outlet />
      </main>
      <footer className="shell-footer">
        <div className="shell-footer__inner">
          <p>{t('app.footer')}</p>
        </div>
      </footer>
    </div>
  );
}
