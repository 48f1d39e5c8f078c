/** How long a text quoted in a notification may be, in characters. */
export const NOTICE_EXCERPT_LENGTH = 80;

/**
 * A text as a notification quotes it: whitespace runs as one space, and past `max` characters (code
 * points: a character outside the BMP is never split) cut with "…". The whole text stays where the
 * notification leads.
 */
export function noticeExcerpt(text: string, max = NOTICE_EXCERPT_LENGTH): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length <= max
    ? chars.join('')
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}
