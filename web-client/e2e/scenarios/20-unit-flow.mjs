// A partner unit runs its own twinning: proposes an agreement with a Nam Giang commune, activates it, adds the
// 2017 programme with one item and records support given under that item. 30-district-flow then agrees the
// programme and confirms the support as Nam Giang, finding the agreement by this commune's name.
import assert from 'node:assert/strict';
import { apiResponse, dialogsClosed, pickOption, typeDate } from '../support.mjs';

export const name = 'sonnptnt proposes and activates an agreement, plans 2017 and records support against the plan';

// The demo gives SNNPTNT Cà Dy, Tà Bhing and Chơ Chun; no one twins with Zuôih.
export const COMMUNE = 'Zuôih';
const DOCUMENT_NUMBER = '99/BB-KN-E2E';
const ITEM = 'Hỗ trợ bò giống cho hộ nghèo (e2e)';
export const SUPPORT = 'Trao 5 con bò giống (e2e)';

export default async function ({ browser, login, screenshot }) {
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await login(page, 'sonnptnt');

  await page.getByRole('navigation', { name: 'Danh mục chức năng' }).getByText('Thỏa thuận kết nghĩa').click();
  await page.getByRole('heading', { name: 'Thỏa thuận kết nghĩa' }).waitFor();
  await page.locator('.ant-table-row').first().waitFor();
  await screenshot(page, 'agreements');

  // Propose.
  await page.getByRole('button', { name: 'Thêm thỏa thuận' }).click();
  const drawer = page.locator('.ant-drawer-open').filter({ hasText: 'Thêm thỏa thuận kết nghĩa' });
  await drawer.waitFor();
  await pickOption(drawer, 'Giai đoạn', '2016–2020');
  await pickOption(drawer, 'Huyện', 'Nam Giang', { search: 'Nam Giang' });
  await pickOption(drawer, 'Địa phương nhận kết nghĩa', COMMUNE, { search: COMMUNE });
  await typeDate(drawer, 'Ngày bắt đầu', '01/03/2017');
  await typeDate(drawer, 'Ngày kết thúc', '31/12/2020');
  await drawer.getByLabel('Số văn bản').fill(DOCUMENT_NUMBER);
  await typeDate(drawer, 'Ngày ký', '01/03/2017');
  const [created] = await Promise.all([
    apiResponse(page, 'POST', /\/api\/v1\/agreements$/),
    drawer.getByRole('button', { name: 'Lưu' }).click(),
  ]);
  assert.equal(created.status(), 201, `creating the agreement: ${await created.text()}`);
  const agreement = await created.json();
  await page.waitForURL((url) => url.pathname === `/agreements/${agreement.id}`);
  await page.getByRole('heading', { name: new RegExp(COMMUNE) }).waitFor();
  await page.getByText('Đề xuất', { exact: true }).first().waitFor();

  // Activate: the unit may activate its own agreement once it has a document number.
  await page.getByRole('button', { name: 'Kích hoạt' }).click();
  const stepModal = page.getByRole('dialog').filter({ hasText: 'Kích hoạt thỏa thuận' });
  const [activated] = await Promise.all([
    apiResponse(page, 'POST', /\/api\/v1\/agreements\/\d+\/activate$/),
    stepModal.getByRole('button', { name: 'Kích hoạt' }).click(),
  ]);
  assert.equal(activated.status(), 200, `activating: ${await activated.text()}`);
  await page.getByText('Đang thực hiện', { exact: true }).first().waitFor();
  assert.equal(await page.getByRole('button', { name: 'Kích hoạt' }).count(), 0, 'no Kích hoạt once active');
  await dialogsClosed(page);
  await screenshot(page, 'detail');

  // The 2017 programme with one item.
  await page.getByRole('tab', { name: 'Chương trình hằng năm' }).click();
  await page.getByRole('button', { name: 'Thêm chương trình năm' }).click();
  const planModal = page.getByRole('dialog').filter({ hasText: 'Thêm chương trình hằng năm' });
  await pickOption(planModal, 'Năm', '2017');
  const [planCreated] = await Promise.all([
    apiResponse(page, 'POST', /\/api\/v1\/agreements\/\d+\/plans$/),
    planModal.getByRole('button', { name: 'Lưu' }).click(),
  ]);
  assert.equal(planCreated.status(), 201, `creating the programme: ${await planCreated.text()}`);
  await page.getByText('Dự thảo, chưa có nội dung hỗ trợ nào').waitFor();

  await page.getByRole('button', { name: 'Thêm nội dung' }).click();
  const itemModal = page.getByRole('dialog').filter({ hasText: 'Thêm nội dung hỗ trợ' });
  await pickOption(itemModal, 'Nội dung hỗ trợ');
  await itemModal.getByLabel('Mô tả').fill(ITEM);
  await itemModal.getByLabel('Kinh phí dự kiến').fill('50000000');
  const [itemAdded] = await Promise.all([
    apiResponse(page, 'POST', /\/items$/),
    itemModal.getByRole('button', { name: 'Lưu' }).click(),
  ]);
  assert.ok(itemAdded.ok(), `adding the item: ${itemAdded.status()} ${await itemAdded.text()}`);
  await page.getByText('Dự thảo, chờ UBND huyện thống nhất').waitFor();
  await page.getByRole('cell', { name: ITEM, exact: true }).waitFor();
  await dialogsClosed(page);
  await screenshot(page, 'plan');

  // Support given under that item.
  await page.getByRole('tab', { name: 'Hỗ trợ đã thực hiện' }).click();
  await page.getByRole('button', { name: 'Ghi nhận hỗ trợ' }).click();
  const supportDrawer = page.locator('.ant-drawer-open').filter({ hasText: 'Ghi nhận hỗ trợ' });
  await supportDrawer.waitFor();
  await typeDate(supportDrawer, 'Ngày hỗ trợ', '15/08/2017');
  await pickOption(supportDrawer, 'Nội dung hỗ trợ');
  await supportDrawer.getByLabel('Mô tả').fill(SUPPORT);
  await supportDrawer.getByLabel('Số lượng').fill('5');
  await supportDrawer.getByLabel('Giá trị (đồng)').fill('45000000');
  await supportDrawer.getByText('Hiện vật', { exact: true }).click();
  await pickOption(supportDrawer, 'Nguồn kinh phí', 'Ngân sách đơn vị');
  await pickOption(supportDrawer, 'Thuộc kế hoạch', ITEM);
  const [recorded] = await Promise.all([
    apiResponse(page, 'POST', /\/api\/v1\/support-records$/),
    supportDrawer.getByRole('button', { name: 'Lưu' }).click(),
  ]);
  assert.equal(recorded.status(), 201, `recording support: ${await recorded.text()}`);
  const record = await recorded.json();
  assert.equal(record.agreementId ?? record.agreement?.id, agreement.id);
  assert.ok(record.planItemId, 'the record is linked to the plan item');
  const row = page.locator('.ant-table-row').filter({ hasText: SUPPORT });
  await row.waitFor();
  assert.ok(await row.getByText('Chờ xác nhận').isVisible(), 'the new record awaits confirmation');
  await dialogsClosed(page);
  await screenshot(page, 'support');
}
