// How the map's markers look beyond their kind (geo-markers.ts sets the classes): a cluster is a
// round marker of one size on screen with a pie of the kinds inside and a bold label naming its
// best-ranked place and how many more ("Bắc Ninh +12"); its hidden members and the links drawn to it
// in the basemap layer instead are not drawn here; a node placed by its links rather than by
// coordinates of its own is hollow with a dashed outline in its kind's colour; a place too far away
// for the map's disc is drawn outside its rim with a dashed ring and a label saying which way it
// lies ("← France, off the map"); links keep their width on screen at any zoom.
import type cytoscape from 'cytoscape';
import type { NodeKind } from '../../../common/model.ts';
import type { MapCluster } from './geo-markers.ts';
import { NODE_STYLE, SOURCES_WIDTH } from './palette.ts';
import { offMapHint, projectionFor } from './geo-layout.ts';

/** Node scratch key: an off-map place's label (markOffMap sets it). */
export const OFF_MAP_HINT = 'offMapHint';
/** Links under the map, on screen: thinner than on the canvas (the map's markers are smaller). */
const LINK_PX = SOURCES_WIDTH.map((w) => w * 0.6);

type Ele = cytoscape.SingularElementReturnValue;
const clusterOf = (ele: Ele) => ele.data('mapCluster') as MapCluster | undefined;
const px = (ele: Ele) => (clusterOf(ele)?.px ?? 30) / ele.cy().zoom();
const slice = (i: number, what: 'color' | 'percent') => (ele: Ele) => {
  const s = clusterOf(ele)?.pie[i];
  return what === 'color' ? (s?.color ?? '#ffffff') : (s?.percent ?? 0);
};

export function mapMarkerStyles(): cytoscape.StylesheetJson {
  const pie: Record<string, unknown> = { 'pie-size': '84%' };
  for (let i = 0; i < 4; i++) {
    pie[`pie-${i + 1}-background-color`] = slice(i, 'color');
    pie[`pie-${i + 1}-background-size`] = slice(i, 'percent');
  }
  return [
    {
      selector: 'node.geo-derived',
      style: {
        'background-opacity': 0.3,
        'border-style': 'dashed',
        'border-width': 2.5,
        'border-color': ((ele: Ele) => NODE_STYLE[ele.data('kind') as NodeKind]?.color ?? '#555') as unknown as string,
      },
    },
    {
      selector: 'node.geo-cluster',
      style: {
        shape: 'ellipse',
        width: px as unknown as number,
        height: px as unknown as number,
        'background-color': '#ffffff',
        'background-opacity': 1,
        'border-style': 'solid',
        'border-width': 2,
        'border-color': '#333333',
        'font-weight': 'bold',
        label: ((ele: Ele) => (ele.hasClass('label-hidden') ? '' : (clusterOf(ele)?.label ?? ''))) as unknown as string,
        ...pie,
      } as cytoscape.Css.Node,
    },
    {
      selector: 'node.geo-offmap',
      style: {
        'background-opacity': 0.35,
        'border-style': 'dashed',
        'border-width': 2,
        'border-color': '#333333',
        label: ((ele: Ele) =>
          ele.hasClass('label-hidden') ? '' : String(ele.scratch(OFF_MAP_HINT) ?? '')) as unknown as string,
      },
    },
    ...linkWidths(),
    { selector: 'node.geo-clustered, edge.geo-cluster-edge', style: { display: 'none' } },
  ];
}

/** Links under the map: their width (by number of sources, or highlighted) constant on screen. */
function linkWidths(): cytoscape.StylesheetJson {
  const onScreen = (px: number) => ((ele: Ele) => px / ele.cy().zoom()) as unknown as number;
  return [
    { selector: 'edge.geo-link', style: { width: onScreen(LINK_PX[0]!) } },
    { selector: 'edge.geo-link[sources >= 2]', style: { width: onScreen(LINK_PX[1]!) } },
    { selector: 'edge.geo-link[sources >= 3]', style: { width: onScreen(LINK_PX[2]!) } },
    { selector: 'edge.geo-link.hover-near', style: { width: onScreen(3) } },
    { selector: 'edge.geo-link.path-highlight', style: { width: onScreen(4) } },
  ];
}

/** Places too far away for the map's disc, drawn outside its rim: marked, and their label says which way. */
export function markOffMap(nodes: cytoscape.NodeCollection, homes: Map<string, { x: number; y: number }>): void {
  const projection = projectionFor(nodes);
  nodes.forEach((n) => {
    const [lat, lon] = [n.data('lat') as unknown, n.data('lon') as unknown];
    if (typeof lat !== 'number' || typeof lon !== 'number' || !projection?.offMap(lon, lat)) return;
    n.addClass('geo-offmap').scratch(OFF_MAP_HINT, offMapHint(String(n.data('display') ?? n.id()), homes.get(n.id())!));
  });
}
