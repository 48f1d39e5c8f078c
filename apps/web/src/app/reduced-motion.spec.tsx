/**
 * @jest-environment jsdom
 */
import { act, render, screen } from '@testing-library/react';
import { ConfigProvider, theme } from 'antd';
import { usePrefersReducedMotion } from './reduced-motion';
import { appTheme, withoutMotion } from './theme';

/** A system setting that can change while the page is open. */
function fakeMediaQuery(initially: boolean) {
  const listeners = new Set<() => void>();
  const list = {
    matches: initially,
    addEventListener: (_: string, l: () => void) => listeners.add(l),
    removeEventListener: (_: string, l: () => void) => listeners.delete(l),
  };
  window.matchMedia = jest.fn(() => list) as never;
  return (matches: boolean) => {
    list.matches = matches;
    listeners.forEach((l) => l());
  };
}

function Motion() {
  const reduced = usePrefersReducedMotion();
  return (
    <ConfigProvider theme={reduced ? withoutMotion : appTheme}>
      <Token />
    </ConfigProvider>
  );
}
function Token() {
  const { token } = theme.useToken();
  return <p>{token.motion ? 'motion on' : 'motion off'}</p>;
}

describe('reduced motion', () => {
  it('turns antd motion off while the system asks for reduced motion, and back on', () => {
    const change = fakeMediaQuery(true);
    render(<Motion />);
    expect(screen.getByText('motion off')).toBeTruthy();
    act(() => change(false));
    expect(screen.getByText('motion on')).toBeTruthy();
  });
});
