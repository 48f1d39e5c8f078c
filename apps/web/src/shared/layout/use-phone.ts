import { Grid } from 'antd';

/**
 * A phone: below antd's `md` breakpoint (768 px), where a screen shows one column, tables keep
 * their key columns in view and the header folds. Unknown before the first measure: not a phone,
 * so a desktop never starts in the phone layout. The one place that says what a phone is.
 */
export function usePhone(): boolean {
  return Grid.useBreakpoint().md === false;
}
