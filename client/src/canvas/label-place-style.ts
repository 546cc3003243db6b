// Where a node's name is drawn beside it, as stylesheet rules: one per place the declutter may
// choose (declutter.ts sets its class), each keeping a small gap to the node. A selected node, or
// the one the keyboard is on, is drawn with an outline outside its body: its name keeps that gap
// to the outline instead, so the outline never runs through the text, at any zoom (both are in
// model units).
import type cytoscape from 'cytoscape';

/** How much further than usual the "far" label places sit from the node (px): an arrowhead's length. */
export const LABEL_FAR = 11;
/** The gap between a node and its name. */
const GAP = 3;

/** The selection outline, and the keyboard's wider one (drawn over it). */
export const SELECT_OUTLINE = { width: 3, offset: 2 };
export const KEYBOARD_OUTLINE = { width: 6, offset: 4 };

type V = 'top' | 'center' | 'bottom';
type H = 'left' | 'center' | 'right';
/** Each place: the name's alignment and how far it is pushed off the node beyond the gap. */
const PLACES: Record<string, { v: V; h: H; far?: number }> = {
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
};

/**
 * How far beyond the node's body its name moves for an outline: the outline's width and offset,
 * and some air, as Cytoscape's box of the outline reaches past it at the shape's corners and a
 * name's box includes its white text outline (the declutter keeps those boxes apart).
 */
const outlineReach = (o: { width: number; offset: number }) => Math.ceil(1.2 * (o.width + o.offset)) + 2;

/** The style of a name at a place, `reach` beyond the node's body (its outline). */
function placed(place: { v: V; h: H; far?: number }, reach: number): cytoscape.Css.Node {
  const off = GAP + reach + (place.far ?? 0);
  // A name beside the node (centred on it) moves sideways only; one in a corner both ways.
  return {
    'text-valign': place.v,
    'text-halign': place.h,
    'text-margin-y': place.v === 'bottom' ? off : place.v === 'top' ? -off : 0,
    'text-margin-x': place.h === 'right' ? off : place.h === 'left' ? -off : 0,
  };
}

/**
 * The rules, in order: the plain places, then the same for a selected node and for the keyboard's
 * (later rules win in Cytoscape, whatever their selector).
 */
export function labelPlaceStyles(): cytoscape.StylesheetJson {
  const states = [
    { sel: '', reach: 0 },
    { sel: ':selected', reach: outlineReach(SELECT_OUTLINE) },
    { sel: '.keyboard-focus', reach: outlineReach(KEYBOARD_OUTLINE) },
  ];
  return states.flatMap(({ sel, reach }) =>
    Object.entries(PLACES)
      // The plain place below the node is the node rule's own (style.ts).
      .filter(([name]) => sel !== '' || name !== 'bottom')
      .map(([name, place]) => ({
        selector: name === 'bottom' ? `node${sel}` : `node${sel}.label-${name}`,
        style: placed(place, reach),
      })),
  );
}
