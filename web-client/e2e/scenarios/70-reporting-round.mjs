// One report's round trip in the demo's open 2020 annual period: Sở NN&PTNT writes and submits its report,
// the Ban Dân tộc returns it with a reason, the unit fixes and resubmits it, the province sees what changed
// and accepts it, then downloads the province summary as DOCX and XLSX.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { apiResponse, dialogsClosed, eventually, pickOption } from '../support.mjs';

export const name = 'sonnptnt submits, bdt returns with a reason, sonnptnt resubmits, bdt accepts and downloads the summary';

const PERIOD = 'Báo cáo năm 2020';
const RESULTS = 'Năm 2020 Sở đã hỗ trợ xã Cà Dy 20 con bò giống và sửa chữa kênh mương nội đồng (e2e).';
const DIFFICULTY = 'Đường vào thôn A Xòo sạt lở sau bão số 9, vận chuyển vật tư khó khăn (e2e).';
const REASON = 'Đề nghị bổ sung số hộ được hưởng lợi và kết quả khắc phục sau bão (e2e).';
const RESULTS_FIXED = `${RESULTS} 34 hộ nghèo được hưởng lợi; đã khắc phục 1,2 km kênh mương sau bão.`;

function tag(scope, text) {
  return scope.locator('.ant-tag').filter({ hasText: new RegExp(`^${text}$`) });
}

async function openOwnReport(page) {
  await page.getByRole('navigation', { name: 'Danh mục chức năng' }).getByRole('menuitem', { name: /Báo cáo$/ }).first().click();
  await page.getByRole('heading', { name: 'Báo cáo của đơn vị' }).waitFor();
  const row = page.locator('.ant-table-row').filter({ hasText: PERIOD }).first();
  await row.waitFor();
  await row.getByRole('link').first().click();
  await page.getByRole('heading', { name: new RegExp(PERIOD) }).waitFor();
  return new URL(page.url()).pathname;
}

async function confirmStep(page, buttonName, dialogText) {
  // Buttons carry an icon whose name comes first in the accessible name.
  await page.getByRole('button', { name: new RegExp(`${buttonName}$`) }).first().click();
  const dialog = page.getByRole('dialog').filter({ hasText: dialogText });
  await dialog.waitFor();
  return dialog;
}

async function click(page, locator, method, pathPattern) {
  const [response] = await Promise.all([apiResponse(page, method, pathPattern), locator.click()]);
  return response;
}

