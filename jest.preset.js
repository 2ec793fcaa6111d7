// Shared jest settings: SWC with decorator metadata (Nest needs it), libs mapped to their sources
// so tests never run against a stale dist/.
const path = require('node:path');

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
    '/node_modules/content-disposition/.+\\.js$': ['@swc/jest', { module: { type: 'commonjs' } }],
  },
  // content-disposition 3 (used by @fastify/static for Swagger UI) is ESM-only; Node 20 loads it through
  // require(esm), jest's module system does not, so jest compiles that one package to CommonJS.
  transformIgnorePatterns: ['/node_modules/(?!content-disposition/)'],
  moduleNameMapper: {
    '^@wiz/contracts/browser$': path.join(__dirname, 'libs/contracts/src/browser.ts'),
    '^@wiz/(contracts|platform)$': path.join(__dirname, 'libs/$1/src/index.ts'),
    '^@wiz/platform/testing$': path.join(__dirname, 'libs/platform/src/testing/index.ts'),
  },
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
};
module.exports.testTimeout = 60_000;
// A suite that leaves a socket or timer open must not keep jest (and with it CI) waiting after the last test:
// jest exits once the run is done and says "Force exiting Jest" so the leak stays visible in the log.
module.exports.forceExit = true;
