import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp, TEST_TOKEN, users } from '@/testing/render';
import { findPageTitle, queryButton } from '@/testing/queries';
import { allowSlowRendering, listItem, practicesStub } from '../testing/fixtures';

allowSlowRendering();

function listRequests(requests: Request[]) {
  return requests.map((request) => new URL(request.url)).filter((url) => url.pathname === '/api/v1/practices');
}

beforeEach(() => {
  let next = 0;
  URL.createObjectURL = vi.fn(() => `blob:http://localhost/cover-${++next}`);
  URL.revokeObjectURL = vi.fn();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the good-practice grid', () => {
  it('shows each practice as a card with its cover fetched with the bearer token, never a token in an address', async () => {
    const { stub, fileRequests } = practicesStub();
    renderApp('/practices', { me: users.lanhdao, stub });
    await findPageTitle('Mô hình, cách làm hay');
    const title = await screen.findByRole('link', { name: 'Nuôi bò sinh sản luân chuyển ở xã Cà Dy' });
    expect(title).toHaveAttribute('href', '/practices/9');
    const card = title.closest('.ant-card') as HTMLElement;
    expect(within(card).getByText('Sở Nông nghiệp và Phát triển nông thôn')).toBeInTheDocument();
    expect(within(card).getByText('Cà Dy, Nam Giang')).toBeInTheDocument();
    expect(within(card).getByText('2018')).toBeInTheDocument();
    expect(within(card).getByText('#chăn nuôi')).toBeInTheDocument();
    const cover = await within(card).findByRole('img', { name: 'Ảnh bìa: Nuôi bò sinh sản luân chuyển ở xã Cà Dy' });
    expect(cover.getAttribute('src')).toMatch(/^blob:/);
    expect(fileRequests).toEqual([
      { method: 'GET', path: '/api/v1/practices/9/files/41', ifMatch: null, authorization: `Bearer ${TEST_TOKEN}` },
    ]);
    // Leadership reads; it does not write.
    expect(queryButton('Chia sẻ mô hình')).not.toBeInTheDocument();
  });

  it('filters by a tag chip and keeps the tags in the address', async () => {
    const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
    const { stub } = practicesStub();
    const { router } = renderApp('/practices', { me: users.sonnptnt, stub });
    await findPageTitle('Mô hình, cách làm hay');
    const chips = await screen.findByRole('group', { name: 'Thẻ phổ biến' });
    await user.click(within(chips).getByText('#giáo dục (1)'));
    await waitFor(() => expect(router.state.location.search).toBe('?tag=gi%C3%A1o+d%E1%BB%A5c'));
    await waitFor(() => expect(listRequests(stub.requests).at(-1)?.searchParams.getAll('tag')).toEqual(['giáo dục']));
    await user.click(within(chips).getByText('#chăn nuôi (3)'));
    await waitFor(() => expect(listRequests(stub.requests).at(-1)?.searchParams.getAll('tag')).toEqual(['giáo dục', 'chăn nuôi']));
    // A unit shares its own practices.
    expect(queryButton('Chia sẻ mô hình')).toBeInTheDocument();
  });

  it('takes the commune from a commune profile’s link to the API', async () => {
    const { stub } = practicesStub(undefined, [listItem({ coverFileId: undefined, fileCount: 0 })]);
    renderApp('/practices?communeId=120&tag=b%C3%B2%20gi%E1%BB%91ng', { me: users.namgiang, stub });
    await findPageTitle('Mô hình, cách làm hay');
    await waitFor(() => expect(listRequests(stub.requests).length).toBeGreaterThan(0));
    const request = listRequests(stub.requests)[0];
    expect(request?.searchParams.get('communeId')).toBe('120');
    expect(request?.searchParams.getAll('tag')).toEqual(['bò giống']);
    expect(await screen.findByText('Chưa có ảnh')).toBeInTheDocument();
  });
});
