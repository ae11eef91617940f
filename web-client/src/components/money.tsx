import { formatVnd } from '@/lib/format';

/** A VND amount, digits aligned in tables (tabular figures), never wrapped. */
export function Money({ value, strong }: { value: number | null | undefined; strong?: boolean }) {
  const Tag = strong ? 'strong' : 'span';
  return <Tag style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>{formatVnd(value)}</Tag>;
}
