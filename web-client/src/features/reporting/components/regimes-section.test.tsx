import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { findModal, getButton } from '@/testing/queries';
import { renderApp, users } from '@/testing/render';
import { reportingStub } from '../testing/fixtures';
import { dayMonth } from './regimes-section';

configure({ asyncUtilTimeout: 15_000 });
vi.setConfig({ testTimeout: 120_000 });

describe('report type settings', () => {
  it('shows each regime’s days as dd/MM and saves a new due day with the regime’s version in If-Match', async () => {
    const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
    const { stub, changes } = reportingStub();
    renderApp('/reporting', { me: users.admin, stub });
    expect(await screen.findByText('Cấu hình loại báo cáo')).toBeInTheDocument();
    expect(await screen.findByText('15/12 – 14/06')).toBeInTheDocument();
    expect(screen.getByText('16/06')).toBeInTheDocument();

    await user.click(screen.getByLabelText('Sửa: Báo cáo 6 tháng'));
    const modal = await findModal('Sửa cấu hình Báo cáo 6 tháng');
    expect(within(modal).getByText('Nghị định số 09/2019/NĐ-CP', { exact: false })).toBeInTheDocument();
    const dueDay = within(modal).getByLabelText('Hạn nộp – ngày');
    await user.clear(dueDay);
    await user.type(dueDay, '20');
    await user.click(getButton('Lưu', modal));
    await waitFor(() =>
      expect(changes).toEqual([
        {
          method: 'PUT',
          path: '/api/v1/reporting-regimes/semi_annual',
          ifMatch: '"0"',
          body: {
            windowStartMonth: 12,
            windowStartDay: 15,
            windowEndMonth: 6,
            windowEndDay: 14,
            opensMonth: 6,
            opensDay: 1,
            dueMonth: 6,
            dueDay: 20,
          },
        },
      ]),
    );
  });

  it('is not shown to the provincial leadership', async () => {
    renderApp('/reporting', { me: users.lanhdao, stub: reportingStub().stub });
    await screen.findByText('Báo cáo 6 tháng đầu năm 2026', { selector: 'a' });
    expect(screen.queryByText('Cấu hình loại báo cáo')).not.toBeInTheDocument();
  });

  it('writes a month-day as dd/MM', () => {
    expect(dayMonth(1, 6)).toBe('01/06');
    expect(dayMonth(undefined, 6)).toBe('—');
  });
});
