import { Temporal } from '@js-temporal/polyfill';

/** A Fedify duration (delay, time to live) in milliseconds; months and years count from now. */
export function millisecondsOf(duration: Temporal.Duration | undefined): number | null {
  if (!duration) return null;
  const d = Temporal.Duration.from(duration);
  const total =
    d.years || d.months || d.weeks
      ? d.total({ unit: 'millisecond', relativeTo: Temporal.Now.plainDateTimeISO('UTC') })
      : d.total({ unit: 'millisecond' });
  return Math.max(0, Math.ceil(total));
}
