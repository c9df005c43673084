import type { Tone } from '../../../shared/tone';
import type { PostStatus } from '../workforce.types';

export type PostAction = 'approve' | 'reject' | 'fill' | 'vacate' | 'withdraw';

/** What the API's post decider accepts in each status (libs/workforce/domain/src/lib/post.ts). */
const ALLOWED: Readonly<Record<PostStatus, readonly PostAction[]>> = {
  PROPOSED: ['approve', 'reject', 'withdraw'],
  APPROVED: ['fill', 'withdraw'],
  VACANT: ['fill', 'withdraw'],
  FILLED: ['vacate'],
  REJECTED: [],
  WITHDRAWN: [],
};

export function actionsFor(status: PostStatus): readonly PostAction[] {
  return ALLOWED[status] ?? [];
}

export const ACTION_LABELS: Readonly<Record<PostAction, string>> = {
  approve: 'Approve',
  reject: 'Reject',
  fill: 'Fill',
  vacate: 'Vacate',
  withdraw: 'Withdraw',
};

/** "The post was not …" */
export const ACTION_DONE: Readonly<Record<PostAction, string>> = {
  approve: 'approved',
  reject: 'rejected',
  fill: 'filled',
  vacate: 'vacated',
  withdraw: 'withdrawn',
};

export { POST_STATUS_LABELS as STATUS_LABELS } from '../../../shared/enum-labels';

/** The details an action needs; each action reads only its own. */
export interface PostActionDetails {
  reason: string;
  staffMemberId: string;
  /** Start date (fill) or end date (vacate), YYYY-MM-DD. */
  date: string;
}

export const STATUS_TONES: Readonly<Record<PostStatus, Tone>> = {
  PROPOSED: 'info',
  APPROVED: 'good',
  FILLED: 'good',
  VACANT: 'warn',
  REJECTED: 'bad',
  WITHDRAWN: 'neutral',
};
