import { Alert } from 'antd';
import type { CSSProperties } from 'react';
import { useDescribeError } from '../../../shared/errors';

export interface ServerErrorAlertProps {
  error: unknown;
  /** The refusal in the dialog's own words, when it knows the reason (extensions.reason); replaces the server's. */
  refusal?: string | null;
  style?: CSSProperties;
}

/** A refused save that names no field of the form: the server's reason, in the user's language. */
export function ServerErrorAlert({ error, refusal, style }: ServerErrorAlertProps) {
  const describe = useDescribeError();
  const { message, details } = describe(error);
  return (
    <Alert
      type="error"
      showIcon
      style={style}
      message={refusal ?? message}
      description={refusal ? undefined : details.join(' ') || undefined}
    />
  );
}
