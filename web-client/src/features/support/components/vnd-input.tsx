import { InputNumber, type InputNumberProps } from 'antd';

/** Largest value the API accepts for one record: a thousand billion đồng. */
const MAX_VND = 1_000_000_000_000;

function groupThousands(value: string | number | undefined): string {
  if (value === undefined || value === '') {
    return '';
  }
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/**
 * Dots are thousands separators in Vietnamese and there are no fractions of a đồng, so only the
 * digits count. An emptied box gives '', which clears the value.
 */
function parseVnd(text: string | undefined): string {
  return (text ?? '').replace(/\D/g, '');
}

/** Whole VND typed and shown the Vietnamese way: `27.000.000.000 ₫`. */
export function VndInput(props: Omit<InputNumberProps, 'formatter' | 'parser' | 'precision'>) {
  return (
    <InputNumber
      min={0}
      max={MAX_VND}
      step={100_000}
      suffix="₫"
      style={{ width: '100%' }}
      {...props}
      formatter={groupThousands}
      parser={parseVnd}
      precision={0}
    />
  );
}
