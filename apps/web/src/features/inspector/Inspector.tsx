import { getRole, isInterim, type Position, recognizeTitle } from '@orgwise/domain';
import { useMemo } from 'react';
import { useMessages } from '../../i18n/use-messages.js';
import { useEditor } from '../../store/editor-store.js';
import { DottedLinesEditor } from './DottedLinesEditor.js';
import { ManagerSelect } from './ManagerSelect.js';
import { messages } from './messages.js';
import { RolePicker } from './RolePicker.js';
import { RoleReadingNote } from './RoleReadingNote.js';
import { ScopeSelect } from './ScopeSelect.js';
import './inspector.css';

/** Edits the selected position. Every change is a patch, and typing in a field is one undo step. */
export function Inspector() {
  const t = useMessages(messages);
  const selectedId = useEditor((state) => state.selectedId);
  const position = useEditor((state) =>
    state.selectedId === null
      ? undefined
      : state.chart.positions.find((candidate) => candidate.id === state.selectedId),
  );
  if (selectedId === null || position === undefined) {
    return (
      <section
        className="inspector inspector--empty"
        aria-labelledby="inspector-heading"
        data-testid="inspector"
      >
        <h2 id="inspector-heading" className="panel-heading">
          {t('heading')}
        </h2>
        <p className="muted">{t('emptyHint')}</p>
      </section>
    );
  }
  return <PositionForm key={position.id} position={position} />;
}

function PositionForm({ position }: { position: Position }) {
  const t = useMessages(messages);
  const id = position.id;
  const edit = (
    changes: { title?: string; holder?: string | null; vacant?: boolean; interim?: boolean },
    field: string,
  ) =>
    useEditor.getState().applyPatch([{ op: 'updatePosition', positionId: id, changes }], {
      coalesceKey: `${field}:${id}`,
    });
  const recognition = useMemo(() => recognizeTitle(position.title), [position.title]);
  const explicitRoles = position.roles !== undefined;
  const interim = isInterim(position);

  return (
    <section className="inspector" aria-labelledby="inspector-heading" data-testid="inspector">
      <div className="inspector-header">
        <h2 id="inspector-heading" className="panel-heading">
          {t('heading')}
        </h2>
        <span className="inspector-id" title={t('idTitle')}>
          {id}
        </span>
      </div>

      <label className="field">
        <span className="field-label">{t('title')}</span>
        <input
          id="inspector-title"
          className="input"
          value={position.title}
          onChange={(event) => edit({ title: event.target.value }, 'title')}
          data-testid="inspector-title"
          autoComplete="off"
          spellCheck={false}
        />
      </label>
      <p className="recognised" data-testid="recognised-roles" aria-live="polite">
        {recognition.roles.length === 0 ? (
          t('noRole')
        ) : (
          <>
            {t('recognised')}{' '}
            {recognition.roles.map((role) => (
              <span key={role} className="role-chip">
                {getRole(role).shortName}
              </span>
            ))}
          </>
        )}
        {recognition.interim && (
          <span className="role-chip role-chip--interim">{t('interimChip')}</span>
        )}
      </p>

      <RoleReadingNote position={position} />

      <RolePicker position={position} recognised={recognition.roles} explicit={explicitRoles} />
      <ScopeSelect position={position} />

      <label className="field">
        <span className="field-label">{t('holder')}</span>
        <input
          className="input"
          value={position.holder ?? ''}
          placeholder={position.vacant ? t('vacantPlaceholder') : t('holderPlaceholder')}
          onChange={(event) =>
            edit({ holder: event.target.value === '' ? null : event.target.value }, 'holder')
          }
          data-testid="inspector-holder"
          autoComplete="off"
        />
      </label>

      <div className="field-row">
        <label className="check">
          <input
            type="checkbox"
            checked={position.vacant === true}
            onChange={(event) => edit({ vacant: event.target.checked }, 'vacant')}
            data-testid="inspector-vacant"
          />
          {t('vacant')}
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={interim}
            onChange={(event) => edit({ interim: event.target.checked }, 'interim')}
            data-testid="inspector-interim"
          />
          {t('interim')}
          {position.interim === undefined && interim && (
            <span className="muted small"> {t('fromTitle')}</span>
          )}
        </label>
      </div>

      <ManagerSelect position={position} />
      <DottedLinesEditor position={position} />

      <div className="inspector-actions">
        <button
          type="button"
          className="button"
          onClick={() => useEditor.getState().copyPosition(id)}
          data-testid="inspector-copy"
        >
          {t('copy')}
        </button>
        <PasteButton managerId={id} />
        <button
          type="button"
          className="button button--danger"
          onClick={() => useEditor.getState().removePosition(id)}
          data-testid="inspector-delete"
        >
          {t('delete')}
        </button>
      </div>
    </section>
  );
}

function PasteButton({ managerId }: { managerId: string }) {
  const t = useMessages(messages);
  const canPaste = useEditor((state) => state.clipboard !== null);
  return (
    <button
      type="button"
      className="button"
      disabled={!canPaste}
      onClick={() => useEditor.getState().paste(managerId)}
      data-testid="inspector-paste"
    >
      {t('paste')}
    </button>
  );
}
