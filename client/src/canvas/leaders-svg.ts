// The lines the map's markers add to the basemap layer, as SVG in model coordinates: leader lines
// from fanned markers to their true points, links drawn to clusters with their counts or source
// numbers (the live layer and the exports draw the same).
import type { AggregateLink, Leaders } from './geo-fan.ts';
import { COUNT_PX, countText } from './link-counts.ts';
import { FONT_FAMILY } from './style.ts';

/**
 * The labels' family, said on each text: a picture draws this SVG as an image of its own, which
 * inherits no font from the page (walk 30, 3: its numbers came out in a serif face beside the
 * canvas's sans-serif ones).
 */
const FAMILY = ` font-family='${FONT_FAMILY}'`;

export const LEADER_STROKE = '#5f6368';
export const CLUSTER_LINK_STROKE = '#6b6f76';

/** Leader lines and the dots at the true points; widths in the drawing's units (or non-scaling). */
export function leadersSvg(l: Leaders | undefined, width: number, extra = '', font = COUNT_PX * width): string {
  return linksSvg(l?.links ?? [], width, extra, font) + fanSvg(l, width, extra);
}

export const NAME_LEADER_STROKE = '#202124';

/**
 * The lines from markers to their called-out names, drawn over the graph (they cross no marker or
 * name, only links): dark on a white casing, so a leader reads apart from the grey links it crosses.
 */
export function nameLeadersSvg(names: string | undefined, width: number, extra = ''): string {
  if (!names) return '';
  const line = (stroke: string, w: number, opacity = 1) =>
    `<path d="${names}" fill="none" stroke="${stroke}" stroke-opacity="${opacity}" stroke-width="${w.toFixed(3)}" stroke-linecap="round"${extra}/>`;
  return `<g class="name-leaders">${line('#fff', 4 * width, 0.9)}${line(NAME_LEADER_STROKE, 1.6 * width)}</g>`;
}

/** Links drawn to clusters: one line per pair of ends, wider the more links it stands for. */
function linksSvg(links: AggregateLink[], width: number, extra: string, font: number): string {
  const lines = links.map((k) => {
    const w = width * (1 + 1.2 * Math.log2(k.count));
    const d = `M${k.x1.toFixed(2)} ${k.y1.toFixed(2)}L${k.x2.toFixed(2)} ${k.y2.toFixed(2)}`;
    const title = `<title>${k.count} link${k.count === 1 ? '' : 's'}</title>`;
    return `<path class="cluster-link" data-count="${k.count}" d="${d}" fill="none" stroke="${CLUSTER_LINK_STROKE}" stroke-opacity="0.75" stroke-width="${w.toFixed(2)}"${extra}>${title}</path>`;
  });
  // In a picture with numbered sources, a line's numbers (placed clear of nodes and names,
  // cite-spots.ts) say more than its count, which they replace.
  const numbers = links.flatMap(({ cite }) =>
    cite
      ? [
          `<text class="cite"${FAMILY} x="${cite.x.toFixed(2)}" y="${cite.y.toFixed(2)}" font-size="${cite.size.toFixed(3)}" font-weight="bold" text-anchor="middle" dominant-baseline="central" fill="#111" stroke="#fff" stroke-width="${(cite.size / 4).toFixed(3)}" paint-order="stroke">${cite.text}</text>`,
        ]
      : [],
  );
  // The counts over the other lines, as "×3" (a bare "3" read as one more source number beside the
  // numbered ones, walk 21, 5), where link-counts.ts found them room.
  const counts = links
    .filter((k) => k.count > 1 && !k.cite && k.countAt !== null)
    .map((k) => {
      const at = k.countAt ?? { x: (k.x1 + k.x2) / 2, y: (k.y1 + k.y2) / 2 };
      return `<text class="cluster-link-count"${FAMILY} x="${at.x.toFixed(2)}" y="${at.y.toFixed(2)}" font-size="${font.toFixed(3)}" text-anchor="middle" dominant-baseline="central" fill="#333" stroke="#fff" stroke-width="${(font / 4).toFixed(3)}" paint-order="stroke">${countText(k)}</text>`;
    });
  return lines.join('') + counts.join('') + numbers.join('');
}

function fanSvg(l: Leaders | undefined, width: number, extra: string): string {
  if (!l?.lines) return '';
  return `<path d="${l.lines}" fill="none" stroke="${LEADER_STROKE}" stroke-width="${width}"${extra}/><path d="${l.dots}" fill="none" stroke="${LEADER_STROKE}" stroke-width="${width * 5}" stroke-linecap="round"${extra}/>`;
}
