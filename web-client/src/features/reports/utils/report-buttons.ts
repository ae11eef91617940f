import type { ReportAction } from '../types';

/** The buttons of a report page, in the order they are shown. */
export type ReportButton = 'save' | 'submit' | 'return' | 'accept' | 'excuse' | 'reinstate';

const buttonOf: [ReportAction, ReportButton][] = [
  ['edit', 'save'],
  ['submit', 'submit'],
  ['accept', 'accept'],
  ['return', 'return'],
  ['excuse', 'excuse'],
  ['reinstate', 'reinstate'],
];

/**
 * Which buttons to show for the `actions` the API lists for this caller now. The server decides
 * from the report's state and the caller's role; `readOnly` (the provincial leadership) hides
 * everything even if a server ever listed something.
 */
export function reportButtons(actions: readonly string[] | undefined, readOnly = false): ReportButton[] {
  if (readOnly || !actions) {
    return [];
  }
  return buttonOf.filter(([action]) => actions.includes(action)).map(([, button]) => button);
}

/** Files may be added or removed only while the reporter may edit. */
export function canAttach(actions: readonly string[] | undefined, readOnly = false): boolean {
  return !readOnly && (actions ?? []).includes('attach');
}
