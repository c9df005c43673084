import type { Tone } from '../../../shared/tone';
import type { TrainingOutcome, TrainingStatus } from '../workforce.types';

export const TRAINING_STATUS_LABELS: Readonly<Record<TrainingStatus, string>> = {
  PLANNED: 'Planned',
  BOOKED: 'Booked',
  ATTENDED: 'Attended',
  COMPLETED: 'Completed',
  FAILED: 'Failed',
  NO_SHOW: 'Did not attend',
  EXPIRED: 'Expired',
};

export const TRAINING_STATUS_TONES: Readonly<Record<TrainingStatus, Tone>> = {
  PLANNED: 'info',
  BOOKED: 'info',
  ATTENDED: 'info',
  COMPLETED: 'good',
  FAILED: 'bad',
  NO_SHOW: 'bad',
  EXPIRED: 'bad',
};

/** The outcomes a user records, in the order they usually happen. */
export const TRAINING_OUTCOMES: readonly TrainingOutcome[] = ['BOOKED', 'ATTENDED', 'COMPLETED', 'FAILED', 'NO_SHOW'];

export function validityLabel(months: number | null): string {
  if (months === null) {
    return 'Does not expire';
  }
  return months === 1 ? '1 month' : `${months} months`;
}
