// PNG export: Cytoscape renders the graph (the whole graph fitted, or the map view; 1-4x), clamped so the
// bitmap stays within what browsers can allocate; the frame (frame.ts: title, caption, legend,
// sources) is then painted around it on a canvas of our own.
import type cytoscape from 'cytoscape';
import { FONT_FAMILY } from '../../canvas/style.ts';
import type { Annotations } from './annotations.ts';
import { layoutFrame, type FrameLayout, type Measure } from './frame.ts';
import type { SourceEntry } from './sources.ts';
import type { BasemapPaths } from '../../canvas/basemap.ts';
import { withBasemap } from './basemap-underlay.ts';
import { mapMarks, type MapMarks } from '../legend/legend-entries.ts';
import { canvas } from '../../app/context.ts';
import { withSelectionUnmarked } from '../../canvas/chosen.ts';
import { inPictureView } from './picture-view.ts';
import type { Region } from '../../canvas/fit.ts';

/** Longest side of the exported bitmap; browsers fail above ~16k per side or ~268M pixels. */
export const MAX_SIDE = 8000;

export interface PngOptions extends Annotations {
  scale: number;
  background: 'white' | 'transparent';
  /** The map under the geographic layout, drawn under the graph. */
  basemap?: BasemapPaths | null;
  /** The graph's picture this tall (CSS px; with pictureWidth, else the canvas's width): a story view's shape. */
  pictureHeight?: number;
  /** The graph's picture this wide (CSS px): a story view's width on screen, or its page's. */
  pictureWidth?: number;
  /** A saved view's model rectangle: the picture shows it whole (picture-view.ts). */
  viewRect?: Region | null;
  /** The label scale for the zoom the picture shows its view at (picture-view.ts). */
  labelScale?: (zoom: number) => number | null;
  /** The scale the map's markers are placed for, when not the labels' (picture-view.ts). */
  markerScale?: (zoom: number) => number | null;
}

export interface PngResult {
  blob: Blob;
  width: number;
  height: number;
  scaleUsed: number;
  clamped: boolean;
}

export function clampScale(w: number, h: number, scale: number): { scale: number; clamped: boolean } {
  const max = Math.min(MAX_SIDE / Math.max(w, 1), MAX_SIDE / Math.max(h, 1));
  return scale > max ? { scale: Math.max(0.1, Math.floor(max * 100) / 100), clamped: true } : { scale, clamped: false };
}

async function iconImage(svgInner: string, px: number): Promise<HTMLImageElement> {
  const img = new Image(px, px);
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="${px}" height="${px}" viewBox="-8 -8 16 16">${svgInner}</svg>`)}`;
  await img.decode();
  return img;
}

const font = (px: number, bold = false) => `${bold ? 'bold ' : ''}${px}px ${FONT_FAMILY}`;

/**
 * Cytoscape's own picture of the graph, selection marks off, labels placed as the canvas places them
 * (picture-view.ts). Under a map it is the view on screen over the basemap of that extent, not the
 * whole world; without one, the whole graph fitted to the canvas, as Fit shows it.
 */
/** The view a picture is drawn in, from its options. */
const pictureView = (opts: PngOptions) => ({
  fitAll: !opts.basemap,
  height: opts.pictureHeight,
  width: opts.pictureWidth,
  rect: opts.viewRect,
  labelScale: opts.labelScale,
  markerScale: opts.markerScale,
});

/**
 * The map's marks a picture with these options would draw (its markers gathered for its own zoom,
 * not the canvas's), found without drawing it: what its legend must explain.
 */
export function pictureMarks(cy: cytoscape.Core, opts: PngOptions): Promise<MapMarks> {
  return inPictureView(pictureView(opts), () => mapMarks(cy, { inView: true }));
}

