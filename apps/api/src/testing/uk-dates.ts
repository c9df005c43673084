import { addDays, ukDateOf } from '@ledger/shared-domain';

/**
 * Today as the product sees it: the date in the UK (YYYY-MM-DD). Not the UTC date, which is a day
 * behind from 23:00 to midnight UTC while the UK is on summer time: a spec that took it for today
 * failed then (assessments are recorded on the UK date).
 */
export const ukToday = (): string => ukDateOf(new Date());

/** The UK date `days` after today (before it when negative). */
export const ukDaysFromToday = (days: number): string => addDays(ukToday(), days);

/** The year in the UK today. */
export const ukYear = (): number => Number(ukToday().slice(0, 4));
