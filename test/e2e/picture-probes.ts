// Probes for the pictures the exports take: what the canvas holds at the moment the export code asks
// Cytoscape for each picture (cy.png), and the texts painted onto canvases (fillText) around it.
// They run in the page, so a probe is sent as source: it may use only its parameters, never the
// test's variables (pass those as `arg`, plain JSON).
import type { Page } from 'playwright-core';

/** In the page: wraps cy.png so each picture first records what `probe` reads (into window.pictures). */
function installPictureProbe(probe: (cy: any, options: any, arg: any) => unknown, arg: unknown): void {
  const w = window as any;
  const cy = w.corridor.cy;
  const png = cy.png.bind(cy);
  // This probe's own list: a probe installed before it (png wraps again) keeps writing to its own.
  const seen: unknown[] = [];
  w.pictures = seen;
  cy.png = (o: unknown) => {
    seen.push(probe(cy, o, arg));
    return png(o);
  };
}

/**
 * From now on, each picture the page takes records `probe(cy, options, arg)` first; read them with
 * `takenPictures(page)`. The probe must return plain values (never a Cytoscape collection).
 */
export async function recordPictures<A = undefined>(
  page: Page,
  probe: (cy: any, options: any, arg: A) => unknown,
  arg?: A,
): Promise<void> {
  await page.evaluate(`(${installPictureProbe.toString()})(${probe.toString()}, ${JSON.stringify(arg ?? null)})`);
}

/** What each picture recorded since recordPictures (or clearPictures). */
export async function takenPictures<T>(page: Page): Promise<T[]> {
  return (await page.evaluate(() => [...(window as any).pictures])) as T[];
}

/** Forgets the pictures recorded so far (the probe stays). */
export async function clearPictures(page: Page): Promise<void> {
  await page.evaluate(() => void ((window as any).pictures.length = 0));
}

/** From now on, every text painted onto a canvas is recorded; read them with paintedText(page). */
export async function recordPaintedText(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as any;
    const fill = CanvasRenderingContext2D.prototype.fillText;
    w.painted = [];
    CanvasRenderingContext2D.prototype.fillText = function (t: string, x: number, y: number) {
      w.painted.push(t);
      return fill.call(this, t, x, y);
    };
  });
}

/** The texts painted onto canvases since recordPaintedText. */
export async function paintedText(page: Page): Promise<string[]> {
  return (await page.evaluate(() => [...(window as any).painted])) as string[];
}
