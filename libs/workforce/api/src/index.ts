export * from './lib/workforce.module';
export * from './lib/projections';
export * from './lib/read/workforce-queries';
export * from './lib/write/messages';
export * from './lib/spreadsheets/workforce-importer';
export * from './lib/spreadsheets/workforce-exporter';
