import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { agreementAVao, agreementTaBhing } from '@/features/agreements/testing/fixtures';
import type { Schemas } from '@/lib/api/client';
import type { Me } from '@/lib/me';
import { createFetchStub, json } from '@/testing/fetch-stub';
import { renderApp, renderWithProviders, users } from '@/testing/render';
import { AgreementDetailRoute } from './agreement-detail-route';

const slow = { timeout: 10_000 };

function stubAgreement(agreement: Schemas['Agreement']) {
  const stub = createFetchStub();
  stub.on('GET', '/api/v1/agreements/:id', () => json(agreement));
  stub.on('GET', '/api/v1/agreements/:id/plans', () => json([]));
  stub.on('GET', '/api/v1/periods/:id', () => json({ id: 2, code: '2016-2020', startYear: 2016, endYear: 2020 }));
  return stub;
}

async function stepButtons(path: string, me: Me, agreement: Schemas['Agreement']) {
  renderApp(path, { me, stub: stubAgreement(agreement) });
  await screen.findByRole('heading', { level: 1, name: /Xã/ }, slow);
  return ['Sửa', 'Kích hoạt', 'Tạm dừng', 'Kết thúc'].filter(
    (name) => screen.queryByRole('button', { name: new RegExp(name) }) !== null,
  );
}

