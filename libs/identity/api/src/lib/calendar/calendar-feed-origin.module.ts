import { DynamicModule, Global, Module } from '@nestjs/common';

/**
 * Where users reach the ledger (PUBLIC_URL, e.g. https://ledger.example.gov.uk): calendar-feed URLs
 * and the links in their events start with it. Null: the origin of the request at hand (the API
 * serves the admin UI, so that is where the user reached it).
 */
export const CALENDAR_FEED_ORIGIN = Symbol('CALENDAR_FEED_ORIGIN');

/** Provides CALENDAR_FEED_ORIGIN to the identity resolvers and the calendar-feed controller alike. */
@Global()
@Module({})
export class CalendarFeedOriginModule {
  static forRoot(publicUrl: string | null | undefined): DynamicModule {
    const origin = publicUrl ? publicUrl.replace(/\/+$/, '') : null;
    return { module: CalendarFeedOriginModule, providers: [{ provide: CALENDAR_FEED_ORIGIN, useValue: origin }], exports: [CALENDAR_FEED_ORIGIN] };
  }
}
