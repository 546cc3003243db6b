// The kinds and types visible on the canvas (and whether a shown link's sources disagree): what the
// legend, the PNG and the SVG list.
import type cytoscape from 'cytoscape';
import { EDGE_TYPES, NODE_KINDS, type EdgeType, type NodeKind } from '../../../../common/model.ts';
import { shown } from '../../canvas/visibility.ts';

/** The map's own marks on the canvas now (map-style.ts draws them), each explained by the legend. */
export interface MapMarks {
  /** A hollow marker with a dashed outline: placed by its links, no coordinates of its own. */
  derived: boolean;
  /** A marker beyond the map's rim with a dashed ring: a place too far away, in its true direction. */
  offMap: boolean;
  /** A round marker with a pie, "Bắc Ninh +3": several places drawn as one at this zoom. */
  clusters: boolean;
}

export function mapMarks(cy: cytoscape.Core): MapMarks {
  const drawn = shown(cy.nodes()).filter((n: cytoscape.NodeSingular) => n.visible());
  return {
    derived: drawn.filter('.geo-derived').not('.geo-cluster').nonempty(),
    offMap: drawn.filter('.geo-offmap').nonempty(),
    clusters: drawn.filter('.geo-cluster').nonempty(),
  };
}

export function visibleKindsAndTypes(cy: cytoscape.Core): { kinds: NodeKind[]; types: EdgeType[]; conflicts: boolean } {
  const nodes = shown(cy.nodes());
  const edges = shown(cy.edges());
  const kinds = new Set(nodes.map((n) => n.data('kind')));
  const types = new Set(edges.map((e) => e.data('type')));
  return {
    kinds: NODE_KINDS.filter((k) => kinds.has(k)),
    types: EDGE_TYPES.filter((t) => types.has(t)),
    // Whether a shown link's sources disagree (the legend then explains its mark).
    conflicts: edges.some((e) => e.data('conflict') === true),
  };
}
