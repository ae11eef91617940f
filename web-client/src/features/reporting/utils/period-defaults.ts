import type { Regime } from '../types';

export interface PeriodDates {
  windowStart: string;
  windowEnd: string;
  opensOn: string;
  dueDate: string;
}

function isoDate(year: number, month: number | undefined, day: number | undefined): string | undefined {
  if (!month || !day) {
    return undefined;
  }
  // A day past the month's end (29/2 in a common year) falls back to the month's last day, as the server does.
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const clamped = Math.min(day, last);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(clamped).padStart(2, '0')}`;
}

/**
 * The dates a period of `year` gets from its regime when the province leaves them out: the data
 * window from a day of the previous year (15/12 by Decree 09/2019/NĐ-CP) to a day of the year,
 * and the opening and due days of the year.
 */
export function regimeDefaults(regime: Regime | undefined, year: number | undefined): PeriodDates | undefined {
  if (!regime || !year) {
    return undefined;
  }
  const windowStart = isoDate(year - 1, regime.windowStartMonth, regime.windowStartDay);
  const windowEnd = isoDate(year, regime.windowEndMonth, regime.windowEndDay);
  const opensOn = isoDate(year, regime.opensMonth, regime.opensDay);
  const dueDate = isoDate(year, regime.dueMonth, regime.dueDay);
  if (!windowStart || !windowEnd || !opensOn || !dueDate) {
    return undefined;
  }
  return { windowStart, windowEnd, opensOn, dueDate };
}
