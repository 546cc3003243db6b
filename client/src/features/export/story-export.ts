// A PNG per story view: each view shown in turn, rendered with its title and caption, downloaded.
// eachView is also how the story's PDF (story-pdf.ts) visits the views.
import type { StoryView } from '../../app/types.ts';
import { canvas } from '../../app/context.ts';
import { signal } from '@preact/signals';
import { setStoryThumb, story } from '../../app/store.ts';
import type { BasemapPaths } from '../../canvas/basemap.ts';
import type { Region } from '../../canvas/fit.ts';
import { applyView, keepCanvas } from '../present/present-actions.ts';
import { mapMarkerScale, mapNameScale, presentRect, savedRect, showSavedViewport } from '../present/slide-viewport.ts';
import { canvasThumb } from '../present/thumbnail.ts';
import { loadViewNodes } from '../present/view-nodes.ts';
import { download, fileStem, storyFileStem } from './download.ts';
import { withOffMapMarks } from './off-map-frame.ts';
import { graphToPng, type PngOptions } from './png.ts';
import { citableEdges, sourcesFor, withCiteNumbers } from './sources.ts';

/** A view as saved: its elements, filters and viewport, and under a map its basemap, loaded. */
async function showView(v: StoryView): Promise<void> {
  const cv = canvas();
  applyView(v, false);
  showSavedViewport(cv.cy, v);
  if (v.layout === 'geo') await cv.syncBasemap('geo');
}

/** The map under a view's picture: the loaded basemap for a view in the geographic layout, else none. */
function viewBasemap(v: StoryView): BasemapPaths | null {
  return v.layout === 'geo' ? canvas().basemap.current : null;
}

/**
 * The model rectangle a shown view's picture is fitted to. A graph view: the one Present fits into
 * the screen (slide-viewport.ts), the view's saved frame cut to its nodes, with no empty canvas it
 * happened to leave. A map view: the part of the map the user framed, whole, about its centre,
 * with the names of its places at the edge when it showed them all (withNames), and its places off
 * the map drawn at its edge (named inside the picture if need be).
 */
export function pictureRect(v: StoryView): Region | null {
  const cy = canvas().cy;
  const rect = presentRect(cy, v);
  // A map view's places off the map at the frame's edge whole, about the same centre (off-map-frame.ts).
  return v.layout === 'geo' && rect ? withOffMapMarks(cy, v, rect) : rect;
}

/**
 * What a view's picture shows: the part of the graph the view showed when saved (pictureRect), over
 * its map if it has one, in the view's own shape and size (the area it framed on the canvas).
 */
export function viewPicture(
  v: StoryView,
): Pick<PngOptions, 'basemap' | 'viewRect' | 'pictureWidth' | 'pictureHeight' | 'labelScale' | 'markerScale'> {
  const size = v.frame && savedRect(v) ? { pictureWidth: v.frame.w, pictureHeight: v.frame.h } : {};
  // A map view's markers, clusters and names as its saved screen showed them, as Present shows them (slide-viewport.ts).
  const scale =
    v.layout === 'geo'
      ? { labelScale: (zoom: number) => mapNameScale(v, zoom), markerScale: (zoom: number) => mapMarkerScale(v, zoom) }
      : {};
  return { basemap: viewBasemap(v), viewRect: pictureRect(v), ...size, ...scale };
}

/** True while the story's views are being shown in turn (an export, the thumbnails): its buttons wait. */
export const showingViews = signal(false);
/** From a click on a story export to its note (the PDF's code loads first). */
export const exporting = signal(false);
/** While an export runs or the views are shown in turn: presenting, showing a view and the exports wait. */
export const storyBusy = (): boolean => exporting.value || showingViews.value;
/** Which view is being drawn (1-based) of how many, while showingViews: the canvas's curtain says so. */
export const viewsProgress = signal<{ at: number; of: number } | null>(null);
let lastRun: Promise<unknown> = Promise.resolve();

/**
 * Shows each view of the story in turn for `fn`, then gives the working canvas back as it was. Runs
 * after any such run still going: two at once showed each other's views, and a PNG per view clicked
 * during the PDF's export drew the PDF's views (walk 24, 1).
 */
export function eachView(fn: (v: StoryView, i: number) => Promise<void>): Promise<number> {
  const run = lastRun.then(() => showEachView(fn));
  lastRun = run.catch(() => undefined);
  return run;
}

async function showEachView(fn: (v: StoryView, i: number) => Promise<void>): Promise<number> {
  showingViews.value = true;
  try {
    return await showViewsFor(fn);
  } finally {
    showingViews.value = false;
  }
}

async function showViewsFor(fn: (v: StoryView, i: number) => Promise<void>): Promise<number> {
  const views = story.value;
  await loadViewNodes(views); // each view's own nodes, whatever the canvas holds now
  const giveBack = keepCanvas();
  try {
    for (const [i, v] of views.entries()) {
      viewsProgress.value = { at: i + 1, of: views.length };
      await showView(v);
      await fn(v, i);
    }
  } finally {
    viewsProgress.value = null;
    giveBack();
  }
  return views.length;
}

/**
 * Draws the thumbnail of each view that has none (a story restored from a share link, which carries
 * no pictures), each view shown in turn as for its PNG: the recipient's list shows what the sender's
 * did (a map view over its map), not a sketch of the nodes.
 */
export async function drawMissingThumbs(): Promise<void> {
  if (story.peek().every((v) => v.thumb)) return;
  await eachView(async (v) => {
    if (!v.thumb) setStoryThumb(v.nodes, await canvasThumb(canvas().cy, v.layout === 'geo'));
  });
}

/** A PNG per view; `numbered`: each picture numbers its cited links and lists their sources under it, as the canvas's PNG does. */
export async function exportStoryPngs(numbered = false): Promise<string> {
  const n = await eachView(async (v, i) => {
    const cy = canvas().cy;
    const list = numbered ? await sourcesFor(citableEdges(cy, pictureRect(v))) : [];
    const draw = () =>
      graphToPng(
        cy,
        {
          title: v.title,
          caption: v.caption || undefined,
          legend: true,
          sources: numbered,
          scale: 2,
          background: 'white',
          ...viewPicture(v),
        },
        list,
      );
    const res = await (numbered ? withCiteNumbers(cy, list, draw) : draw());
    // Named as the story's PDF is, then the view's number and title (walk 22, 9: "01-view-1.png" said
    // nothing of the story it came from).
    const stem = storyFileStem(story.value[0]?.title);
    download(res.blob, `${stem}-${String(i + 1).padStart(2, '0')}-${fileStem(v.title, 'view')}.png`);
  });
  return `${n} PNG${n === 1 ? '' : 's'} saved, one per view${numbered ? ', each with its sources under it' : ''}.`;
}
