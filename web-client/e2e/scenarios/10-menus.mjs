// Each role sees the side menu that permissions.ts gives it: catalogues for admin, province staff and
// leadership; the programme's screens for everyone who signs in to the portal.
import assert from 'node:assert/strict';
import { eventually } from '../support.mjs';

export const name = 'each demo user sees the side menu entries of their role';

// Everyone reports or follows reporting: a unit or district opens its own reports, the province the rounds.
// Everyone sees the overview, coverage, needs and good practices within their scope, and follows joining the programme
// (the province invites and decides, units register, districts read).
const PROGRAMME = [
  'Trang chủ',
  'Tổng quan',
  'Độ bao phủ',
  'Thỏa thuận kết nghĩa',
  'Kế hoạch, chương trình',
  'Nhu cầu của xã',
  'Hỗ trợ đã thực hiện',
  'Kiểm tra, giám sát',
  'Báo cáo',
  'Mô hình, cách làm hay',
  'Tham gia chương trình',
];
const WITH_CATALOG = [...PROGRAMME, 'Danh mục'];

const USERS = [
  { username: 'admin', menu: WITH_CATALOG },
  { username: 'bdt', menu: WITH_CATALOG, screenshot: true },
  { username: 'lanhdao', menu: WITH_CATALOG },
  { username: 'namgiang', menu: PROGRAMME, screenshot: true },
  { username: 'taygiang', menu: PROGRAMME },
  { username: 'sonnptnt', menu: PROGRAMME, screenshot: true },
  { username: 'sotaichinh', menu: PROGRAMME },
];

export default async function ({ browser, login, screenshot }) {
  for (const user of USERS) {
    const context = await browser.newContext({ locale: 'vi-VN' });
    const page = await context.newPage();
    await login(page, user.username);
    const nav = page.getByRole('navigation', { name: 'Danh mục chức năng' });
    // The top-level entries only: the catalogue group's children stay folded.
    const items = nav.locator('.ant-menu-root > li.ant-menu-item, .ant-menu-root > li.ant-menu-submenu');
    await items.first().waitFor();
    const labels = (await items.allInnerTexts()).map((text) => text.trim());
    assert.deepEqual(labels, user.menu, `${user.username}'s menu`);
    if (user.screenshot) {
      await page.getByRole('heading', { name: 'Việc cần làm' }).waitFor();
      await page.getByText(/^Trong tổng số \d+ thỏa thuận$/).waitFor();
      await eventually(
        async () => (await page.locator('.ant-spin-spinning, .ant-skeleton-active').count()) === 0,
        () => 'the home page still loading',
      );
      await screenshot(page, `home-${user.username}`);
    }
    await context.close();
  }
}
