import { Injectable, inject } from '@angular/core';

import { GraphqlClient } from '../../../core/graphql/graphql-client';
import type { Post, StaffMember } from '../workforce.types';
import {
  DecidePostDocument,
  EstablishmentPageDocument,
  FillPostDocument,
  ProposePostDocument,
  VacatePostDocument,
  WithdrawPostDocument,
} from '../../../generated/graphql';
import type { EstablishmentPageQuery, ProposePostInput } from '../../../generated/graphql';
import { PostAction, PostActionDetails } from './post-actions';

export interface EstablishmentView {
  establishment: EstablishmentPageQuery['establishment'];
  /** People who can be chosen to fill a post (not erased); empty unless asked for. */
  candidates: StaffMember[];
}

/** The establishment's queries and commands. Every post command states the revision it saw. */
@Injectable({ providedIn: 'root' })
export class EstablishmentData {
  private readonly graphql = inject(GraphqlClient);

  async load(asOf: string | null, withStaff: boolean): Promise<EstablishmentView> {
    const result = await this.graphql.execute(EstablishmentPageDocument, { asOf, withStaff });
    return {
      establishment: result.establishment,
      candidates: (result.staffMembers ?? []).filter((person) => !person.erased),
    };
  }

  async proposePost(input: ProposePostInput): Promise<Post> {
    return (await this.graphql.execute(ProposePostDocument, { input })).proposePost;
  }

  async act(post: Post, action: PostAction, details: PostActionDetails): Promise<Post> {
    const postId = post.id;
    const expectedRevision = post.revision;
    switch (action) {
      case 'approve':
      case 'reject': {
        const input = { postId, approve: action === 'approve', reason: details.reason, expectedRevision };
        return (await this.graphql.execute(DecidePostDocument, { input })).decidePost;
      }
      case 'fill': {
        const input = { postId, staffMemberId: details.staffMemberId, startDate: details.date, expectedRevision };
        return (await this.graphql.execute(FillPostDocument, { input })).fillPost;
      }
      case 'vacate': {
        const input = { postId, endDate: details.date, reason: details.reason, expectedRevision };
        return (await this.graphql.execute(VacatePostDocument, { input })).vacatePost;
      }
      case 'withdraw': {
        const input = { postId, reason: details.reason, expectedRevision };
        return (await this.graphql.execute(WithdrawPostDocument, { input })).withdrawPost;
      }
      default: {
        const unknown: never = action;
        throw new Error(`Unknown post action ${String(unknown)}`);
      }
    }
  }
}
