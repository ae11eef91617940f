import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { findButton } from '@/testing/queries';
import { renderApp, users } from '@/testing/render';
import type { FetchStub } from '@/testing/fetch-stub';
import { coverageStub } from '../testing/fixtures';
import { allowSlowRendering, lastQuery } from '@/features/support/testing/fixtures';

allowSlowRendering();

function requestsTo(stub: FetchStub, path: string) {
  return stub.requests.filter((request) => new URL(request.url).pathname === path);
}

describe('coverage page', () => {
  it('answers at a glance how many especially-difficult communes still have no partner, and lists them', async () => {
    const stub = coverageStub();
    renderApp('/coverage', { me: users.bdt, stub });
    expect(await screen.findByText('33/66 xã ĐBKK chưa có đơn vị kết nghĩa')).toBeInTheDocument();
    expect(screen.getByText('4 xã trong số đó chỉ được giúp qua kết nghĩa cấp huyện')).toBeInTheDocument();
    expect(screen.getByText('6/41 đơn vị chưa tham gia kết nghĩa')).toBeInTheDocument();
    expect(screen.getByText('5/40 kết nghĩa không có hỗ trợ trong 6 tháng')).toBeInTheDocument();
    expect(screen.getByText('3/40 kết nghĩa chưa có chương trình năm 2019 được thống nhất')).toBeInTheDocument();

    const link = await screen.findByRole('link', { name: 'Chơ Chun' });
    expect(link).toHaveAttribute('href', '/communes/42');
    const row = link.closest('tr') as HTMLElement;
    expect(within(row).getByText('Biên giới')).toBeInTheDocument();
    expect(within(row).getByText('Huyện có kết nghĩa cấp huyện')).toBeInTheDocument();
    expect(within(row).getByText('Chưa giám sát')).toBeInTheDocument();
    expect(lastQuery(stub, '/api/v1/coverage/communes')).toEqual({
      especiallyDifficult: 'true',
      covered: 'false',
      page: '0',
      size: '20',
    });
  });

  it('offers province roles a district filter', async () => {
    renderApp('/coverage', { me: users.bdt, stub: coverageStub() });
    expect(await screen.findByLabelText('Lọc theo huyện')).toBeInTheDocument();
  });

  it('sends the filters of the address to the agreements tab and shows each gap', async () => {
    const stub = coverageStub();
    renderApp('/coverage?tab=agreements&periodId=2&districtId=12&gap=no_report&inactiveMonths=12&page=2', {
      me: users.bdt,
      stub,
    });
    const link = await screen.findByRole('link', { name: 'La Êê' });
    const row = link.closest('tr') as HTMLElement;
    expect(within(row).getByText('Không có hỗ trợ gần đây')).toBeInTheDocument();
    expect(within(row).getByText('Chưa báo cáo')).toBeInTheDocument();
    expect(within(row).getByText('Chưa gửi')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: 'Sở Thông tin và Truyền thông' })).toHaveAttribute('href', '/organizations/9');
    expect(lastQuery(stub, '/api/v1/coverage/agreements')).toEqual({
      periodId: '2',
      districtId: '12',
      inactiveMonths: '12',
      gap: 'no_report',
      page: '1',
      size: '20',
    });
    expect(lastQuery(stub, '/api/v1/coverage')).toEqual({ periodId: '2', districtId: '12', inactiveMonths: '12' });
  });

  it('puts the chosen tab and gap into the address', async () => {
    const user = userEvent.setup();
    const stub = coverageStub();
    const { router } = renderApp('/coverage?periodId=2', { me: users.bdt, stub });
    await user.click(await screen.findByRole('tab', { name: 'Kết nghĩa thiếu hoạt động' }));
    await waitFor(() => expect(router.state.location.search).toBe('?tab=agreements&periodId=2'));
    await screen.findByRole('link', { name: 'La Êê' });
    await user.click(screen.getByLabelText('Thiếu sót'));
    await user.click(await screen.findByTitle('Chưa có chương trình năm'));
    await waitFor(() => expect(router.state.location.search).toBe('?tab=agreements&periodId=2&gap=no_agreed_plan'));
    await waitFor(() => expect(lastQuery(stub, '/api/v1/coverage/agreements')).toMatchObject({ gap: 'no_agreed_plan' }));
  });

  it('lets the province invite the organisations it selects', async () => {
    const user = userEvent.setup();
    const stub = coverageStub();
    renderApp('/coverage?tab=organizations', { me: users.bdt, stub });
    const first = await screen.findByRole('link', { name: 'Sở Tư pháp' });
    expect(lastQuery(stub, '/api/v1/coverage/organizations')).toEqual({ participating: 'false', page: '0', size: '20' });
    const invite = (await findButton('Mời tham gia')).closest('a') as HTMLAnchorElement;
    expect(invite.getAttribute('aria-disabled')).toBe('true');
    await user.click(within(first.closest('tr') as HTMLElement).getByRole('checkbox'));
    const second = screen.getByRole('link', { name: 'Sở Khoa học và Công nghệ' });
    await user.click(within(second.closest('tr') as HTMLElement).getByRole('checkbox'));
    await waitFor(() => expect(invite).toHaveAttribute('href', '/joining/invitations/new?organizationIds=31,32'));
    expect(invite.getAttribute('aria-disabled')).toBe('false');
  });

  it('shows a district its own communes, without participation of organisations', async () => {
    const stub = coverageStub();
    renderApp('/coverage?tab=organizations', { me: users.namgiang, stub });
    expect(await screen.findByText('33/66 xã ĐBKK chưa có đơn vị kết nghĩa')).toBeInTheDocument();
    await screen.findByRole('link', { name: 'Chơ Chun' });
    expect(screen.queryByRole('tab', { name: 'Đơn vị chưa tham gia' })).not.toBeInTheDocument();
    expect(requestsTo(stub, '/api/v1/coverage/organizations')).toHaveLength(0);
    // a district user has no district filter: the API limits it to its own district
    expect(screen.queryByLabelText('Lọc theo huyện')).not.toBeInTheDocument();
  });

  it('expands a district to its communes, coloured by whether they have a partner', async () => {
    const user = userEvent.setup();
    const stub = coverageStub();
    renderApp('/coverage?tab=districts', { me: users.lanhdao, stub });
    const cell = await screen.findByRole('cell', { name: 'Nam Giang' });
    const row = cell.closest('tr') as HTMLElement;
    await user.click(within(row).getByRole('button'));
    const uncovered = await screen.findByRole('link', { name: 'Chơ Chun (0)' });
    expect(uncovered).toHaveAttribute('href', '/communes/42');
    expect(uncovered.closest('.ant-tag')).toHaveClass('ant-tag-red');
    expect(screen.getByRole('link', { name: 'Cà Dy (2)' }).closest('.ant-tag')).toHaveClass('ant-tag-green');
  });

  it('exports the tab as Excel with the same filters', async () => {
    const user = userEvent.setup();
    const stub = coverageStub();
    stub.on('GET', '/api/v1/coverage/communes', (request) =>
      request.headers.get('Accept')?.includes('spreadsheetml')
        ? new Response('PK-xlsx', {
            headers: {
              'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
              'Content-Disposition': "attachment; filename=\"xa.xlsx\"; filename*=UTF-8''X%C3%A3.xlsx",
            },
          })
        : new Response(JSON.stringify({ items: [], page: 0, size: 20, total: 0 }), {
            headers: { 'Content-Type': 'application/json' },
          }),
    );
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:xa'), revokeObjectURL: vi.fn() });
    const saved: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    renderApp('/coverage?periodId=2&q=tra', { me: users.bdt, stub });
    await user.click(await findButton('Xuất Excel'));
    await waitFor(() => expect(saved).toEqual(['Xã.xlsx']));
    const request = stub.requests.filter((candidate) => candidate.headers.get('Accept')?.includes('spreadsheetml')).at(-1);
    expect(Object.fromEntries(new URL(request?.url ?? '').searchParams)).toEqual({
      periodId: '2',
      especiallyDifficult: 'true',
      covered: 'false',
      q: 'tra',
    });
    click.mockRestore();
  });
});
