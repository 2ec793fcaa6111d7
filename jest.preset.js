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
  },
  moduleNameMapper: {
    '^@wiz/(contracts|platform)$': path.join(__dirname, 'libs/$1/src/index.ts'),
    '^@wiz/platform/testing$': path.join(__dirname, 'libs/platform/src/testing/index.ts'),
  },
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
};
