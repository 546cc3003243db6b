// A story view's thumbnail for the story list: Cytoscape's picture of the canvas as it shows the
// view (under a map, over its basemap), cut to the part no panel covers, drawn small. Kept in the
// story, never in the share link; a view restored from a link gets its picture when it is shown.
import type cytoscape from 'cytoscape';
import { canvas } from '../../app/context.ts';
import { setStoryThumb } from '../../app/store.ts';
import type { StoryView } from '../../app/types.ts';
import { freeRegion, type Region } from '../../canvas/fit.ts';
import { withBasemap } from '../export/basemap-underlay.ts';

/** The thumbnail's largest size in image pixels (shown at half that: sharp on a high-density screen). */
export const THUMB = { w: 192, h: 120 };

/**
 * The part of the canvas the thumbnail shows: the free region (what the view is about) brought to
 * the thumbnail's landscape shape about its centre, widened as far as the canvas allows and then cut
 * top and bottom, so that every thumbnail in the list fills the same box.
 */
function thumbRegion(cy: cytoscape.Core): Region {
  const free = freeRegion(cy);
  const aspect = THUMB.w / THUMB.h;
  const w = Math.min(cy.width(), Math.max(free.w, free.h * aspect));
  const h = Math.min(cy.height(), w / aspect);
  const within = (start: number, size: number, room: number) => Math.min(Math.max(0, start), room - size);
  return {
    x: within(free.x + free.w / 2 - w / 2, w, cy.width()),
    y: within(free.y + free.h / 2 - h / 2, h, cy.height()),
    w,
    h,
  };
}

/** A small PNG data URL of the canvas's picture. */
export async function canvasThumb(cy: cytoscape.Core, onMap: boolean): Promise<string> {
  const region = thumbRegion(cy);
  // Cytoscape draws at the small scale itself: crisper than shrinking a full-size picture.
  const scale = Math.min(THUMB.w / region.w, THUMB.h / region.h);
  const bg = '#ffffff';
  const paths = onMap ? canvas().basemap.current : null;
  let blob = (await cy.png({ output: 'blob-promise', full: false, scale, bg: paths ? undefined : bg })) as Blob;
  if (paths) blob = await withBasemap(cy.extent(), blob, paths, bg, scale);
  const picture = await createImageBitmap(blob);
  const k = picture.width / cy.width();
  const out = document.createElement('canvas');
  out.width = Math.max(1, Math.round(region.w * scale));
  out.height = Math.max(1, Math.round(region.h * scale));
  const g = out.getContext('2d')!;
  g.fillStyle = bg;
  g.fillRect(0, 0, out.width, out.height);
  g.drawImage(picture, region.x * k, region.y * k, region.w * k, region.h * k, 0, 0, out.width, out.height);
  picture.close();
  return out.toDataURL('image/png');
}

/**
 * Takes the thumbnail of `view` from the canvas, which shows it now: always (`fresh`: the view was
 * just saved or updated) or only when it has none yet (a view restored from a share link).
 */
export function thumbView(view: StoryView, fresh: boolean): void {
  if (!fresh && view.thumb) return;
  canvasThumb(canvas().cy, view.layout === 'geo').then(
    (thumb) => setStoryThumb(view.nodes, thumb),
    // A missing thumbnail leaves the view's sketch in the list; nothing else depends on it.
    (err: unknown) => console.warn('story thumbnail', err),
  );
}
