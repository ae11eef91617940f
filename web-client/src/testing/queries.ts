import { screen, waitFor } from '@testing-library/react';

/**
 * Quick queries for antd pages. Testing Library's ByRole computes every element's accessible name,
 * which costs seconds on a page of antd tables and forms on a loaded two-core machine; these read
 * the DOM antd draws instead.
 */

/** The button whose label is `text` (antd draws it as `<button><span>text</span></button>`), or null. */
export function queryButton(text: string, container: ParentNode = document.body): HTMLButtonElement | null {
  const label = [...container.querySelectorAll('button > span')].find((span) => span.textContent === text);
  return (label?.closest('button') as HTMLButtonElement | undefined) ?? null;
}

export function getButton(text: string, container: ParentNode = document.body): HTMLButtonElement {
  const button = queryButton(text, container);
  if (!button) {
    throw new Error(`No button labelled "${text}"`);
  }
  return button;
}

export async function findButton(text: string, container: ParentNode = document.body): Promise<HTMLButtonElement> {
  let button: HTMLButtonElement | undefined;
  await waitFor(() => {
    button = getButton(text, container);
  });
  return button as HTMLButtonElement;
}

/** The open modal (a dialog or a confirmation) showing `text`; antd repeats a confirmation's title, hence "all". */
export async function findModal(text: string): Promise<HTMLElement> {
  const [element] = await screen.findAllByText(text);
  const modal = element?.closest('.ant-modal');
  if (!modal) {
    throw new Error(`"${text}" is not in a modal`);
  }
  return modal as HTMLElement;
}

/** The page's h1 with this text. */
export function findPageTitle(text: string): Promise<HTMLElement> {
  return screen.findByText(text, { selector: 'h1' });
}
