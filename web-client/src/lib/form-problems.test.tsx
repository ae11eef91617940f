import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App, Button, Form, Input, InputNumber, type FormInstance } from 'antd';
import { useEffect } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ApiProblem, type FieldProblem } from './api/problem';
import { applyProblemToForm, useFormProblems } from './form-problems';

const validation = new ApiProblem(400, {
  type: 'urn:ketnghia:problem:validation-failed',
  title: 'Dữ liệu không hợp lệ / Invalid input',
  status: 400,
  errors: [
    { pointer: '/valueVnd', message: 'phải lớn hơn hoặc bằng 0 / must be greater than or equal to 0' },
    { pointer: '/flags/0/periodId', message: 'không tồn tại / does not exist' },
    { pointer: '/beneficiaryPeople', message: 'quá lớn / too large' },
    { parameter: 'size', message: 'tối đa 100 / at most 100' },
  ],
});

function SupportForm({ onForm }: { onForm: (form: FormInstance) => void }) {
  const [form] = Form.useForm();
  useEffect(() => {
    onForm(form);
  }, [form, onForm]);
  return (
    <Form form={form} initialValues={{ flags: [{ periodId: 9 }] }}>
      <Form.Item name="valueVnd" label="Giá trị (đồng)">
        <InputNumber />
      </Form.Item>
      <Form.List name="flags">
        {(fields) =>
          fields.map((field) => (
            <Form.Item key={field.key} name={[field.name, 'periodId']} label="Giai đoạn">
              <Input />
            </Form.Item>
          ))
        }
      </Form.List>
    </Form>
  );
}

describe('applyProblemToForm', () => {
  it('puts each pointer error beside its field and returns the ones no field can show', async () => {
    let form: FormInstance | undefined;
    render(
      <SupportForm
        onForm={(instance) => {
          form = instance;
        }}
      />,
    );

    let unplaced: FieldProblem[] = [];
    act(() => {
      unplaced = applyProblemToForm(form!, validation, 'vi');
    });

    expect(form!.getFieldError('valueVnd')).toEqual(['phải lớn hơn hoặc bằng 0']);
    expect(form!.getFieldError(['flags', 0, 'periodId'])).toEqual(['không tồn tại']);
    expect(await screen.findByText('phải lớn hơn hoặc bằng 0')).toBeInTheDocument();
    expect(unplaced.map((problem) => problem.parameter ?? problem.path?.join('.'))).toEqual(['beneficiaryPeople', 'size']);
  });

  it('shows the English half in English', () => {
    let form: FormInstance | undefined;
    render(
      <SupportForm
        onForm={(instance) => {
          form = instance;
        }}
      />,
    );
    act(() => {
      applyProblemToForm(form!, validation, 'en');
    });
    expect(form!.getFieldError('valueVnd')).toEqual(['must be greater than or equal to 0']);
  });
});

function SavingForm({ error, onReload }: { error: unknown; onReload: () => void }) {
  const [form] = Form.useForm();
  const { alert, handleError } = useFormProblems(form, { onReload });
  return (
    <Form form={form}>
      {alert}
      <Form.Item name="valueVnd" label="Giá trị">
        <InputNumber />
      </Form.Item>
      <Button onClick={() => handleError(error)}>Lưu</Button>
    </Form>
  );
}

describe('useFormProblems', () => {
  it('offers to reload when someone else saved the record first (412)', async () => {
    const user = userEvent.setup();
    const onReload = vi.fn();
    const stale = new ApiProblem(412, {
      type: 'urn:ketnghia:problem:precondition-failed',
      title: 'Dữ liệu đã thay đổi / Changed',
      status: 412,
    });
    render(
      <App>
        <SavingForm error={stale} onReload={onReload} />
      </App>,
    );

    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Bản ghi đã được người khác cập nhật');
    await user.click(within(dialog).getByRole('button', { name: 'Tải lại' }));
    expect(onReload).toHaveBeenCalledOnce();
  });

  it('shows a conflict that names no field above the form, in the server\'s words', async () => {
    const user = userEvent.setup();
    const conflict = new ApiProblem(409, {
      type: 'urn:ketnghia:problem:conflict',
      title: 'Xung đột / Conflict',
      status: 409,
      detail: 'Mã đã tồn tại / The code exists',
    });
    render(
      <App>
        <SavingForm error={conflict} onReload={vi.fn()} />
      </App>,
    );

    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Xung đột');
    expect(alert).toHaveTextContent('Mã đã tồn tại');
    expect(alert).not.toHaveTextContent('The code exists');
  });
});
