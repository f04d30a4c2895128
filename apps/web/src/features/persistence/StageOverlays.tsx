import { OfflineBanner } from './OfflineBanner.js';
import { SessionNotice } from './SessionNotice.js';
import { StartRecent } from './StartRecent.js';
import './persistence.css';

/** What saving has to say over the canvas: offline, what just happened, recent workspaces. */
export function StageOverlays() {
  return (
    <>
      <OfflineBanner />
      <SessionNotice />
      <StartRecent />
    </>
  );
}
