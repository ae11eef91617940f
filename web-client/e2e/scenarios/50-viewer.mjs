// Leadership reads everything and changes nothing: agreements of many partners, and no button that creates,
// edits or moves a record on the list or on an agreement's page and its tabs.
import assert from 'node:assert/strict';
import { eventually } from '../support.mjs';

export const name = 'lanhdao sees the agreements of several partners and no create, edit or step buttons';

const FORBIDDEN = [
  'Thêm thỏa thuận',
  'Sửa',
  'Kích hoạt',
  'Tạm dừng',
  'Kết thúc',
  'Lập kế hoạch giai đoạn',
  'Thêm chương trình năm',
  'Thêm nội dung',
  'Sửa kế hoạch',
  'Thống nhất kế hoạch',
  'Ghi nhận hỗ trợ',
  'Xác nhận đã nhận',
  'Xóa',
];
// The plan items' row buttons are named after the item.
const FORBIDDEN_PREFIXES = ['Sửa nội dung', 'Xóa nội dung'];

async function assertNoWriteButtons(page, where) {
  for (const label of FORBIDDEN) {
    // Icons lend a button their name ("edit Sửa"), and "Xóa bộ lọc" only clears filters: match the label's end.
    const count = await page.getByRole('button', { name: new RegExp(`(^|\\s)${label}$`) }).count();
    assert.equal(count, 0, `${where}: a "${label}" button`);
  }
  for (const prefix of FORBIDDEN_PREFIXES) {
    const count = await page.getByRole('button', { name: new RegExp(`(^|\\s)${prefix} `) }).count();
    assert.equal(count, 0, `${where}: a "${prefix} …" button`);
  }
}

export default async function ({ browser, urls, login, screenshot }) {
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await login(page, 'lanhdao');
  await page.goto(new URL('agreements?size=50', urls.portal).href);
  await page.getByRole('heading', { name: 'Thỏa thuận kết nghĩa' }).waitFor();
  const rows = page.locator('.ant-table-row');
  await rows.first().waitFor();
  const partners = new Set((await rows.locator('td:first-child').allInnerTexts()).map((text) => text.trim()));
  assert.ok(partners.size >= 5, `agreements of several partners: ${[...partners].join(', ')}`);
  await assertNoWriteButtons(page, 'the list');
  await screenshot(page, 'agreements');

  // An active agreement with plans and support: SNNPTNT ↔ Cà Dy.
  await page.getByRole('searchbox', { name: 'Tìm thỏa thuận' }).or(page.getByLabel('Tìm thỏa thuận')).first().fill('Cà Dy');
  await eventually(
    async () => (await rows.count()) === 1 && (await rows.first().innerText()).includes('Cà Dy'),
    () => 'the one agreement with Cà Dy',
  );
  const row = rows.first();
  await row.getByRole('link').first().click();
  await page.getByRole('heading', { name: /Cà Dy/ }).waitFor();
  await page.getByRole('tab', { name: 'Tổng quan' }).waitFor();
  await assertNoWriteButtons(page, 'the overview');
  await screenshot(page, 'detail');
  for (const tab of ['Kế hoạch giai đoạn', 'Chương trình hằng năm', 'Hỗ trợ đã thực hiện']) {
    await page.getByRole('tab', { name: tab }).click();
    await page.getByRole('tabpanel').locator('.ant-card, .ant-empty, .ant-table-row').first().waitFor();
    await assertNoWriteButtons(page, `the ${tab} tab`);
  }
  await screenshot(page, 'support-tab');
}
