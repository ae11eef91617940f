import { configure } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel, type UserEvent } from '@testing-library/user-event';
import { vi } from 'vitest';

/** user-event without its per-click pointer-events check (a getComputedStyle per ancestor, slow on antd pages). */
export function setupUser(): UserEvent {
  return userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
}

/** Puts `text` into a field in one go, as a paste. */
export async function fill(user: UserEvent, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

/** A page of antd tabs, tables and forms takes jsdom seconds to draw on a two-core machine. */
export function allowSlowRendering() {
  configure({ asyncUtilTimeout: 15_000 });
  vi.setConfig({ testTimeout: 120_000 });
}
