/**
 * Vietnamese folded for matching: lower case, tone and vowel marks removed, đ → d. People type
 * "xa a vao" for "xã A Vao"; the API folds the same way for its `q` parameters.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every word of the query appears in the text, diacritics ignored. */
export function matchesQuery(text: string, query: string): boolean {
  const words = foldVietnamese(query).split(' ').filter(Boolean);
  const haystack = foldVietnamese(text);
  return words.every((word) => haystack.includes(word));
}
