import type { RevealApi } from 'reveal.js';

/** Messages between the presenting window and the speaker view (same page, `?view=speaker`). */
export const STATE = 'lesdia:state';
export const READY = 'lesdia:speaker-ready';
export const COMMAND = 'lesdia:command';
export const COMMANDS = ['next', 'prev', 'left', 'right', 'up', 'down', 'slide'] as const;
export type Command = (typeof COMMANDS)[number];

export interface StateMessage {
  type: typeof STATE;
  state: ReturnType<RevealApi['getState']>;
}
