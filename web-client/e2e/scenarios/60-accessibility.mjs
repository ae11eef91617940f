// The main screens have no serious or critical axe-core violations (WCAG 2 A and AA), at 1280×800 and on
// a 768-wide tablet, where the page itself must not scroll sideways (wide tables scroll inside their card).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { setTimeout as sleep } from 'node:timers/promises';

export const name = 'the main screens have no serious accessibility violations, at 1280 and 768 wide';

const require = createRequire(import.meta.url);
const AXE = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

const SCREENS = {
  namgiang: ['/', '/agreements', '/support', '/visits', '/plans', '/reports', '/notifications'],
  bdt: ['/catalog/admin-units', '/catalog/organizations', '/reporting', '/reports?status=submitted'],
};

async function seriousViolations(page) {
  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } }),
  );
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

async function settled(page) {
  await page.waitForLoadState('networkidle');
  await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached', timeout: 15_000 }).catch(() => {});
  await sleep(300);
}

export default async function ({ browser, urls, login, screenshot }) {
  for (const [user, paths] of Object.entries(SCREENS)) {
    for (const width of [1280, 768]) {
      const context = await browser.newContext({ locale: 'vi-VN', viewport: { width, height: width === 1280 ? 800 : 1024 } });
      const page = await context.newPage();
      await login(page, user);
      for (const path of paths) {
        await page.goto(new URL(path, urls.portal).toString());
        await settled(page);
        const found = await seriousViolations(page);
        assert.deepEqual(found, [], `${user} ${path} at ${width}px: serious accessibility violations`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 1, `${user} ${path} at ${width}px: the page scrolls sideways by ${overflow}px`);
        if (width === 768) {
          await screenshot(page, `${user}${path.replaceAll('/', '-')}-768`);
        }
      }
      await context.close();
    }
  }
}
