// `npm test`: every test tier, then one line "N passed, N failed" with the totals.
//   unit         Jest, *.spec.ts
//   integration  Jest, *.integration-spec.ts — on a fresh embedded PostgreSQL, and also on a
//                fresh database of the PostgreSQL server when DATABASE_URL is set
//   e2e          Playwright in Debian's Chromium against the built app (skipped with a hint when
//                Chromium is missing, a failure when CI=true)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumPath, freePort, root } from './lib.mjs';

const results = join(root, 'tmp', 'test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });
const ci = process.env.CI === 'true' || process.env.CI === '1';
const tiers = [];

function run(label, command, args, env = {}) {
  process.stdout.write(`\n━━ ${label} ━━\n`);
  const child = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return child.status === 0;
}

function jestTier(label, config, file, env, extraNodeArgs = []) {
  const output = join(results, file);
  const ok = run(
    label,
    process.execPath,
    [
      ...extraNodeArgs,
      'node_modules/jest/bin/jest.js',
      '--config',
      config,
      '--json',
      `--outputFile=${output}`,
      ...(config.includes('integration') ? ['--runInBand'] : []),
    ],
    env,
  );
  let passed = 0;
  let failed = ok ? 0 : 1;
  if (existsSync(output)) {
    const report = JSON.parse(readFileSync(output, 'utf8'));
    passed = report.numPassedTests;
    failed =
      report.numFailedTests +
      report.numRuntimeErrorTestSuites +
      (ok || report.numFailedTests ? 0 : 1);
  }
  tiers.push({ label, passed, failed });
}

jestTier('unit', 'jest.unit.config.cjs', 'unit.json', {});

const vmModules = ['--experimental-vm-modules', '--no-warnings=ExperimentalWarning'];
if (process.env.PALIER_TEST_EMBEDDED !== 'false') {
  jestTier(
    'integration (embedded PostgreSQL)',
    'jest.integration.config.cjs',
    'integration-embedded.json',
    { DATABASE_URL: '' },
    vmModules,
  );
}
if (process.env.DATABASE_URL) {
  jestTier(
    'integration (PostgreSQL server)',
    'jest.integration.config.cjs',
    'integration-server.json',
    {},
    vmModules,
  );
}

const chromium = chromiumPath();
if (!chromium) {
  const hint =
    'Chromium is missing: install it with `sudo apt-get install -y chromium` (or set CHROMIUM_PATH) to run the end-to-end tests.';
  if (ci) {
    process.stdout.write(`\n${hint}\n`);
    tiers.push({ label: 'e2e', passed: 0, failed: 1 });
  } else {
    process.stdout.write(`\n━━ e2e: skipped ━━\n${hint}\n`);
  }
} else {
  const built = run('build for e2e', process.execPath, ['tools/scripts/build.mjs']);
  if (!built) {
    tiers.push({ label: 'e2e', passed: 0, failed: 1 });
  } else {
    const output = join(results, 'e2e.json');
    const ok = run(
      'e2e (Chromium)',
      process.execPath,
      ['node_modules/@playwright/test/cli.js', 'test', '--config', 'e2e/playwright.config.ts'],
      {
        E2E_PORT: String(await freePort()),
        CHROMIUM_PATH: chromium,
        PLAYWRIGHT_JSON_OUTPUT_NAME: output,
      },
    );
    let passed = 0;
    let failed = ok ? 0 : 1;
    if (existsSync(output)) {
      const { stats } = JSON.parse(readFileSync(output, 'utf8'));
      passed = stats.expected + stats.flaky;
      failed = stats.unexpected + (ok || stats.unexpected ? 0 : 1);
    }
    tiers.push({ label: 'e2e', passed, failed });
  }
}

process.stdout.write('\n━━ totals ━━\n');
for (const t of tiers)
  process.stdout.write(`  ${t.label}: ${t.passed} passed, ${t.failed} failed\n`);
const passed = tiers.reduce((n, t) => n + t.passed, 0);
const failed = tiers.reduce((n, t) => n + t.failed, 0);
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
