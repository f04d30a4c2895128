import { describe, expect, test } from 'vitest';
import { loggablePath } from './log-path.js';

const token = 'Xq3v9T0bQyW2mK7rLp1sZc8dHf4gJn6aEoR5uVt0BwY';
const id = 'k3JzVq0cR1mXo8Lw2bT9aA';

describe('loggablePath', () => {
  test.each([
    ['/api/v1/rules', '/api/v1/rules'],
    [`/api/v1/workspaces/${id}/scenarios/${id}`, '/api/v1/workspaces/k3Jz…/scenarios/k3Jz…'],
    [`/api/v1/shared/${token}`, '/api/v1/shared/[redacted]'],
    [`/api/v1/shared/${token}/unlock`, '/api/v1/shared/[redacted]/unlock'],
    [`/share/${token}`, '/share/[redacted]'],
    [`/share/${token.slice(0, 20)}`, '/share/[redacted]'],
    [`/api/v1/%73hared/${token}`, '/api/v1/%73hared/[redacted]'],
    [`/api/v1/Shared/${token}`, '/api/v1/Shared/[redacted]'],
    [`/api/v1/nowhere/${token}`, '/api/v1/nowhere/[redacted]'],
    [`/api/v1/workspaces/${id}/share-links/${id}`, `/api/v1/workspaces/k3Jz…/share-links/${id}`],
    ['/api/v1/shared/%E0%A4%A', '/api/v1/shared/[redacted]'],
  ])('%s is logged as %s', (path, logged) => {
    expect(loggablePath(path)).toBe(logged);
  });
});
