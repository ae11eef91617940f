import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFetchStub, json, page } from '@/testing/fetch-stub';
import { renderApp, users } from '@/testing/render';
import { agreedProgramme2017, agreement, periodPlan, programme2018, stubPlans } from '../testing/fixtures';

const slow = { timeout: 10_000 };
const otherAgreement = {
  ...agreement,
  id: 18,
  recipient: { id: 42, code: '20410', name: 'Tà Bhing', level: 'commune', kindLabel: 'xã' },
};

describe('plans awaiting agreement', { timeout: 60_000 }, () => {
  it('lists the drafts with items across the active agreements in scope, linking to each', async () => {
    const stub = stubPlans(createFetchStub(), () => []);
    stub.on('GET', '/api/v1/agreements', () => json(page([agreement, otherAgreement])));
    stub.on('GET', '/api/v1/agreements/:agreementId/plans', (_request, { agreementId }) =>
      json(agreementId === '17' ? [periodPlan, agreedProgramme2017] : [{ ...programme2018, agreementId: 18 }]),
    );
    renderApp('/plans', { me: users.namgiang, stub });

    const link = await screen.findByRole('link', { name: periodPlan.title }, slow);
    expect(link).toHaveAttribute('href', '/agreements/17?tab=period-plan');
    const row = link.closest('tr') as HTMLElement;
    expect(
      within(row).getByRole('link', { name: 'Sở Nông nghiệp và Phát triển nông thôn ↔ xã A Vao' }),
    ).toHaveAttribute('href', '/agreements/17');
    expect(within(row).getByText('450.000.000 ₫')).toBeInTheDocument();
    expect(screen.queryByText(agreedProgramme2017.title)).not.toBeInTheDocument();
    expect(screen.queryByText(programme2018.title)).not.toBeInTheDocument();
    const scan = stub.requests
      .map((request) => new URL(request.url))
      .find((url) => url.pathname === '/api/v1/agreements');
    expect(scan?.searchParams.get('status')).toBe('active');
    expect(scan?.searchParams.get('size')).toBe('100');
    expect(
      screen.getByText('Kế hoạch dự thảo của các thỏa thuận trên địa bàn huyện, chờ huyện thống nhất'),
    ).toBeInTheDocument();
  });

  it('says so when no plan awaits agreement', async () => {
    const stub = stubPlans(createFetchStub(), () => [agreedProgramme2017]);
    stub.on('GET', '/api/v1/agreements', () => json(page([agreement])));
    renderApp('/plans', { me: users.namgiang, stub });
    expect(await screen.findByText('Không có kế hoạch nào chờ thống nhất', {}, slow)).toBeInTheDocument();
  });

  it("opens a plan's address on the agreement tab that shows it", async () => {
    const stub = stubPlans(createFetchStub(), () => [periodPlan, agreedProgramme2017]);
    stub.on('GET', '/api/v1/agreements/:id', () => json(agreement));
    const { router } = renderApp('/agreements/17/plans/10', { me: users.namgiang, stub });
    await waitFor(
      () =>
        expect(`${router.state.location.pathname}${router.state.location.search}`).toBe(
          '/agreements/17?tab=annual&year=2017',
        ),
      slow,
    );
    expect(await screen.findByText(/^Đã thống nhất: namgiang/, {}, slow)).toBeInTheDocument();
  });
});
