import { statusProblem } from '../../http/problem.js';

export function workspaceNotFound(id: string) {
  return statusProblem(
    404,
    `There is no workspace with the id "${id}". It may have been deleted, or the link is incomplete.`,
  );
}
