import { Temporal } from '@js-temporal/polyfill';

/** A database date as the `Temporal.Instant` Fedify's vocabulary takes. */
export const instant = (date: Date | string) => Temporal.Instant.from(new Date(date).toISOString());
