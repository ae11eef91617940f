import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber, formatVnd, fromIsoDate, toIsoDate } from './format';

const NBSP = '\u00a0';

describe('formatVnd', () => {
  it('groups thousands with dots and ends with ₫, no decimals', () => {
    expect(formatVnd(27_000_000_000)).toBe(`27.000.000.000${NBSP}₫`);
    expect(formatVnd(60_000_000)).toBe(`60.000.000${NBSP}₫`);
    expect(formatVnd(1_250)).toBe(`1.250${NBSP}₫`);
    expect(formatVnd(999)).toBe(`999${NBSP}₫`);
    expect(formatVnd(0)).toBe(`0${NBSP}₫`);
  });

  it('handles the largest amounts the API accepts exactly', () => {
    expect(formatVnd(1_000_000_000_000_000)).toBe(`1.000.000.000.000.000${NBSP}₫`);
  });

  it('shows a sign for negative amounts and nothing for a missing one', () => {
    expect(formatVnd(-5_000)).toBe(`-5.000${NBSP}₫`);
    expect(formatVnd(undefined)).toBe('');
    expect(formatVnd(null)).toBe('');
  });
});

describe('formatNumber', () => {
  it('uses dots for thousands and a comma for decimals', () => {
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatNumber(545)).toBe('545');
    expect(formatNumber(0.125)).toBe('0,125');
  });
});

describe('dates', () => {
  it('shows API dates as dd/MM/yyyy', () => {
    expect(formatDate('2017-03-01')).toBe('01/03/2017');
    expect(formatDate('2020-12-31')).toBe('31/12/2020');
  });

  it('shows nothing rather than "Invalid Date" for missing or malformed dates', () => {
    expect(formatDate(undefined)).toBe('');
    expect(formatDate('2017-13-45')).toBe('');
    expect(formatDate('01/03/2017')).toBe('');
  });

  it('shows instants as dd/MM/yyyy HH:mm in the local zone', () => {
    const instant = '2017-08-20T07:05:00Z';
    expect(formatDateTime(instant)).toBe(dayjs(instant).format('DD/MM/YYYY HH:mm'));
    expect(formatDateTime(instant)).toMatch(/^\d{2}\/\d{2}\/2017 \d{2}:\d{2}$/);
  });

  it('converts between date pickers and the wire format', () => {
    expect(toIsoDate(dayjs('2016-05-15'))).toBe('2016-05-15');
    expect(toIsoDate(null)).toBeUndefined();
    expect(fromIsoDate('2016-05-15')?.format('DD/MM/YYYY')).toBe('15/05/2016');
    expect(fromIsoDate('')).toBeUndefined();
  });
});
