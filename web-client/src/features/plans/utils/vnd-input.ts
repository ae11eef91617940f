/**
 * InputNumber `formatter` / `parser` for whole VND with the Vietnamese thousands dot:
 * 300000000 ⇄ "300.000.000". Formatting works from the digits alone, so it is the same while the
 * user types (dots already shown are ignored) as for a stored value.
 */
export function formatVndInput(value: number | string | undefined): string {
  const digits = String(value ?? '')
    .replace(/\D/g, '')
    .replace(/^0+(?=\d)/, '');
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** antd expects the parser to hand back the number's text; an empty field stays empty. */
export function parseVndInput(text: string | undefined): number {
  return (text ?? '').replace(/\D/g, '') as unknown as number;
}
