import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter, Route, Routes } from 'react-router';
import { activitiesRoutes } from '@palier/web-activities';
import { bookingRoutes } from '@palier/web-booking';
import { RealtimeProvider, type Realtime } from '@palier/web-data-access';
import { feedRoutes } from '@palier/web-feed';
import { identityRoutes } from '@palier/web-identity';
import { ideasRoutes } from '@palier/web-ideas';
import { moderationRoutes } from '@palier/web-moderation';
import { notificationRoutes } from '@palier/web-notifications';
import { pollsRoutes } from '@palier/web-polls';
import { privacyRoutes } from '@palier/web-privacy';
import { sharingRoutes } from '@palier/web-sharing';
import { reportingRoutes } from '@palier/web-reporting';
import { NotFoundPage } from '@palier/web-session';
import { staffRoutes } from '@palier/web-staff';
import { AppShell } from './app-shell';
import { HomePage } from './pages/home-page';

export interface AppProps {
  i18n: I18n;
  client: ApolloClient;
  /** The live connection (none in tests that render without a server). */
  realtime?: Realtime | null;
}

/** Providers and routes: the app's own pages, then each feature library's. */
export function App({ i18n, client, realtime = null }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        <RealtimeProvider realtime={realtime}>
          <BrowserRouter>
            <Routes>
              <Route element={<AppShell />}>
                <Route index element={<HomePage />} />
                {identityRoutes()}
                {staffRoutes()}
                {notificationRoutes()}
                {privacyRoutes()}
                {feedRoutes()}
                {moderationRoutes()}
                {bookingRoutes()}
                {sharingRoutes()}
                {ideasRoutes()}
                {activitiesRoutes()}
                {pollsRoutes()}
                {reportingRoutes()}
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Routes>
          </BrowserRouter>
        </RealtimeProvider>
      </ApolloProvider>
    </I18nextProvider>
  );
}
