import { NOTICE_EXCERPT_LENGTH, noticeExcerpt } from './notice-excerpt';

describe('noticeExcerpt (a reason quoted in a notification)', () => {
  it('keeps a short reason as it is, on one line', () => {
    expect(noticeExcerpt('考核表扫描件不清晰')).toBe('考核表扫描件不清晰');
    expect(noticeExcerpt('  缺少照片\n请补充签到表  ')).toBe('缺少照片 请补充签到表');
  });

  it('cuts a long one at the limit with …', () => {
    const long = '考'.repeat(NOTICE_EXCERPT_LENGTH + 1);
    const cut = noticeExcerpt(long);
    expect(Array.from(cut)).toHaveLength(NOTICE_EXCERPT_LENGTH);
    expect(cut.endsWith('考…')).toBe(true);
    expect(noticeExcerpt('考'.repeat(NOTICE_EXCERPT_LENGTH))).toBe('考'.repeat(NOTICE_EXCERPT_LENGTH));
  });

  it('never splits a character outside the BMP', () => {
    expect(noticeExcerpt('𠀀'.repeat(10), 5)).toBe('𠀀𠀀𠀀𠀀…');
  });
});
