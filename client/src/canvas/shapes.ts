// SVG outlines of Cytoscape's node shapes, shared by the SVG export and the legend.
import type { NodeShape } from './palette.ts';

function polygon(cx: number, cy: number, r: number, points: [number, number][]): string {
  return points.map(([x, y]) => `${(cx + x * r).toFixed(1)},${(cy + y * r).toFixed(1)}`).join(' ');
}

function star(): [number, number][] {
  return Array.from({ length: 10 }, (_, i) => {
    const r = i % 2 ? 0.42 : 1;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    return [r * Math.cos(a), r * Math.sin(a)] as [number, number];
  });
}

/** The outline of a node of `shape` centred at (cx, cy) with size `size`, filled with `fill`. */
export function shapeSvg(shape: NodeShape, cx: number, cy: number, size: number, fill: string, extra = ''): string {
  const r = size / 2;
  switch (shape) {
    case 'ellipse':
      return `<circle cx="${cx.toFixed(1)}" cy="${cy.toFixed(1)}" r="${r.toFixed(1)}" fill="${fill}"${extra}/>`;
    case 'rectangle':
      return `<rect x="${(cx - r).toFixed(1)}" y="${(cy - r).toFixed(1)}" width="${size.toFixed(1)}" height="${size.toFixed(1)}" fill="${fill}"${extra}/>`;
    case 'round-rectangle':
      return `<rect x="${(cx - r).toFixed(1)}" y="${(cy - r).toFixed(1)}" width="${size.toFixed(1)}" height="${size.toFixed(1)}" rx="${(r / 2).toFixed(1)}" fill="${fill}"${extra}/>`;
    case 'diamond':
      return `<polygon points="${polygon(cx, cy, r, [
        [0, -1],
        [1, 0],
        [0, 1],
        [-1, 0],
      ])}" fill="${fill}"${extra}/>`;
    case 'hexagon':
      // Cytoscape stretches its hexagon to the node's square box (flat top and bottom at the box's
      // edges): a regular one is shorter and, small in a legend, reads as a circle.
      return `<polygon points="${polygon(cx, cy, r, [
        [1, 0],
        [0.5, 1],
        [-0.5, 1],
        [-1, 0],
        [-0.5, -1],
        [0.5, -1],
      ])}" fill="${fill}"${extra}/>`;
    case 'triangle':
      return `<polygon points="${polygon(cx, cy, r, [
        [0, -1],
        [1, 1],
        [-1, 1],
      ])}" fill="${fill}"${extra}/>`;
    case 'star':
      return `<polygon points="${polygon(cx, cy, r, star())}" fill="${fill}"${extra}/>`;
  }
}
