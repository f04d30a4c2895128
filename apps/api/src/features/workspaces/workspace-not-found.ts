import { statusProblem } from '../../http/problem.js';
import { problemText } from '../../http/problem-texts/problem-text.js';

export function workspaceNotFound(id: string) {
  return statusProblem(404, problemText('workspaceNotFound', { id }));
}
