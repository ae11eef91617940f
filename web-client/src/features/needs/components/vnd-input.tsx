import { InputNumber, type InputNumberProps } from 'antd';

const MAX_VND = 1_000_000_000_000;

function groupThousands(value: string | number | undefined): string {
  return value === undefined || value === '' ? '' : String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** Whole VND typed and shown the Vietnamese way (dots group thousands; no fractions of a đồng). */
export function VndInput(props: Omit<InputNumberProps, 'formatter' | 'parser' | 'precision'>) {
  return (
    <InputNumber
      min={0}
      max={MAX_VND}
      step={1_000_000}
      suffix="₫"
      style={{ width: '100%' }}
      {...props}
      formatter={groupThousands}
      parser={(text) => (text ?? '').replace(/\D/g, '')}
      precision={0}
    />
  );
}
