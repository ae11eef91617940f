import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/lib/api/client';
import type { Me } from '@/lib/me';
import { createFetchStub, json, problem } from '@/testing/fetch-stub';
import { renderWithProviders, users } from '@/testing/render';
import { agreedProgramme2017, agreement, periodPlan, programme2018, stubPlans } from '../testing/fixtures';
import { AgreementPlansTab } from './agreement-plans-tab';

const slow = { timeout: 10_000 };

function renderTab(me: Me, plans: () => Schemas['Plan'][], kind: Schemas['PlanKind'] = 'period') {
  const stub = stubPlans(createFetchStub(), plans);
  const view = renderWithProviders(<AgreementPlansTab agreement={agreement} kind={kind} />, { me, stub });
  return { ...view, stub };
}

function rowOf(text: string) {
  return screen.getByText(text).closest('tr') as HTMLElement;
}

describe('agreement plans tab', { timeout: 60_000 }, () => {
  it('groups items by support area, with subtotals, totals and actual against planned in VND', async () => {
    renderTab(users.lanhdao, () => [periodPlan]);
    await screen.findByText('Hỗ trợ bò sinh sản cho hộ nghèo thôn 2', {}, slow);

    const rows = screen.getAllByRole('row').map((row) => row.textContent ?? '');
    const spiritual = rows.findIndex((text) => text.startsWith('Về tinh thần'));
    const production = rows.findIndex((text) => text.startsWith('Phát triển sản xuất, giảm nghèo bền vững'));
    expect(spiritual).toBeGreaterThan(0);
    expect(production).toBeGreaterThan(spiritual);
    expect(rows[spiritual + 1]).toContain('Giao lưu văn hóa dịp Tết');

    const cows = rowOf('Hỗ trợ bò sinh sản cho hộ nghèo thôn 2');
    expect(within(cows).getByText('Hỗ trợ giống cây trồng, con vật nuôi')).toBeInTheDocument();
    expect(within(cows).getByText('20 con')).toBeInTheDocument();
    expect(within(cows).getByText('300.000.000 ₫')).toBeInTheDocument();
    expect(within(cows).getByText('01/03/2017 – 30/06/2017')).toBeInTheDocument();
    expect(within(cows).getByText('120.000.000 ₫')).toBeInTheDocument();
    expect(within(cows).getByText('2 lần hỗ trợ')).toBeInTheDocument();
    expect(within(cows).getByText('40%')).toBeInTheDocument();

    const subtotal = rowOf('Về tinh thần');
    expect(within(subtotal).getByText('150.000.000 ₫')).toBeInTheDocument();
    expect(within(subtotal).getByText('0%')).toBeInTheDocument();

    const total = rowOf('Tổng cộng');
    expect(within(total).getByText('450.000.000 ₫')).toBeInTheDocument();
    expect(within(total).getByText('120.000.000 ₫')).toBeInTheDocument();
    expect(within(total).getByText('27%')).toBeInTheDocument();
    expect(screen.getByText('Dự thảo')).toBeInTheDocument();
  });

  it.each([
    ['bdt', users.bdt, ['Sửa kế hoạch', 'Thêm nội dung']],
    ['sonnptnt', users.sonnptnt, ['Sửa kế hoạch', 'Thêm nội dung']],
    ['namgiang', users.namgiang, ['Thống nhất kế hoạch']],
    ['lanhdao', users.lanhdao, []],
  ])('offers %s only the plan buttons of its role', async (_name, me, expected) => {
    renderTab(me, () => [periodPlan]);
    await screen.findByText('Hỗ trợ bò sinh sản cho hộ nghèo thôn 2', {}, slow);
    const offered = ['Sửa kế hoạch', 'Thêm nội dung', 'Thống nhất kế hoạch'].filter(
      (name) => screen.queryByRole('button', { name: new RegExp(name) }) !== null,
    );
    expect(offered).toEqual(expected);
    const itemEdit = screen.queryByRole('button', { name: 'Sửa nội dung Hỗ trợ bò sinh sản cho hộ nghèo thôn 2' });
    expect(itemEdit !== null).toBe(expected.includes('Thêm nội dung'));
  });

  it('does not ask the district to agree a plan that is agreed, or has no items', async () => {
    const user = userEvent.setup();
    renderTab(users.namgiang, () => [agreedProgramme2017, programme2018], 'annual');
    expect(await screen.findByText('Dự thảo, chưa có nội dung hỗ trợ nào', {}, slow)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Thống nhất kế hoạch/ })).not.toBeInTheDocument();
    await user.click(screen.getByText('2017'));
    expect(await screen.findByText(/^Đã thống nhất: namgiang lúc 20\/01\/2017 \d\d:\d\d/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Thống nhất kế hoạch/ })).not.toBeInTheDocument();
  });

  it('lets the district agree with a note, sending the version of the plan it read', async () => {
    const user = userEvent.setup();
    let current: Schemas['Plan'] = periodPlan;
    const { stub } = renderTab(users.namgiang, () => [current]);
    const sent: { ifMatch: string | null; body: unknown }[] = [];
    stub.on('POST', '/api/v1/agreements/:agreementId/plans/:planId/agree', async (request) => {
      sent.push({ ifMatch: request.headers.get('If-Match'), body: await request.json() });
      current = { ...periodPlan, status: 'agreed', agreedBy: 'namgiang', agreedAt: '2017-02-02T02:00:00Z', version: 8 };
      return json(current);
    });
    await user.click(await screen.findByRole('button', { name: /Thống nhất kế hoạch/ }, slow));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('2 nội dung, tổng kinh phí dự kiến 450.000.000 ₫');
    await user.type(within(dialog).getByLabelText('Ý kiến của huyện'), 'Thống nhất');
    await user.click(within(dialog).getByRole('button', { name: /Thống nhất kế hoạch/ }));
    await waitFor(() => expect(sent).toEqual([{ ifMatch: '"7"', body: { note: 'Thống nhất' } }]));
    expect(await screen.findByText('Đã thống nhất')).toBeInTheDocument();
  });

  it('shows an agreed plan back in draft after an item is removed', async () => {
    const user = userEvent.setup();
    let current: Schemas['Plan'] = agreedProgramme2017;
    const { stub } = renderTab(users.sonnptnt, () => [current], 'annual');
    const deleted: (string | null)[] = [];
    stub.on('DELETE', '/api/v1/agreements/:agreementId/plans/:planId/items/:itemId', (request) => {
      deleted.push(request.headers.get('If-Match'));
      current = {
        ...agreedProgramme2017,
        status: 'draft',
        items: [],
        totals: { plannedVnd: 0, actualVnd: 0 },
        version: 5,
      };
      return new Response(null, { status: 204 });
    });
    expect(await screen.findByText('Đã thống nhất', {}, slow)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Xóa nội dung Hỗ trợ bò sinh sản cho hộ nghèo thôn 2' }));
    await user.click(await screen.findByRole('button', { name: 'Xóa' }));
    await waitFor(() => expect(deleted).toEqual(['"2"']));
    expect(await screen.findByText('Dự thảo')).toBeInTheDocument();
    expect(await screen.findByText('Kế hoạch đã trở về dự thảo: huyện cần thống nhất lại.')).toBeInTheDocument();
  });

  it('edits an item with its own version, amounts shown with thousands dots, and a server error beside its field', async () => {
    const user = userEvent.setup();
    const { stub } = renderTab(users.sonnptnt, () => [periodPlan]);
    const sent: { ifMatch: string | null; body: Record<string, unknown> }[] = [];
    stub.on('PUT', '/api/v1/agreements/:agreementId/plans/:planId/items/:itemId', async (request) => {
      sent.push({ ifMatch: request.headers.get('If-Match'), body: (await request.json()) as Record<string, unknown> });
      return problem(400, {
        type: 'urn:ketnghia:problem:validation-failed',
        title: 'Dữ liệu không hợp lệ / Invalid input',
        errors: [{ pointer: '/plannedVnd', message: 'vượt quá ngân sách / over budget' }],
      });
    });
    await user.click(
      await screen.findByRole('button', { name: 'Sửa nội dung Hỗ trợ bò sinh sản cho hộ nghèo thôn 2' }, slow),
    );
    const dialog = await screen.findByRole('dialog');
    const planned = within(dialog).getByLabelText('Kinh phí dự kiến');
    await waitFor(() => expect(planned).toHaveValue('300.000.000'));
    await user.clear(planned);
    await user.type(planned, '350000000');
    expect(planned).toHaveValue('350.000.000');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.ifMatch).toBe('"5"');
    expect(sent[0]?.body).toMatchObject({
      categoryId: 14,
      plannedVnd: 350_000_000,
      targetQuantity: 20,
      startDate: '2017-03-01',
    });
    const field = planned.closest('.ant-form-item') as HTMLElement;
    expect(await within(field).findByText('vượt quá ngân sách')).toBeInTheDocument();
  });

  it('offers a new annual programme only for the years of the period not taken yet', async () => {
    const user = userEvent.setup();
    renderTab(users.sonnptnt, () => [agreedProgramme2017, programme2018], 'annual');
    await user.click(await screen.findByRole('button', { name: /Thêm chương trình năm/ }, slow));
    const dialog = await screen.findByRole('dialog');
    await waitFor(() =>
      expect(within(dialog).getByLabelText('Tên kế hoạch')).toHaveValue('Chương trình kết nghĩa năm 2016 với xã A Vao'),
    );
    await user.click(within(dialog).getByLabelText('Năm'));
    const dropdown = (await screen.findByRole('listbox')).closest('.ant-select-dropdown') as HTMLElement;
    await within(dropdown).findByTitle('2020');
    const offered = ['2016', '2017', '2018', '2019', '2020'].filter(
      (year) => within(dropdown).queryAllByTitle(year).length > 0,
    );
    expect(offered).toEqual(['2016', '2019', '2020']);
  });

  it('invites the unit to make the period plan when there is none', async () => {
    renderTab(users.sonnptnt, () => []);
    expect(await screen.findByText('Thỏa thuận chưa có kế hoạch giai đoạn', {}, slow)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Lập kế hoạch giai đoạn/ })).toBeInTheDocument();
  });
});
