import { periodLabel, periodShortLabel } from '@pathboard/charts';
import { closesAtDayEnd, dayOfDeadline } from '@pathboard/scoring';
import { type AppLanguage, contentLang } from '../i18n/languages';
import { cachedDateTimeFormat, cachedNumberFormat } from './intl-cache';
import { districtTimeZone } from './time-zone';

/** What an empty figure looks like everywhere: tables, cards, exports. */
export const MISSING_MARK = '—';

type Figure = number | null | undefined;

function locale(language: AppLanguage): string {
  return language === 'en' ? 'en-US' : 'zh-CN';
}

function isFigure(value: Figure): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** A number with the locale's grouping: 12,345.6. `digits` fixes the decimals (default: up to 2). */
export function formatNumber(value: Figure, language: AppLanguage, digits?: number): string {
  if (!isFigure(value)) return MISSING_MARK;
  return cachedNumberFormat(locale(language), {
    minimumFractionDigits: digits ?? 0,
    maximumFractionDigits: digits ?? 2,
  }).format(value);
}

/** A score as stored and shown by the engine: always two decimals (90.00, never 90). */
export function formatScore(value: Figure, language: AppLanguage): string {
  return formatNumber(value, language, 2);
}

/** A ratio in 0..1 as a percent: 0.875 → 87.5%. */
export function formatRatioAsPercent(ratio: Figure, language: AppLanguage, digits = 1): string {
  if (!isFigure(ratio)) return MISSING_MARK;
  return cachedNumberFormat(locale(language), {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(ratio);
}

/** A value already in percent (path percent 0..100+): 92.5 → 92.5%. */
export function formatPercent(percent: Figure, language: AppLanguage, digits = 1): string {
  return isFigure(percent) ? formatRatioAsPercent(percent / 100, language, digits) : MISSING_MARK;
}

/** A change with its sign always shown, using a real minus sign: +1.20 / −0.50 / 0.00. */
export function formatSignedChange(change: Figure, language: AppLanguage, digits = 2): string {
  if (!isFigure(change)) return MISSING_MARK;
  const magnitude = formatNumber(Math.abs(change), language, digits);
  if (change > 0) return `+${magnitude}`;
  if (change < 0) return `−${magnitude}`;
  return magnitude;
}

/** 2026Q1 → 2026年第一季度 / Q1 2026. */
export function formatPeriod(period: string, language: AppLanguage): string {
  return periodLabel(period, contentLang(language));
}

/** Shorter, for axes and narrow columns: 2026年一季度 / Q1 2026. */
export function formatPeriodShort(period: string, language: AppLanguage): string {
  return periodShortLabel(period, contentLang(language));
}

/** A competition rank: 第 3 名 / No. 3; with the field size when known: 3 / 42. */
export function formatRank(rank: Figure, language: AppLanguage, of?: number): string {
  if (!isFigure(rank)) return MISSING_MARK;
  if (language === 'en') return of ? `No. ${rank} of ${of}` : `No. ${rank}`;
  return of ? `第 ${rank} 名 / 共 ${of} 个` : `第 ${rank} 名`;
}

/**
 * A moment in the district's time zone (time-zone.ts; Asia/Shanghai unless the API says otherwise),
 * independent of the browser's zone:
 * 2026年4月3日 14:05 / Apr 3, 2026, 14:05.
 */
export function formatDateTime(
  iso: string | null | undefined,
  language: AppLanguage,
  timeZone = districtTimeZone(),
): string {
  if (!iso) return MISSING_MARK;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return MISSING_MARK;
  return cachedDateTimeFormat(locale(language), {
    timeZone,
    year: 'numeric',
    month: language === 'en' ? 'short' : 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
}

/**
 * A deadline as the day it closes. Deadlines are stored as the instant the day ends: "the 10th" is
 * 2027-01-10T16:00:00Z, which is already 00:00 on the 11th in Shanghai and would read as the 11th.
 * An instant at local midnight is shown as 24:00 of the day before (截止 2027年1月10日 24:00), the
 * way the notices word it; any other instant as it is.
 */
export function formatDeadline(
  iso: string | null | undefined,
  language: AppLanguage,
  timeZone = districtTimeZone(),
): string {
  if (!iso) return MISSING_MARK;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return MISSING_MARK;
  // The one rule of how a deadline reads (libs/scoring deadline-day.ts); the wording is this screen's.
  if (!closesAtDayEnd(date, timeZone)) return formatDateTime(iso, language, timeZone);
  const day = cachedDateTimeFormat(locale(language), {
    timeZone,
    year: 'numeric',
    month: language === 'en' ? 'short' : 'long',
    day: 'numeric',
  }).format(dayOfDeadline(date));
  return `${day}${language === 'en' ? ', ' : ' '}24:00`;
}
