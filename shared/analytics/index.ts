export * from './columns.js';
export * from './views.js';
export * from './item-type.js';
export * from './dialect.js';
export * from './export-layout.js';
export * from './athena.js';
export * from './named-queries.js';
