import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { problem } from '@/testing/fetch-stub';
import { findButton, getButton, queryButton } from '@/testing/queries';
import { renderApp, users } from '@/testing/render';
import { period, reportingStub } from '../testing/fixtures';

configure({ asyncUtilTimeout: 15_000 });
vi.setConfig({ testTimeout: 120_000 });

const setupUser = () => userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });

async function openDrawer(user: ReturnType<typeof setupUser>) {
  await user.click(await findButton('Sửa kỳ báo cáo'));
  const name = await screen.findByDisplayValue('Báo cáo 6 tháng đầu năm 2026');
  return name.closest('.ant-drawer') as HTMLElement;
}

describe('editing a reporting period', () => {
  it('extends the due date of an open period, keeps its window and sends its version in If-Match', async () => {
    const user = setupUser();
    const { stub, changes } = reportingStub(period({ status: 'open' }));
    renderApp('/reporting/3', { me: users.bdt, stub });
    const drawer = await openDrawer(user);

    for (const label of ['Số liệu từ ngày', 'Số liệu đến ngày', 'Ngày mở kỳ']) {
      expect(within(drawer).getByLabelText(label)).toBeDisabled();
    }
    expect(within(drawer).getAllByText('Chỉ sửa được khi kỳ chưa mở')).toHaveLength(3);
    const due = within(drawer).getByLabelText('Hạn nộp');
    expect(due).toBeEnabled();
    expect(due).toHaveValue('16/06/2026');

    await user.clear(due);
    await user.type(due, '30/06/2026{Tab}');
    await user.click(getButton('Lưu', drawer));
    await waitFor(() =>
      expect(changes).toEqual([
        {
          method: 'PUT',
          path: '/api/v1/reporting-periods/3',
          ifMatch: '"2"',
          body: {
            name: 'Báo cáo 6 tháng đầu năm 2026',
            windowStart: '2025-12-15',
            windowEnd: '2026-06-14',
            opensOn: '2026-06-01',
            dueDate: '2026-06-30',
          },
        },
      ]),
    );
    expect(await screen.findByText('Đã lưu kỳ báo cáo')).toBeInTheDocument();
  });

  it('changes the window of a planned period and shows the server’s objection beside its field', async () => {
    const user = setupUser();
    const { stub, changes } = reportingStub(period({ status: 'planned' }));
    stub.on('PUT', '/api/v1/reporting-periods/:id', async (request) => {
      changes.push({ method: 'PUT', path: '', ifMatch: request.headers.get('If-Match'), body: await request.json() });
      return problem(400, {
        title: 'Invalid',
        errors: [{ pointer: '/opensOn', message: 'Ngày mở kỳ phải sau ngày đầu kỳ / Must be after the window start' }],
      });
    });
    renderApp('/reporting/3', { me: users.bdt, stub });
    const drawer = await openDrawer(user);

    const windowEnd = within(drawer).getByLabelText('Số liệu đến ngày');
    expect(windowEnd).toBeEnabled();
    expect(within(drawer).queryByText('Chỉ sửa được khi kỳ chưa mở')).not.toBeInTheDocument();
    await user.clear(windowEnd);
    await user.type(windowEnd, '20/06/2026{Tab}');
    await user.click(getButton('Lưu', drawer));
    expect(await within(drawer).findByText('Ngày mở kỳ phải sau ngày đầu kỳ')).toBeInTheDocument();
    expect(changes[0]).toMatchObject({ ifMatch: '"2"', body: { windowEnd: '2026-06-20', dueDate: '2026-06-16' } });
  });

  it('offers no edit to the provincial leadership', async () => {
    renderApp('/reporting/3', { me: users.lanhdao, stub: reportingStub(period({ status: 'open' })).stub });
    await screen.findByText('Báo cáo 6 tháng đầu năm 2026', { selector: 'h1' });
    expect(queryButton('Sửa kỳ báo cáo')).not.toBeInTheDocument();
  });

  it('offers no edit on a closed period', async () => {
    renderApp('/reporting/3', { me: users.bdt, stub: reportingStub(period({ status: 'closed' })).stub });
    await screen.findByText('Báo cáo 6 tháng đầu năm 2026', { selector: 'h1' });
    expect(queryButton('Sửa kỳ báo cáo')).not.toBeInTheDocument();
  });
});
