// Where a node's name is drawn beside it, as stylesheet rules: one per place the declutter may
// choose (declutter.ts sets its class), each keeping a small gap to the node. A selected node, or
// the one the keyboard is on, is drawn with an outline outside its body: its name keeps that gap
// to the outline instead, so the outline never runs through the text, at any zoom (both are in
// model units).
import type cytoscape from 'cytoscape';

/** How much further than usual the "far" label places sit from the node (px): an arrowhead's length. */
export const LABEL_FAR = 11;
/**
 * How much of its own marker's width a name tucked over its side covers (the `-in` places): enough
 * to stand nearer its marker than a neighbour 33 px off at Fit (walk 22, 2), little enough to leave
 * the marker's shape to read.
 */
export const LABEL_TUCK = 0.4;
/** Where a called-out name stands from its node's centre, and its leader (model units): declutter.ts sets it. */
export interface CalloutPlace {
  dx: number;
  dy: number;
  leader: { x1: number; y1: number; x2: number; y2: number };
}
export const CALLOUT_SCRATCH = '_callout';
const calledOut = (n: cytoscape.NodeSingular) => n.scratch(CALLOUT_SCRATCH) as CalloutPlace | undefined;

/** The gap between a node and its name. */
const GAP = 3;

/** The selection outline, and the keyboard's wider one (drawn over it). */
export const SELECT_OUTLINE = { width: 3, offset: 2 };
export const KEYBOARD_OUTLINE = { width: 6, offset: 4 };

type V = 'top' | 'center' | 'bottom';
type H = 'left' | 'center' | 'right';
/** Each place: the name's alignment and how far it is pushed off the node beyond the gap. */
const PLACES: Record<string, { v: V; h: H; far?: number; tuck?: boolean }> = {
  bottom: { v: 'bottom', h: 'center' },
  top: { v: 'top', h: 'center' },
  right: { v: 'center', h: 'right' },
  left: { v: 'center', h: 'left' },
  'bottom-right': { v: 'bottom', h: 'right' },
  'bottom-left': { v: 'bottom', h: 'left' },
  'top-right': { v: 'top', h: 'right' },
  'top-left': { v: 'top', h: 'left' },
  'bottom-far': { v: 'bottom', h: 'center', far: LABEL_FAR },
  'top-far': { v: 'top', h: 'center', far: LABEL_FAR },
  'right-far': { v: 'center', h: 'right', far: LABEL_FAR },
  'left-far': { v: 'center', h: 'left', far: LABEL_FAR },
  'right-in': { v: 'center', h: 'right', tuck: true },
  'left-in': { v: 'center', h: 'left', tuck: true },
  'top-right-in': { v: 'top', h: 'right', tuck: true },
  'top-left-in': { v: 'top', h: 'left', tuck: true },
  'bottom-right-in': { v: 'bottom', h: 'right', tuck: true },
  'bottom-left-in': { v: 'bottom', h: 'left', tuck: true },
};

/**
 * How far beyond the node's body its name moves for an outline: the outline's width and offset,
 * and some air, as Cytoscape's box of the outline reaches past it at the shape's corners and a
 * name's box includes its white text outline (the declutter keeps those boxes apart).
 */
const outlineReach = (o: { width: number; offset: number }) => Math.ceil(1.2 * (o.width + o.offset)) + 2;

/**
 * The scale of a link's arrowhead at the node's zoom (model units for one at zoom 1): 1 zoomed out,
 * where it shrinks with the picture, 1/zoom zoomed in past 1, where it keeps its size (style.ts).
 * The far places clear an arrowhead: a fixed model length drew "far" names 2 px off at Fit, where
 * the declutter had measured 11, and found them on other names.
 */
export type ArrowUnits = (ele: cytoscape.NodeSingular) => number;

/** The style of a name at a place, `reach` beyond the node's body (its outline). */
function placed(
  place: { v: V; h: H; far?: number; tuck?: boolean },
  reach: number,
  arrow: ArrowUnits,
): cytoscape.Css.Node {
  const side = (h: H | V) => (h === 'right' || h === 'bottom' ? 1 : h === 'left' || h === 'top' ? -1 : 0);
  const off = (n: cytoscape.NodeSingular) => GAP + reach + (place.far ? place.far * arrow(n) : 0);
  // A name beside the node (centred on it) moves sideways only; one in a corner both ways; a tucked
  // one back over the node's side by a share of its width (model units, as the margins).
  const x = (n: cytoscape.NodeSingular) => side(place.h) * (off(n) - (place.tuck ? LABEL_TUCK * n.width() : 0));
  const y = (n: cytoscape.NodeSingular) => side(place.v) * off(n);
  const plain = !place.far && !place.tuck;
  const fixed = GAP + reach;
  return {
    'text-valign': place.v,
    'text-halign': place.h,
    'text-margin-y': (plain ? side(place.v) * fixed : y) as unknown as number,
    'text-margin-x': (plain ? side(place.h) * fixed : x) as unknown as number,
  };
}

/**
 * The rules, in order: the plain places, then the same for a selected node and for the keyboard's
 * (later rules win in Cytoscape, whatever their selector).
 */
export function labelPlaceStyles(arrow: ArrowUnits): cytoscape.StylesheetJson {
  const states = [
    { sel: '', reach: 0 },
    { sel: ':selected', reach: outlineReach(SELECT_OUTLINE) },
    { sel: '.keyboard-focus', reach: outlineReach(KEYBOARD_OUTLINE) },
  ];
  const beside = states.flatMap(({ sel, reach }) =>
    Object.entries(PLACES)
      // The plain place below the node is the node rule's own (style.ts).
      .filter(([name]) => sel !== '' || name !== 'bottom')
      .map(([name, place]) => ({
        selector: name === 'bottom' ? `node${sel}` : `node${sel}.label-${name}`,
        style: placed(place, reach, arrow),
      })),
  );
  // A called-out name is centred where the declutter put it, selected or not (last, so it wins).
  const callout = {
    selector: 'node.label-callout',
    style: {
      'text-valign': 'center',
      'text-halign': 'center',
      'text-margin-x': ((n: cytoscape.NodeSingular) => calledOut(n)?.dx ?? 0) as unknown as number,
      'text-margin-y': ((n: cytoscape.NodeSingular) => calledOut(n)?.dy ?? 0) as unknown as number,
    },
  } satisfies cytoscape.StylesheetJson[number];
  return [...beside, callout];
}
