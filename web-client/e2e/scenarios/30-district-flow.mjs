// The receiving district closes the loop on what 20-unit-flow created: Nam Giang agrees SNNPTNT's 2017
// programme for the commune and confirms it received the support recorded against it.
import assert from 'node:assert/strict';
import { apiResponse, dialogsClosed, eventually } from '../support.mjs';
import { COMMUNE, SUPPORT } from './20-unit-flow.mjs';

export const name = 'namgiang agrees the programme and confirms the support that sonnptnt recorded';

function tag(page, text) {
  return page.locator('.ant-tag').filter({ hasText: new RegExp(`^${text}$`) });
}

export default async function ({ browser, login, screenshot }) {
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await login(page, 'namgiang');

  await page.getByRole('navigation', { name: 'Danh mục chức năng' }).getByText('Thỏa thuận kết nghĩa').click();
  await page.getByRole('heading', { name: 'Thỏa thuận kết nghĩa' }).waitFor();
  await page.getByRole('searchbox', { name: 'Tìm thỏa thuận' }).or(page.getByLabel('Tìm thỏa thuận')).first().fill(COMMUNE);
  // The search box waits for typing to pause: wait for the list to narrow.
  const rows = page.locator('.ant-table-row');
  await eventually(
    async () => (await rows.count()) === 1 && (await rows.first().innerText()).includes(COMMUNE),
    () => `one agreement with ${COMMUNE}`,
  );
  const row = rows.first();
  await row.getByRole('link').first().click();
  await page.getByRole('heading', { name: new RegExp(COMMUNE) }).waitFor();
  // A district steps no agreement: it has no buttons for that.
  assert.equal(await page.getByRole('button', { name: 'Kích hoạt' }).count(), 0);

  await page.getByRole('tab', { name: 'Chương trình hằng năm' }).click();
  await tag(page, 'Dự thảo').waitFor();
  await page.getByRole('button', { name: 'Thống nhất kế hoạch' }).click();
  const agreeModal = page.getByRole('dialog').filter({ hasText: 'Ý kiến của huyện' });
  await agreeModal.getByLabel('Ý kiến của huyện').fill('Huyện thống nhất (e2e).');
  const [agreed] = await Promise.all([
    apiResponse(page, 'POST', /\/plans\/\d+\/agree$/),
    agreeModal.getByRole('button', { name: 'Thống nhất kế hoạch' }).click(),
  ]);
  assert.equal(agreed.status(), 200, `agreeing: ${await agreed.text()}`);
  await tag(page, 'Đã thống nhất').waitFor();
  assert.equal(await tag(page, 'Dự thảo').count(), 0, 'the plan is no longer a draft');
  await dialogsClosed(page);
  await screenshot(page, 'plan-agreed');

  await page.getByRole('tab', { name: 'Hỗ trợ đã thực hiện' }).click();
  const record = page.locator('.ant-table-row').filter({ hasText: SUPPORT });
  await record.waitFor();
  await tag(record, 'Chờ xác nhận').waitFor();
  await record.getByRole('button', { name: 'Xác nhận đã nhận' }).click();
  const confirmModal = page.getByRole('dialog').filter({ hasText: 'Xác nhận đã nhận hỗ trợ' });
  const [confirmed] = await Promise.all([
    apiResponse(page, 'POST', /\/support-records\/\d+\/confirm$/),
    confirmModal.getByRole('button', { name: 'Xác nhận đã nhận' }).click(),
  ]);
  assert.equal(confirmed.status(), 200, `confirming: ${await confirmed.text()}`);
  await tag(record, 'Đã xác nhận đã nhận').waitFor();
  assert.equal(await record.getByRole('button', { name: 'Xác nhận đã nhận' }).count(), 0, 'nothing left to confirm');
  await dialogsClosed(page);
  await screenshot(page, 'support-confirmed');
}
