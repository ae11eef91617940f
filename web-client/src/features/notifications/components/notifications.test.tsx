import { configure, screen, waitFor } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createFetchStub, json, page } from '@/testing/fetch-stub';
import { renderApp, users } from '@/testing/render';

configure({ asyncUtilTimeout: 15_000 });
vi.setConfig({ testTimeout: 60_000 });

const setupUser = () => userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });

const returned = {
  id: 5,
  kind: 'report_returned',
  title: 'Báo cáo bị trả lại',
  body: 'Ban Dân tộc trả lại báo cáo 6 tháng đầu năm 2026: thiếu số liệu xã Chơ Chun.',
  link: '/reports/41',
  createdAt: '2026-06-15T09:00:00+07:00',
  readAt: null,
};
const reminder = {
  id: 4,
  kind: 'reminder',
  title: 'Nhắc nộp báo cáo',
  body: 'Hạn nộp 16/06/2026.',
  link: null,
  createdAt: '2026-06-09T07:00:00+07:00',
  readAt: '2026-06-09T08:00:00+07:00',
};

function inboxStub() {
  const reads: string[] = [];
  const stub = createFetchStub()
    .on('GET', '/api/v1/notifications/unread-count', () => json({ count: 1 }))
    .on('GET', '/api/v1/notifications', () => json(page([returned, reminder])))
    .on('POST', '/api/v1/notifications/:id/read', (request) => {
      reads.push(new URL(request.url).pathname);
      return new Response(null, { status: 204 });
    })
    .on('POST', '/api/v1/notifications/read-all', (request) => {
      reads.push(new URL(request.url).pathname);
      return new Response(null, { status: 204 });
    })
    .on('GET', '/api/v1/reports/:id', () => json({ id: 41, period: { name: 'Báo cáo 6 tháng đầu năm 2026' }, actions: [], version: 1 }))
    .on('GET', '/api/v1/reports', () => json(page([])))
    .on('GET', '/api/v1/agreements', () => json(page([])))
    .on('GET', '/api/v1/support-records', () => json(page([])))
    .on('GET', '/api/v1/support-records/totals', () => json({ count: 0, valueVnd: 0 }))
    .on('GET', '/api/v1/action-points', () => json(page([])));
  return { stub, reads };
}

describe('the notification bell', () => {
  it('counts the unread ones, lists the latest, and follows a notice to its report, marking it read', async () => {
    const user = setupUser();
    const { stub, reads } = inboxStub();
    const { router } = renderApp('/', { me: users.sonnptnt, stub });
    const bell = await screen.findByRole('button', { name: 'Thông báo: 1 chưa đọc' });
    await user.click(bell);
    expect(await screen.findByText('Báo cáo bị trả lại')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Xem tất cả' })).toHaveAttribute('href', '/notifications');
    const request = stub.requests.filter((candidate) => new URL(candidate.url).pathname === '/api/v1/notifications').at(-1);
    expect(new URL(request?.url ?? '').searchParams.get('size')).toBe('5');
    await user.click(screen.getByText('Báo cáo bị trả lại'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/reports/41'));
    expect(reads).toEqual(['/api/v1/notifications/5/read']);
  });
});

describe('the inbox', () => {
  it('marks the unread ones read, one or all', async () => {
    const user = setupUser();
    const { stub, reads } = inboxStub();
    renderApp('/notifications', { me: users.namgiang, stub });
    expect(await screen.findByRole('heading', { level: 1, name: 'Thông báo' })).toBeInTheDocument();
    expect(await screen.findByText('Nhắc nộp báo cáo')).toBeInTheDocument();
    expect(screen.getAllByText('Chưa đọc', { selector: '.ant-tag' })).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Đánh dấu đã đọc: Báo cáo bị trả lại' }));
    await user.click(screen.getByRole('button', { name: /Đánh dấu tất cả đã đọc/ }));
    await waitFor(() => expect(reads).toEqual(['/api/v1/notifications/5/read', '/api/v1/notifications/read-all']));
  });

  it('lets the provincial leadership read the province’s inbox but mark nothing', async () => {
    const { stub } = inboxStub();
    renderApp('/notifications', { me: users.lanhdao, stub });
    await screen.findByText('Nhắc nộp báo cáo');
    expect(screen.queryByRole('button', { name: /Đánh dấu/ })).not.toBeInTheDocument();
  });
});
