export * from './audit-log-table';
export * from './audit-trail';
export * from './audit-routes';
export * from './audit-config';
export * from './caseloads';
export * from './ongebruikelijk';
export * from './audit.module';
