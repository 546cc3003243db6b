// Links as the canvas draws them, on screen: each shown link's path sampled from Cytoscape's own
// geometry (its endpoints and control points, drawn as Cytoscape draws them: one quadratic piece
// per control point, joined at the midpoints between control points), and the nodes it runs through
// that it does not join.
import type { Page } from 'playwright-core';

/** "link id: node id" for every shown link whose drawn path enters the box of a shown node it does not join. */
export const linksThroughNodes = (page: Page, inset = 1): Promise<string[]> =>
  page.evaluate((inset) => {
    type P = { x: number; y: number };
    const cy = (window as any).corridor.cy;
    const zoom = cy.zoom();
    const pan = cy.pan();
    const screen = (p: P): P => ({ x: p.x * zoom + pan.x, y: p.y * zoom + pan.y });
    const quad = (a: P, c: P, b: P, t: number): P => ({
      x: (1 - t) ** 2 * a.x + 2 * t * (1 - t) * c.x + t * t * b.x,
      y: (1 - t) ** 2 * a.y + 2 * t * (1 - t) * c.y + t * t * b.y,
    });
    const mid = (a: P, b: P): P => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
    /** The drawn path as points 1/24 of each piece apart, on screen. */
    const pathOf = (e: any): P[] => {
      const s: P = e.sourceEndpoint();
      const t: P = e.targetEndpoint();
      const ctrl: P[] = e.controlPoints() ?? [];
      if (!ctrl.length) return [s, t].map(screen);
      const pts: P[] = [];
      let from = s;
      ctrl.forEach((c, i) => {
        const to = i === ctrl.length - 1 ? t : mid(c, ctrl[i + 1]!);
        for (let k = 0; k < 24; k++) pts.push(quad(from, c, to, k / 24));
        from = to;
      });
      pts.push(t);
      return pts.map(screen);
    };
    const crosses = (p: P, q: P, b: { x1: number; y1: number; x2: number; y2: number }) => {
      // Liang–Barsky clip of the segment against the box.
      const dx = q.x - p.x;
      const dy = q.y - p.y;
      let [t0, t1] = [0, 1];
      for (const [den, num] of [
        [-dx, p.x - b.x1],
        [dx, b.x2 - p.x],
        [-dy, p.y - b.y1],
        [dy, b.y2 - p.y],
      ] as [number, number][]) {
        if (den === 0) {
          if (num < 0) return false;
        } else if (den < 0) t0 = Math.max(t0, num / den);
        else t1 = Math.min(t1, num / den);
      }
      return t0 < t1;
    };
    const nodes = cy
      .nodes()
      .not('.filtered, .hidden')
      .filter((n: any) => n.visible())
      .map((n: any) => {
        const b = n.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
        return { id: n.id(), box: { x1: b.x1 + inset, y1: b.y1 + inset, x2: b.x2 - inset, y2: b.y2 - inset } };
      });
    const found: string[] = [];
    cy.edges()
      .not('.filtered, .hidden')
      .filter((e: any) => e.visible() && e.sourceEndpoint() && e.targetEndpoint())
      .forEach((e: any) => {
        const path = pathOf(e);
        const ends = [e.source().id(), e.target().id()];
        for (const n of nodes) {
          if (ends.includes(n.id)) continue;
          if (path.some((p, i) => i > 0 && crosses(path[i - 1]!, p, n.box)))
            found.push(`${e.source().data('display')} -${e.data('type')}-> ${e.target().data('display')}: ${n.id}`);
        }
      });
    return found;
  }, inset);
