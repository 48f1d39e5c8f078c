import { type ReactNode, useDeferredValue } from 'react';

export interface RenderAfterFirstPaintProps {
  children: ReactNode;
  /** Shown in the first commit, until the children have rendered in the background. */
  placeholder: ReactNode;
}

/**
 * Renders its children in a background (transition) render right after the commit that mounted it,
 * with the placeholder in that first commit. For what sits below the fold of a screen that arrives
 * all at once (the overview's table under its charts): the first commit and its layout stay small,
 * so the charts on screen start drawing sooner, and the rest renders while their animation plays.
 * React 19's `useDeferredValue(value, initialValue)` does the scheduling: the first render sees the
 * initial value, and React re-renders with the real one at once, interruptibly.
 */
export function RenderAfterFirstPaint({ children, placeholder }: RenderAfterFirstPaintProps) {
  const ready = useDeferredValue(true, false);
  return <>{ready ? children : placeholder}</>;
}
