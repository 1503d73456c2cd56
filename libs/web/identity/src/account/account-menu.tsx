import { loginPath, useLogOut, useMe } from '@palier/web-session';
import { Icon, Link } from '@palier/web-ui';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation, useNavigate } from 'react-router';

/** Pages after which "Se connecter" should not come back (they are about getting in). */
const ENTRY_PATHS = ['/', '/connexion', '/inscription', '/mot-de-passe-oublie', '/activer'];

/**
 * The account area of the header: "Se connecter" for a visitor; for a logged-in person their name,
 * opening a short list ("Mon compte", "Mes données", "Se déconnecter"). A disclosure, not an
 * application menu: Tab moves through it, Escape closes it.
 */
export function AccountMenu() {
  const { t } = useTranslation('identity');
  const { me, loading } = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const logOut = useLogOut();
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const areaRef = useRef<HTMLDivElement>(null);
  // Open on the page where it was opened: a navigation closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === location.pathname;

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpenOn(null);
        buttonRef.current?.focus();
      }
    };
    const onPointer = (event: PointerEvent) => {
      if (!areaRef.current?.contains(event.target as Node)) setOpenOn(null);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  if (loading) return <div className="account-menu" aria-hidden="true" />;

  if (!me) {
    // On the login page itself, the link would lead to where the person already is.
    if (location.pathname === '/connexion') return <div className="account-menu" />;
    const here = location.pathname + location.search;
    const to = ENTRY_PATHS.includes(location.pathname) ? '/connexion' : loginPath(here);
    return (
      <div className="account-menu">
        <Link to={to} icon="log-in" className="account-menu__login" data-testid="header-log-in">
          {t('header.logIn')}
        </Link>
      </div>
    );
  }

  const leave = async () => {
    setOpenOn(null);
    try {
      await logOut();
      void navigate('/');
    } catch {
      // Still logged in (no connection): the menu stays as it is.
    }
  };

  return (
    <div className="account-menu" ref={areaRef}>
      <button
        ref={buttonRef}
        type="button"
        className="account-menu__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpenOn(open ? null : location.pathname)}
        data-testid="account-menu"
      >
        <Icon name="user" />
        <span className="pal-visually-hidden">{t('header.accountOf')} </span>
        <span className="account-menu__name" dir="auto">
          {me.displayName}
        </span>
        <Icon name="chevron-down" className="account-menu__chevron" />
      </button>
      <ul id={panelId} className="account-menu__panel" hidden={!open}>
        <li>
          <RouterLink
            to="/compte"
            className="account-menu__item"
            onClick={() => setOpenOn(null)}
            data-testid="header-account"
          >
            <Icon name="user" />
            <span>{t('header.account')}</span>
          </RouterLink>
        </li>
        <li>
          <RouterLink
            to="/compte/donnees"
            className="account-menu__item"
            onClick={() => setOpenOn(null)}
            data-testid="header-my-data"
          >
            <Icon name="shield" />
            <span>{t('header.myData')}</span>
          </RouterLink>
        </li>
        <li>
          <button
            type="button"
            className="account-menu__item"
            onClick={() => void leave()}
            data-testid="header-log-out"
          >
            <Icon name="log-out" />
            <span>{t('header.logOut')}</span>
          </button>
        </li>
      </ul>
    </div>
  );
}
