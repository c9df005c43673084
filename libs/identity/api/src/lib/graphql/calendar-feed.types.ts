import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';

@ObjectType('CalendarFeedLink', {
  description: 'The signed-in user’s calendar-feed link that works now; its URL was shown once, when it was issued, and is kept nowhere',
})
export class CalendarFeedLinkType {
  @Field(() => GraphQLISODateTime) issuedAt!: Date;
}

@ObjectType('IssuedCalendarFeedLink', { description: 'A new calendar-feed link: the URL is shown this once only' })
export class IssuedCalendarFeedLinkType {
  @Field({
    description:
      'The secret address of the feed (iCalendar, RFC 5545), to subscribe to from a calendar app. Anyone holding it sees the feed: keep it like a password',
  })
  url!: string;
  @Field(() => GraphQLISODateTime) issuedAt!: Date;
}
