export * from './lib/audit.module';
export * from './lib/audit.types';
export * from './lib/open-personal-data';
