// A map view's picture widened to the names of its places off the map (walk 11, 10). Such a place is
// drawn at the map's rim with "→ United States, off the map" beyond it, away from the map's middle
// (declutter.ts); Present, on a screen wider than the view's saved frame, shows the name, while the
// PNG and the PDF page, fitted to the frame, had room for the mark only and dropped its name (or cut
// the mark off). The picture's rectangle takes in each such mark and its name as the picture draws it.
import type cytoscape from 'cytoscape';
import type { StoryView } from '../../app/types.ts';
import type { Region } from '../../canvas/fit.ts';
import { OFF_MAP_HINT } from '../../canvas/map-style.ts';
import { FONT_FAMILY, LABEL_PX } from '../../canvas/style.ts';
import { shown } from '../../canvas/visibility.ts';

/** Room around a name (its outline and a little air), screen px at the canvas's label size. */
const NAME_PAD = 6;

let measurer: CanvasRenderingContext2D | null = null;
/** The name's width on screen at the canvas's label size (LABEL_PX). */
function nameWidth(text: string): number {
  measurer ??= document.createElement('canvas').getContext('2d');
  if (!measurer) return text.length * LABEL_PX * 0.6;
  measurer.font = `${LABEL_PX}px ${FONT_FAMILY}`;
  return measurer.measureText(text).width;
}

type Box = { x1: number; y1: number; x2: number; y2: number };

/**
 * The model box of an off-map mark and its name beyond it: to its side away from the map's middle
 * (model 0,0), or above or below it when it lies more north or south than east or west.
 * `unit`: model units per screen px of a name at the canvas's label size.
 */
function markAndName(n: cytoscape.NodeSingular, unit: number): Box {
  const p = n.position();
  const r = n.width() / 2;
  const w = (nameWidth(String(n.scratch(OFF_MAP_HINT) ?? '')) + NAME_PAD) * unit;
  const h = (LABEL_PX * 1.4 + NAME_PAD) * unit;
  const body = { x1: p.x - r, y1: p.y - r, x2: p.x + r, y2: p.y + r };
  if (Math.abs(p.x) >= Math.abs(p.y))
    return p.x >= 0
      ? { ...body, x2: body.x2 + w, y1: Math.min(body.y1, p.y - h / 2), y2: Math.max(body.y2, p.y + h / 2) }
      : { ...body, x1: body.x1 - w, y1: Math.min(body.y1, p.y - h / 2), y2: Math.max(body.y2, p.y + h / 2) };
  const side = { x1: Math.min(body.x1, p.x - w / 2), x2: Math.max(body.x2, p.x + w / 2) };
  return p.y >= 0 ? { ...body, ...side, y2: body.y2 + h } : { ...body, ...side, y1: body.y1 - h };
}

/**
 * `rect` (a map view's saved frame, model coordinates) widened to take in each of the view's places
 * off the map drawn in or at its edge, with its name. `labelScale`: the label scale the picture is
 * drawn with at zoom 1 (names are screen-constant, so a picture's zoom cancels out: presentLabelScale).
 */
export function withOffMapNames(cy: cytoscape.Core, view: StoryView, rect: Region, labelScale: number): Region {
  const ids = new Set(view.nodes.map((n) => n.id));
  const slack = 0.02 * Math.max(rect.w, rect.h);
  const near = (n: cytoscape.NodeSingular) => {
    const p = n.position();
    const r = n.width() / 2 + slack;
    return p.x >= rect.x - r && p.x <= rect.x + rect.w + r && p.y >= rect.y - r && p.y <= rect.y + rect.h + r;
  };
  const marks = shown(cy.nodes('.geo-offmap')).filter((n) => ids.has(n.id()) && near(n));
  if (marks.empty()) return rect;
  const box = { x1: rect.x, y1: rect.y, x2: rect.x + rect.w, y2: rect.y + rect.h };
  marks.forEach((n) => {
    const b = markAndName(n, labelScale);
    box.x1 = Math.min(box.x1, b.x1);
    box.y1 = Math.min(box.y1, b.y1);
    box.x2 = Math.max(box.x2, b.x2);
    box.y2 = Math.max(box.y2, b.y2);
  });
  return { x: box.x1, y: box.y1, w: box.x2 - box.x1, h: box.y2 - box.y1 };
}
