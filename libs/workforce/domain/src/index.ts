export * from './lib/proficiency';
export * from './lib/post';
export * from './lib/competency';
export * from './lib/course';
export * from './lib/staff-member';
export { addDays, addMonths, assertIsoDate, ukDateOf, type IsoDate } from '@ledger/shared-domain';
