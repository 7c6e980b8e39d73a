import type { RevealApi } from 'reveal.js';
import type { UiStrings } from '../../i18n/ui-strings.ts';
import { openSpeakerChannel, type SpeakerChannel } from './speaker-channel.ts';

const DECK_EVENTS = ['slidechanged', 'fragmentshown', 'fragmenthidden', 'overviewshown', 'overviewhidden', 'paused', 'resumed'];

/**
 * In the presenting window: keeps any speaker view of this deck in step and carries out its keys. `open()`
 * opens one as a second window; where a popup blocker says no, a link does the same from a click.
 */
export function linkSpeakerView(deck: RevealApi, strings: UiStrings): { open: () => void } {
  let speakerWindow: Window | null = null;
  const channel: SpeakerChannel = openSpeakerChannel(
    () => speakerWindow,
    (source) => (speakerWindow = source),
  );
  const sendState = () => {
    const { indexh, indexv, indexf, paused, overview } = deck.getState();
    channel.post({ type: 'lesdia:state', state: { indexh, indexv, indexf: indexf ?? -1, paused, overview } });
  };
  for (const event of DECK_EVENTS) deck.on(event, sendState);
  channel.onMessage((message) => {
    if (message.type === 'lesdia:speaker-ready') sendState();
    else if (message.type === 'lesdia:command') deck[message.method]();
  });

  const url = () => {
    const target = new URL(location.href);
    target.search = '?view=speaker';
    target.hash = '';
    return target.href;
  };
  return {
    open() {
      speakerWindow = window.open(url(), 'lesdia-speaker', 'popup,width=1280,height=800');
      if (speakerWindow) speakerWindow.focus();
      else showBlockedLink(url(), strings);
    },
  };
}

/** The popup was blocked: a link opens the speaker view from a click, which no blocker refuses. */
function showBlockedLink(href: string, strings: UiStrings): void {
  document.querySelector('.speaker-blocked')?.remove();
  const note = document.createElement('p');
  note.className = 'speaker-blocked';
  note.setAttribute('role', 'alert');
  const link = document.createElement('a');
  link.href = href;
  link.target = 'lesdia-speaker';
  link.textContent = strings.popupBlocked;
  link.addEventListener('click', () => setTimeout(() => note.remove(), 0));
  note.append(link);
  document.body.appendChild(note);
  setTimeout(() => note.remove(), 15_000);
}
