import { CONTENT_WIDTH_AT_1280, QUEUE_COLUMN_WIDTHS, queueScrollX } from './queue-columns';

describe('review queue columns', () => {
  it('fit the 1280 px content width, so no column hides under the fixed action column', () => {
    const x = queueScrollX(true);
    expect(typeof x).toBe('number');
    expect(x).toBeLessThanOrEqual(CONTENT_WIDTH_AT_1280);
  });

  it('leave "Review" and "View" room in the action column, and the status tag two lines of room', () => {
    expect(QUEUE_COLUMN_WIDTHS.action).toBeGreaterThanOrEqual(60);
    expect(QUEUE_COLUMN_WIDTHS.status).toBeGreaterThanOrEqual(110);
  });

  it('keep sizing to content below lg (phone and tablet), where three columns are hidden', () => {
    expect(queueScrollX(false)).toBe('max-content');
  });
});
