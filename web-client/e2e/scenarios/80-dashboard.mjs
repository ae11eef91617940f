// The programme overview on the demo data: the provincial leadership's total equals the stats API's (asked
// here with lanhdao's own token) and the sum of the by-year table read off the page; a district filter goes
// into the address and survives a reload; a view downloads as XLSX; a commune's profile opens from the
// commune table with its partners and what it received; a district user sees only its district's figures.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { eventually } from '../support.mjs';

export const name = 'lanhdao reads the overview (totals = API = by-year table), filters by district in the address, downloads XLSX, opens a commune; namgiang sees only Nam Giang';

const BY_YEAR = 'Giá trị hỗ trợ theo năm';
const BY_COMMUNE = '20 xã, huyện nhận hỗ trợ nhiều nhất';

/** `39.432.644.000 ₫` → 39432644000. */
function vnd(text) {
  const digits = String(text ?? '').replace(/[^\d]/g, '');
  assert.ok(digits.length > 0, `no amount in "${text}"`);
  return Number(digits);
}

/** Remembers the bearer token the portal sends to the API, so the test can ask the API as the same user. */
function keepToken(page, apiOrigin) {
  const seen = { token: undefined };
  page.on('request', (request) => {
    const authorization = request.headers().authorization;
    if (authorization && request.url().startsWith(apiOrigin)) {
      seen.token = authorization;
    }
  });
  return seen;
}

async function apiTotal(urls, seen, query) {
  const token = await eventually(() => seen.token, () => 'the portal sent no bearer token');
  const response = await fetch(`${urls.api}/api/v1/stats/support${query ? `?${query}` : ''}`, {
    headers: { Authorization: token, Accept: 'application/json' },
  });
  assert.equal(response.status, 200, `stats ${query}: ${response.status}`);
  return (await response.json()).total.valueVnd;
}

function card(page, title) {
  return page.locator('.ant-card').filter({ has: page.locator('h2', { hasText: new RegExp(`^${title}$`) }) }).first();
}

/** The headline total once the figures have loaded. */
async function shownTotal(page) {
  const kpi = page.getByTestId('kpi-value');
  await eventually(async () => /\d/.test((await kpi.textContent()) ?? ''), () => 'no headline total');
  return vnd(await kpi.textContent());
}

/** The by-year table's rows summed here, independently of any SQL. */
async function byYearSum(page) {
  const rows = card(page, BY_YEAR).locator('.ant-table-tbody tr.ant-table-row');
  await rows.first().waitFor();
  const values = await rows.locator('td:nth-child(2)').allTextContents();
  return values.reduce((sum, text) => sum + vnd(text), 0);
}

/** The API total once the page shows it (the figures refetch after a filter change). */
async function settledTotal(page, expected) {
  await eventually(async () => (await shownTotal(page)) === expected, () => `headline total never became ${expected}`);
  return shownTotal(page);
}

/**
 * Nothing may widen the page past the window (tables scroll inside their cards). Charts redraw on a
 * resize observer, so the layout is given a few seconds to settle after the window changes size.
 */
async function fitsWidth(page, label) {
  let last = { scroll: 0, inner: 0 };
  await eventually(
    async () => {
      last = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
      return last.scroll <= last.inner;
    },
    () => `${label}: the page is ${last.scroll} px wide in a ${last.inner} px window`,
    5_000,
  );
}

