// Hover: the node's neighbourhood stays bright while the rest dims, and a tooltip gives the full
// name, kind, number of links and whom they join it to (hover-neighbours.ts), or, on a link, its
// statement in its own direction and date.
// The hovered link is drawn wider with a halo. Neighbours' names show where the declutter finds
// them room (ranked first while hovered), so hovering never makes labels overlap; the tooltip
// sits beside the hovered element where it covers no drawn node or name (tip-place.ts).
import { signal } from '@preact/signals';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type cytoscape from 'cytoscape';
import { linkDateText } from '../../../../common/text/dates.ts';
import { declutterLabels } from '../../canvas/declutter.ts';
import { BODY_ONLY, LABEL_ONLY } from '../../canvas/rendered-boxes.ts';
import { leaderBoxes } from '../../canvas/callouts.ts';
import { CALLOUT_CLASS } from '../../canvas/label-boxes.ts';
import type { Box } from '../../canvas/label-boxes.ts';
import type { MapCluster } from '../../canvas/geo-markers.ts';
import { fullLabel } from '../../canvas/labels.ts';
import { PLACED_BY_LINKS } from '../legend/legend-entries.ts';
import { statementText } from '../../ui/edge-statement.tsx';
import { style } from '../../app/store.ts';
import { canvas } from '../../app/context.ts';
import { neighbourLines } from './hover-neighbours.ts';
import { placeTip, TIP_REACH, type TipRoom } from './tip-place.ts';

interface Tip extends TipRoom {
  title: string;
  lines: string[];
}

const tip = signal<Tip | null>(null);
/** The farthest ring a map cluster's tooltip takes (tip-place.ts). */
const CLUSTER_TIP_REACH = 20;

function describe(el: cytoscape.SingularElementReturnValue): { title: string; lines: string[] } {
  if (el.isNode()) {
    const d = el.data();
    const cluster = d.mapCluster as MapCluster | undefined;
    if (cluster)
      return {
        title: `${cluster.members.length} nodes here`,
        lines: [cluster.title, 'Click to zoom in and split them'],
      };
    const links = el.connectedEdges().not('.filtered, .hidden').length;
    return {
      title: fullLabel(d, style.value.labelMode),
      lines: [
        [d.kind, d.country, `${links} link${links === 1 ? '' : 's'} on the canvas`].filter(Boolean).join(' · '),
        ...neighbourLines(el, (n) => fullLabel(n.data(), style.value.labelMode)),
        el.hasClass('geo-derived') ? `On the map: ${PLACED_BY_LINKS}` : '',
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

/** The drawn markers and names of these nodes, and the leaders of the names called out, in the canvas's pixels. */
const drawnBoxes = (cy: cytoscape.Core, nodes: cytoscape.NodeCollection): Box[] => [
  ...nodes.toArray().flatMap((n) => {
    const body = n.renderedBoundingBox(BODY_ONLY);
    return n.hasClass('label-hidden') ? [body] : [body, n.renderedBoundingBox(LABEL_ONLY)];
  }),
  ...leaderBoxes(nodes.filter(`.${CALLOUT_CLASS}`).not('.label-hidden'), cy),
];

/** What the tooltip must keep clear of round the anchor: the neighbourhood, and every other drawn node near. */
function room(cy: cytoscape.Core, anchor: Box, near: cytoscape.NodeCollection): TipRoom {
  const reach = {
    x1: anchor.x1 - TIP_REACH,
    y1: anchor.y1 - TIP_REACH,
    x2: anchor.x2 + TIP_REACH,
    y2: anchor.y2 + TIP_REACH,
  };
  const others = cy
    .nodes(':visible')
    .not(near)
    .filter((n: cytoscape.NodeSingular) => {
      const p = n.renderedPosition();
      return p.x > reach.x1 && p.x < reach.x2 && p.y > reach.y1 && p.y < reach.y2;
    });
  return {
    anchor,
    near: drawnBoxes(cy, near),
    others: drawnBoxes(cy, others),
    bounds: { w: cy.width(), h: cy.height() },
  };
}

export function bindHover(cy: cytoscape.Core): void {
  // The names moved: the map's own words (country names, counts) make way again.
  const declutter = () => {
    declutterLabels(cy);
    canvas().placeMapText();
  };
  const clear = () => {
    const hovered = cy.elements('.hover-dim, .hover-near, .hover-focus');
    if (hovered.nonempty()) {
      hovered.removeClass('hover-dim hover-near hover-focus');
      declutter();
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
    declutter(); // the neighbours' names first, where they have room
    const anchor = n.renderedBoundingBox(BODY_ONLY);
    // A map cluster's tooltip names what it gathers: it stays by the pointer (its head's links are not its neighbourhood).
    const cluster = !!n.data('mapCluster');
    tip.value = {
      ...room(cy, anchor, cluster ? n : near.nodes()),
      ...(cluster ? { reach: CLUSTER_TIP_REACH } : {}),
      ...describe(n as unknown as cytoscape.SingularElementReturnValue),
    };
  });
  cy.on('mouseover', 'edge', (ev) => {
    const e = ev.target as cytoscape.EdgeSingular;
    const ends = e.connectedNodes();
    cy.batch(() => {
      cy.elements().not(ends.union(e)).addClass('hover-dim');
      e.addClass('hover-focus');
      ends.addClass('hover-near');
    });
    declutter();
    const p = ev.renderedPosition ?? e.renderedMidpoint();
    const r = 14; // the link's width and a hand's breadth of air round the pointer
    const anchor = { x1: p.x - r, y1: p.y - r, x2: p.x + r, y2: p.y + r };
    tip.value = { ...room(cy, anchor, ends), ...describe(ev.target) };
  });
  cy.on('mouseout', 'node, edge', clear);
  // The tooltip gives way to what the user does next: a context menu, a drag, the keyboard.
  cy.on('viewport remove cxttapstart taphold grab drag', clear);
  cy.container()?.addEventListener('keydown', clear);
  // A pointer that leaves the canvas in one move (a flick onto a panel) gives Cytoscape no mouseout:
  // the graph stayed dimmed round the node and its tooltip up while the filters were used (walk 35, C4).
  cy.container()?.addEventListener('pointerleave', clear);
}

export function Tooltip() {
  const t = tip.value;
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !t) return;
    // Measured at the corner, where nothing squeezes it: at the anchor near the canvas's right
    // edge it wrapped narrower and taller than it is once placed, and covered names.
    el.style.left = '0px';
    el.style.top = '0px';
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
      style={{ left: '0px', top: '0px', transform: 'none', visibility: 'hidden' }}
    >
      <strong>{t.title}</strong>
      {t.lines.map((l) => (
        <div class="muted">{l}</div>
      ))}
    </div>
  );
}
