export { aliexpressFlow as flow } from './aliexpress';
export { labels, labelTables } from './labels';
export * from './steps';
