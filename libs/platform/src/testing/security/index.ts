export * from './route-table';
export * from './authorization-matrix';
export * from './schema-arbitrary';
export * from './fuzz';
export * from './bewaartermijn-rules';
