// The panel tabs and the left panel: one panel open at a time (or none); a tab opens its panel,
// or closes it when it is the one showing. Panels stay mounted (the console keeps its editor).
import { ConsolePanel } from '../features/console/ConsolePanel.tsx';
import { ExportPanel } from '../features/export/ExportPanel.tsx';
import { FiltersPanel } from '../features/filters/FiltersPanel.tsx';
import { PathsPanel } from '../features/paths/PathsPanel.tsx';
import { StoryPanel } from '../features/present/StoryPanel.tsx';
import { TimelinePanel } from '../features/timeline/TimelinePanel.tsx';
import { panel, togglePanel } from './store.ts';
import type { PanelName } from './types.ts';

const TABS: { name: PanelName; title: string }[] = [
  { name: 'filters', title: 'Filters' },
  { name: 'timeline', title: 'Timeline' },
  { name: 'paths', title: 'Paths' },
  { name: 'cypher', title: 'Cypher' },
  { name: 'export', title: 'Export' },
  { name: 'story', title: 'Story' },
];

export function Tabs() {
  const open = panel.value;
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
