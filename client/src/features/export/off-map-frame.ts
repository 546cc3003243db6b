// A map view's picture and its places off the map at the frame's edge (walk 11, 10). Such a place is
// drawn at the map's rim with "→ United States, off the map" beyond it, away from the map's middle
// (declutter.ts); the PNG and the PDF page, fitted to the view's saved frame, cut the mark at the
// edge and dropped its name. The picture keeps the frame the user saved (its centre and extent,
// walk 6, 5): it takes in the marks whole, about the same centre, and the declutter names a mark
// on its inner side when its outer side has no room in the picture.
import type cytoscape from 'cytoscape';
import type { StoryView } from '../../app/types.ts';
import type { Region } from '../../canvas/fit.ts';
import { shown } from '../../canvas/visibility.ts';

/**
 * `rect` (a map view's saved frame, model coordinates) widened about its centre, only as far as
 * needed, to take in whole each of the view's places off the map drawn in it or at its edge. A mark
 * beyond the frame stays out, as it was out of the view.
 */
export function withOffMapMarks(cy: cytoscape.Core, view: StoryView, rect: Region): Region {
  const ids = new Set(view.nodes.map((n) => n.id));
  const [cx, cy0] = [rect.x + rect.w / 2, rect.y + rect.h / 2];
  let [hw, hh] = [rect.w / 2, rect.h / 2];
  shown(cy.nodes('.geo-offmap')).forEach((n) => {
    const p = n.position();
    const r = n.width() / 2;
    const atEdge = Math.abs(p.x - cx) <= rect.w / 2 + r && Math.abs(p.y - cy0) <= rect.h / 2 + r;
    if (!ids.has(n.id()) || !atEdge) return;
    hw = Math.max(hw, Math.abs(p.x - cx) + r);
    hh = Math.max(hh, Math.abs(p.y - cy0) + r);
  });
  return { x: cx - hw, y: cy0 - hh, w: 2 * hw, h: 2 * hh };
}
