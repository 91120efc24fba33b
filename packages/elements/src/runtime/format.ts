import type { Money } from '@comptoir/contract/common';

/**
 * Formatting through Intl only. Calendar days (`YYYY-MM-DD`) are formatted in UTC so that a day never shifts
 * with the viewer's time zone.
 */
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>(key: string, make: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) cache.set(key, (formatter = make()));
  return formatter;
}

const primary = (lang: string) => lang.split('-')[0]!;

/** Formatted calendar days and day counts: a list shows the same few hundred over and over, and ICU is slow. */
const strings = new Map<string, string>();
function remembered(key: string, make: () => string): string {
  let text = strings.get(key);
  if (text === undefined) {
    if (strings.size >= 20_000) strings.clear();
    strings.set(key, (text = make()));
  }
  return text;
}

/** `24/11/2021` in French; `24 Nov 2021` in English (unambiguous across the Atlantic). */
export function formatDay(isoDay: string | null | undefined, lang: string): string {
  if (!isoDay) return '';
  return isoDay.length === 10 ? remembered(`d${lang} ${isoDay}`, () => formatInstantOrDay(isoDay, lang)) : formatInstantOrDay(isoDay, lang);
}

function formatInstantOrDay(isoDay: string, lang: string): string {
  const date = new Date(isoDay.length === 10 ? `${isoDay}T00:00:00Z` : isoDay);
  if (Number.isNaN(date.getTime())) return '';
  const options: Intl.DateTimeFormatOptions =
    primary(lang) === 'en'
      ? { dateStyle: 'medium', timeZone: 'UTC' }
      : { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' };
  return cached(
    `d:${lang}:${isoDay.length === 10}`,
    () =>
      new Intl.DateTimeFormat(
        primary(lang) === 'en' ? 'en-GB' : lang,
        isoDay.length === 10 ? options : { ...options, timeZone: undefined },
      ),
  ).format(date);
}

/** Date and time of an instant, in the viewer's time zone. */
export function formatDateTime(iso: string | null | undefined, lang: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return cached(
    `dt:${lang}`,
    () =>
      new Intl.DateTimeFormat(primary(lang) === 'en' ? 'en-GB' : lang, {
        dateStyle: primary(lang) === 'en' ? 'medium' : 'short',
        timeStyle: 'short',
      }),
  ).format(date);
}

/** `24,90 €` in French (narrow no-break space rules are Intl's). */
export function formatMoney(money: Money | null | undefined, lang: string): string {
  if (!money) return '';
  return cached(`m:${lang}:${money.currency}`, () => new Intl.NumberFormat(lang, { style: 'currency', currency: money.currency })).format(
    money.amount,
  );
}

export function formatNumber(value: number, lang: string): string {
  return cached(`n:${lang}`, () => new Intl.NumberFormat(lang)).format(value);
}

/** Whole days from `today` to `isoDay` (negative when past). */
export function daysUntil(isoDay: string, today: Date = new Date()): number {
  const target = Date.parse(`${isoDay}T00:00:00Z`);
  const start = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return Math.round((target - start) / 86_400_000);
}

/** "in 12 days", "yesterday", "dans 3 jours". */
export function formatRelativeDays(days: number, lang: string): string {
  return remembered(`r${lang} ${days}`, () =>
    cached(`r:${lang}`, () => new Intl.RelativeTimeFormat(lang, { numeric: 'auto' })).format(days, 'day'),
  );
}

/** Today in the user's time zone, as an ISO day (`2026-11-23`), not UTC's (which is yesterday at 00:30 in Paris). */
export function todayIso(now: Date = new Date()): string {
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())).toISOString().slice(0, 10);
}
