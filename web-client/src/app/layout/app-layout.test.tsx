import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp, TEST_TOKEN, users } from '@/testing/render';

async function menuLabels() {
  const nav = await screen.findByRole('navigation');
  return within(nav)
    .getAllByRole('menuitem')
    .map((item) => item.textContent?.trim());
}

describe('app layout', () => {
  it('shows the province officer every programme screen and the catalogues', async () => {
    renderApp('/', { me: users.bdt });
    expect(await menuLabels()).toEqual([
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
      'Danh mục',
    ]);
  });

  it('hides the catalogues from a district', async () => {
    renderApp('/', { me: users.namgiang });
    expect(await menuLabels()).toEqual([
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
    ]);
  });

  it('opens the province’s reporting periods and reports from the “Báo cáo” group', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/', { me: users.bdt });
    await user.click(await screen.findByRole('menuitem', { name: /Báo cáo$/ }));
    expect(await screen.findByRole('menuitem', { name: 'Báo cáo của đơn vị' })).toBeInTheDocument();
    await user.click(await screen.findByRole('menuitem', { name: 'Kỳ báo cáo' }));
    // The page loads lazily; the address changes once it has.
    await waitFor(() => expect(router.state.location.pathname).toBe('/reporting'));
  });

  it('takes a unit straight to its reports from “Báo cáo”', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/', { me: users.sonnptnt });
    await user.click(await screen.findByRole('menuitem', { name: /Báo cáo$/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/reports'));
  });

  it('refuses the reporting periods to a unit', async () => {
    renderApp('/reporting', { me: users.sonnptnt });
    expect(await screen.findByText('Tài khoản của bạn không có quyền xem trang này.')).toBeInTheDocument();
  });

  it('hides the catalogues from a partner unit', async () => {
    renderApp('/', { me: users.sonnptnt });
    expect(await menuLabels()).not.toContain('Danh mục');
  });

  it('names the user, role and scope in the header, and sends the bearer token for /me', async () => {
    const { stub } = renderApp('/', { me: users.namgiang });
    expect(await screen.findByText('Hồ Văn Giang')).toBeInTheDocument();
    expect(screen.getByText('UBND huyện · Nam Giang')).toBeInTheDocument();
    const meRequest = stub.requests.find((request) => request.url.endsWith('/api/v1/me'));
    expect(meRequest?.headers.get('Authorization')).toBe(`Bearer ${TEST_TOKEN}`);
  });

  it('switches the whole interface to English and back', async () => {
    const user = userEvent.setup();
    renderApp('/', { me: users.sonnptnt });
    await screen.findByText('Lê Thị Hoa');
    await user.click(screen.getByText('EN'));
    expect(await menuLabels()).toContain('Support given');
    expect(screen.getByText('Partner unit · Sở Nông nghiệp và Phát triển nông thôn')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    await user.click(screen.getByText('VI'));
    expect(await menuLabels()).toContain('Hỗ trợ đã thực hiện');
  });

  it('logs out through Keycloak', async () => {
    const user = userEvent.setup();
    const { auth } = renderApp('/', { me: users.bdt });
    await user.click(await screen.findByRole('button', { name: 'Đăng xuất' }));
    expect(auth.logout).toHaveBeenCalledOnce();
  });

  it('opens a catalogue screen from its group in the menu', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/', { me: users.admin });
    await user.click(await screen.findByRole('menuitem', { name: /Danh mục/ }));
    await user.click(await screen.findByRole('menuitem', { name: 'Giai đoạn' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Giai đoạn chương trình' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/catalog/periods');
  });

  it('lets keyboard users skip to the content, and reach the menu with Tab', async () => {
    const user = userEvent.setup();
    renderApp('/', { me: users.bdt });
    await screen.findByText('Nguyễn Văn An');
    await user.tab();
    expect(screen.getByRole('link', { name: 'Chuyển đến nội dung chính' })).toHaveFocus();
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main-content');
    const menu = within(screen.getByRole('navigation')).getByRole('menu');
    for (let step = 0; step < 10 && document.activeElement !== menu; step++) {
      await user.tab();
    }
    expect(menu).toHaveFocus();
  });

  it('opens the programme overview from “Tổng quan”', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/', { me: users.lanhdao });
    await user.click(await screen.findByRole('menuitem', { name: /Tổng quan$/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/dashboard'));
  });

  it('refuses a catalogue address to a role without the menu entry', async () => {
    renderApp('/catalog/periods', { me: users.namgiang });
    expect(await screen.findByText('Tài khoản của bạn không có quyền xem trang này.')).toBeInTheDocument();
  });
});
