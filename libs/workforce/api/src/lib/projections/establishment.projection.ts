import { Projection, RecordedEvent } from '@ledger/event-store-core';
import { POST_EVENT_TYPES, PostEvent } from '@ledger/workforce-domain';
import { POSTS, PostDoc } from './collections';

/** The staffing establishment: every post with its status, holder and stream revision. */
export const establishmentProjection: Projection = {
  name: 'workforce.establishment',
  version: 1,
  collections: [POSTS],
  handles: POST_EVENT_TYPES,
  async apply(recorded, tx) {
    const event = recorded as RecordedEvent<PostEvent>;
    const id = event.data.postId;
    if (event.type === 'PostProposed') {
      const { title, fte, justification, targetYear } = (event as RecordedEvent<Extract<PostEvent, { type: 'PostProposed' }>>).data;
      const doc: PostDoc = {
        id,
        title,
        fte,
        justification,
        targetYear,
        status: 'PROPOSED',
        holderId: null,
        startDate: null,
        decisionReason: null,
        revision: event.revision,
        proposedAt: event.metadata.recordedAt,
      };
      tx.put(POSTS, id, doc);
      return;
    }
    const post = await tx.get<PostDoc>(POSTS, id);
    if (!post) return;
    const next: PostDoc = { ...post, revision: event.revision };
    switch (event.type) {
      case 'PostApproved':
        Object.assign(next, { status: 'APPROVED', decisionReason: event.data.reason });
        break;
      case 'PostRejected':
        Object.assign(next, { status: 'REJECTED', decisionReason: event.data.reason });
        break;
      case 'PostFilled':
        Object.assign(next, { status: 'FILLED', holderId: event.data.staffMemberId, startDate: event.data.startDate });
        break;
      case 'PostVacated':
        Object.assign(next, { status: 'VACANT', holderId: null, startDate: null });
        break;
      case 'PostWithdrawn':
        Object.assign(next, { status: 'WITHDRAWN' });
        break;
    }
    tx.put(POSTS, id, next);
  },
};
