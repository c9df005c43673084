import { Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Inject, Optional } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Request } from 'express';
import { Actor, CurrentActor, commandMetadataFor } from '@ledger/shared-api';
import { CALENDAR_FEED_ORIGIN } from '../calendar/calendar-feed-origin.module';
import { calendarFeedPath, calendarFeedTokenSha256, newCalendarFeedToken } from '../calendar/calendar-feed-token';
import { IdentityQueries } from '../read/identity-queries';
import { UserCommandMessage } from '../write/messages';
import { CalendarFeedLinkType, IssuedCalendarFeedLinkType } from './calendar-feed.types';

/** The signed-in user's own calendar-feed link (ADR 0032): issue (the URL is shown once), revoke, and whether one works now. */
@Resolver(() => CalendarFeedLinkType)
export class CalendarFeedResolver {
  constructor(
    private readonly queries: IdentityQueries,
    private readonly commands: CommandBus,
    @Optional() @Inject(CALENDAR_FEED_ORIGIN) private readonly publicOrigin?: string | null,
  ) {}

  @Query(() => CalendarFeedLinkType, { nullable: true, description: 'The signed-in user’s calendar-feed link, if one works now (its URL is not shown again)' })
  async myCalendarFeedLink(@CurrentActor() actor: Actor): Promise<CalendarFeedLinkType | null> {
    const issuedAt = await this.queries.calendarFeedIssuedAt(actor.userId);
    return issuedAt ? { issuedAt: new Date(issuedAt) } : null;
  }

  @Mutation(() => IssuedCalendarFeedLinkType, {
    description:
      'Gives the signed-in user a new secret address for a calendar feed of their dates, replacing any earlier one (which stops working). The URL is returned this once: only a hash of it is kept.',
  })
  async issueCalendarFeedLink(@CurrentActor() actor: Actor, @Context('req') request: Request): Promise<IssuedCalendarFeedLinkType> {
    // No client command id: a retry must not be answered with a token whose hash was never recorded.
    const token = newCalendarFeedToken();
    await this.commands.execute(
      new UserCommandMessage(
        actor.userId,
        { type: 'IssueCalendarFeedLink', userId: actor.userId, tokenSha256: calendarFeedTokenSha256(token) },
        commandMetadataFor(actor),
      ),
    );
    const issuedAt = await this.queries.calendarFeedIssuedAt(actor.userId);
    return { url: `${this.publicOrigin ?? originOf(request)}${calendarFeedPath(token)}`, issuedAt: issuedAt ? new Date(issuedAt) : new Date() };
  }

  @Mutation(() => Boolean, { description: 'The signed-in user’s calendar-feed link stops working at once (true also when there was none)' })
  async revokeCalendarFeedLink(@CurrentActor() actor: Actor): Promise<boolean> {
    await this.commands.execute(new UserCommandMessage(actor.userId, { type: 'RevokeCalendarFeedLink', userId: actor.userId }, commandMetadataFor(actor)));
    return true;
  }
}

/**
 * Without PUBLIC_URL, the address the user reached this server by: the admin UI is served from the same origin, so the
 * feed is too. Behind a proxy named in TRUST_PROXY, Express gives the forwarded protocol and host.
 */
function originOf(request: Request | undefined): string {
  const host = request?.get?.('host');
  return host ? `${request?.protocol ?? 'http'}://${host}` : '';
}
