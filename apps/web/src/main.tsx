import { createApolloClient, Realtime } from '@palier/web-data-access';
import { detectInitialLocale, initI18n } from '@palier/web-i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import './styles.css';

const i18n = initI18n(detectInitialLocale());
const client = createApolloClient();
const realtime = new Realtime(client);

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');

createRoot(container).render(
  <StrictMode>
    <App i18n={i18n} client={client} realtime={realtime} />
  </StrictMode>,
);
