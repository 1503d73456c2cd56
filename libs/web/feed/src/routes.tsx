import { Route } from 'react-router';
import { FeedPage } from './feed-page';
import { PostPage } from './post-page';

/** The routes of the feed, placed by the app inside its shell. */
export function feedRoutes() {
  return (
    <>
      <Route path="c/:slug/fil" element={<FeedPage />} />
      <Route path="c/:slug/fil/:postId" element={<PostPage />} />
    </>
  );
}
