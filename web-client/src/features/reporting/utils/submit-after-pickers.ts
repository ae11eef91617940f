import type { FormInstance } from 'antd';

/**
 * antd's DatePicker commits a typed date a frame after it loses focus, so a Save click that
 * submits at once would send the date the field held before. Submitting a moment later lets the
 * picker commit first.
 */
const PICKER_COMMIT_MS = 100;

export function submitAfterPickers(form: FormInstance) {
  window.setTimeout(() => form.submit(), PICKER_COMMIT_MS);
}
