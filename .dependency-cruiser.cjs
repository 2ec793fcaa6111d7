/** Layer rules of the workspace, checked in `npm test` (see README "Architecture"). */
module.exports = {
  forbidden: [
    {
      name: 'service-imports-other-service',
      comment: 'A service never imports another service: they talk through events (libs/contracts).',
      severity: 'error',
      from: { path: '^services/([^/]+)/' },
      to: { path: '^services/([^/]+)/', pathNot: '^services/$1/' },
    },
    {
      name: 'contracts-imports-service-or-platform',
      comment: 'libs/contracts is the shared language; it depends on no service and no platform code.',
      severity: 'error',
      from: { path: '^libs/contracts/' },
      to: { path: '^(services|libs/platform)/' },
    },
    {
      name: 'platform-imports-service',
      severity: 'error',
      from: { path: '^libs/platform/' },
      to: { path: '^services/' },
    },
    {
      name: 'service-or-lib-imports-app',
      comment: 'Applications (the portaal) sit on top: nothing below imports them.',
      severity: 'error',
      from: { path: '^(services|libs)/' },
      to: { path: '^apps/' },
    },
    {
      name: 'app-imports-service',
      comment:
        "The portaal reaches the services through their public HTTP APIs only, never their code. Its tests may read a service's request schema, to prove the forms check what the API checks.",
      severity: 'error',
      from: { path: '^apps/', pathNot: '^apps/[^/]+/test/' },
      to: { path: '^services/' },
    },
    {
      name: 'browser-imports-node-code',
      comment:
        "The portaal's browser code takes only the browser-safe contracts entry (value rules), no platform or Node code.",
      severity: 'error',
      from: { path: '^apps/portaal/src/' },
      to: {
        path: [
          '^libs/platform/',
          '^libs/contracts/src/(index|catalog/|events/)',
          'node_modules/@nestjs/',
          'node_modules/fastify/',
        ],
      },
    },
    {
      name: 'domain-imports-framework',
      comment: 'Domain rules are plain TypeScript: no Nest, no TypeORM, no database, no NATS.',
      severity: 'error',
      from: { path: '/domain/' },
      to: {
        path: [
          'node_modules/@nestjs/',
          'node_modules/typeorm/',
          'node_modules/pg/',
          'node_modules/@nats-io/',
          'node_modules/bullmq/',
          'node_modules/ioredis/',
          '^libs/platform/',
          '/(database|commands|queries|events)/',
        ],
      },
    },
    {
      name: 'controller-imports-database',
      comment:
        'Controllers stay thin: they call a use case or a query, never a repository or the database layer (a repository port, *.port.ts, is an interface).',
      severity: 'error',
      from: { path: '\\.controller\\.ts$' },
      to: { path: '/database/', pathNot: '\\.port\\.ts$' },
    },
    {
      name: 'module-imports-other-modules-database',
      comment: "A context reaches another only through a port it exports, never through the other's database/.",
      severity: 'error',
      from: { path: '^services/[^/]+/src/modules/([^/]+)/' },
      to: {
        path: '^services/[^/]+/src/modules/([^/]+)/database/',
        pathNot: '^services/[^/]+/src/modules/$1/database/',
      },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['/dist/', 'node_modules'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.depcruise.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['require', 'default', 'types'] },
  },
};
