/** `Quảng Nam` → `quang nam`, so a select finds names typed without diacritics, as the API does. */
export function withoutDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** A select's `showSearch.filterOption` that ignores diacritics and case. */
export function labelMatches(input: string, option?: { label?: unknown }): boolean {
  return withoutDiacritics(String(option?.label ?? '')).includes(withoutDiacritics(input.trim()));
}
