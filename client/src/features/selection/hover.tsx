// Hover: the node's neighbourhood stays bright while the rest dims, and a tooltip gives the full
// name, kind and number of links (or, on a link, its statement in its own direction and date).
// The hovered link is drawn wider with a halo. Neighbours' names show where the declutter finds
// them room (ranked first while hovered), so hovering never makes labels overlap; the tooltip
// sits beside the hovered element, clear of it and of its neighbours' names.
import { signal } from '@preact/signals';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type cytoscape from 'cytoscape';
import { linkDateText } from '../../../../common/text/dates.ts';
import { declutterLabels, type Box } from '../../canvas/declutter.ts';
import type { MapCluster } from '../../canvas/geo-markers.ts';
import { fullLabel } from '../../canvas/labels.ts';
import { statementText } from '../../ui/edge-statement.tsx';
import { style } from '../../app/store.ts';

interface Tip {
  /** The hovered element (a node's body, or a few pixels round the pointer on a link). */
  anchor: Box;
  /** What the tooltip must not cover: the neighbours' names and markers. */
  avoid: Box[];
  /** The canvas's size. */
  bounds: { w: number; h: number };
  title: string;
  lines: string[];
}

const tip = signal<Tip | null>(null);

function describe(el: cytoscape.SingularElementReturnValue): { title: string; lines: string[] } {
  if (el.isNode()) {
    const d = el.data();
    const cluster = d.mapCluster as MapCluster | undefined;
    if (cluster)
      return {
        title: `${cluster.members.length} nodes here`,
        lines: [cluster.label, 'Click to zoom in and split them'],
      };
    const links = el.connectedEdges().not('.filtered, .hidden').length;
    return {
      title: fullLabel(d, style.value.labelMode),
      lines: [
        [d.kind, d.country].filter(Boolean).join(' · '),
        `${links} link${links === 1 ? '' : 's'} on the canvas`,
        el.hasClass('geo-derived') ? 'On the map: placed by its links, no coordinates of its own' : '',
        el.hasClass('geo-offmap') ? 'On the map: beyond its edge, drawn in its true direction' : '',
      ].filter(Boolean),
    };
  }
  const e = el as cytoscape.EdgeSingular;
  const date = linkDateText(e.data());
  return {
    title: statementText(e.source().data('label'), e.data('type'), e.target().data('label')),
    lines: [date, e.data('basis') === 'reference' ? 'from the gazetteer (reference data)' : ''].filter(Boolean),
  };
}

const LABEL_ONLY = { includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false };
const BODY_ONLY = { includeNodes: true, includeEdges: false, includeLabels: false, includeOverlays: false };

/** The shown names and the markers of the hovered neighbourhood, in the canvas's pixels. */
function obstacles(near: cytoscape.NodeCollection): Box[] {
  return near.toArray().flatMap((n) => {
    const body = n.renderedBoundingBox(BODY_ONLY);
    return n.hasClass('label-hidden') ? [body] : [body, n.renderedBoundingBox(LABEL_ONLY)];
  });
}

export function bindHover(cy: cytoscape.Core): void {
  const bounds = () => ({ w: cy.width(), h: cy.height() });
  const clear = () => {
    const hovered = cy.elements('.hover-dim, .hover-near, .hover-focus');
    if (hovered.nonempty()) {
      hovered.removeClass('hover-dim hover-near hover-focus');
      declutterLabels(cy);
    }
    tip.value = null;
  };
  cy.on('mouseover', 'node', (ev) => {
    const n = ev.target as cytoscape.NodeSingular;
    if (n.grabbed()) return;
    const near = n.closedNeighborhood();
    cy.batch(() => {
      cy.elements().not(near).addClass('hover-dim');
      near.addClass('hover-near');
      n.addClass('hover-focus');
    });
    declutterLabels(cy); // the neighbours' names first, where they have room
    const anchor = n.renderedBoundingBox(BODY_ONLY);
    const avoid = obstacles(near.nodes());
    tip.value = { anchor, avoid, bounds: bounds(), ...describe(n as unknown as cytoscape.SingularElementReturnValue) };
  });
  cy.on('mouseover', 'edge', (ev) => {
    const e = ev.target as cytoscape.EdgeSingular;
    const ends = e.connectedNodes();
    cy.batch(() => {
      cy.elements().not(ends.union(e)).addClass('hover-dim');
      e.addClass('hover-focus');
      ends.addClass('hover-near');
    });
    declutterLabels(cy);
    const p = ev.renderedPosition ?? e.renderedMidpoint();
    const r = 14; // the link's width and a hand's breadth of air round the pointer
    const anchor = { x1: p.x - r, y1: p.y - r, x2: p.x + r, y2: p.y + r };
    tip.value = { anchor, avoid: obstacles(ends), bounds: bounds(), ...describe(ev.target) };
  });
  cy.on('mouseout', 'node, edge', clear);
  // The tooltip gives way to what the user does next: a context menu, a drag, the keyboard.
  cy.on('viewport remove cxttapstart taphold grab drag', clear);
  cy.container()?.addEventListener('keydown', clear);
}

const overlapArea = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1)) * Math.max(0, Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1));

/** Where a w×h tooltip goes: above, below, right or left of the anchor, the first clear of every obstacle. */
export function placeTip(t: Pick<Tip, 'anchor' | 'avoid' | 'bounds'>, w: number, h: number): { x: number; y: number } {
  const { anchor: a, bounds } = t;
  const gap = 8;
  const cx = (a.x1 + a.x2) / 2 - w / 2;
  const cy = (a.y1 + a.y2) / 2 - h / 2;
  const spots = [
    { x: cx, y: a.y1 - gap - h },
    { x: cx, y: a.y2 + gap },
    { x: a.x2 + gap, y: cy },
    { x: a.x1 - gap - w, y: cy },
    { x: a.x2 + gap, y: a.y1 - gap - h },
    { x: a.x1 - gap - w, y: a.y1 - gap - h },
    { x: a.x2 + gap, y: a.y2 + gap },
    { x: a.x1 - gap - w, y: a.y2 + gap },
  ].map((s) => ({
    x: Math.max(0, Math.min(bounds.w - w, s.x)),
    y: Math.max(0, Math.min(bounds.h - h, s.y)),
  }));
  // Kept on the canvas, a spot may slide onto the anchor: that counts as covering it, heavily.
  const cost = (s: { x: number; y: number }) => {
    const box = { x1: s.x, y1: s.y, x2: s.x + w, y2: s.y + h };
    return 1e6 * overlapArea(box, a) + t.avoid.reduce((sum, o) => sum + overlapArea(box, o), 0);
  };
  return spots.reduce((best, s) => (cost(s) < cost(best) ? s : best));
}

export function Tooltip() {
  const t = tip.value;
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !t) return;
    const at = placeTip(t, el.offsetWidth, el.offsetHeight);
    el.style.left = `${at.x}px`;
    el.style.top = `${at.y}px`;
    el.style.visibility = 'visible';
  }, [t]);
  if (!t) return null;
  return (
    <div
      ref={ref}
      id="tooltip"
      class="tooltip"
      role="tooltip"
      style={{ left: `${t.anchor.x1}px`, top: `${t.anchor.y1}px`, transform: 'none', visibility: 'hidden' }}
    >
      <strong>{t.title}</strong>
      {t.lines.map((l) => (
        <div class="muted">{l}</div>
      ))}
    </div>
  );
}
