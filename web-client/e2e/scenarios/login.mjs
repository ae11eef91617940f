// The smoke test: the portal sends an anonymous visitor to Keycloak, and after a real login it is back on the
// portal, calling the API with the user's token. It needs none of the portal's own screens.
import assert from 'node:assert/strict';
import { eventually, urlStartsWith } from '../support.mjs';

export const name = 'bdt logs in through Keycloak and the portal gets /api/v1/me with the token';

export default async function ({ browser, urls, login, screenshot }) {
  const context = await browser.newContext({ locale: 'vi-VN' });
  const page = await context.newPage();
  const meResponses = [];
  page.on('response', (response) => {
    if (response.request().method() === 'GET' && new URL(response.url()).href === `${urls.api}/api/v1/me`) {
      meResponses.push(response);
    }
  });

  await page.goto(urls.portal);
  await page.waitForURL((url) => urlStartsWith(url, `${urls.realmUrl}/protocol/openid-connect/auth`));
  await page.locator('#kc-login').waitFor();
  await screenshot(page, 'keycloak-login');

  await login(page, 'bdt');
  assert.ok(urlStartsWith(page.url(), urls.portal), `back on the portal: ${page.url()}`);

  const me = await eventually(
    async () => {
      for (const response of meResponses) {
        const authorization = await response.request().headerValue('authorization');
        if (response.status() === 200 && authorization?.startsWith('Bearer ')) {
          return response;
        }
      }
      return null;
    },
    () => {
      const seen = meResponses.map((response) => response.status()).join(', ') || 'none';
      return `an authorized GET ${urls.api}/api/v1/me answering 200; saw ${seen}`;
    },
  );
  const body = await me.json();
  assert.equal(body.username, 'bdt');
  assert.ok(body.roles.includes('province'), `bdt is province staff: ${JSON.stringify(body.roles)}`);
  await screenshot(page, 'logged-in');
}
