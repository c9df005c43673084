import { formatMoney } from '../../shared/format/format';
import type { Tone } from '../../shared/tone';
import type { ContractStatus, ContractVariationStatus, KpiRating, SavingKind, SavingStage } from './contracts.types';

/** How the contracts enums read to people (the colour of a tag only repeats the words). */
export const CONTRACT_STATUS_LABELS: Readonly<Record<ContractStatus, string>> = {
  ACTIVE: 'Active',
  ENDED: 'Ended',
  TERMINATED: 'Terminated',
};
export const CONTRACT_STATUS_TONES: Readonly<Record<ContractStatus, Tone>> = { ACTIVE: 'good', ENDED: 'neutral', TERMINATED: 'bad' };

export const VARIATION_STATUS_LABELS: Readonly<Record<ContractVariationStatus, string>> = {
  PENDING: 'Awaiting approval',
  APPROVED: 'Approved',
  EFFECTIVE: 'Effective',
  REJECTED: 'Rejected',
  LAPSED: 'Lapsed',
};
export const VARIATION_STATUS_TONES: Readonly<Record<ContractVariationStatus, Tone>> = {
  PENDING: 'info',
  APPROVED: 'good',
  EFFECTIVE: 'good',
  REJECTED: 'bad',
  LAPSED: 'neutral',
};

export const RATING_LABELS: Readonly<Record<KpiRating, string>> = { GREEN: 'Green', AMBER: 'Amber', RED: 'Red' };
export const RATING_TONES: Readonly<Record<KpiRating, Tone>> = { GREEN: 'good', AMBER: 'warn', RED: 'bad' };

export const SAVING_KIND_LABELS: Readonly<Record<SavingKind, string>> = { SAVING: 'Saving', BENEFIT: 'Benefit' };
export const SAVING_STAGE_LABELS: Readonly<Record<SavingStage, string>> = { COMMITTED: 'Committed', DELIVERED: 'Delivered' };

/** The quarter a day falls in, written as the API wants it: "2026-Q3". */
export function quarterOf(day: string): string {
  const [year, month] = day.split('-').map(Number);
  return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** A change in pounds with its sign: "+£30,000", "−£5,000", "£0". */
export function formatValueChange(value: number): string {
  const amount = formatMoney(Math.abs(value));
  return value > 0 ? `+${amount}` : value < 0 ? `−${amount}` : amount;
}
