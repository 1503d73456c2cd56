import { Fragment } from 'react';

/** The routes of this feature, placed by the app inside its shell (children of the root route). */
export function identityRoutes() {
  return <Fragment />;
}
