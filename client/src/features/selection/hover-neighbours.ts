// Whom a hovered node is linked to, for its tooltip (walk 12, 5: it said only "17 links on the
// canvas", and named the neighbours only by keeping their labels bright). Its links on the canvas
// are grouped by type and direction, each group a statement in the links' own direction naming
// both ends (walk 15, 3: "Guangxi —VISITED→" left the hovered end to be guessed): "Quảng Ninh
// —SIGNED→ Guangxi (5), Yunnan and 2 more" (it signed with them, five times with Guangxi), "Liu Yun
// —VISITED→ Quảng Ninh". The largest groups first, two short names each: the tooltip stays small
// enough to sit clear of the names round it (tip-place.ts).
import type cytoscape from 'cytoscape';
import { EDGE_TYPES, type EdgeType } from '../../../../common/model.ts';
import { shorten } from '../../canvas/labels.ts';
import { statementText } from '../../ui/edge-statement.tsx';

/** Names per group, and groups per tooltip, before "and N more"; a name's length at most. */
export const NEIGHBOUR_NAMES = 2;
export const NEIGHBOUR_GROUPS = 3;
export const NEIGHBOUR_NAME_MAX = 18;

interface Group {
  type: string;
  /** The links run from the hovered node to the names (else from the names to it). */
  out: boolean;
  /** Each neighbour's name, and how many links of this type and direction join it. */
  names: Map<string, number>;
}

const typeRank = (t: string) => EDGE_TYPES.indexOf(t as EdgeType);

function groupsOf(node: cytoscape.NodeSingular, name: (n: cytoscape.NodeSingular) => string): Group[] {
  const groups = new Map<string, Group>();
  node
    .connectedEdges()
    .not('.filtered, .hidden')
    .forEach((e) => {
      const out = e.source().same(node);
      const type = String(e.data('type'));
      const key = `${type} ${out}`;
      const group = groups.get(key) ?? { type, out, names: new Map<string, number>() };
      const neighbour = name(out ? e.target() : e.source());
      group.names.set(neighbour, (group.names.get(neighbour) ?? 0) + 1);
      groups.set(key, group);
    });
  return [...groups.values()].sort(
    (a, b) => b.names.size - a.names.size || typeRank(a.type) - typeRank(b.type) || Number(b.out) - Number(a.out),
  );
}

/** "A (5), B and 2 more", names in alphabetical order, each with its number of links when several. */
function few(names: Map<string, number>): string {
  const all = [...names.keys()].sort((a, b) => a.localeCompare(b));
  const counted = (n: string) => (names.get(n)! > 1 ? `${n} (${names.get(n)})` : n);
  const shown = all.slice(0, NEIGHBOUR_NAMES).map(counted).join(', ');
  return all.length > NEIGHBOUR_NAMES ? `${shown} and ${all.length - NEIGHBOUR_NAMES} more` : shown;
}

/** The tooltip's lines naming the node's neighbours on the canvas, `name` giving each node's name. */
export function neighbourLines(node: cytoscape.NodeSingular, name: (n: cytoscape.NodeSingular) => string): string[] {
  const short = (n: cytoscape.NodeSingular) => shorten(name(n), NEIGHBOUR_NAME_MAX);
  const groups = groupsOf(node, short);
  const self = short(node);
  const lines = groups
    .slice(0, NEIGHBOUR_GROUPS)
    .map((g) => (g.out ? statementText(self, g.type, few(g.names)) : statementText(few(g.names), g.type, self)));
  const rest = groups.slice(NEIGHBOUR_GROUPS);
  const more = rest.reduce((n, g) => n + g.names.size, 0);
  if (rest.length) lines.push(`and ${more} more (${[...new Set(rest.map((g) => g.type))].join(', ')})`);
  return lines;
}
