import { Route } from 'react-router';
import { LogPage } from './log-page';
import { MyDecisionsPage } from './my-decisions-page';
import { QueuePage } from './queue-page';
import { SettingsPage } from './settings-page';

/** The routes of moderation, placed by the app inside its shell. */
export function moderationRoutes() {
  return (
    <>
      <Route path="c/:slug/moderation" element={<QueuePage />} />
      <Route path="c/:slug/moderation/journal" element={<LogPage />} />
      <Route path="c/:slug/moderation/mes-decisions" element={<MyDecisionsPage />} />
      <Route path="c/:slug/moderation/reglages" element={<SettingsPage />} />
    </>
  );
}
