import { resources } from '../../test-support/i18n';
import { halfWidthPunctuationIssues } from './punctuation';

describe('zh-CN punctuation', () => {
  it('finds a half-width , : ; ( ) ? ! beside a Chinese character, and nothing else', () => {
    expect(
      halfWidthPunctuationIssues({
        a: '已提交,待审核',
        b: { c: '审核: 通过' },
        d: '(未填写)',
        e: '确认提交?',
      }).map((i) => i.key),
    ).toEqual(['a', 'b.c', 'd', 'e']);
    expect(
      halfWidthPunctuationIssues({
        a: '已提交，待审核',
        b: '13 > 12',
        c: 'Done: 3 (of 4)',
        d: '{{a}}:{{b}}',
      }),
    ).toEqual([]);
  });

  it('the zh-CN strings use full-width ，：；（）？！ in Chinese text', () => {
    expect(halfWidthPunctuationIssues(resources['zh-CN'].translation)).toEqual([]);
  });
});
