module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  cacheDirectory: '<rootDir>/node_modules/.cache/jest',
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  // The examples import the package by name, as an app that installed it does; here it is the sources.
  moduleNameMapper: { '^nsx-node-agent-cdk8s$': '<rootDir>/src/index.ts' },
  reporters: ['default', '<rootDir>/test/plain-summary-reporter.js'],
  globalSetup: '<rootDir>/test/temp-setup.js',
  globalTeardown: '<rootDir>/test/temp-teardown.js',
};
