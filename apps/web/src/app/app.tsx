import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter, Route, Routes } from 'react-router';
import { identityRoutes } from '@palier/web-identity';
import { staffRoutes } from '@palier/web-staff';
import { AppShell } from './app-shell';
import { HomePage } from './pages/home-page';
import { NotFoundPage } from './pages/not-found-page';

export interface AppProps {
  i18n: I18n;
  client: ApolloClient;
}

/** Providers and routes: the app's own pages, then each feature library's. */
export function App({ i18n, client }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        <BrowserRouter>
          <Routes>
            <Route element={<AppShell />}>
              <Route index element={<HomePage />} />
              {identityRoutes()}
              {staffRoutes()}
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </ApolloProvider>
    </I18nextProvider>
  );
}
