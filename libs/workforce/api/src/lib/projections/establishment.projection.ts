import { ProjectionTx, RecordedEvent, defineProjection, updateDocument } from '@ledger/event-store-core';
import { PostEvent } from '@ledger/workforce-domain';
import { POSTS, PostDoc } from './collections';

/** Changes the post an event is about; the post takes the event's revision. */
const changePost = (tx: ProjectionTx, { data, revision }: RecordedEvent<PostEvent>, change: Partial<PostDoc>) =>
  updateDocument<PostDoc>(tx, POSTS, data.postId, (post) => ({ ...post, revision, ...change }));

/** The staffing establishment: every post with its status, holder and stream revision. */
export const establishmentProjection = defineProjection<PostEvent>({
  name: 'workforce.establishment',
  version: 1,
  collections: [POSTS],
  on: {
    PostProposed({ data: { postId: id, title, fte, justification, targetYear }, revision, metadata }, tx) {
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
        revision,
        proposedAt: metadata.recordedAt,
      };
      tx.put(POSTS, id, doc);
    },
    PostApproved: (event, tx) => changePost(tx, event, { status: 'APPROVED', decisionReason: event.data.reason }),
    PostRejected: (event, tx) => changePost(tx, event, { status: 'REJECTED', decisionReason: event.data.reason }),
    PostFilled: (event, tx) => changePost(tx, event, { status: 'FILLED', holderId: event.data.staffMemberId, startDate: event.data.startDate }),
    PostVacated: (event, tx) => changePost(tx, event, { status: 'VACANT', holderId: null, startDate: null }),
    PostWithdrawn: (event, tx) => changePost(tx, event, { status: 'WITHDRAWN' }),
  },
});
