import type { RoleId } from '@orgwise/domain';
import { getRole } from '@orgwise/domain';

// Card dimensions are decided here, before anything is drawn, because the layout needs them and
// measuring a thousand cards in the DOM first would cost a second render. The card's CSS uses the
// same numbers (see PositionNode.module.css) and clamps the title to the lines counted here.

export const CARD_WIDTH = 200;
/** Board and executive cards are wider: they lead the chart and carry more badges. */
export const EXECUTIVE_CARD_WIDTH = 228;
const BASE_HEIGHT = 84;
const TITLE_LINE = 19;
const MARK_LINE = 22;
/** Average advance of the title font per character, generous so that estimates err long. */
const CHAR_WIDTH = 8.8;
const PADDING_X = 24;

export interface CardShape {
  width: number;
  height: number;
  titleLines: 1 | 2;
}

export function cardShape(title: string, roles: readonly RoleId[], marked: boolean): CardShape {
  const executive = roles.some((role) => getRole(role).rank >= 3);
  const width = executive ? EXECUTIVE_CARD_WIDTH : CARD_WIDTH;
  const perLine = Math.floor((width - PADDING_X) / CHAR_WIDTH);
  const titleLines = title.trim().length > perLine ? 2 : 1;
  const height = BASE_HEIGHT + (titleLines - 1) * TITLE_LINE + (marked ? MARK_LINE : 0);
  return { width, height, titleLines };
}
