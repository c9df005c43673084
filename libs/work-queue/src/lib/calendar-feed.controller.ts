import { Controller, Get, Inject, Optional, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CALENDAR_FEED_ORIGIN, CALENDAR_FEED_TOKEN, IdentityQueries, calendarFeedTokenSha256 } from '@ledger/identity-api';
import { Public, RequestRateLimits } from '@ledger/shared-api';
import { calendarFeedIcs } from './calendar-feed';
import { WorkQueueGatherer } from './work-queue.gatherer';

const FEED_FILE = /^(.+)\.ics$/;

/**
 * GET /api/calendar/<token>.ics: a person's dates as an iCalendar feed (ADR 0032). Calendar apps
 * cannot send a header, so the token in the URL is the credential: the route is public to the
 * AuthGuard and checks the token itself. Every refusal (malformed, unknown, revoked or replaced
 * token; disabled or erased account) is the same bare 404, so an answer tells a guesser nothing.
 */
@Controller('api/calendar')
export class CalendarFeedController {
  constructor(
    private readonly identity: IdentityQueries,
    private readonly queue: WorkQueueGatherer,
    private readonly rateLimits: RequestRateLimits,
    // PUBLIC_URL when set; otherwise the origin the calendar app requested the feed from (the API serves the UI too).
    @Optional() @Inject(CALENDAR_FEED_ORIGIN) private readonly uiOrigin?: string | null,
  ) {}

  @Public()
  @Get(':file')
  async feed(@Param('file') file: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const token = FEED_FILE.exec(file)?.[1];
    const owner = token && CALENDAR_FEED_TOKEN.test(token) ? await this.identity.calendarFeedOwner(calendarFeedTokenSha256(token)) : undefined;
    if (!owner) {
      // Misses count per client address: guessing costs the guesser, never the feed's owner.
      await this.rateLimits.consume('file', `calendar-miss:${request.ip ?? 'unknown'}`);
      response.status(404).type('text/plain').send('Not found');
      return;
    }
    // A feed counts against its owner's file requests, like their exports and downloads.
    await this.rateLimits.consume('file', owner.userId);
    const ics = calendarFeedIcs(await this.queue.calendarEntriesFor(owner), {
      uidHost: (this.uiOrigin ? new URL(this.uiOrigin).hostname : request.hostname) || 'governance-ledger',
      uiOrigin: this.uiOrigin ?? `${request.protocol}://${request.get('host') ?? request.hostname}`,
      name: 'Governance Ledger: my dates',
    });
    response
      .status(200)
      .setHeader('Content-Type', 'text/calendar; charset=utf-8')
      // Only the subscriber's own calendar app may keep it (revalidating by ETag), never a shared cache.
      .setHeader('Cache-Control', 'private, no-cache')
      .setHeader('Content-Disposition', 'inline; filename="governance-ledger.ics"')
      .setHeader('X-Robots-Tag', 'noindex')
      .send(ics);
  }
}
