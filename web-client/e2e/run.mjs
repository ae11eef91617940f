// Browser end-to-end tests: starts the tests' own stack (`./ketnghia e2e-stack`), drives Debian's Chromium
// through playwright-core, and runs every scenario in scenarios/ (or those named on the command line).
// With KETNGHIA_E2E_PORTAL_URL set, runs against that portal instead, e.g. http://localhost:5173/ of a
// `./ketnghia run`. Screenshots go to artifacts/; the exit code is non-zero if any scenario failed.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { submitLoginForm, urlStartsWith } from './support.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const artifacts = path.join(here, 'artifacts');

// Never a browser downloaded by npm: the machines and CI have Debian's.
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
// Generous: standalone, `./ketnghia e2e-stack` first rebuilds what changed.
const STACK_START_TIMEOUT_MS = 10 * 60_000;
const STACK_STOP_TIMEOUT_MS = 60_000;
const SCENARIO_TIMEOUT_MS = 90_000;

async function main() {
  const only = process.argv.slice(2);
  const scenarios = await loadScenarios(only);
  if (scenarios.length === 0) {
    throw new Error(`no scenario matches ${only.join(', ')}`);
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`no Chromium at ${CHROMIUM}: install Debian's package (apt-get install chromium)`);
  }
  await rm(artifacts, { recursive: true, force: true });
  await mkdir(artifacts, { recursive: true });

  const given = process.env.KETNGHIA_E2E_PORTAL_URL;
  const stack = given ? null : await startStack();
  let results;
  try {
    const urls = await readUrls(given ?? stack.portalUrl);
    console.log(`e2e: portal ${urls.portal}, API ${urls.api}, Keycloak ${urls.keycloak}`);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    try {
      results = await runAll(browser, urls, scenarios);
    } finally {
      await browser.close();
    }
  } finally {
    await stack?.stop();
  }

  const failed = results.filter((result) => !result.ok).length;
  const passed = results.length - failed;
  // ./ketnghia test adds these to its summary.
  await writeFile(path.join(artifacts, 'results.json'), `${JSON.stringify({ passed, failed, results }, null, 2)}\n`);
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

/** The scenario modules, in file name order; `only` (file names without .mjs) narrows them. */
async function loadScenarios(only) {
  const dir = path.join(here, 'scenarios');
  const files = (await readdir(dir)).filter((file) => file.endsWith('.mjs')).sort();
  const chosen = only.length === 0 ? files : files.filter((file) => only.includes(path.basename(file, '.mjs')));
  const scenarios = [];
  for (const file of chosen) {
    const module = await import(pathToFileURL(path.join(dir, file)).href);
    if (typeof module.name !== 'string' || typeof module.default !== 'function') {
      throw new Error(`scenarios/${file} must export a name and a default async function`);
    }
    scenarios.push({ id: path.basename(file, '.mjs'), name: module.name, run: module.default });
  }
  return scenarios;
}

/**
 * Starts `./ketnghia e2e-stack` and waits for the file in which it writes its URLs. The stack stops when its
 * standard input closes, so it stops with us even if we are killed.
 */
async function startStack() {
  const dir = await mkdtemp(path.join(tmpdir(), 'ketnghia-e2e-'));
  const urlsFile = path.join(dir, 'urls.json');
  const child = spawn(path.join(repoRoot, 'ketnghia'), ['e2e-stack', urlsFile], {
    cwd: repoRoot,
    stdio: ['pipe', 'inherit', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
  const stop = async () => {
    child.stdin.end();
    // Unreferenced, so that this timer does not keep node running once the stack has stopped.
    const stopped = await Promise.race([exited, sleep(STACK_STOP_TIMEOUT_MS, 'timeout', { ref: false })]);
    if (stopped === 'timeout') {
      console.error(`e2e: the stack did not stop within ${STACK_STOP_TIMEOUT_MS / 1000} s; killing it`);
      child.kill('SIGKILL');
    }
    await rm(dir, { recursive: true, force: true });
  };

  const deadline = Date.now() + STACK_START_TIMEOUT_MS;
  while (!existsSync(urlsFile)) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await rm(dir, { recursive: true, force: true });
      const status = child.signalCode ?? child.exitCode;
      throw new Error(`the end-to-end stack exited (${status}) before it was ready; its output is above`);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the end-to-end stack was not ready within ${STACK_START_TIMEOUT_MS / 1000} s`);
    }
    await sleep(250);
  }
  const { portalUrl } = JSON.parse(await readFile(urlsFile, 'utf8'));
  return { portalUrl, stop };
}

/** What the scenarios need, from the portal's own config.json: the servers its build actually talks to. */
async function readUrls(portalUrl) {
  const portal = new URL('/', portalUrl).href;
  const response = await fetch(new URL('config.json', portal));
  if (!response.ok) {
    throw new Error(`${portal}config.json answered ${response.status}`);
  }
  const config = await response.json();
  return {
    portal,
    api: config.apiUrl,
    keycloak: config.keycloakUrl,
    realmUrl: `${config.keycloakUrl}/realms/${config.realm}`,
  };
}

async function runAll(browser, urls, scenarios) {
  const login = async (page, username, password = 'demo') => {
    if (!urlStartsWith(page.url(), urls.realmUrl)) {
      await page.goto(urls.portal);
      await page.waitForURL((url) => urlStartsWith(url, `${urls.realmUrl}/protocol/openid-connect/auth`));
    }
    await Promise.all([
      page.waitForURL((url) => urlStartsWith(url, urls.portal)),
      submitLoginForm(page, username, password),
    ]);
  };

  const results = [];
  for (const scenario of scenarios) {
    const screenshot = async (page, name) => {
      const file = path.join(artifacts, `${scenario.id}-${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    };
    const started = performance.now();
    let error;
    try {
      await withTimeout(scenario.run({ browser, urls, login, screenshot }), SCENARIO_TIMEOUT_MS);
    } catch (caught) {
      error = caught;
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (error) {
      console.log(`  ✗ ${scenario.id}: ${scenario.name} (${seconds} s)`);
      console.log(indent(error.stack ?? String(error)));
      for (const file of await screenshotOpenPages(browser, screenshot)) {
        console.log(`      screenshot: ${path.relative(process.cwd(), file)}`);
      }
    } else {
      console.log(`  ✓ ${scenario.id}: ${scenario.name} (${seconds} s)`);
    }
    results.push({ scenario: scenario.id, name: scenario.name, ok: !error, seconds: Number(seconds),
      error: error?.message });
    // Each scenario starts from a browser with no cookies and no pages: nothing carries over.
    await Promise.all(browser.contexts().map((context) => context.close()));
  }
  return results;
}

/** What each open page showed when the scenario failed; a page that cannot be captured is skipped. */
async function screenshotOpenPages(browser, screenshot) {
  const pages = browser.contexts().flatMap((context) => context.pages());
  const files = [];
  for (const [index, page] of pages.entries()) {
    try {
      files.push(await screenshot(page, pages.length === 1 ? 'failure' : `failure-${index + 1}`));
    } catch {
      // Closed or crashed: the error above says why.
    }
  }
  return files;
}

async function withTimeout(promise, ms) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`scenario timed out after ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function indent(text) {
  return text.replace(/^/gm, '      ');
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`e2e: ${error.message}`);
    process.exitCode = 1;
  },
);
