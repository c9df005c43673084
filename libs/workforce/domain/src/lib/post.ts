import { Decider, DomainEvent, InvalidInputError, RuleViolationError, unhandled } from '@ledger/domain-kernel';
import { DistributiveOmit, IsoDate, PeopleStatuses, assertIsoDate, assertMayAct, requiredText } from '@ledger/shared-domain';

export type PostStatus = 'PROPOSED' | 'APPROVED' | 'REJECTED' | 'FILLED' | 'VACANT' | 'WITHDRAWN';

export type PostProposed = DomainEvent<'PostProposed', { postId: string; title: string; fte: number; justification: string; targetYear: number }>;
export type PostApproved = DomainEvent<'PostApproved', { postId: string; reason: string }>;
export type PostRejected = DomainEvent<'PostRejected', { postId: string; reason: string }>;
export type PostFilled = DomainEvent<'PostFilled', { postId: string; staffMemberId: string; startDate: IsoDate }>;
export type PostVacated = DomainEvent<'PostVacated', { postId: string; staffMemberId: string; endDate: IsoDate; reason: string }>;
export type PostWithdrawn = DomainEvent<'PostWithdrawn', { postId: string; reason: string }>;
export type PostEvent = PostProposed | PostApproved | PostRejected | PostFilled | PostVacated | PostWithdrawn;
export const POST_EVENT_TYPES: readonly PostEvent['type'][] = ['PostProposed', 'PostApproved', 'PostRejected', 'PostFilled', 'PostVacated', 'PostWithdrawn'];

export type PostCommand =
  | { type: 'ProposePost'; postId: string; title: string; fte: number; justification: string; targetYear: number }
  | { type: 'DecidePost'; approve: boolean; reason: string }
  /** `people` is resolved by the handler: the register status of the person filling the post. */
  | { type: 'FillPost'; staffMemberId: string; startDate: string; people: PeopleStatuses }
  | { type: 'VacatePost'; endDate: string; reason: string }
  | { type: 'WithdrawPost'; reason: string };

/** A post command as asked for: without the facts the handler resolves (the people it names). */
export type PostRequest = DistributiveOmit<PostCommand, 'people'>;

export type PostState = { status: 'NONE' } | { status: PostStatus; postId: string; holderId?: string; startDate?: IsoDate };

export const postStreamId = (postId: string) => `post-${postId}`;

/** FTE is kept to two decimals; what is checked is the value that will be recorded. */
export function assertFte(fte: number): number {
  const rounded = Math.round(fte * 100) / 100;
  if (typeof fte !== 'number' || !Number.isFinite(fte) || rounded <= 0 || rounded > 1) {
    throw new InvalidInputError('fte must be at least 0.01 and at most 1 (one full-time equivalent per post)', { field: 'fte' });
  }
  return rounded;
}

const refuse = (state: PostState, action: string): never => {
  throw new RuleViolationError(`This post is ${state.status.toLowerCase()}: it cannot be ${action}`, { status: state.status });
};

/** The staffing establishment: a post's life from proposal to approval, filling and vacancy. */
export const postDecider: Decider<PostCommand, PostEvent, PostState> = {
  initialState: () => ({ status: 'NONE' }),

  decide(command, state) {
    if (command.type !== 'ProposePost' && state.status === 'NONE') throw new RuleViolationError('No such post');
    const postId = state.status === 'NONE' ? '' : state.postId;
    switch (command.type) {
      case 'ProposePost': {
        if (state.status !== 'NONE') throw new RuleViolationError(`Post ${command.postId} was already proposed`);
        if (!Number.isInteger(command.targetYear) || command.targetYear < 2000 || command.targetYear > 2100) {
          throw new InvalidInputError('targetYear must be a year such as 2025', { field: 'targetYear' });
        }
        return [
          {
            type: 'PostProposed',
            data: {
              postId: command.postId,
              title: requiredText('title', command.title, 200),
              fte: assertFte(command.fte),
              justification: requiredText('justification', command.justification, 4000),
              targetYear: command.targetYear,
            },
          },
        ];
      }
      case 'DecidePost': {
        if (state.status !== 'PROPOSED') return refuse(state, command.approve ? 'approved' : 'rejected');
        const reason = requiredText('reason', command.reason, 4000);
        return [command.approve ? { type: 'PostApproved', data: { postId, reason } } : { type: 'PostRejected', data: { postId, reason } }];
      }
      case 'FillPost': {
        assertMayAct(command.staffMemberId, command.people, 'fill a post');
        if (state.status !== 'APPROVED' && state.status !== 'VACANT') return refuse(state, 'filled');
        return [{ type: 'PostFilled', data: { postId, staffMemberId: command.staffMemberId, startDate: assertIsoDate('startDate', command.startDate) } }];
      }
      case 'VacatePost': {
        if (state.status !== 'FILLED') return refuse(state, 'vacated');
        const endDate = assertIsoDate('endDate', command.endDate);
        if (state.startDate && endDate < state.startDate) throw new RuleViolationError('A post cannot be vacated before its holder started');
        return [{ type: 'PostVacated', data: { postId, staffMemberId: state.holderId as string, endDate, reason: requiredText('reason', command.reason, 4000) } }];
      }
      case 'WithdrawPost': {
        if (state.status === 'FILLED' || state.status === 'REJECTED' || state.status === 'WITHDRAWN') return refuse(state, 'withdrawn');
        return [{ type: 'PostWithdrawn', data: { postId, reason: requiredText('reason', command.reason, 4000) } }];
      }
      default:
        return unhandled('command', command);
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'PostProposed':
        return { status: 'PROPOSED', postId: event.data.postId };
      case 'PostApproved':
        return { ...state, status: 'APPROVED' } as PostState;
      case 'PostRejected':
        return { ...state, status: 'REJECTED' } as PostState;
      case 'PostFilled':
        return { ...state, status: 'FILLED', holderId: event.data.staffMemberId, startDate: event.data.startDate } as PostState;
      case 'PostVacated':
        return { ...state, status: 'VACANT', holderId: undefined, startDate: undefined } as PostState;
      case 'PostWithdrawn':
        return { ...state, status: 'WITHDRAWN' } as PostState;
      default:
        return unhandled('event', event);
    }
  },
};
