import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, users } from '@/testing/render';
import { allowSlowRendering, chooseOption, lastQuery, need, needsStub, setupUser } from '../testing/fixtures';

allowSlowRendering();

describe('communes’ needs list', () => {
  it('shows each need with its commune, priority, status and estimated, pledged and delivered amounts', async () => {
    renderApp('/needs', { me: users.lanhdao, stub: needsStub() });
    const row = (await screen.findByText('Bò giống cho hộ nghèo thôn Pà Dồn')).closest('tr') as HTMLElement;
    expect(within(row).getByText('A Vao (Nam Giang)')).toBeInTheDocument();
    expect(within(row).getByText('Ưu tiên cao')).toBeInTheDocument();
    expect(within(row).getByText('Đã có đơn vị nhận')).toBeInTheDocument();
    expect(within(row).getByText('300.000.000 ₫')).toBeInTheDocument();
    expect(within(row).getByText('150.000.000 ₫')).toBeInTheDocument();
    expect(within(row).getByText('60.000.000 ₫')).toBeInTheDocument();
    // The leadership reads; it posts nothing.
    expect(screen.queryByText('Thêm nhu cầu')).not.toBeInTheDocument();
  });

  it('sends the filters of the address, as a commune profile links them', async () => {
    const stub = needsStub();
    renderApp('/needs?communeId=41&status=open&priority=high&year=2019&area=production&q=bo+giong&sort=-estimatedVnd', {
      me: users.sonnptnt,
      stub,
    });
    await screen.findByText('Bò giống cho hộ nghèo thôn Pà Dồn');
    expect(lastQuery(stub, '/api/v1/needs')).toEqual({
      communeId: '41',
      status: 'open',
      priority: 'high',
      year: '2019',
      area: 'production',
      q: 'bo giong',
      page: '0',
      size: '20',
      sort: '-estimatedVnd',
    });
  });

  it('puts a chosen filter into the address and the request, from the first page', async () => {
    const user = setupUser();
    const stub = needsStub();
    const { router } = renderApp('/needs?page=2', { me: users.bdt, stub });
    await screen.findByText('Bò giống cho hộ nghèo thôn Pà Dồn');
    await chooseOption(user, 'Trạng thái', 'Chưa có đơn vị nhận');
    await waitFor(() => expect(router.state.location.search).toBe('?status=open'));
    await waitFor(() => expect(lastQuery(stub, '/api/v1/needs')).toMatchObject({ status: 'open', page: '0' }));
    await chooseOption(user, 'Huyện', 'Nam Giang');
    await waitFor(() => expect(router.state.location.search).toBe('?districtId=12&status=open'));
  });

  it('offers "Thêm nhu cầu" to the district', async () => {
    renderApp('/needs', { me: users.namgiang, stub: needsStub() });
    expect(await screen.findByText('Thêm nhu cầu')).toBeInTheDocument();
  });

  it('offers no "Thêm nhu cầu" to a unit, which browses the needs to pledge', async () => {
    renderApp('/needs', { me: users.sonnptnt, stub: needsStub([need({ status: 'open' })]) });
    await screen.findByText('Bò giống cho hộ nghèo thôn Pà Dồn');
    expect(screen.queryByText('Thêm nhu cầu')).not.toBeInTheDocument();
  });

  it('shows the menu entry "Nhu cầu của xã" to every portal role', async () => {
    renderApp('/needs', { me: users.sonnptnt, stub: needsStub() });
    const nav = await screen.findByRole('navigation', { name: 'Danh mục chức năng' });
    expect(within(nav).getByText('Nhu cầu của xã')).toBeInTheDocument();
  });
});
