export * from './lib/identity.module';
export * from './lib/projections';
export * from './lib/read/identity-queries';
export * from './lib/write/messages';
export * from './lib/write/user-provisioning';
export * from './lib/auth/auth.service';
export * from './lib/calendar/calendar-feed-token';
export * from './lib/calendar/calendar-feed-origin.module';
