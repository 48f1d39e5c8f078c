/**
 * Column widths of the review queue on a wide screen (antd `lg` and up). The queue once sized its
 * columns to their content (scroll.x max-content): in English that came to 1227 px in the 982 px
 * a 1280 px window leaves, so the fixed 操作 column covered 完整度 and 状态 with no sign that the
 * table scrolls. With these widths the long English words wrap inside their cells instead, and
 * the table fits at 1280 px in both languages; the branch column takes what is left.
 */
export const QUEUE_COLUMN_WIDTHS = {
  sector: 100,
  submittedAt: 130,
  risk: 150,
  selfTotal: 110,
  completeness: 115,
  status: 130,
  action: 70,
} as const;

/** The branch column's least width: a Chinese name of 10 characters and the branch code. */
export const QUEUE_BRANCH_MIN_WIDTH = 150;

/** What the queue's card holds at a 1280 px window (1280 − side menu − paddings, measured). */
export const CONTENT_WIDTH_AT_1280 = 982;

/**
 * The table's scroll width. Wide: the columns' sum, so it scrolls (with antd's shadow beside the
 * fixed columns) only in a narrower window. Narrower screens hide sector, completeness and status
 * and keep sizing to content, the phone layout that works.
 */
export function queueScrollX(wide: boolean): number | 'max-content' {
  if (!wide) return 'max-content';
  return Object.values(QUEUE_COLUMN_WIDTHS).reduce<number>((sum, w) => sum + w, QUEUE_BRANCH_MIN_WIDTH);
}
