import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import customParseFormat from 'dayjs/plugin/customParseFormat';

dayjs.extend(customParseFormat);

/** Display format of dates throughout the interface, and of antd DatePickers (`format` prop). */
export const DATE_FORMAT = 'DD/MM/YYYY';
export const DATE_TIME_FORMAT = 'DD/MM/YYYY HH:mm';
/** The API's wire format for dates. */
export const ISO_DATE_FORMAT = 'YYYY-MM-DD';

/** Non-breaking space, so the amount and its ₫ never wrap apart. */
const NBSP = '\u00a0';

/**
 * Whole VND the Vietnamese way: `27.000.000.000 ₫`. Done by hand rather than with
 * Intl.NumberFormat because the result must not depend on the ICU data of the browser or of Node,
 * and the same format is used in both languages (officials copy these figures into reports).
 */
export function formatVnd(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) {
    return '';
  }
  const whole = Math.round(value);
  const sign = whole < 0 ? '-' : '';
  const digits = String(Math.abs(whole)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}${digits}${NBSP}₫`;
}

/** Quantities (may have up to three decimals) with vi-VN separators: `1.234,5`. */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) {
    return '';
  }
  const [whole = '0', fraction] = Math.abs(value).toFixed(3).replace(/0+$/, '').replace(/\.$/, '').split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/** `2017-03-01` (API) → `01/03/2017`. Anything unparsable shows as empty rather than "Invalid Date". */
export function formatDate(value: string | null | undefined): string {
  if (!value) {
    return '';
  }
  const parsed = dayjs(value, ISO_DATE_FORMAT, true);
  return parsed.isValid() ? parsed.format(DATE_FORMAT) : '';
}

/** An instant from the API (ISO with offset) in the browser's time zone: `20/08/2017 14:05`. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) {
    return '';
  }
  const parsed = dayjs(value);
  return parsed.isValid() ? parsed.format(DATE_TIME_FORMAT) : '';
}

/** A DatePicker's value → the API's `yyyy-MM-dd`, or undefined when cleared. */
export function toIsoDate(value: dayjs.Dayjs | null | undefined): string | undefined {
  return value ? value.format(ISO_DATE_FORMAT) : undefined;
}

/** The API's `yyyy-MM-dd` → a DatePicker value. */
export function fromIsoDate(value: string | null | undefined): dayjs.Dayjs | undefined {
  if (!value) {
    return undefined;
  }
  const parsed = dayjs(value, ISO_DATE_FORMAT, true);
  return parsed.isValid() ? parsed : undefined;
}

export function setDateLocale(language: string) {
  dayjs.locale(language === 'vi' ? 'vi' : 'en');
}
