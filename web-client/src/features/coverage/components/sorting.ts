/** The antd column sort order for the API's `sort` (`field` or `-field`). */
export function sortOrderOf(sort: string | undefined, field: string): 'ascend' | 'descend' | null {
  if (sort === field) {
    return 'ascend';
  }
  return sort === `-${field}` ? 'descend' : null;
}

/** The API's `sort` for an antd sorter; undefined (the list's default) when the sort is cleared. */
export function sortOf(field: unknown, order: 'ascend' | 'descend' | null | undefined): string | undefined {
  if (typeof field !== 'string' || !order) {
    return undefined;
  }
  return `${order === 'descend' ? '-' : ''}${field}`;
}
