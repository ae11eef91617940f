import { screen, waitFor } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, page } from '@/testing/fetch-stub';
import { renderApp, users } from '@/testing/render';
import { findButton, findPageTitle, getButton } from '@/testing/queries';
import { allowSlowRendering, practice, practicesStub } from '../testing/fixtures';

allowSlowRendering();

describe('writing up a practice', () => {
  it('sends a unit’s draft with normalisation left to the server, then opens it', async () => {
    const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
    const { stub } = practicesStub(practice({ id: 10, status: 'draft', editable: true, title: 'Tổ dệt thổ cẩm' }));
    const bodies: unknown[] = [];
    stub
      .on('GET', '/api/v1/agreements', () => json(page([])))
      .on('POST', '/api/v1/practices', async (request) => {
        bodies.push(await request.json());
        return json(practice({ id: 10, status: 'draft', editable: true, title: 'Tổ dệt thổ cẩm' }), { status: 201 });
      });
    const { router } = renderApp('/practices', { me: users.sonnptnt, stub });
    await findPageTitle('Mô hình, cách làm hay');
    await user.click(await findButton('Chia sẻ mô hình'));
    await user.click(await screen.findByLabelText('Tên mô hình'));
    await user.paste('Tổ dệt thổ cẩm');
    await user.click(screen.getByLabelText('Cách làm'));
    await user.paste('Mở lớp truyền nghề dệt.');
    await user.click(screen.getByLabelText('Kết quả đạt được'));
    await user.paste('32 thành viên.');
    await user.click(getButton('Lưu'));
    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(bodies[0]).toEqual({
      title: 'Tổ dệt thổ cẩm',
      whatWasDone: 'Mở lớp truyền nghề dệt.',
      results: '32 thành viên.',
      year: new Date().getFullYear(),
      tags: [],
    });
    await waitFor(() => expect(router.state.location.pathname).toBe('/practices/10'));
  });
});
