import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFetchStub, json, page, problem } from '@/testing/fetch-stub';
import { renderApp, users } from '@/testing/render';
import { agreementAVao, agreementTaBhing, stubCatalogues } from '../testing/fixtures';

// The first render compiles the lazily loaded page and antd's table: give it time.
const slow = { timeout: 10_000 };

function setup() {
  const stub = stubCatalogues(createFetchStub());
  stub.on('GET', '/api/v1/agreements', () => json(page([agreementAVao, agreementTaBhing], 42, 1, 20)));
  const listRequests = () =>
    stub.requests
      .map((request) => new URL(request.url))
      .filter((url) => url.pathname === '/api/v1/agreements')
      .map((url) => url.searchParams);
  return { stub, listRequests };
}

describe('agreements list', { timeout: 60_000 }, () => {
  it('asks the API for the filters, sort and page in the address', async () => {
    const { stub, listRequests } = setup();
    renderApp(
      '/agreements?q=a%20vao&periodId=2&districtId=12&communeId=41&organizationId=7&status=active&sort=-district&page=2&size=50',
      { me: users.bdt, stub },
    );
    await screen.findByText('Xã A Vao', {}, slow);
    const query = listRequests().at(-1);
    expect(Object.fromEntries(query ?? [])).toEqual({
      q: 'a vao',
      periodId: '2',
      districtId: '12',
      communeId: '41',
      organizationId: '7',
      status: 'active',
      sort: '-district',
      page: '1',
      size: '50',
    });
    expect(screen.getByRole('searchbox', { name: 'Tìm thỏa thuận' })).toHaveValue('a vao');
  });

  it('shows recipient, district, period, dates, status and document number, and links to the agreement', async () => {
    const { stub } = setup();
    renderApp('/agreements', { me: users.bdt, stub });
    const row = (await screen.findByText('Xã A Vao', {}, slow)).closest('tr') as HTMLElement;
    expect(within(row).getByText('Nam Giang')).toBeInTheDocument();
    expect(within(row).getByText('2016-2020')).toBeInTheDocument();
    expect(within(row).getByText('15/05/2016 – 31/12/2020')).toBeInTheDocument();
    expect(within(row).getByText('Đang thực hiện')).toBeInTheDocument();
    expect(within(row).getByText('12/BB-KN')).toBeInTheDocument();
    expect(within(row).getByRole('link')).toHaveAttribute('href', '/agreements/17');
    expect(screen.getByText('Tổng số: 42')).toBeInTheDocument();
  });

  it('puts a chosen filter in the address, back on page one, and Back undoes it', async () => {
    const user = userEvent.setup();
    const { stub, listRequests } = setup();
    const { router } = renderApp('/agreements?page=3', { me: users.bdt, stub });
    await screen.findByText('Xã A Vao', {}, slow);
    await user.click(screen.getByRole('combobox', { name: 'Trạng thái' }));
    await user.click(await screen.findByTitle('Đã kết thúc'));
    await waitFor(() => expect(router.state.location.search).toBe('?status=ended'));
    await waitFor(() => expect(listRequests().at(-1)?.get('status')).toBe('ended'));
    expect(listRequests().at(-1)?.get('page')).toBe('0');
    await router.navigate(-1);
    await waitFor(() => expect(router.state.location.search).toBe('?page=3'));
  });

  it('sorts on the server by the column clicked', async () => {
    const user = userEvent.setup();
    const { stub, listRequests } = setup();
    const { router } = renderApp('/agreements', { me: users.bdt, stub });
    await screen.findByText('Xã A Vao', {}, slow);
    await user.click(screen.getByRole('columnheader', { name: /Địa phương nhận kết nghĩa/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?sort=recipient'));
    await waitFor(() => expect(listRequests().at(-1)?.get('sort')).toBe('recipient'));
  });

  it('sends the search once typing pauses, not on every key', async () => {
    const user = userEvent.setup();
    const { stub, listRequests } = setup();
    const { router } = renderApp('/agreements', { me: users.bdt, stub });
    await screen.findByText('Xã A Vao', {}, slow);
    await user.type(screen.getByRole('searchbox', { name: 'Tìm thỏa thuận' }), 'nam giang');
    await waitFor(() => expect(router.state.location.search).toBe('?q=nam+giang'));
    await waitFor(() => expect(listRequests().at(-1)?.get('q')).toBe('nam giang'));
    expect(listRequests().filter((query) => query.has('q'))).toHaveLength(1);
  });

  it("narrows the commune filter to a district user's own communes, without a district filter", async () => {
    const user = userEvent.setup();
    const { stub } = setup();
    renderApp('/agreements', { me: users.namgiang, stub });
    await screen.findByText('Xã A Vao', {}, slow);
    expect(screen.queryByRole('combobox', { name: 'Huyện' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Xã' }));
    expect(await screen.findByTitle('Xã Tà Bhing')).toBeInTheDocument();
  });

  it.each([
    ['bdt', users.bdt, true],
    ['sonnptnt', users.sonnptnt, true],
    ['namgiang', users.namgiang, false],
    ['lanhdao', users.lanhdao, false],
  ])('offers "Thêm thỏa thuận" to %s only if allowed', async (_name, me, shown) => {
    const { stub } = setup();
    renderApp('/agreements', { me, stub });
    await screen.findByText('Xã A Vao', {}, slow);
    expect(screen.queryByRole('button', { name: /Thêm thỏa thuận/ }) !== null).toBe(shown);
  });

  it('says so when nothing matches the filters', async () => {
    const stub = stubCatalogues(createFetchStub());
    stub.on('GET', '/api/v1/agreements', () => json(page([])));
    renderApp('/agreements?status=ended', { me: users.bdt, stub });
    expect(await screen.findByText('Không có thỏa thuận nào khớp với bộ lọc', {}, slow)).toBeInTheDocument();
  });

  it("shows the server's reason and a retry when the list fails", async () => {
    const user = userEvent.setup();
    const stub = stubCatalogues(createFetchStub());
    stub.on('GET', '/api/v1/agreements', () =>
      problem(403, { type: 'urn:ketnghia:problem:forbidden', title: 'Không có quyền / Forbidden' }),
    );
    renderApp('/agreements', { me: users.bdt, stub });
    expect(await screen.findByText('Không có quyền', {}, slow)).toBeInTheDocument();
    stub.on('GET', '/api/v1/agreements', () => json(page([agreementAVao])));
    await user.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByText('Xã A Vao', {}, slow)).toBeInTheDocument();
  });
});
