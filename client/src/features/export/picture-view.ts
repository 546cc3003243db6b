// The view an exported picture is taken of. Its labels follow the canvas's own rules (screen-constant
// size, which show and where: canvas/declutter.ts), decided again for the picture's viewport just
// before it is drawn and with no panels over it (on screen they are decided an animation frame after
// the view changes, too late for a picture taken at once); source numbers moved clear of nodes and
// arrowheads (cite-spots.ts); the screen is then given back as it was.
import type cytoscape from 'cytoscape';
import { canvas } from '../../app/context.ts';
import type { Region } from '../../canvas/fit.ts';
import { labelScale } from '../../canvas/style.ts';
import { shown } from '../../canvas/visibility.ts';
import { clearCiteSpots, placeCiteNumbers } from './cite-spots.ts';

export interface PictureView {
  /** The whole graph fitted to the canvas (no map), else the view on screen (under a map). */
  fitAll: boolean;
  /** The picture this tall (CSS px, the canvas's width kept unless `width`): a story view's shape rather than the screen's. */
  height?: number;
  /** The picture this wide (CSS px), else the canvas's width. */
  width?: number;
  /**
   * The model rectangle a saved view showed: the picture shows it whole, centred and as large as
   * the picture's own shape allows (not the screen's viewport, whose panels and legend the view
   * was fitted beside, and which a page-shaped picture would cut).
   */
  rect?: Region | null;
  /**
   * The label scale (style.ts) the picture is drawn with, from the zoom it shows its view at: a
   * story map view is drawn as its saved screen, magnified (slide-viewport.ts, mapViewScale). Else the canvas's.
   */
  labelScale?: (zoom: number) => number | null;
  /** The scale its map markers are placed for, when not the labels' (style.ts, `labelScale.markers`). */
  markerScale?: (zoom: number) => number | null;
}

/** The canvas made `size` (CSS px; the canvas's width unless given) for the picture, its centre kept; returns how to give it back. */
function reshape(cy: cytoscape.Core, size: { height?: number; width?: number }): () => void {
  const host = cy.container();
  if (!host || !size.height) return () => undefined;
  const before = { height: host.style.height, width: host.style.width };
  const centre = { x: (cy.extent().x1 + cy.extent().x2) / 2, y: (cy.extent().y1 + cy.extent().y2) / 2 };
  host.style.width = `${Math.round(size.width ?? cy.width())}px`;
  host.style.height = `${Math.round(size.height)}px`;
  cy.resize();
  cy.pan({ x: cy.width() / 2 - centre.x * cy.zoom(), y: cy.height() / 2 - centre.y * cy.zoom() });
  return () => {
    host.style.height = before.height;
    host.style.width = before.width;
    cy.resize();
  };
}

/** Margin around the whole graph in its picture, in screen pixels. */
const FIT_PAD = 30;
/** Margin around a saved view's rectangle in its picture (the view was saved with its own margin). */
const RECT_PAD = 8;

/** The viewport that shows `rect` whole, centred in the canvas. */
function showRect(cy: cytoscape.Core, rect: Region): void {
  const fit = Math.min((cy.width() - 2 * RECT_PAD) / rect.w, (cy.height() - 2 * RECT_PAD) / rect.h);
  const zoom = Math.max(cy.minZoom(), Math.min(cy.maxZoom(), fit));
  cy.viewport({
    zoom,
    pan: { x: cy.width() / 2 - (rect.x + rect.w / 2) * zoom, y: cy.height() / 2 - (rect.y + rect.h / 2) * zoom },
  });
}

export async function inPictureView<T>(view: PictureView, draw: () => T | Promise<T>): Promise<T> {
  const cv = canvas();
  const cy = cv.cy;
  const before = { zoom: cy.zoom(), pan: { ...cy.pan() } };
  const scale = labelScale.value;
  const giveBack = reshape(cy, view);
  try {
    if (view.rect) showRect(cy, view.rect);
    else if (view.fitAll) cy.fit(shown(cy.elements()).not('.geo-clustered'), FIT_PAD);
    labelScale.value = view.labelScale?.(cy.zoom()) ?? scale;
    labelScale.markers = view.markerScale?.(cy.zoom()) ?? undefined;
    cv.relabel(true, false);
    placeCiteNumbers(cy, cv.basemap.current?.leaders?.links);
    return await draw();
  } finally {
    clearCiteSpots(cy);
    giveBack();
    labelScale.value = scale;
    labelScale.markers = undefined;
    cy.viewport({ zoom: before.zoom, pan: before.pan });
    cv.relabel(true);
  }
}
