import type { Schemas } from '@/lib/api/client';

export interface AgreementFigures {
  active: number;
  /** Distinct communes (or districts) helped by an active agreement. */
  communesCovered: number;
}

export function agreementFigures(agreements: Schemas['Agreement'][]): AgreementFigures {
  const active = agreements.filter((agreement) => agreement.status === 'active');
  const recipients = new Set(active.map((agreement) => agreement.recipient?.id).filter((id) => id !== undefined));
  return { active: active.length, communesCovered: recipients.size };
}

/** `[from, to]` of a calendar year in the API's date format. */
export function yearRange(year: number): [string, string] {
  return [`${year}-01-01`, `${year}-12-31`];
}
