import { screen, waitFor } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel, type UserEvent } from '@testing-library/user-event';

/**
 * user-event, without its check that each clicked element accepts pointer events: that check
 * calls getComputedStyle on every ancestor, and jsdom spends about 100 ms per call matching
 * antd's style sheets. The tests click only what a user can see.
 */
export function setupUser(): UserEvent {
  return userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
}

/**
 * Picks `option` in the antd Select labelled `label`. antd draws its options in a popup outside
 * the select, as `.ant-select-item-option` elements titled with their label. Found by label, not
 * by role: the accessible-name computation of ByRole costs seconds on a page of antd components.
 */
export async function chooseOption(user: UserEvent, label: string | RegExp, option: string) {
  await user.click(screen.getByLabelText(label));
  let target: Element | undefined;
  await waitFor(() => {
    target = [
      ...document.querySelectorAll('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option'),
    ].find((element) => element.getAttribute('title') === option || element.textContent === option);
    if (!target) {
      throw new Error(`No option "${option}" in the open select "${String(label)}"`);
    }
  });
  await user.click(target as Element);
}

/** Puts `text` into a text field in one go, as a paste: typing it key by key re-renders the form per key. */
export async function fill(user: UserEvent, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}
