import { checkTransition, onTimeAfterSubmit } from './assessment-workflow';

describe('assessment workflow', () => {
  it('lets a branch edit and submit only DRAFT and RETURNED assessments', () => {
    expect(checkTransition('SAVE', 'DRAFT')).toEqual({ ok: true, next: 'DRAFT' });
    expect(checkTransition('SAVE', 'RETURNED')).toEqual({ ok: true, next: 'RETURNED' });
    expect(checkTransition('SAVE', 'SUBMITTED').ok).toBe(false);
    expect(checkTransition('SAVE', 'APPROVED').ok).toBe(false);
    expect(checkTransition('SUBMIT', 'RETURNED')).toEqual({ ok: true, next: 'SUBMITTED' });
    expect(checkTransition('SUBMIT', 'SUBMITTED').ok).toBe(false);
  });

  it('reviews only SUBMITTED assessments and reopens only APPROVED ones', () => {
    expect(checkTransition('APPROVE', 'SUBMITTED').next).toBe('APPROVED');
    expect(checkTransition('RETURN', 'SUBMITTED').next).toBe('RETURNED');
    expect(checkTransition('APPROVE', 'DRAFT').ok).toBe(false);
    expect(checkTransition('REOPEN', 'APPROVED').next).toBe('RETURNED');
    expect(checkTransition('REOPEN', 'SUBMITTED').ok).toBe(false);
  });

  it('names the action and the status in words when refusing', () => {
    expect(checkTransition('APPROVE', 'DRAFT').message).toEqual({
      zh: '该考评当前为“填报中”，不能审核通过',
      en: 'An assessment that is draft cannot be approved',
    });
    expect(checkTransition('SAVE', 'SUBMITTED').message?.zh).toBe('该考评当前为“待审核”，不能保存');
  });

  it('judges timeliness at the first submission, the deadline itself counting as on time', () => {
    const deadline = new Date('2026-04-10T16:00:00Z');
    expect(onTimeAfterSubmit(null, new Date('2026-04-10T16:00:00Z'), deadline)).toBe(true);
    expect(onTimeAfterSubmit(null, new Date('2026-04-10T16:00:01Z'), deadline)).toBe(false);
    expect(onTimeAfterSubmit(true, new Date('2026-05-01T00:00:00Z'), deadline)).toBe(true);
    expect(onTimeAfterSubmit(false, new Date('2026-04-01T00:00:00Z'), deadline)).toBe(false);
  });
});
