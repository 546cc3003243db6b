// The panel tabs and the left panel: one panel open at a time (or none); a tab opens its panel and
// never closes it (walk 15, 1: a click on the open Story tab lost the panel), as a WAI-ARIA tab list
// does; the panel's own labelled Collapse button, or Esc, closes it. The arrows move between the
// tabs (walk 13, 14). Panels stay mounted (the console keeps its editor).
import { ConsolePanel } from '../features/console/ConsolePanel.tsx';
import { ExportPanel } from '../features/export/ExportPanel.tsx';
import { FiltersPanel } from '../features/filters/FiltersPanel.tsx';
import { PathsPanel } from '../features/paths/PathsPanel.tsx';
import { StoryPanel } from '../features/present/StoryPanel.tsx';
import { TimelinePanel } from '../features/timeline/TimelinePanel.tsx';
import { ReviewPanel } from '../features/review/ReviewPanel.tsx';
import { changedFilters } from '../features/filters/filter-empty.ts';
import { closePanel, filters, foldedPanel, openPanel, panel } from './store.ts';
import { PANEL_TITLES, type PanelName } from './types.ts';

const TABS = (Object.keys(PANEL_TITLES) as PanelName[]).map((name) => ({ name, title: PANEL_TITLES[name] }));

export function Tabs() {
  const open = panel.value;
  // Filters act with their panel closed too: the tab says how many are on.
  const active = changedFilters(filters.value).length;
  const folded = foldedPanel.value;
  return (
    <>
      {TABS.map((t) => (
        <button
          role="tab"
          data-panel={t.name}
          aria-selected={open === t.name}
          aria-controls="left-panel"
          // One Tab stop for the list (the open tab, or the first): the arrows move within it.
          tabIndex={(open ?? TABS[0]!.name) === t.name ? 0 : -1}
          onKeyDown={tabKeys}
          // Folded by the app to make room for the details card: marked so its way back is seen.
          class={folded === t.name ? 'folded' : undefined}
          title={folded === t.name ? `${t.title} was folded for the details: click to reopen it` : undefined}
          // The open tab clicked again (mouse, Enter or Space) keeps its panel where it is.
          onClick={() => (open === t.name ? undefined : openFromTab(t.name))}
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

/** Keys of the tab list (WAI-ARIA tabs, vertical): the arrows move to the next or previous tab (round), Home and End to the ends. */
function tabKeys(ev: KeyboardEvent): void {
  const tabs = [...document.querySelectorAll<HTMLElement>('#tabs [role="tab"]')];
  const at = tabs.indexOf(ev.currentTarget as HTMLElement);
  const step: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };
  let next: number | null = null;
  if (ev.key in step) next = (at + step[ev.key]! + tabs.length) % tabs.length;
  else if (ev.key === 'Home') next = 0;
  else if (ev.key === 'End') next = tabs.length - 1;
  if (next === null || at < 0) return;
  ev.preventDefault();
  tabs[next]!.focus();
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

/**
 * A tab click opens its panel at its top (walk 12, 10: the panels share one scrolling host, and
 * Timeline opened halfway down after a scrolled console).
 */
function openFromTab(name: PanelName): void {
  openPanel(name);
  const host = document.getElementById('left-panel');
  if (host) host.scrollTop = 0;
}

export function LeftPanel() {
  const open = panel.value;
  return (
    <>
      {open ? (
        <button
          id="btn-collapse-panel"
          class="panel-collapse"
          aria-label={`Collapse the ${PANEL_TITLES[open]} panel`}
          title={`Collapse the ${PANEL_TITLES[open]} panel (Esc); its tab opens it again`}
          onClick={collapseFromButton}
        >
          «
        </button>
      ) : null}
      {(Object.keys(PANELS) as PanelName[]).map((name) => {
        const Panel = PANELS[name];
        // Only the open panel renders its content; the console stays mounted once opened.
        return (
          // tabIndex -1: Esc in one of its fields hands the keyboard to the panel (app/keyboard.ts).
          <div class="panel-slot" data-panel={name} hidden={open !== name} tabIndex={-1}>
            {open === name || name === 'cypher' ? <Panel /> : null}
          </div>
        );
      })}
    </>
  );
}

/** The panel closed by its Collapse button: the keyboard goes back to its tab, as after Esc. */
function collapseFromButton(): void {
  const name = panel.peek();
  closePanel();
  document.querySelector<HTMLElement>(`#tabs [data-panel="${name}"]`)?.focus();
}
