import { GATEWAYS, Gateway, ReviewSummary } from '../governance.types';

/** Where a required gateway stands: its latest review's decision, or why there is none. */
export type GatewayState =
  'NOT_REQUESTED' | 'AWAITING_DECISION' | 'APPROVED' | 'APPROVED_WITH_CONDITIONS' | 'DEFERRED' | 'REJECTED' | 'BASIS_CHANGED';

export const STATE_LABELS: Readonly<Record<GatewayState, string>> = {
  NOT_REQUESTED: 'Not requested',
  AWAITING_DECISION: 'Awaiting decision',
  APPROVED: 'Approved',
  APPROVED_WITH_CONDITIONS: 'Approved with conditions',
  DEFERRED: 'Deferred',
  REJECTED: 'Rejected',
  BASIS_CHANGED: 'Basis changed',
};

export interface TrackStep<R extends ReviewSummary = ReviewSummary> {
  gateway: Gateway;
  state: GatewayState;
  /** The gateway's latest review, if any. */
  review: R | null;
}

/** The state of one gateway from its latest review (reviews come oldest first, as the API lists them). */
export function gatewayState(review: ReviewSummary | null): GatewayState {
  if (!review) {
    return 'NOT_REQUESTED';
  }
  if (review.outcome === null) {
    return 'AWAITING_DECISION';
  }
  // A decision taken before the value, risk or political interest changed no longer stands.
  if (review.basisChanged) {
    return 'BASIS_CHANGED';
  }
  return review.outcome;
}

/** The required gateways in the order they are passed, each with its state. */
export function gatewayTrack<R extends ReviewSummary>(required: readonly Gateway[], reviews: readonly R[]): TrackStep<R>[] {
  const ordered = [...required].sort((a, b) => GATEWAYS.indexOf(a) - GATEWAYS.indexOf(b));
  return ordered.map((gateway) => {
    const review = reviews.filter((r) => r.gateway === gateway).at(-1) ?? null;
    return { gateway, state: gatewayState(review), review };
  });
}

/** Passed: approved, with or without conditions, on the basis that still holds. */
export function isPassed(state: GatewayState): boolean {
  return state === 'APPROVED' || state === 'APPROVED_WITH_CONDITIONS';
}

/**
 * The gateways a review may be requested for: not passed and not already waiting. The API also
 * wants the earlier gateways passed first and says so (RULE_VIOLATION); the first of these is
 * the one to request next.
 */
export function requestableGateways(track: readonly TrackStep[]): Gateway[] {
  return track.filter((step) => !isPassed(step.state) && step.state !== 'AWAITING_DECISION').map((step) => step.gateway);
}

/** True when a decision on the procurement was taken before its basis changed. */
export function hasBasisChanged(reviews: readonly ReviewSummary[]): boolean {
  return reviews.some((review) => review.basisChanged);
}
