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
