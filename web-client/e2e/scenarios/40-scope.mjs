// A partner unit sees only its own agreements: Sở Tài chính's list holds none of Sở Nông nghiệp's, and the
// address of one of them, typed in directly, shows the not-found state rather than the agreement.
import assert from 'node:assert/strict';

export const name = "sotaichinh neither lists nor opens sonnptnt's agreements";

const SNNPTNT = 'Sở Nông nghiệp và Phát triển nông thôn';
const STC = 'Sở Tài chính';

async function agreementRows(page) {
  await page.getByRole('heading', { name: 'Thỏa thuận kết nghĩa' }).waitFor();
  const rows = page.locator('.ant-table-row');
  await rows.first().waitFor();
  return rows;
}

export default async function ({ browser, urls, login, screenshot }) {
  // An agreement of SNNPTNT, as its own unit sees it.
  const unitContext = await browser.newContext({ locale: 'vi-VN' });
  const unitPage = await unitContext.newPage();
  await login(unitPage, 'sonnptnt');
  await unitPage.goto(new URL('agreements', urls.portal).href);
  const unitRows = await agreementRows(unitPage);
  const href = await unitRows.first().getByRole('link', { name: SNNPTNT }).getAttribute('href');
  assert.match(href, /^\/agreements\/\d+$/);
  await unitContext.close();

  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await login(page, 'sotaichinh');
  await page.goto(new URL('agreements?size=100', urls.portal).href);
  const rows = await agreementRows(page);
  const partners = await rows.locator('td:first-child').allInnerTexts();
  assert.ok(partners.length > 0);
  assert.deepEqual([...new Set(partners.map((text) => text.trim()))], [STC], 'only its own agreements');
  await screenshot(page, 'sotaichinh-agreements');

  await page.goto(new URL(href.slice(1), urls.portal).href);
  await page.getByText('Không tìm thấy thỏa thuận này, hoặc thỏa thuận nằm ngoài phạm vi của bạn.').waitFor();
  assert.equal(await page.getByText(SNNPTNT).count(), 0, 'nothing of the agreement shows');
  await screenshot(page, 'not-found');
}
