import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useSessionHandle } from '../../session/session-handle.js';
import { useSession } from '../../session/session-store.js';
import { useEditor } from '../../store/editor-store.js';
import { Presentation } from '../present/Presentation.js';
import { CompareView } from './CompareView.js';
import type { ComparedOption } from './compared-option.js';
import { loadWorkspaceOptions } from './load-workspace-options.js';
import { compareOptions as compareAll, type OptionComparison } from './option-comparison.js';

export interface WorkspaceCompareProps {
  /** Open straight into the presentation of all options. */
  present?: boolean;
  onClose?: () => void;
}

/** The compare (and present) view of the workspace open in the editor. */
export function WorkspaceCompare({ present = false, onClose }: WorkspaceCompareProps) {
  const session = useSessionHandle();
  const workspace = useSession((state) => state.workspace);
  const currentId = useSession((state) => state.currentId);
  const [loaded, setLoaded] = useState<{ options: ComparedOption[] } | { message: string } | null>(
    null,
  );
  const [presenting, setPresenting] = useState<OptionComparison[] | 'all' | null>(
    present ? 'all' : null,
  );

  useEffect(() => {
    if (workspace === null) return;
    let live = true;
    const { chart, ruleSettings } = useEditor.getState();
    void loadWorkspaceOptions(session.api, workspace.id, ruleSettings, {
      scenarioId: currentId,
      chart,
    }).then((result) => {
      if (live) setLoaded(result.ok ? { options: result.options } : { message: result.message });
    });
    return () => {
      live = false;
    };
  }, [workspace, currentId]);

  const root = useRef<HTMLDivElement>(null);
  const inPresentation = presenting !== null;
  useEffect(() => {
    // Keys pressed here must not reach the editor underneath (Delete would remove its selected
    // position): its shortcuts act when focus is on the canvas or nowhere, so focus stays in this
    // view, also after the presentation (which holds focus itself) closes.
    if (!inPresentation) root.current?.focus();
  }, [inPresentation]);
  const inView = (content: ReactNode) => (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape anywhere in the view leaves it, as in the presentation.
    <div
      ref={root}
      className="workspace-compare"
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || present || inPresentation || event.defaultPrevented) return;
        // An open menu or dialog in the view takes the Escape for itself.
        if (root.current?.querySelector('.menu-popup, dialog[open]') != null) return;
        onClose?.();
      }}
    >
      {content}
    </div>
  );

  if (workspace === null) {
    return inView(
      <p className="compare-empty">
        Save the chart first: comparing needs the options of a saved workspace.
      </p>,
    );
  }
  if (loaded === null) return inView(<p className="compare-empty">Loading the options…</p>);
  if ('message' in loaded) {
    return inView(
      <p className="compare-empty" role="alert">
        {loaded.message}
      </p>,
    );
  }
  if (presenting !== null) {
    return inView(
      <PresentAll
        title={workspace.name}
        options={loaded.options}
        comparisons={presenting === 'all' ? null : presenting}
        onExit={() => {
          setPresenting(null);
          if (present) onClose?.();
        }}
      />,
    );
  }
  return inView(
    <CompareView workspace={workspace} options={loaded.options} onPresent={setPresenting} />,
  );
}

function PresentAll({
  title,
  options,
  comparisons,
  onExit,
}: {
  title: string;
  options: ComparedOption[];
  comparisons: OptionComparison[] | null;
  onExit: () => void;
}) {
  const [all] = useState(() => {
    if (comparisons !== null) return comparisons;
    const [baseline, ...others] = options;
    return baseline === undefined ? [] : compareAll(baseline, others);
  });
  return <Presentation title={title} comparisons={all} onExit={onExit} />;
}
