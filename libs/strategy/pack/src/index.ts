export * from './lib/strategy-pack.module';
export * from './lib/strategy-pack.service';
export * from './lib/pack-data';
export * from './lib/pack-formats';
export * from './lib/pack-gatherer';
export * from './lib/render-pdf';
export * from './lib/render-docx';
export * from './lib/social-value-foi';
