import { Grid } from 'antd';

/**
 * Below antd's `lg` breakpoint the app's side menu collapses to a floating button at the content's
 * top-left (about 40 × 40 px, 64 px below the header), which would sit on top of the first controls
 * of a screen at tablet width. Screens indent their header by this much so nothing hides under it.
 */
export function useMenuTriggerIndent(): number {
  const screens = Grid.useBreakpoint();
  return screens.lg === false ? 28 : 0;
}
