/**
 * A screen size for antd's Grid, which reads `(min-width: …)` queries: `wide` answers all of them,
 * `narrow` (a tablet) none above md (768 px), `phone` none. jsdom has no layout, so specs of
 * components that change with the breakpoint set one; `restoreViewport` puts jsdom's back.
 */
export function setViewport(kind: 'wide' | 'narrow' | 'phone'): void {
  window.matchMedia = ((query: string) => ({
    matches:
      kind === 'wide' || Number(/min-width:\s*(\d+)/.exec(query)?.[1] ?? 0) <= (kind === 'phone' ? 0 : 768),
    media: query,
    onchange: null,
    addListener() {},
    removeListener() {},
    addEventListener() {},
    removeEventListener() {},
    dispatchEvent: () => false,
  })) as unknown as typeof window.matchMedia;
}

const jsdomMatchMedia = window.matchMedia;

export function restoreViewport(): void {
  window.matchMedia = jsdomMatchMedia;
}
