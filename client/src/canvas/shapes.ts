// Outlines of Cytoscape's node shapes, shared by the SVG export, the legend and the story's PDF:
// as SVG elements, or as one SVG path (the PDF draws paths).
import type { NodeShape } from './palette.ts';

type Points = [number, number][];

function polygon(cx: number, cy: number, r: number, points: Points): string {
  return points.map(([x, y]) => `${(cx + x * r).toFixed(1)},${(cy + y * r).toFixed(1)}`).join(' ');
}

function star(): Points {
  return Array.from({ length: 10 }, (_, i) => {
    const r = i % 2 ? 0.42 : 1;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    return [r * Math.cos(a), r * Math.sin(a)] as [number, number];
  });
}

/** The corners of the polygon shapes, on a box from -1 to 1. */
const CORNERS: Partial<Record<NodeShape, Points>> = {
  diamond: [
    [0, -1],
    [1, 0],
    [0, 1],
    [-1, 0],
  ],
  // Cytoscape stretches its hexagon to the node's square box (flat top and bottom at the box's
  // edges): a regular one is shorter and, small in a legend, reads as a circle.
  hexagon: [
    [1, 0],
    [0.5, 1],
    [-0.5, 1],
    [-1, 0],
    [-0.5, -1],
    [0.5, -1],
  ],
  triangle: [
    [0, -1],
    [1, 1],
    [-1, 1],
  ],
  star: star(),
};

/** The outline of a node of `shape` centred at (cx, cy) with size `size`, filled with `fill`. */
export function shapeSvg(shape: NodeShape, cx: number, cy: number, size: number, fill: string, extra = ''): string {
  const r = size / 2;
  const corners = CORNERS[shape];
  if (corners) return `<polygon points="${polygon(cx, cy, r, corners)}" fill="${fill}"${extra}/>`;
  switch (shape) {
    case 'ellipse':
      return `<circle cx="${cx.toFixed(1)}" cy="${cy.toFixed(1)}" r="${r.toFixed(1)}" fill="${fill}"${extra}/>`;
    case 'round-rectangle':
      return `<rect x="${(cx - r).toFixed(1)}" y="${(cy - r).toFixed(1)}" width="${size.toFixed(1)}" height="${size.toFixed(1)}" rx="${(r / 2).toFixed(1)}" fill="${fill}"${extra}/>`;
    default:
      return `<rect x="${(cx - r).toFixed(1)}" y="${(cy - r).toFixed(1)}" width="${size.toFixed(1)}" height="${size.toFixed(1)}" fill="${fill}"${extra}/>`;
  }
}

/** The same outline as one SVG path's `d` (y down), for painters that draw paths only. */
export function shapePath(shape: NodeShape, cx: number, cy: number, size: number): string {
  const r = size / 2;
  const corners = CORNERS[shape];
  if (corners) return `M${polygon(cx, cy, r, corners).replaceAll(' ', ' L')} Z`;
  const [x1, y1, x2, y2] = [cx - r, cy - r, cx + r, cy + r];
  if (shape === 'ellipse') return `M${x1},${cy} A${r},${r} 0 1 0 ${x2},${cy} A${r},${r} 0 1 0 ${x1},${cy} Z`;
  if (shape !== 'round-rectangle') return `M${x1},${y1} H${x2} V${y2} H${x1} Z`;
  const q = r / 2;
  const arc = (x: number, y: number) => `A${q},${q} 0 0 1 ${x},${y}`;
  return (
    `M${x1 + q},${y1} H${x2 - q} ${arc(x2, y1 + q)} V${y2 - q} ${arc(x2 - q, y2)} ` +
    `H${x1 + q} ${arc(x1, y2 - q)} V${y1 + q} ${arc(x1 + q, y1)} Z`
  );
}
