module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  cacheDirectory: '<rootDir>/node_modules/.cache/jest',
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  reporters: ['default', '<rootDir>/test/plain-summary-reporter.js'],
};
