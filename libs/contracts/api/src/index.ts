export * from './lib/contracts.module';
export * from './lib/projections';
export * from './lib/read/contracts-queries';
export * from './lib/write/messages';
export * from './lib/graphql/contracts.types';
export * from './lib/exports/social-value-foi.export';
export * from './lib/exports/ocds-release-package';
export * from './lib/exports/ocds-release-packages';