describe('agreement page', { timeout: 60_000 }, () => {
  it('names partner ↔ recipient with the status, and shows every field in the overview', async () => {
    renderApp('/agreements/17', { me: users.lanhdao, stub: stubAgreement(agreementAVao) });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sở Nông nghiệp và Phát triển nông thôn ↔ Xã A Vao' }, slow),
    ).toBeInTheDocument();
    expect(screen.getByText('Huyện Nam Giang · Giai đoạn 2016–2020')).toBeInTheDocument();
    expect(screen.getByText('Trần Văn Bình')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '0235 3812 345' })).toHaveAttribute('href', 'tel:02353812345');
    expect(screen.getByText('12/BB-KN')).toBeInTheDocument();
    expect(screen.getByText('Sở, ban, ngành')).toBeInTheDocument();
  });

  it("offers a proposed agreement's steps to the province: edit, activate, end", async () => {
    expect(await stepButtons('/agreements/18', users.bdt, agreementTaBhing)).toEqual(['Sửa', 'Kích hoạt', 'Kết thúc']);
  });

  it("offers an active agreement's steps to its unit: edit, suspend, end", async () => {
    expect(await stepButtons('/agreements/17', users.sonnptnt, agreementAVao)).toEqual(['Sửa', 'Tạm dừng', 'Kết thúc']);
  });

  it('offers no step to the receiving district', async () => {
    expect(await stepButtons('/agreements/17', users.namgiang, agreementAVao)).toEqual([]);
  });

  it('offers no step to the leadership', async () => {
    expect(await stepButtons('/agreements/17', users.lanhdao, agreementAVao)).toEqual([]);
  });

  it('offers nothing on an ended agreement', async () => {
    expect(await stepButtons('/agreements/17', users.bdt, { ...agreementAVao, status: 'ended' })).toEqual([]);
  });

  it('suspends with the note and the version the user saw', async () => {
    const user = userEvent.setup();
    const stub = stubAgreement(agreementAVao);
    const sent: { ifMatch: string | null; body: unknown }[] = [];
    stub.on('POST', '/api/v1/agreements/:id/suspend', async (request) => {
      sent.push({ ifMatch: request.headers.get('If-Match'), body: await request.json() });
      return json({ ...agreementAVao, status: 'suspended', version: 4 });
    });
    renderApp('/agreements/17', { me: users.sonnptnt, stub });
    await user.click(await screen.findByRole('button', { name: /Tạm dừng/ }, slow));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('Ghi chú'), 'Chờ bố trí kinh phí');
    await user.click(within(dialog).getByRole('button', { name: 'Tạm dừng' }));
    await waitFor(() => expect(sent).toEqual([{ ifMatch: '"3"', body: { note: 'Chờ bố trí kinh phí' } }]));
  });

  it("shows the tabs in order, with the other features' tabs in the slot before the history", async () => {
    const stub = stubAgreement(agreementAVao);
    renderWithProviders(null, {
      me: users.bdt,
      stub,
      routes: [
        {
          path: '*',
          element: (
            <AgreementDetailRoute
              extraTabs={[
                { key: 'support', labelKey: 'agreements.tabs.support', render: () => 'support tab' },
                { key: 'visits', labelKey: 'agreements.tabs.visits', render: () => 'visits tab' },
              ]}
            />
          ),
        },
      ],
    });
    await screen.findByRole('heading', { level: 1 }, slow);
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual([
      'Tổng quan',
      'Kế hoạch giai đoạn',
      'Chương trình hằng năm',
      'Hỗ trợ đã thực hiện',
      'Kiểm tra, giám sát',
      'Lịch sử thay đổi',
    ]);
  });

  it('opens the tab named in the address and keeps the chosen one there', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/agreements/17?tab=period-plan', {
      me: users.bdt,
      stub: stubAgreement(agreementAVao),
    });
    expect(await screen.findByText('Thỏa thuận chưa có kế hoạch giai đoạn', {}, slow)).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Tổng quan' }));
    await waitFor(() => expect(router.state.location.search).toBe('?tab=overview'));
  });

  it('shows the history: who, when, the action in words, the note and each field before → after', async () => {
    const stub = stubAgreement(agreementAVao);
    stub.on('GET', '/api/v1/agreements/:id/history', () =>
      json([
        {
          id: 1,
          action: 'created',
          changedAt: '2016-05-10T04:00:00Z',
          changedBy: 'sonnptnt',
          changedByName: 'Lê Thị Hoa',
          changes: [{ field: 'status', before: null, after: 'proposed' }],
        },
        {
          id: 2,
          action: 'activated',
          changedAt: '2017-08-20T07:05:00Z',
          changedBy: 'bdt',
          changedByName: 'Nguyễn Văn An',
          note: 'Đã ký biên bản',
          changes: [{ field: 'status', before: 'proposed', after: 'active' }],
        },
        {
          id: 3,
          action: 'updated',
          changedAt: '2017-09-01T07:05:00Z',
          changedBy: 'bdt',
          changedByName: 'Nguyễn Văn An',
          changes: [
            { field: 'endDate', before: '2019-12-31', after: '2020-12-31' },
            {
              field: 'recipient',
              before: { id: 41, name: 'A Vao', kindLabel: 'xã' },
              after: { id: 42, name: 'Tà Bhing', kindLabel: 'xã' },
            },
          ],
        },
      ]),
    );
    renderApp('/agreements/17?tab=history', { me: users.namgiang, stub });
    const activated = (await screen.findByText('Kích hoạt', {}, slow)).closest('li') as HTMLElement;
    expect(within(activated).getByText(/^Nguyễn Văn An · 20\/08\/2017 \d\d:\d\d$/)).toBeInTheDocument();
    expect(within(activated).getByText('Ghi chú: Đã ký biên bản')).toBeInTheDocument();
    expect(within(activated).getByRole('list')).toHaveTextContent('Trạng thái: Đề xuất → Đang thực hiện');
    const updated = screen.getByText('Cập nhật thông tin').closest('li') as HTMLElement;
    expect(within(updated).getByRole('list')).toHaveTextContent('Ngày kết thúc: 31/12/2019 → 31/12/2020');
    expect(within(updated).getByRole('list')).toHaveTextContent('Địa phương nhận kết nghĩa: Xã A Vao → Xã Tà Bhing');
    // Newest first.
    expect(
      screen.getAllByText(/^(Đề xuất thỏa thuận|Kích hoạt|Cập nhật thông tin)$/).map((node) => node.textContent),
    ).toEqual(['Cập nhật thông tin', 'Kích hoạt', 'Đề xuất thỏa thuận']);
  });

  it('says so when the agreement does not exist or lies outside the scope', async () => {
    const stub = createFetchStub();
    stub.on('GET', '/api/v1/agreements/:id', () =>
      json(
        { type: 'urn:ketnghia:problem:not-found', title: 'Không tìm thấy / Not found', status: 404 },
        { status: 404 },
      ),
    );
    renderApp('/agreements/999', { me: users.sonnptnt, stub });
    expect(
      await screen.findByText('Không tìm thấy thỏa thuận này, hoặc thỏa thuận nằm ngoài phạm vi của bạn.', {}, slow),
    ).toBeInTheDocument();
  });
});
