import { getRole } from '@orgwise/domain';
import { STACK_INDENT } from '@orgwise/layout';
import { Handle, type NodeProps, Position } from '@xyflow/react';
import { type KeyboardEvent, type MouseEvent, memo, useCallback } from 'react';
import type { PositionNode } from '../../flow/chart-to-flow.js';
import { useMessages } from '../../i18n/use-messages.js';
import { useEditor } from '../../store/editor-store.js';
import { useDropTarget } from './drop-target-store.js';
import { FindingsBadge } from './FindingsBadge.js';
import { messages } from './messages.js';
import './position-card.css';

const markText = { cycle: 'markCycle', 'duplicate-id': 'markDuplicate' } as const;

/**
 * A position's card. Memoised, and it reads only its own slices of the stores (selected? its
 * findings? a drop target?), so that a change to one card re-renders one card, not a thousand.
 */
export const PositionCard = memo(function PositionCard({ id, data }: NodeProps<PositionNode>) {
  const { positionId, title, holder, vacant, interim, roles, mark, direction } = data;
  const t = useMessages(messages);
  const selected = useEditor((state) => state.selectedId === positionId);
  const hasSelection = useEditor((state) => state.selectedId !== null);
  const onFoundChain = useEditor((state) => state.foundChain?.[positionId] === true);
  const drop = useDropTarget((state) => (state.key === id ? state.verdict : null));

  const toggle = useCallback(
    (event: MouseEvent) => {
      event.stopPropagation();
      useEditor.getState().toggleCollapsed(positionId);
    },
    [positionId],
  );
  const onFocus = useCallback(() => useEditor.getState().select(positionId), [positionId]);
  const onKeyDown = useCallback((event: KeyboardEvent) => {
    if (event.key === 'Enter' && event.target === event.currentTarget) {
      event.preventDefault();
      document.getElementById('inspector-title')?.focus();
    }
  }, []);

  const vertical = direction === 'TB';
  const shownTitle = title.trim() === '' ? t('untitled') : title;
  const person = holder ?? (vacant ? t('vacant') : t('noHolder'));
  const classes = ['card'];
  if (selected) classes.push('card--selected');
  else if (onFoundChain) classes.push('card--on-chain');
  if (vacant) classes.push('card--vacant');
  if (mark !== null) classes.push('card--marked');
  if (drop !== null) classes.push(drop === 'ok' ? 'card--drop-ok' : 'card--drop-refused');
  const roleNames = roles.map((role) => getRole(role).shortName);
  const label = t('cardLabel', {
    title: shownTitle,
    person,
    roles: roleNames.length > 0 ? t.intl.formatList(roleNames, { type: 'conjunction' }) : 'none',
    roleCount: roleNames.length,
    interim: interim ? 'yes' : 'no',
  });

  return (
    // biome-ignore lint/a11y/useSemanticElements: a card is a focusable group inside React Flow's node, not a form fieldset.
    <div
      className={classes.join(' ')}
      data-testid="position-card"
      data-id={positionId}
      data-selected={selected}
      data-found-chain={onFoundChain || undefined}
      role="group"
      aria-roledescription={t('cardRole')}
      aria-label={label}
      tabIndex={selected || (!hasSelection && data.entry) ? 0 : -1}
      onFocus={onFocus}
      onKeyDown={onKeyDown}
    >
      <Handle
        type="target"
        id="in"
        position={vertical && !data.stacked ? Position.Top : Position.Left}
        className="card-handle"
        title={t('handleIn')}
      />
      <div className="card-top">
        <span className="card-roles">
          {roleNames.map((name) => (
            <span key={name} className="card-role" data-testid="role-badge">
              {name}
            </span>
          ))}
          {interim && (
            <span className="card-interim" data-testid="interim-marker">
              {t('interim')}
            </span>
          )}
        </span>
        <FindingsBadge positionId={positionId} />
      </div>
      <div className={`card-title card-title--${data.titleLines}`} title={shownTitle}>
        {shownTitle}
      </div>
      <div
        className={`card-holder${holder === null ? ' card-holder--none' : ''}`}
        data-testid="holder"
      >
        {person}
      </div>
      {mark !== null && (
        <div className="card-mark" data-testid="card-mark" data-mark={mark}>
          {mark === 'unknown-manager'
            ? t('markUnknownManager', { manager: data.missingManager ?? '' })
            : t(markText[mark])}
        </div>
      )}
      <Handle
        type="source"
        id="out"
        position={vertical ? Position.Bottom : Position.Right}
        className="card-handle"
        title={t('handleOut')}
      />
      {vertical && (
        // Where the line into a stacked column of reports starts; not for connecting by hand.
        <Handle
          type="source"
          id="out-stack"
          position={Position.Bottom}
          className="card-handle card-handle--stack"
          isConnectable={false}
          style={{ left: STACK_INDENT / 2 }}
        />
      )}
      {data.reports > 0 && (
        <button
          type="button"
          className={`card-toggle nodrag card-toggle--${vertical ? 'bottom' : 'right'}`}
          onClick={toggle}
          aria-expanded={!data.collapsed}
          aria-label={t(data.collapsed ? 'showTeam' : 'hideTeam', {
            count: data.team,
            title: shownTitle,
          })}
          data-testid="team-toggle"
          tabIndex={selected ? 0 : -1}
        >
          {data.collapsed ? `+${data.team}` : '−'}
        </button>
      )}
    </div>
  );
});
