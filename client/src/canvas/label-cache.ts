// Cytoscape 3.34's canvas renderer draws each label from a texture cached under a key made of its
// text and label style (not its margins), clipped to the label's box when the texture was drawn.
// After Whole graph, Fit or a layout switch (the zoom-dependent font size and the declutter's
// placement classes change together) some labels were drawn cut ("Bắc N", "ngxi"; cytoscape issue
// #2290): the e2e test compares each label on screen with the same view drawn straight (as
// cy.png() draws it) and finds no cut label once this cache alone is bypassed. A graph under
// BIG_GRAPH elements has few labels, so they are drawn straight each frame; large graphs keep it.
import type cytoscape from 'cytoscape';

interface TextureCache {
  getElement: (...args: unknown[]) => unknown;
}
interface RendererData {
  lblTxrCache?: TextureCache;
}

const cached = new WeakMap<TextureCache, TextureCache['getElement']>();

/** Draws node and edge labels straight (on) or from Cytoscape's label texture cache (off). */
export function drawLabelsStraight(cy: cytoscape.Core, on: boolean): void {
  const renderer = (cy as unknown as { renderer(): { data?: RendererData } | undefined }).renderer();
  const cache = renderer?.data?.lblTxrCache;
  if (!cache) return; // not the canvas renderer (WebGL or headless)
  if (!cached.has(cache)) cached.set(cache, cache.getElement);
  // A null texture makes the renderer draw the label itself (its "direct draw fallback").
  cache.getElement = on ? () => null : cached.get(cache)!;
}
