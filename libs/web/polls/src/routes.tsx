import { Route } from 'react-router';
import { CreatePollPage } from './create-poll-page';
import { PollPage } from './poll-page';
import { PollsPage } from './polls-page';

/** The routes of polls, placed by the app inside its shell. */
export function pollsRoutes() {
  return (
    <>
      <Route path="c/:slug/sondages" element={<PollsPage />} />
      <Route path="c/:slug/sondages/nouveau" element={<CreatePollPage />} />
      <Route path="c/:slug/sondages/:id" element={<PollPage />} />
    </>
  );
}
