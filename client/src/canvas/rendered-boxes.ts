// What a label's or a marker's box on screen is read with (Cytoscape's renderedBoundingBox options).
// Measured afresh (useCache: false): Cytoscape's cached box of a label just shown again (its
// `label-hidden` class removed) is the empty one it had while hidden, so a label hidden once stayed
// hidden after a wheel zoom until a hover measured again. The hover's tooltip measures with them too.
export const LABEL_ONLY = {
  includeNodes: false,
  includeEdges: false,
  includeLabels: true,
  includeOverlays: false,
  useCache: false,
};
export const BODY_ONLY = {
  includeNodes: true,
  includeEdges: false,
  includeLabels: false,
  includeOverlays: false,
  useCache: false,
};
