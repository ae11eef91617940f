// Helpers shared by run.mjs and the scenarios.
import { setTimeout as sleep } from 'node:timers/promises';

/** Fills and submits Keycloak's own login form, the one a user sees. */
export async function submitLoginForm(page, username, password) {
  await page.fill('#username', username);
  await page.fill('#password', password);
  await page.click('#kc-login');
}

/** For page.waitForURL, which passes URL objects, and for page.url(), which returns strings. */
export function urlStartsWith(url, prefix) {
  return String(url).startsWith(prefix);
}

/**
 * Polls `check` until it returns something truthy, and returns that; after `timeoutMs` fails with `describe()`,
 * which says what was seen instead.
 */
export async function eventually(check, describe, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) {
      return value;
    }
    if (Date.now() > deadline) {
      throw new Error(`not within ${timeoutMs / 1000} s: ${describe()}`);
    }
    await sleep(100);
  }
}

/** The form item (antd `Form.Item`) whose label is exactly `label`, inside `scope`. */
export function formItem(scope, label) {
  return scope
    .locator('.ant-form-item')
    .filter({ has: scope.page().locator('label').getByText(label, { exact: true }) })
    .first();
}

/**
 * Opens the antd Select of the form item labelled `label` and clicks the first option whose text contains
 * `text` (or the first option at all when `text` is absent). With `search`, types it first to narrow a long list.
 */
export async function pickOption(scope, label, text, { search } = {}) {
  const page = scope.page();
  const item = formItem(scope, label);
  await item.locator('.ant-select').click();
  if (search) {
    await page.keyboard.type(search);
  }
  const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
  const option = text === undefined ? options.first() : options.filter({ hasText: text }).first();
  await option.click();
}

/**
 * Types a date (dd/MM/yyyy) into the antd DatePicker of the form item labelled `label`. antd takes a typed
 * date a moment after the field is left, hence Enter and a short pause.
 */
export async function typeDate(scope, label, date) {
  const input = formItem(scope, label).locator('input');
  await input.click();
  await input.fill(date);
  await input.press('Enter');
  await sleep(150);
}

/** Waits for the API's answer to `method` on a path matching `pathPattern` (a RegExp on the URL's pathname). */
export function apiResponse(page, method, pathPattern) {
  return page.waitForResponse(
    (response) => response.request().method() === method && pathPattern.test(new URL(response.url()).pathname),
  );
}

/** Waits until no antd modal or drawer is on screen, closing animations included, e.g. before a screenshot. */
export async function dialogsClosed(page) {
  const open = page.locator('.ant-modal-wrap:visible, .ant-drawer-content-wrapper:visible, .ant-drawer-mask:visible');
  await eventually(async () => (await open.count()) === 0, () => 'a modal or drawer still open');
}
