import { Injectable, inject } from '@angular/core';

import { GraphqlClient } from '../../core/graphql/graphql-client';
import {
  ChangeOwnPasswordDocument,
  IssueCalendarFeedLinkDocument,
  MyCalendarFeedLinkDocument,
  RevokeCalendarFeedLinkDocument,
} from '../../generated/graphql';

/** A calendar-feed link just issued: its URL is shown this once. */
export interface IssuedCalendarLink {
  url: string;
  issuedAt: string;
}

/** The signed-in user's own account. */
@Injectable({ providedIn: 'root' })
export class AccountData {
  private readonly graphql = inject(GraphqlClient);

  async changeOwnPassword(currentPassword: string, newPassword: string): Promise<boolean> {
    return (await this.graphql.execute(ChangeOwnPasswordDocument, { currentPassword, newPassword })).changeOwnPassword;
  }

  /** When the user's calendar link that works now was issued; null without one. */
  async calendarLinkIssuedAt(): Promise<string | null> {
    return (await this.graphql.execute(MyCalendarFeedLinkDocument, {})).myCalendarFeedLink?.issuedAt ?? null;
  }

  async issueCalendarLink(): Promise<IssuedCalendarLink> {
    return (await this.graphql.execute(IssueCalendarFeedLinkDocument, {})).issueCalendarFeedLink;
  }

  async revokeCalendarLink(): Promise<boolean> {
    return (await this.graphql.execute(RevokeCalendarFeedLinkDocument, {})).revokeCalendarFeedLink;
  }
}