async function graphPicture(cy: cytoscape.Core, opts: PngOptions, scale: number): Promise<Blob> {
  const bg = opts.background === 'white' ? '#ffffff' : undefined;
  return withSelectionUnmarked(cy, () =>
    inPictureView(pictureView(opts), async () => {
      // One frame for the map and the graph: the viewport Cytoscape draws the nodes in, read as it
      // draws them (synchronously, before the encoding is awaited). Read after it, a follow of the
      // free region meanwhile (a legend relisted) drew the map for another viewport (walk 13, 1).
      const extent = cy.extent();
      // The markers were fanned out again for the picture's zoom: its leader lines go with them.
      const map = opts.basemap && {
        ...opts.basemap,
        leaders: canvas().basemap.current?.leaders ?? opts.basemap.leaders,
      };
      const blob = (await cy.png({
        output: 'blob-promise',
        full: false,
        scale,
        bg: map ? undefined : bg,
      })) as Blob;
      return map ? await withBasemap(extent, blob, map, bg, scale) : blob;
    }),
  );
}

/** Most a map picture (the screen's view) is enlarged: 2.5× the screen is crisp on a projector or in print. */
export const MAP_MAX_SCALE = 2.5;

/** The scale the graph's picture (the canvas's size: the screen, or the whole graph fitted) is drawn at. */
function pictureScale(cy: cytoscape.Core, opts: PngOptions): { scale: number; clamped: boolean } {
  if (opts.basemap) {
    return { scale: Math.min(opts.scale, MAP_MAX_SCALE), clamped: false };
  }
  return clampScale(cy.width(), cy.height(), opts.scale);
}

/** The PNG painter of the frame model: background, texts and icons, then the graph's picture. */
async function paintFrame(
  frame: FrameLayout,
  graph: ImageBitmap,
  s: number,
  bg: string | undefined,
): Promise<HTMLCanvasElement> {
  const out = clampScale(frame.width * s, frame.height * s, 1);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(frame.width * s * out.scale);
  canvas.height = Math.round(frame.height * s * out.scale);
  const g = canvas.getContext('2d')!;
  g.scale(s * out.scale, s * out.scale);
  if (bg) {
    g.fillStyle = bg;
    g.fillRect(0, 0, frame.width, frame.height);
  }
  g.textBaseline = 'top';
  for (const item of frame.items) {
    if (item.kind === 'icon') {
      g.drawImage(await iconImage(item.svg, Math.round(item.size * s)), item.x, item.y, item.size, item.size);
    } else {
      g.font = font(item.size, item.bold);
      g.fillStyle = item.color;
      g.fillText(item.text, item.x, item.y);
    }
  }
  g.drawImage(graph, frame.graph.x, frame.graph.y, frame.graph.w, frame.graph.h);
  return canvas;
}

export async function graphToPng(
  cy: cytoscape.Core,
  opts: PngOptions,
  sources: SourceEntry[] = [],
): Promise<PngResult> {
  const { scale, clamped } = pictureScale(cy, opts);
  const graphBlob = await graphPicture(cy, opts, scale);
  const graph = await createImageBitmap(graphBlob);
  const annotated = opts.title || opts.caption || opts.legend || (opts.sources && sources.length);
  if (!annotated) return { blob: graphBlob, width: graph.width, height: graph.height, scaleUsed: scale, clamped };
  const measure = document.createElement('canvas').getContext('2d')!;
  const measureText: Measure = (text, px, bold) => ((measure.font = font(px, bold)), measure.measureText(text).width);
  const s = Math.max(1, scale);
  const frame = layoutFrame(
    cy,
    { w: graph.width / s, h: graph.height / s },
    opts,
    opts.sources ? sources : [],
    measureText,
  );
  const canvas = await paintFrame(frame, graph, s, opts.background === 'white' ? '#ffffff' : undefined);
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the browser could not encode the PNG'))), 'image/png'),
  );
  const used = canvas.width / (frame.width * s);
  return { blob, width: canvas.width, height: canvas.height, scaleUsed: scale * used, clamped: clamped || used < 1 };
}
