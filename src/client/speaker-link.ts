import type { RevealApi } from 'reveal.js';
import { COMMAND, COMMANDS, READY, STATE, type Command, type StateMessage } from './speaker-protocol.ts';

let speakerWindow: Window | null = null;
let listening = false;

/** In the presenting window: opens (or focuses) the speaker view and keeps it in step with the deck. */
export function openSpeakerView(deck: RevealApi): void {
  const url = new URL(location.href);
  url.search = '?view=speaker';
  url.hash = '';
  speakerWindow = window.open(url.href, 'lesdia-speaker', 'popup,width=1280,height=800');
  speakerWindow?.focus();
  if (listening) return;
  listening = true;
  const sendState = () => {
    const message: StateMessage = { type: STATE, state: deck.getState() };
    speakerWindow?.postMessage(message, '*');
  };
  for (const event of ['slidechanged', 'fragmentshown', 'fragmenthidden', 'overviewhidden', 'paused', 'resumed']) deck.on(event, sendState);
  window.addEventListener('message', (event: MessageEvent) => {
    if (!speakerWindow || event.source !== speakerWindow) return;
    const data = event.data as { type?: string; method?: Command; args?: number[] } | null;
    if (data?.type === READY) sendState();
    if (data?.type === COMMAND && data.method && COMMANDS.includes(data.method)) {
      (deck[data.method] as (...args: number[]) => void)(...(data.args ?? []));
    }
  });
}
