// Every temporary directory a test run makes lives in one directory of its own, removed when the run ends: the
// tests' mkdtempSync(tmpdir()) calls land there, since the workers inherit TMPDIR.
const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

module.exports = {
  setup() {
    process.env.NSX_TEST_TMPDIR = mkdtempSync(join(tmpdir(), 'nsx-test-run-'));
    process.env.TMPDIR = process.env.NSX_TEST_TMPDIR;
  },
  teardown() {
    rmSync(process.env.NSX_TEST_TMPDIR, { recursive: true, force: true });
  },
};
