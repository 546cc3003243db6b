// A country as people read it: the name its Country node bears on the canvas ("Việt Nam", as the
// graph spells it), else the graph's own name for it from /api/stats (so the same name shows before
// the node is on the canvas: walk 27 saw "Vietnam", then "Việt Nam" once expanded), else the
// browser's English name for the ISO code ("Laos" for LA). The Country filter listed bare codes
// ("LA", "SG", "TH": walk 25), which a new user had to guess.
import type cytoscape from 'cytoscape';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/** The graph's names of its countries by ISO code, once /api/stats has given them. */
let graphNames: Readonly<Record<string, string>> = {};

export function knowCountryNames(names: Readonly<Record<string, string>>): void {
  graphNames = names;
}

/** The name of the country with ISO 3166 code `code`: the canvas's (if given), the graph's, else the browser's. */
export function countryName(code: string, cy?: cytoscape.Core): string {
  const node = cy?.nodes('[kind = "Country"]').filter((n) => n.data('country') === code);
  const label = node?.nonempty() ? (node.first().data('label') as string | undefined) : undefined;
  if (label) return label;
  if (graphNames[code]) return graphNames[code];
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code; // not a well-formed region code
  }
}
