import type { Tone } from '../../../shared/tone';

export { TRAINING_STATUS_LABELS } from '../../../shared/enum-labels';
import type { TrainingOutcome, TrainingStatus } from '../workforce.types';

export const TRAINING_STATUS_TONES: Readonly<Record<TrainingStatus, Tone>> = {
  PLANNED: 'info',
  BOOKED: 'info',
  ATTENDED: 'info',
  COMPLETED: 'good',
  FAILED: 'bad',
  NO_SHOW: 'bad',
  EXPIRED: 'bad',
  CANCELLED: 'neutral',
};

/** The outcomes a user records, in the order they usually happen. */
export const TRAINING_OUTCOMES: readonly TrainingOutcome[] = ['BOOKED', 'ATTENDED', 'COMPLETED', 'FAILED', 'NO_SHOW'];

export function validityLabel(months: number | null): string {
  if (months === null) {
    return 'Does not expire';
  }
  return months === 1 ? '1 month' : `${months} months`;
}
