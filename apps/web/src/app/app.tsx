import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter, Route, Routes } from 'react-router';
import { AppShell } from './app-shell';
import { CommunityPage } from './pages/community-page';
import { HomePage } from './pages/home-page';
import { NotFoundPage } from './pages/not-found-page';

export interface AppProps {
  i18n: I18n;
  client: ApolloClient;
}

/** Providers and routes. Pages live under ./pages until their feature libraries exist. */
export function App({ i18n, client }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        <BrowserRouter>
          <Routes>
            <Route element={<AppShell />}>
              <Route index element={<HomePage />} />
              <Route path="c/:slug" element={<CommunityPage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </ApolloProvider>
    </I18nextProvider>
  );
}
