import { Foundation1763884800000 } from './1763884800000-foundation';

/** Every migration, oldest first. A schema change is a new file here, never `synchronize`. */
export const MIGRATIONS = [Foundation1763884800000];
