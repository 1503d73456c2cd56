import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

/** Confirmations a page shows after the person was sent there by an action. */
export const NOTICES = [
  'loggedOutEverywhere',
  'profileSaved',
  'passwordChanged',
  'householdCreated',
  'householdSaved',
  'childAdded',
  'documentsAccepted',
  'accountActivated',
  'passwordReset',
] as const;
export type Notice = (typeof NOTICES)[number];

/** The router state that carries a notice to the next page: `navigate(to, noticeState('…'))`. */
export function noticeState(notice: Notice, name?: string) {
  return { state: { notice, name } };
}

/**
 * The notice this page was opened with, kept while the page stays open but removed from the
 * browser history, so a reload does not show it again.
 */
export function useNotice(): { notice: Notice; name?: string } | undefined {
  const location = useLocation();
  const navigate = useNavigate();
  const state = location.state as { notice?: unknown; name?: unknown } | null;
  const [kept] = useState(() =>
    state && NOTICES.includes(state.notice as Notice)
      ? {
          notice: state.notice as Notice,
          name: typeof state.name === 'string' ? state.name : undefined,
        }
      : undefined,
  );
  const hasState = Boolean(state);
  useEffect(() => {
    if (hasState) {
      void navigate(
        { pathname: location.pathname, search: location.search, hash: location.hash },
        { replace: true, state: null, preventScrollReset: true },
      );
    }
  }, [hasState, navigate, location.pathname, location.search, location.hash]);
  return kept;
}
