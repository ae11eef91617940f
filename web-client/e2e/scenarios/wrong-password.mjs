// Keycloak, not the portal, turns a wrong password away, and says so in Vietnamese.
import assert from 'node:assert/strict';
import { submitLoginForm, urlStartsWith } from '../support.mjs';

export const name = 'a wrong password stays on the Keycloak page with an error';

export default async function ({ browser, urls, screenshot }) {
  const context = await browser.newContext({ locale: 'vi-VN' });
  const page = await context.newPage();
  await page.goto(urls.portal);
  await page.waitForURL((url) => urlStartsWith(url, `${urls.realmUrl}/protocol/openid-connect/auth`));

  await Promise.all([
    page.waitForURL((url) => urlStartsWith(url, `${urls.realmUrl}/login-actions/authenticate`)),
    submitLoginForm(page, 'lanhdao', 'not-the-password'),
  ]);

  // Keycloak's login theme shows the error under the username field.
  const error = page.locator('#input-error-username');
  await error.waitFor();
  assert.equal((await error.textContent()).trim(), 'Tên đăng nhập hoặc mật khẩu không đúng.');
  assert.ok(await page.locator('#kc-login').isVisible(), 'the form is still there to try again');
  assert.ok(urlStartsWith(page.url(), urls.realmUrl), `still on Keycloak: ${page.url()}`);
  await screenshot(page, 'wrong-password');
}
