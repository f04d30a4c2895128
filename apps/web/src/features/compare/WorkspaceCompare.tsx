import { type ReactNode, useEffect, useRef, useState } from 'react';
import type { ComparedOption } from '../../comparison/compared-option.js';
import {
  compareOptions as compareAll,
  type OptionComparison,
} from '../../comparison/option-comparison.js';
import { useMessages } from '../../i18n/use-messages.js';
import { useSessionHandle } from '../../session/session-handle.js';
import { useSession } from '../../session/session-store.js';
import { useEditor } from '../../store/editor-store.js';
import { CompareView } from './CompareView.js';
import { loadWorkspaceOptions } from './load-workspace-options.js';
import { messages } from './messages.js';

/** What the presentation slot is given: the app passes the present feature's `Presentation`. */
export interface PresentationSlotProps {
  title: string;
  comparisons: readonly OptionComparison[];
  onExit: () => void;
}

export interface WorkspaceCompareProps {
  /** Open straight into the presentation of all options. */
  present?: boolean;
  onClose?: () => void;
  /** Draws the presentation of the options (a slot: the app composes the present feature). */
  renderPresentation: (props: PresentationSlotProps) => ReactNode;
}

/** The compare (and present) view of the workspace open in the editor. */
export function WorkspaceCompare({
  present = false,
  onClose,
  renderPresentation,
}: WorkspaceCompareProps) {
  const t = useMessages(messages);
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
    return inView(<p className="compare-empty">{t('saveFirst')}</p>);
  }
  if (loaded === null) return inView(<p className="compare-empty">{t('loading')}</p>);
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
        renderPresentation={renderPresentation}
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
  renderPresentation,
  onExit,
}: {
  title: string;
  options: ComparedOption[];
  comparisons: OptionComparison[] | null;
  renderPresentation: WorkspaceCompareProps['renderPresentation'];
  onExit: () => void;
}) {
  const [all] = useState(() => {
    if (comparisons !== null) return comparisons;
    const [baseline, ...others] = options;
    return baseline === undefined ? [] : compareAll(baseline, others);
  });
  return renderPresentation({ title, comparisons: all, onExit });
}
