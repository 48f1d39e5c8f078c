import type { ChartLang, Label, LocalizedLabel } from './types';

/** Picks the label's text in the requested language; a plain string is language-neutral. */
export function pickLabel(label: Label, lang: ChartLang): string {
  return typeof label === 'string' ? label : label[lang];
}

/** The few words the charts draw themselves (axis names, legends, missing marks). */
export const CHART_WORDS = {
  total: { zh: '总分', en: 'Total score' },
  percent: { zh: '得分率（%）', en: 'Score (%)' },
  branches: { zh: '支部数', en: 'Branches' },
  share: { zh: '占比', en: 'Share' },
  current: { zh: '本期', en: 'This quarter' },
  previous: { zh: '上季度', en: 'Previous quarter' },
  peersMedian: { zh: '同级支部中位数', en: "Peers' median" },
  mean: { zh: '平均分', en: 'Mean' },
  missing: { zh: '未评', en: 'Not assessed' },
  rank: { zh: '排名', en: 'Rank' },
  // Column titles of the charts' data tables (ChartTable).
  grade: { zh: '等次', en: 'Grade' },
  quarter: { zh: '季度', en: 'Quarter' },
  path: { zh: '路径', en: 'Path' },
  unit: { zh: '单位', en: 'Unit' },
  branch: { zh: '支部', en: 'Branch' },
  bonus: { zh: '含加分，可超过100%', en: 'bonus points included: may exceed 100%' },
} satisfies Record<string, LocalizedLabel>;

export type ChartWord = keyof typeof CHART_WORDS;

export function word(key: ChartWord, lang: ChartLang): string {
  return CHART_WORDS[key][lang];
}

const ZH_QUARTERS = ['一', '二', '三', '四'];
const PERIOD_PATTERN = /^(\d{4})Q([1-4])$/;

/**
 * `2026Q1` → `2026年第一季度` / `Q1 2026`. Kept here (not in the web app) because the PDF report
 * labels its trend axis the same way. Anything not shaped like a quarter is returned unchanged.
 */
export function periodLabel(period: string, lang: ChartLang): string {
  const match = PERIOD_PATTERN.exec(period);
  if (!match) return period;
  const [, year, quarter] = match;
  return lang === 'zh' ? `${year}年第${ZH_QUARTERS[Number(quarter) - 1]}季度` : `Q${quarter} ${year}`;
}

/** Short axis form: `26Q1` style is cryptic to office staff, so zh uses `2026年一季度`. */
export function periodShortLabel(period: string, lang: ChartLang): string {
  const match = PERIOD_PATTERN.exec(period);
  if (!match) return period;
  const [, year, quarter] = match;
  return lang === 'zh' ? `${year}年${ZH_QUARTERS[Number(quarter) - 1]}季度` : `Q${quarter} ${year}`;
}

/** A figure as the engine shows it: two decimals, half up (scores are stored rounded already). */
export function fixed(value: unknown, digits = 2): string {
  return typeof value === 'number' && Number.isFinite(value) ? value.toFixed(digits) : '-';
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;
const columns = (s: string) => [...s].reduce((n, c) => n + (CJK.test(c) ? 2 : 1), 0);

/** "label：value" in Chinese (full-width colon), "label: value" in English. */
export function labelled(label: string, value: string, lang: ChartLang): string {
  return lang === 'zh' ? `${label}：${value}` : `${label}: ${value}`;
}

/**
 * A path's 得分率 as the cells show it (one decimal), with the reason when it passes 100%: bonus
 * points count on top of the path's full marks.
 */
export function percentText(value: unknown, lang: ChartLang): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fixed(value);
  const text = `${fixed(value, 1)}%`;
  if (value <= 100) return text;
  return lang === 'zh' ? `${text}（${word('bonus', lang)}）` : `${text} (${word('bonus', lang)})`;
}

/** Names go into ECharts' HTML tooltips: escaped, so a branch named "<b>" shows as typed. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/**
 * Breaks a long axis name into lines of at most `maxWidth` columns (a CJK character counts 2, other
 * characters 1): "干部队伍与教育培训" fits a narrow radar as "干部队伍与\n教育培训". Chinese breaks between
 * words (Intl.Segmenter), into lines of even length, never as "党风廉政建\n设". Latin text breaks at
 * spaces where it can; a single over-long word is cut. Short names come back unchanged.
 */
export function wrapLabel(text: string, maxWidth: number): string {
  if (maxWidth <= 0 || columns(text) <= maxWidth) return text;
  const chars = [...text];
  if (chars.every((c) => CJK.test(c)))
    return wrapChinese(chars, Math.max(1, Math.floor(maxWidth / 2))).join('\n');
  const lines: string[] = [];
  let line = '';
  for (const token of text.match(/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]|\S+|\s+/g) ?? []) {
    const candidate = line + token;
    if (columns(candidate.trimEnd()) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line.trim()) lines.push(line.trim());
    line = /^\s+$/.test(token) ? '' : token;
    while (columns(line) > maxWidth) {
      let cut = 0;
      while (columns([...line].slice(0, cut + 1).join('')) <= maxWidth) cut++;
      lines.push([...line].slice(0, Math.max(1, cut)).join(''));
      line = [...line].slice(Math.max(1, cut)).join('');
    }
  }
  if (line.trim()) lines.push(line.trim());
  return lines.join('\n');
}

/**
 * Word starts of a Chinese text: index → length of the word starting there. The segmenter knows
 * 教育/培训 but splits 党风廉政 into single characters; within such a run, two characters are taken
 * as one word (most Chinese words are two characters long).
 */
function chineseWords(chars: string[]): Set<number> {
  const starts = new Set<number>();
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  const segments = Segmenter
    ? [...new Segmenter('zh', { granularity: 'word' }).segment(chars.join(''))].map(
        (s) => [...s.segment].length,
      )
    : chars.map(() => 1);
  let index = 0;
  let singles = 0;
  for (const length of segments) {
    if (length > 1 || singles % 2 === 0) starts.add(index);
    singles = length === 1 ? singles + 1 : 0;
    index += length;
  }
  return starts;
}

function wrapChinese(chars: string[], maxChars: number): string[] {
  if (chars.length <= maxChars) return [chars.join('')];
  const lines = Math.ceil(chars.length / maxChars);
  const ideal = chars.length / lines;
  const starts = chineseWords(chars);
  let best = maxChars;
  let bestScore = Infinity;
  for (let cut = 1; cut <= maxChars && cut < chars.length; cut++) {
    // One line more is allowed (at a cost) when that is what it takes to break between words.
    const extraLine = chars.length - cut > (lines - 1) * maxChars;
    if (chars.length - cut > lines * maxChars) continue;
    const score = Math.abs(cut - ideal) + (starts.has(cut) ? 0 : 3) + (extraLine ? 1.5 : 0);
    if (score <= bestScore) [best, bestScore] = [cut, score];
  }
  return [chars.slice(0, best).join(''), ...wrapChinese(chars.slice(best), maxChars)];
}
