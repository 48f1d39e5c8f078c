import { megabytes, uploadRefused } from './evidence-refusal';

describe('evidence refusals', () => {
  it('shows limits as people read them', () => {
    expect(megabytes(20 * 1024 * 1024)).toBe('20 MB');
    expect(megabytes(50 * 1024)).toBe('50 KB');
  });

  it('names every refused file and its reason, and says nothing was stored', () => {
    const err = uploadRefused([
      { file: 'a.jpg', code: 'EMPTY', reason: 'the file is empty' },
      { file: 'b.jpg', code: 'TYPE_NOT_ACCEPTED', reason: 'not a photo' },
    ]);
    expect(err.message).toBe(
      'upload refused, nothing was stored: a.jpg: the file is empty; b.jpg: not a photo',
    );
    expect(err.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'files',
      reason: 'EVIDENCE_REFUSED',
    });
  });
});
