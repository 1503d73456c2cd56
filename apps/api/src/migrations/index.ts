import { Foundation1763884800000 } from './1763884800000-foundation';
import { IdentityAndSas1763900000000 } from './1763900000000-identity-and-sas';
import { Notifications1763910000000 } from './1763910000000-notifications';
import { PrivacyCentre1763915000000 } from './1763915000000-privacy-centre';
import { FeedAndModeration1763920000000 } from './1763920000000-feed-and-moderation';
import { Booking1763930000000 } from './1763930000000-booking';
import { Polls1763940000000 } from './1763940000000-polls';
import { Ideas1763950000000 } from './1763950000000-ideas';
import { Activities1763960000000 } from './1763960000000-activities';
import { Sharing1763970000000 } from './1763970000000-sharing';
import { Reporting1763980000000 } from './1763980000000-reporting';
import { Federation1763990000000 } from './1763990000000-federation';
import { FederationFollowers1764020000000 } from './1764020000000-federation-followers';
import { FederationQueue1764030000000 } from './1764030000000-federation-queue';

/** Every migration, oldest first. A schema change is a new file here, never `synchronize`. */
export const MIGRATIONS = [
  Foundation1763884800000,
  IdentityAndSas1763900000000,
  Notifications1763910000000,
  PrivacyCentre1763915000000,
  FeedAndModeration1763920000000,
  Booking1763930000000,
  Polls1763940000000,
  Ideas1763950000000,
  Activities1763960000000,
  Sharing1763970000000,
  Reporting1763980000000,
  Federation1763990000000,
  FederationFollowers1764020000000,
  FederationQueue1764030000000,
];
