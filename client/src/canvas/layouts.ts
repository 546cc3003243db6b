// Layout options per named layout. fcose drops to draft quality on big canvases (default quality does
// not scale past a few thousand elements on a 2-core machine); pinned nodes stay where they are.
import type cytoscape from 'cytoscape';
import type { LayoutName } from '../app/types.ts';
import { geoPositions } from './geo-layout.ts';

export const LAYOUTS: { name: LayoutName; title: string }[] = [
  { name: 'fcose', title: 'Force layout' },
  { name: 'concentric', title: 'Concentric' },
  { name: 'breadthfirst', title: 'Tree' },
  { name: 'grid', title: 'Grid' },
  { name: 'geo', title: 'Map' },
];

export function layoutOptions(
  cy: cytoscape.Core,
  name: LayoutName,
  eles: cytoscape.CollectionReturnValue,
): cytoscape.LayoutOptions {
  const big = eles.length > 800;
  const animate = !big && eles.length < 300;
  const pinned = eles.nodes('.pinned');
  switch (name) {
    case 'fcose':
      return {
        name: 'fcose',
        quality: big ? 'draft' : 'default',
        randomize: true,
        animate,
        animationDuration: 400,
        nodeRepulsion: 16000,
        idealEdgeLength: 110,
        nodeSeparation: 80,
        // Room for each node's label too, so that at Fit the labels have space and few must hide.
        nodeDimensionsIncludeLabels: !big,
        fixedNodeConstraint: pinned.map((n) => ({ nodeId: n.id(), position: { ...n.position() } })),
        fit: true,
        padding: 40,
      } as unknown as cytoscape.LayoutOptions;
    case 'concentric':
      return {
        name: 'concentric',
        concentric: (n: cytoscape.NodeSingular) => n.degree(false),
        levelWidth: () => 2,
        minNodeSpacing: 30,
        animate,
        fit: true,
        padding: 40,
      } as cytoscape.LayoutOptions;
    case 'breadthfirst': {
      const roots = eles.nodes(':selected').length
        ? eles.nodes(':selected')
        : eles.nodes().max((n) => n.degree(false)).ele;
      return {
        name: 'breadthfirst',
        directed: false,
        roots,
        spacingFactor: 1.1,
        animate,
        fit: true,
        padding: 40,
      } as cytoscape.LayoutOptions;
    }
    case 'grid':
      return {
        name: 'grid',
        avoidOverlap: true,
        animate,
        fit: true,
        padding: 40,
        sort: (a: cytoscape.NodeSingular, b: cytoscape.NodeSingular) =>
          String(a.data('kind')).localeCompare(String(b.data('kind'))),
      } as cytoscape.LayoutOptions;
    case 'geo': {
      const positions = geoPositions(eles.nodes());
      return {
        name: 'preset',
        positions: (n: cytoscape.NodeSingular) => positions[n.id()] ?? n.position(),
        animate,
        fit: true,
        padding: 40,
      } as cytoscape.LayoutOptions;
    }
  }
}

/** The nodes among `eles` that no edge among `eles` touches (pinned nodes stay out: they do not move). */
export function unlinkedNodes(eles: cytoscape.CollectionReturnValue): cytoscape.NodeCollection {
  const linked = new Set<string>();
  eles.edges().forEach((e) => {
    linked.add(e.data('source') as string);
    linked.add(e.data('target') as string);
  });
  return eles.nodes().filter((n) => !linked.has(n.id()) && !n.hasClass('pinned'));
}

/** Lines `nodes` up in rows under `above`, as wide as it, in one positions() call. */
export function gridBelow(nodes: cytoscape.NodeCollection, above: cytoscape.NodeCollection, step = 50): void {
  const bb = above.nonempty() ? above.boundingBox({ includeLabels: false }) : { x1: 0, y2: 0, w: 0 };
  const cols = Math.max(1, Math.floor(bb.w / step) || Math.ceil(Math.sqrt(nodes.length)));
  nodes.positions((_, i) => ({ x: bb.x1 + (i % cols) * step, y: bb.y2 + step + Math.floor(i / cols) * step }));
}
