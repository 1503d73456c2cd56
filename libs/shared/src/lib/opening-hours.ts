/** Days as ISO weekday numbers: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** One opening period of a weekday, local wall-clock times "HH:MM" in the community's time zone. */
export interface OpeningPeriod {
  weekday: IsoWeekday;
  opens: string;
  closes: string;
}

export const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;
