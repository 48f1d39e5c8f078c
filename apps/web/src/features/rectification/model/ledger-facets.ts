/** A name in both content languages (the API's LocalizedText). */
type Name = { zh: string; en: string };

/** What a ledger item says of its path and indicator (RectificationItem's fields). */
export interface FacetItem {
  pathCode: string;
  pathName: Name;
  indicatorCode: string;
  indicatorName: Name;
}

export interface FacetOption {
  value: string;
  label: string;
}

/** Codes seen so far, with their names and each indicator's path: the filters' choices. */
export interface SeenFacets {
  paths: Map<string, FacetItem['pathName']>;
  indicators: Map<string, { pathCode: string; name: FacetItem['indicatorName'] }>;
}

export const noFacets = (): SeenFacets => ({ paths: new Map(), indicators: new Map() });

/**
 * Adds the paths and indicators of `items` to `seen` (a new object when anything was added). The
 * filters offer what the ledger has listed since the screen opened, by name: choosing one narrows
 * the list without taking the other choices away.
 */
export function withFacetsOf(seen: SeenFacets, items: readonly FacetItem[]): SeenFacets {
  const fresh = items.filter((i) => !seen.paths.has(i.pathCode) || !seen.indicators.has(i.indicatorCode));
  if (fresh.length === 0) return seen;
  const next: SeenFacets = { paths: new Map(seen.paths), indicators: new Map(seen.indicators) };
  for (const i of fresh) {
    next.paths.set(i.pathCode, i.pathName);
    next.indicators.set(i.indicatorCode, { pathCode: i.pathCode, name: i.indicatorName });
  }
  return next;
}

/**
 * The filters' options in `lang`: every path seen; the indicators of the chosen path (all of them
 * when none is chosen). A code chosen through a link but not listed yet shows as itself.
 */
export function facetOptions(
  seen: SeenFacets,
  lang: 'zh' | 'en',
  chosen: { pathCode: string; indicatorCode: string },
): { paths: FacetOption[]; indicators: FacetOption[] } {
  const byLabel = (a: FacetOption, b: FacetOption) => a.label.localeCompare(b.label, lang);
  const paths = [...seen.paths].map(([value, name]) => ({ value, label: name[lang] }));
  const path = chosen.pathCode.trim().toUpperCase();
  const indicators = [...seen.indicators]
    .filter(([, i]) => !path || i.pathCode === path)
    .map(([value, i]) => ({ value, label: i.name[lang] }));
  const withChosen = (options: FacetOption[], code: string) =>
    code && !options.some((o) => o.value === code) ? [...options, { value: code, label: code }] : options;
  return {
    paths: withChosen(paths, path),
    indicators: withChosen(indicators.sort(byLabel), chosen.indicatorCode.trim()),
  };
}