async function narrowAndWide(page, screenshot, name) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await fitsWidth(page, `${name} at 1280 px`);
  await screenshot(page, `${name}-1280`);
  await page.setViewportSize({ width: 768, height: 1024 });
  await fitsWidth(page, `${name} at 768 px`);
  await screenshot(page, `${name}-768`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

export default async function ({ browser, urls, login, screenshot }) {
  // Reduced motion: the charts are drawn at once (no animation), so screenshots show them finished.
  const context = await browser.newContext({
    locale: 'vi-VN',
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  const seen = keepToken(page, urls.api);
  await login(page, 'lanhdao');

  // 1. The overview from the menu: headline = API total = sum of the by-year table.
  await page.getByRole('navigation', { name: 'Danh mục chức năng' }).getByRole('menuitem', { name: /Tổng quan$/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Tổng quan chương trình' }).waitFor();
  const apiAll = await apiTotal(urls, seen, '');
  assert.ok(apiAll > 0, 'the demo data has support records');
  const total = await settledTotal(page, apiAll);
  assert.equal(await byYearSum(page), total, 'the by-year table adds up to the headline total');
  await narrowAndWide(page, screenshot, 'province');

  // 2. A district filter goes into the address, and a reload shows the same view.
  await page.getByRole('search', { name: 'Bộ lọc số liệu tổng quan' }).getByLabel('Huyện', { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: /^Nam Giang$/ }).click();
  await page.waitForURL((url) => new URL(url).searchParams.has('districtId'));
  const districtId = new URL(page.url()).searchParams.get('districtId');
  const apiDistrict = await apiTotal(urls, seen, `districtId=${districtId}&fromYear=2012`);
  assert.ok(apiDistrict > 0 && apiDistrict < apiAll, `Nam Giang's total ${apiDistrict} is a part of ${apiAll}`);
  await settledTotal(page, apiDistrict);
  assert.equal(await byYearSum(page), apiDistrict);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Tổng quan chương trình' }).waitFor();
  assert.equal(new URL(page.url()).searchParams.get('districtId'), districtId, 'the filter stays in the address');
  await settledTotal(page, apiDistrict);
  await page.getByRole('search').getByText('Nam Giang', { exact: true }).waitFor();

  // 3. The by-year view as XLSX.
  const downloadPromise = page.waitForEvent('download');
  await card(page, BY_YEAR).getByRole('button', { name: /Xuất Excel$/ }).click();
  const download = await downloadPromise;
  assert.ok(download.suggestedFilename().endsWith('.xlsx'), `file name ${download.suggestedFilename()}`);
  const bytes = await readFile(await download.path());
  assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', 'the XLSX is a zip package');

  // 4. A commune's profile from the commune table: its partners and what it received.
  // The table also lists the district itself when an agreement helps the whole district: take a commune.
  const recipientRows = card(page, BY_COMMUNE).locator('.ant-table-tbody tr.ant-table-row');
  await recipientRows.first().waitFor();
  const communeRow = recipientRows.filter({ hasNot: page.getByRole('link', { name: 'Nam Giang', exact: true }) }).first();
  const communeValue = vnd(await communeRow.locator('td:nth-child(2)').textContent());
  const communeLink = communeRow.getByRole('link');
  const communeName = (await communeLink.textContent()).trim();
  await communeLink.click();
  await page.waitForURL((url) => /\/communes\/\d+$/.test(new URL(url).pathname));
  await page.getByRole('heading', { level: 1, name: new RegExp(` ${communeName}$`) }).waitFor();
  await page.getByText('Huyện Nam Giang', { exact: true }).first().waitFor();
  const communeId = new URL(page.url()).pathname.split('/').pop();
  const partners = card(page, 'Các đơn vị kết nghĩa qua các giai đoạn').locator('.ant-table-tbody tr.ant-table-row');
  await partners.first().waitFor();
  assert.ok((await partners.count()) >= 1, 'the commune has a partner');
  const received = page.getByTestId('profile-total');
  await eventually(async () => /\d/.test((await received.textContent()) ?? ''), () => 'no received total');
  const apiCommune = await apiTotal(urls, seen, `communeId=${communeId}`);
  assert.equal(vnd(await received.textContent()), apiCommune, 'the profile shows the API total of the commune');
  assert.equal(apiCommune, communeValue, 'the profile total equals the commune row of the overview');
  await narrowAndWide(page, screenshot, 'commune');

  // 5. The district user sees only Nam Giang, and is told so.
  const districtContext = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  const district = await districtContext.newPage();
  await login(district, 'namgiang');
  await district.goto(new URL('/dashboard', urls.portal).href);
  await district.getByText('Số liệu trong phạm vi: Huyện Nam Giang').waitFor();
  assert.equal(await settledTotal(district, apiDistrict), apiDistrict, 'namgiang sees the Nam Giang total');
  assert.equal(await byYearSum(district), apiDistrict);
  assert.equal(await card(district, 'Theo huyện nhận hỗ trợ').count(), 0, 'no by-district view for a district');
  await fitsWidth(district, 'district overview at 1280 px');
  await screenshot(district, 'district-1280');
}
