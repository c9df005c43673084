export * from './lib/work-items';
export * from './lib/work-queue.gatherer';
export * from './lib/work-queue.module';
export * from './lib/work-queue.types';
export * from './lib/calendar-entries';
export * from './lib/calendar-feed';
export * from './lib/calendar-feed.controller';
