// The panel tabs and the left panel: one panel open at a time (or none); a tab opens its panel,
// or closes it when it is the one showing. Panels stay mounted (the console keeps its editor).
import { ConsolePanel } from '../features/console/ConsolePanel.tsx';
import { ExportPanel } from '../features/export/ExportPanel.tsx';
import { FiltersPanel } from '../features/filters/FiltersPanel.tsx';
import { PathsPanel } from '../features/paths/PathsPanel.tsx';
import { StoryPanel } from '../features/present/StoryPanel.tsx';
import { TimelinePanel } from '../features/timeline/TimelinePanel.tsx';
import { ReviewPanel } from '../features/review/ReviewPanel.tsx';
import { changedFilters } from '../features/filters/filter-empty.ts';
import { filters, panel, togglePanel } from './store.ts';
import type { PanelName } from './types.ts';

const TABS: { name: PanelName; title: string }[] = [
  { name: 'filters', title: 'Filters' },
  { name: 'timeline', title: 'Timeline' },
  { name: 'paths', title: 'Paths' },
  { name: 'cypher', title: 'Cypher' },
  { name: 'export', title: 'Export' },
  { name: 'story', title: 'Story' },
  { name: 'review', title: 'Review' },
];

export function Tabs() {
  const open = panel.value;
  // Filters act with their panel closed too: the tab says how many are on.
  const active = changedFilters(filters.value).length;
  return (
    <>
      {TABS.map((t) => (
        <button
          role="tab"
          data-panel={t.name}
          aria-selected={open === t.name}
          aria-controls="left-panel"
          onClick={() => togglePanel(t.name)}
        >
          {t.title}
          {t.name === 'filters' && active ? (
            <span class="tab-badge" title={`${active} active filter${active === 1 ? '' : 's'}`}>
              {active}
            </span>
          ) : null}
        </button>
      ))}
    </>
  );
}

const PANELS: Record<PanelName, () => preact.JSX.Element> = {
  filters: FiltersPanel,
  timeline: TimelinePanel,
  paths: PathsPanel,
  cypher: ConsolePanel,
  export: ExportPanel,
  story: StoryPanel,
  review: ReviewPanel,
};

export function LeftPanel() {
  const open = panel.value;
  return (
    <>
      {(Object.keys(PANELS) as PanelName[]).map((name) => {
        const Panel = PANELS[name];
        // Only the open panel renders its content; the console stays mounted once opened.
        return (
          <div class="panel-slot" data-panel={name} hidden={open !== name}>
            {open === name || name === 'cypher' ? <Panel /> : null}
          </div>
        );
      })}
    </>
  );
}
