/**
 * Where clicking a notification goes. Links inside the portal (`/reports/12`) are followed by the
 * router; a full address to this same site is reduced to its path; anything else (another site,
 * `javascript:`) is not followed.
 */
export function internalPath(link: string | null | undefined, origin: string): string | undefined {
  if (!link) {
    return undefined;
  }
  if (link.startsWith('/') && !link.startsWith('//')) {
    return link;
  }
  try {
    const url = new URL(link);
    return url.origin === origin ? `${url.pathname}${url.search}${url.hash}` : undefined;
  } catch {
    return undefined;
  }
}
