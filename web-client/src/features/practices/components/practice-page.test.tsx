import { screen, waitFor } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp, TEST_TOKEN, users } from '@/testing/render';
import { findButton, findPageTitle, getButton, queryButton } from '@/testing/queries';
import { allowSlowRendering, practice, practicesStub } from '../testing/fixtures';

allowSlowRendering();

const TITLE = 'Nuôi bò sinh sản luân chuyển ở xã Cà Dy';

function setupUser() {
  return userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
}

beforeEach(() => {
  URL.createObjectURL = vi.fn(() => 'blob:http://localhost/photo');
  URL.revokeObjectURL = vi.fn();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a good practice', () => {
  it('shows a reader the text, the photo, the documents and the agreement, without editor buttons', async () => {
    const { stub, fileRequests } = practicesStub();
    renderApp('/practices/9', { me: users.lanhdao, stub });
    await findPageTitle(TITLE);
    expect(screen.getByText('Sở hỗ trợ 12 con bò cái giống cho 12 hộ nghèo.')).toBeInTheDocument();
    expect(screen.getByText('Đàn bò luân chuyển đến 31 hộ; 9 hộ thoát nghèo.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Sở Nông nghiệp và Phát triển nông thôn → xã Cà Dy/ })).toHaveAttribute('href', '/agreements/17');
    expect(screen.getByRole('link', { name: '#chăn nuôi' })).toHaveAttribute('href', '/practices?tag=ch%C4%83n+nu%C3%B4i');
    const photo = await screen.findByRole('img', { name: 'Chuồng bò.jpg' });
    await waitFor(() => expect(photo.getAttribute('src')).toBe('blob:http://localhost/photo'));
    expect(fileRequests.every((request) => request.authorization === `Bearer ${TEST_TOKEN}`)).toBe(true);
    expect(screen.getByText('Báo cáo mô hình.pdf')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tải về Báo cáo mô hình.pdf' })).toBeInTheDocument();
    expect(queryButton('Sửa')).not.toBeInTheDocument();
    expect(queryButton('Gỡ đăng')).not.toBeInTheDocument();
  });

  it('lets the author publish a draft with the version it read in If-Match', async () => {
    const user = setupUser();
    const { stub, changes } = practicesStub(practice({ status: 'draft', publishedAt: undefined, editable: true, version: 5 }));
    renderApp('/practices/9', { me: users.sonnptnt, stub });
    await findPageTitle(TITLE);
    await user.click(await findButton('Đăng'));
    const confirm = await screen.findByText('Đăng mô hình này? Mọi người dùng đã đăng nhập sẽ đọc được.');
    await user.click(getButton('Đăng', confirm.closest('.ant-popover') as HTMLElement));
    await waitFor(() => expect(changes).toHaveLength(1));
    expect(changes[0]).toMatchObject({ method: 'POST', path: '/api/v1/practices/9/publish', ifMatch: '"5"' });
    expect(queryButton('Xóa bản nháp')).toBeInTheDocument();
  });

  it('says plainly when the server refuses a file’s type', async () => {
    const user = setupUser();
    const { stub, changes } = practicesStub(practice({ editable: true }));
    renderApp('/practices/9', { me: users.sonnptnt, stub });
    await findPageTitle(TITLE);
    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    await user.upload(input, new File(['MZ'], 'anh.jpg', { type: 'image/jpeg' }));
    expect(await screen.findByText('Kiểu tệp không được nhận')).toBeInTheDocument();
    expect(screen.getByText(/anh\.jpg: chỉ nhận ảnh JPEG, PNG, WebP/)).toBeInTheDocument();
    expect(changes.map((change) => change.path)).toEqual(['/api/v1/practices/9/files']);
  });
});
