import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/lib/api/client';
import { json } from '@/testing/fetch-stub';
import { renderApp, renderWithProviders, users } from '@/testing/render';
import { AgreementSupportTab } from '../index';
import { agreement, allowSlowRendering, lastQuery, supportRecord, supportStub } from '../testing/fixtures';
import { fill, setupUser } from '../testing/select';

allowSlowRendering();

/** A stub whose record changes when confirmed or deleted, as the server's would. */
function statefulStub() {
  let record: Schemas['SupportRecord'] | undefined = supportRecord();
  const calls: { method: string; ifMatch: string | null; body: unknown }[] = [];
  const stub = supportStub()
    .on('GET', '/api/v1/support-records', () => json({ items: record ? [record] : [], page: 0, size: 20, total: record ? 1 : 0 }))
    .on('GET', '/api/v1/support-records/:id', () => json(record))
    .on('POST', '/api/v1/support-records/:id/confirm', async (request) => {
      calls.push({ method: 'confirm', ifMatch: request.headers.get('If-Match'), body: await request.json() });
      record = supportRecord({
        status: 'confirmed',
        confirmedBy: 'namgiang',
        confirmedAt: '2017-02-03T09:30:00+07:00',
        version: 3,
      });
      return json(record);
    })
    .on('DELETE', '/api/v1/support-records/:id', (request) => {
      calls.push({ method: 'delete', ifMatch: request.headers.get('If-Match'), body: undefined });
      record = undefined;
      return new Response(null, { status: 204 });
    });
  return { stub, calls };
}

/** The table row showing `text` (dialogs may show the same text). */
function rowOf(text: string): HTMLElement {
  const rows = screen.getAllByText(text).map((element) => element.closest('tr.ant-table-row'));
  const row = rows.find((candidate) => candidate !== null);
  if (!row) {
    throw new Error(`No table row shows ${text}`);
  }
  return row as HTMLElement;
}

describe('confirming and deleting support records', () => {
  it('lets the receiving district confirm a recorded row with a note, sending If-Match', async () => {
    const user = setupUser();
    const { stub, calls } = statefulStub();
    renderApp('/support', { me: users.namgiang, stub });
    await screen.findByText('Tặng quà Tết cho hộ nghèo thôn 2');
    await user.click(within(rowOf('Tặng quà Tết cho hộ nghèo thôn 2')).getByText('Xác nhận đã nhận'));

    const dialog = (await screen.findByText('Xác nhận đã nhận hỗ trợ')).closest('[role="dialog"]') as HTMLElement;
    await fill(user, within(dialog).getByLabelText('Ghi chú khi xác nhận (không bắt buộc)'), 'Đã nhận đủ 120 suất quà');
    await user.click(within(dialog).getByText('Xác nhận đã nhận', { selector: 'button span' }));

    await waitFor(() => expect(calls).toEqual([{ method: 'confirm', ifMatch: '"2"', body: { note: 'Đã nhận đủ 120 suất quà' } }]));
    await waitFor(() => expect(within(rowOf('Tặng quà Tết cho hộ nghèo thôn 2')).getByText('Đã xác nhận đã nhận')).toBeInTheDocument());
    expect(within(rowOf('Tặng quà Tết cho hộ nghèo thôn 2')).queryByText('Xác nhận đã nhận')).not.toBeInTheDocument();
  });

  it('offers the confirmation on the detail drawer too', async () => {
    const user = setupUser();
    const { stub, calls } = statefulStub();
    renderApp('/support', { me: users.namgiang, stub });
    await screen.findByText('Tặng quà Tết cho hộ nghèo thôn 2');
    await user.click(within(rowOf('Tặng quà Tết cho hộ nghèo thôn 2')).getByText('Chi tiết'));
    const drawer = (await screen.findByText('Chi tiết hỗ trợ')).closest('[role="dialog"]') as HTMLElement;
    await user.click(await within(drawer).findByText('Xác nhận đã nhận'));
    const dialog = (await screen.findByText('Xác nhận đã nhận hỗ trợ')).closest('[role="dialog"]') as HTMLElement;
    await user.click(within(dialog).getByText('Xác nhận đã nhận', { selector: 'button span' }));
    await waitFor(() => expect(calls).toEqual([{ method: 'confirm', ifMatch: '"2"', body: {} }]));
  });

  it('shows no confirm button to the partner unit or the province', async () => {
    for (const me of [users.sonnptnt, users.bdt]) {
      const { unmount } = renderApp('/support', { me, stub: statefulStub().stub });
      await screen.findByText('Tặng quà Tết cho hộ nghèo thôn 2');
      expect(screen.queryByText('Xác nhận đã nhận')).not.toBeInTheDocument();
      expect(screen.queryByText('Chờ tôi xác nhận')).not.toBeInTheDocument();
      unmount();
    }
  });

  it('lets the partner unit delete a recorded record after asking, with If-Match', async () => {
    const user = setupUser();
    const { stub, calls } = statefulStub();
    renderApp('/support', { me: users.sonnptnt, stub });
    await user.click(await screen.findByText('Chi tiết'));
    const drawer = (await screen.findByText('Chi tiết hỗ trợ')).closest('[role="dialog"]') as HTMLElement;
    await user.click(await within(drawer).findByText('Xóa'));
    const question = await screen.findByText('Xóa bản ghi hỗ trợ này?');
    await user.click(within(question.closest('.ant-popover') as HTMLElement).getByText('Xóa'));

    await waitFor(() => expect(calls).toEqual([{ method: 'delete', ifMatch: '"2"', body: undefined }]));
    expect(await screen.findByText('Không có bản ghi hỗ trợ nào phù hợp')).toBeInTheDocument();
  });
});

describe('the agreement’s support tab', () => {
  it('lists and totals only the agreement’s records, and pre-fills it in a new record', async () => {
    const user = setupUser();
    const stub = supportStub();
    renderWithProviders(<AgreementSupportTab agreement={agreement} />, { me: users.sonnptnt, stub });
    await screen.findByText('Tặng quà Tết cho hộ nghèo thôn 2');
    expect(lastQuery(stub, '/api/v1/support-records')).toMatchObject({ agreementId: '17' });
    expect(lastQuery(stub, '/api/v1/support-records/totals')).toEqual({ agreementId: '17' });
    // The partner and recipient are the agreement's: no column or filter repeats them.
    expect(screen.queryByText('Đơn vị → Nơi nhận')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Giai đoạn')).not.toBeInTheDocument();

    await user.click(screen.getByText('Ghi nhận hỗ trợ'));
    expect(
      await screen.findByText('Sở Nông nghiệp và Phát triển nông thôn → xã A Vao (Nam Giang) · 2016-2020'),
    ).toBeInTheDocument();
  });

  it('offers no new record under a proposed agreement, which is not signed yet', async () => {
    renderWithProviders(<AgreementSupportTab agreement={{ ...agreement, status: 'proposed' }} />, {
      me: users.sonnptnt,
      stub: supportStub([]),
    });
    await screen.findByText('Không có bản ghi hỗ trợ nào phù hợp');
    expect(screen.queryByText('Ghi nhận hỗ trợ')).not.toBeInTheDocument();
  });
});
