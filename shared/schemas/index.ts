export * from './feed.js';
export * from './item.js';
export * from './page.js';
export * from './article.js';
export * from './fact.js';
export * from './alert.js';
export * from './messages.js';
export * from './deal.js';
