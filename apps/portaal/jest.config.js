module.exports = {
  ...require('../../jest.preset.js'),
  rootDir: __dirname,
  testTimeout: 120_000,
  testMatch: ['<rootDir>/server/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
};
