export * from './test-run';
export * from './test-app';
export * from './nats-server-process';
export * from './lint-openapi';
export * from './eventually';
export * from './test-events';
export * from './service-test-app';
export * from './service-processes';
