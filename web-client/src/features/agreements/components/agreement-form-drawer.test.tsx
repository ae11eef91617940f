import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createFetchStub, json, problem } from '@/testing/fetch-stub';
import { renderApp, renderWithProviders, users } from '@/testing/render';
import { agreementAVao, stubCatalogues } from '../testing/fixtures';
import { AgreementFormDrawer } from './agreement-form-drawer';

const slow = { timeout: 10_000 };

function formItemOf(label: string) {
  return screen.getByLabelText(label).closest('.ant-form-item') as HTMLElement;
}

async function choose(user: ReturnType<typeof userEvent.setup>, label: string, option: string) {
  await user.click(screen.getByLabelText(label));
  await user.click(await screen.findByTitle(option));
}

describe('agreement form', { timeout: 60_000 }, () => {
  it("proposes a unit's agreement for its own organisation and shows each server error beside its field", async () => {
    const user = userEvent.setup();
    const stub = stubCatalogues(createFetchStub());
    const bodies: unknown[] = [];
    stub.on('POST', '/api/v1/agreements', async (request) => {
      bodies.push(await request.json());
      return problem(400, {
        type: 'urn:ketnghia:problem:validation-failed',
        title: 'Dữ liệu không hợp lệ / Invalid input',
        errors: [
          { pointer: '/startDate', message: 'phải nằm trong giai đoạn 2016-2020 / must fall within period 2016-2020' },
          { parameter: 'size', message: 'tối đa 100 / at most 100' },
        ],
      });
    });
    const onClose = vi.fn();
    renderWithProviders(<AgreementFormDrawer open onClose={onClose} />, { me: users.sonnptnt, stub });

    const dialog = await screen.findByRole('dialog', {}, slow);
    expect(await within(dialog).findByText('Sở Nông nghiệp và Phát triển nông thôn')).toBeInTheDocument();
    await choose(user, 'Giai đoạn', 'Giai đoạn 2016–2020');
    await choose(user, 'Huyện', 'Nam Giang');
    await choose(user, 'Địa phương nhận kết nghĩa', 'Xã Tà Bhing');
    await user.type(screen.getByLabelText('Ngày bắt đầu'), '01/06/2012{enter}');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await waitFor(() =>
      expect(within(formItemOf('Ngày bắt đầu')).getByText('phải nằm trong giai đoạn 2016-2020')).toBeInTheDocument(),
    );
    expect(bodies[0]).toEqual({ organizationId: 7, periodId: 2, recipientId: 42, startDate: '2012-06-01' });
    // An error no field can show is listed above the form rather than lost.
    expect(within(dialog).getByRole('alert')).toHaveTextContent('size: tối đa 100');
    expect(onClose).not.toHaveBeenCalled();
  });

  it('offers the whole district as a recipient, for district-to-district twinning', async () => {
    const user = userEvent.setup();
    const stub = stubCatalogues(createFetchStub());
    renderWithProviders(<AgreementFormDrawer open onClose={() => {}} />, { me: users.bdt, stub });
    await screen.findByRole('dialog', {}, slow);
    await choose(user, 'Huyện', 'Tây Giang');
    await user.click(screen.getByLabelText('Địa phương nhận kết nghĩa'));
    expect(await screen.findByTitle('Cả huyện Tây Giang (kết nghĩa với huyện)')).toBeInTheDocument();
  });

  it('saves an edit with If-Match, and offers to reload when someone saved first (412)', async () => {
    const user = userEvent.setup();
    const stub = stubCatalogues(createFetchStub());
    stub.on('GET', '/api/v1/agreements/:id', () => json(agreementAVao));
    stub.on('PUT', '/api/v1/agreements/:id', () =>
      problem(412, {
        type: 'urn:ketnghia:problem:precondition-failed',
        title: 'Bản ghi đã thay đổi / The record has changed',
      }),
    );
    renderApp('/agreements/17', { me: users.bdt, stub });
    await user.click(await screen.findByRole('button', { name: /Sửa/ }, slow));
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(screen.getByLabelText('Số văn bản')).toHaveValue('12/BB-KN'));
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    expect((await screen.findAllByText('Bản ghi đã được người khác cập nhật')).length).toBeGreaterThan(0);
    const put = stub.requests.find((request) => request.method === 'PUT');
    expect(put?.headers.get('If-Match')).toBe('"3"');
    const reads = () => stub.requests.filter((request) => request.url.endsWith('/api/v1/agreements/17')).length;
    const before = reads();
    await user.click(screen.getByRole('button', { name: 'Tải lại' }));
    await waitFor(() => expect(reads()).toBe(before + 1));
  });
});