export default async function ({ browser, login, screenshot }) {
  const unitContext = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1440, height: 900 } });
  const unit = await unitContext.newPage();
  await login(unit, 'sonnptnt');

  // 1. The unit writes and submits.
  const reportPath = await openOwnReport(unit);
  await tag(unit, 'Đang soạn').or(tag(unit, 'Dự thảo')).first().waitFor();
  await unit.getByLabel('Kết quả thực hiện').fill(RESULTS);
  await unit.getByRole('button', { name: 'Thêm khó khăn, vướng mắc' }).click();
  const item = unit.locator('fieldset').filter({ hasText: 'Mục 1' }).first();
  await pickOption(item, 'Lĩnh vực', 'Vật chất');
  await item.getByLabel('Nội dung').fill(DIFFICULTY);
  await screenshot(unit, 'unit-draft');
  const submitDialog = await confirmStep(unit, 'Nộp báo cáo', 'Nộp báo cáo này?');
  const submitted = await click(unit, submitDialog.getByRole('button', { name: /Nộp báo cáo|OK|Đồng ý/ }).last(), 'POST', /\/reports\/\d+\/submit$/);
  assert.equal(submitted.status(), 200, `submitting: ${await submitted.text()}`);
  await tag(unit, 'Đã nộp').first().waitFor();
  await dialogsClosed(unit);

  // 2. The province returns it with a reason.
  const provinceContext = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1440, height: 900 } });
  const province = await provinceContext.newPage();
  await login(province, 'bdt');
  await province.goto(new URL(reportPath, province.url()).href);
  await province.getByRole('heading', { name: new RegExp(PERIOD) }).waitFor();
  await province.getByText(RESULTS).first().waitFor();
  const returnDialog = await confirmStep(province, 'Trả lại', 'Trả lại báo cáo');
  await returnDialog.getByLabel('Lý do trả lại (đơn vị sẽ nhận được)').fill(REASON);
  const returned = await click(province, returnDialog.getByRole('button', { name: 'Trả lại' }).last(), 'POST', /\/reports\/\d+\/return$/);
  assert.equal(returned.status(), 200, `returning: ${await returned.text()}`);
  await tag(province, 'Bị trả lại').or(tag(province, 'Đã trả lại')).first().waitFor();
  await dialogsClosed(province);

  // 3. The unit sees the reason, fixes the report and submits it again.
  await unit.reload();
  await unit.getByText('Ban Dân tộc đã trả lại báo cáo').waitFor();
  await unit.getByText(REASON).first().waitFor();
  await screenshot(unit, 'unit-returned');
  await unit.getByLabel('Kết quả thực hiện').fill(RESULTS_FIXED);
  const resubmitDialog = await confirmStep(unit, 'Nộp báo cáo', 'Nộp báo cáo này?');
  const resubmitted = await click(unit, resubmitDialog.getByRole('button', { name: /Nộp báo cáo|OK|Đồng ý/ }).last(), 'POST', /\/reports\/\d+\/submit$/);
  assert.equal(resubmitted.status(), 200, `resubmitting: ${await resubmitted.text()}`);
  await tag(unit, 'Đã nộp').first().waitFor();
  await dialogsClosed(unit);

  // 4. The province sees what changed since the first submission and accepts.
  await province.reload();
  await province.getByText(RESULTS_FIXED).first().waitFor();
  await province.getByRole('tab', { name: 'Quá trình xử lý' }).click();
  const changes = province.locator('.ant-card').filter({ hasText: 'Thay đổi so với lần nộp trước' });
  await changes.getByText('34 hộ nghèo được hưởng lợi', { exact: false }).waitFor();
  await screenshot(province, 'province-changes');
  const acceptDialog = await confirmStep(province, 'Tiếp nhận', 'Tiếp nhận báo cáo này?');
  const accepted = await click(province, acceptDialog.getByRole('button', { name: /Tiếp nhận|OK|Đồng ý/ }).last(), 'POST', /\/reports\/\d+\/accept$/);
  assert.equal(accepted.status(), 200, `accepting: ${await accepted.text()}`);
  await tag(province, 'Đã tiếp nhận').first().waitFor();
  await dialogsClosed(province);

  // 5. The province opens the period's summary and downloads it.
  const nav = province.getByRole('navigation', { name: 'Danh mục chức năng' });
  await nav.getByRole('menuitem', { name: /Báo cáo$/ }).first().click();
  await nav.getByRole('menuitem', { name: 'Kỳ báo cáo' }).click();
  await province.getByRole('heading', { name: 'Kỳ báo cáo' }).waitFor();
  const periodRow = province.locator('.ant-table-row').filter({ hasText: PERIOD }).first();
  await periodRow.getByRole('link').first().click();
  await province.getByRole('tab', { name: 'Tình hình nộp báo cáo' }).waitFor();
  await province.getByText('Danh sách đơn vị phải báo cáo').first().waitFor();
  await screenshot(province, 'completeness');
  await province.getByRole('tab', { name: 'Tổng hợp' }).click();
  await province.getByText('Kết quả hỗ trợ trong kỳ').first().waitFor();
  await eventually(async () => (await province.getByText(RESULTS_FIXED).count()) > 0,
    () => 'the accepted report\'s results in the summary');
  await screenshot(province, 'summary');
  // The whole summary is a very long page; keep what the first screen shows too.
  await province.screenshot({ path: 'artifacts/70-reporting-round-summary-first-screen.png' });

  for (const [label, extension, signature] of [['Tải báo cáo (DOCX)', 'docx', 'word/'], ['Tải bảng số liệu (XLSX)', 'xlsx', 'xl/']]) {
    const downloadPromise = province.waitForEvent('download');
    await province.getByRole('button', { name: label }).click();
    // The export may ask for the document number, date and signer first.
    const exportDialog = province.getByRole('dialog').filter({ has: province.getByRole('button', { name: /Tải/ }) });
    if (await exportDialog.count()) {
      await exportDialog.getByRole('button', { name: /Tải/ }).last().click();
    }
    const download = await downloadPromise;
    assert.ok(download.suggestedFilename().endsWith(`.${extension}`), `file name ${download.suggestedFilename()}`);
    // Kept beside the screenshots so a person can open the documents the province would sign.
    const kept = `artifacts/70-reporting-round-summary.${extension}`;
    await download.saveAs(kept);
    const bytes = await readFile(kept);
    assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', `${extension} is a zip package`);
    assert.ok(bytes.includes(Buffer.from(signature, 'latin1')), `${extension} holds ${signature} parts`);
    await dialogsClosed(province);
  }

  await unitContext.close();
  await provinceContext.close();
}
