// Hover: the node's neighbourhood stays bright while the rest dims, and a tooltip gives the full
// name, kind and number of links (or, on a link, its statement in its own direction and date).
import { signal } from '@preact/signals';
import type cytoscape from 'cytoscape';
import { linkDateText } from '../../../../common/text/dates.ts';
import type { MapCluster } from '../../canvas/geo-markers.ts';
import { fullLabel } from '../../canvas/labels.ts';
import { statementText } from '../../ui/edge-statement.tsx';
import { style } from '../../app/store.ts';

const tip = signal<{ x: number; y: number; title: string; lines: string[] } | null>(null);

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

export function bindHover(cy: cytoscape.Core): void {
  const clear = () => {
    cy.elements().removeClass('hover-dim hover-near hover-focus');
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
    const p = n.renderedPosition();
    tip.value = {
      x: p.x,
      y: p.y - (n.renderedHeight() / 2 + 8),
      ...describe(n as unknown as cytoscape.SingularElementReturnValue),
    };
  });
  cy.on('mouseover', 'edge', (ev) => {
    const p = ev.renderedPosition ?? { x: 0, y: 0 };
    tip.value = { x: p.x, y: p.y - 10, ...describe(ev.target) };
  });
  cy.on('mouseout', 'node, edge', clear);
  // The tooltip gives way to what the user does next: a context menu, a drag, the keyboard.
  cy.on('viewport remove cxttapstart taphold grab drag', clear);
  cy.container()?.addEventListener('keydown', clear);
}

export function Tooltip() {
  const t = tip.value;
  if (!t) return null;
  return (
    <div id="tooltip" class="tooltip" role="tooltip" style={{ left: `${t.x}px`, top: `${t.y}px` }}>
      <strong>{t.title}</strong>
      {t.lines.map((l) => (
        <div class="muted">{l}</div>
      ))}
    </div>
  );
}
