import { Alert } from 'antd';
import type { UserFacingError } from '../../errors';

export function scrollToIndicator(code: string | undefined) {
  if (code)
    document.getElementById(`indicator-${code}`)?.scrollIntoView?.({ behavior: 'smooth', block: 'center' });
}

/** A failed action in words, one line per bad field; a CONFLICT is shown by ConflictNotice instead. */
export function FailureAlert({ failure, onClose }: { failure: UserFacingError | null; onClose: () => void }) {
  if (!failure || failure.kind === 'CONFLICT') return null;
  return (
    <Alert
      type="error"
      showIcon
      closable
      onClose={onClose}
      role="alert"
      data-testid="form-failure"
      message={failure.message}
      description={
        failure.details.length ? (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {failure.details.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}
