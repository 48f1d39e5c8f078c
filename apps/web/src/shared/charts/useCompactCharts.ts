import { usePhone } from '../layout/use-phone';

/**
 * A phone (below antd's `md`, as for the header and the menu): every chart card is then the full
 * width of a 390 px screen, about 340 px inside, and the radars take their compact layout
 * (RadarOptions.compact) or their side names are cut at the card's edge. Unknown before the first
 * measure: wide, so desktop never starts compact.
 */
export function useCompactCharts(): boolean {
  return usePhone();
}
