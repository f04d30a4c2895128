import { ReactFlowProvider } from '@xyflow/react';
import { Canvas } from '../features/canvas/Canvas.js';
import { CompanyProfile } from '../features/company/CompanyProfile.js';
import { WorkspaceCompare } from '../features/compare/WorkspaceCompare.js';
import { FindingsPanel } from '../features/findings/FindingsPanel.js';
import { useEditorShortcuts } from '../features/history/use-editor-shortcuts.js';
import { PrintChart } from '../features/import-export/image/PrintChart.js';
import { Inspector } from '../features/inspector/Inspector.js';
import { Palette } from '../features/palette/Palette.js';
import { PersistenceRoot } from '../features/persistence/PersistenceRoot.js';
import { StageOverlays } from '../features/persistence/StageOverlays.js';
import { Presentation } from '../features/present/Presentation.js';
import { ScenarioBar } from '../features/scenarios/ScenarioBar.js';
import { FindBox } from '../features/search/FindBox.js';
import { StatusLine } from '../features/status/StatusLine.js';
import { StartScreen } from '../features/templates/StartScreen.js';
import { useMessages } from '../i18n/use-messages.js';
import { messages } from './messages.js';
import { PanelToggle, usePanelsShortcut } from './PanelToggles.js';
import { usePanels } from './panels-store.js';
import { SkipLink } from './SkipLink.js';
import { TopBar } from './TopBar.js';
import { useView } from './view-store.js';
import './app.css';

export function App() {
  return (
    <ReactFlowProvider>
      <Editor />
      {/* Outside the editor, which print.css hides when the chart prints. */}
      <PrintChart />
    </ReactFlowProvider>
  );
}

function Editor() {
  useEditorShortcuts();
  usePanelsShortcut();
  const t = useMessages(messages);
  const view = useView((state) => state.view);
  const left = usePanels((state) => state.left) && view === 'edit';
  const right = usePanels((state) => state.right) && view === 'edit';
  const classes = ['workspace'];
  if (!left) classes.push('workspace--no-left');
  if (!right) classes.push('workspace--no-right');
  return (
    <div className="app">
      <SkipLink />
      <TopBar />
      <main className={classes.join(' ')}>
        {/* Comparing and presenting read the saved options: no editing beside them. */}
        {left && (
          <aside
            className="sidebar sidebar--left"
            aria-label={t('leftPanel')}
            data-testid="panel-left"
          >
            <Palette />
            <CompanyProfile />
          </aside>
        )}
        <div className="stage-column">
          <ScenarioBar />
          <div className="stage">
            <Canvas
              emptyState={<StartScreen />}
              topLeft={view === 'edit' && <PanelToggle side="left" />}
              topRight={
                view === 'edit' && (
                  <>
                    <FindBox />
                    <PanelToggle side="right" />
                  </>
                )
              }
            />
            <StatusLine />
            <StageOverlays />
            {view !== 'edit' && (
              // Over the canvas rather than instead of it, so that the editor keeps its viewport.
              <div className="stage-view" data-testid={`view-${view}`}>
                <WorkspaceCompare
                  key={view}
                  present={view === 'present'}
                  onClose={() => useView.getState().show('edit')}
                  renderPresentation={(props) => <Presentation {...props} />}
                />
              </div>
            )}
          </div>
        </div>
        {right && (
          <aside
            className="sidebar sidebar--right"
            aria-label={t('rightPanel')}
            data-testid="panel-right"
          >
            <Inspector />
            <FindingsPanel />
          </aside>
        )}
      </main>
      <PersistenceRoot />
    </div>
  );
}
