import { Alert } from 'antd';
import type { CSSProperties } from 'react';
import { useDescribeError } from '../../../shared/errors';

/** A refused save that names no field of the form: the server's reason, in the user's language. */
export function ServerErrorAlert({ error, style }: { error: unknown; style?: CSSProperties }) {
  const describe = useDescribeError();
  const { message, details } = describe(error);
  return (
    <Alert
      type="error"
      showIcon
      style={style}
      message={message}
      description={details.join(' ') || undefined}
    />
  );
}
