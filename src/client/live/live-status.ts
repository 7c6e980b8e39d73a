import type { UiStrings } from '../../i18n/ui-strings.ts';
import type { LiveConnection, LiveStatus } from './live-connection.ts';
import type { DeckSync } from './sync-deck.ts';

/**
 * A small badge in the deck's top-left corner: "Live" while following, the way back for a student who
 * browsed away, and a word when the connection is lost. Nothing shows on the projector but a quiet dot.
 */
export function showLiveStatus(live: LiveConnection, sync: DeckSync, strings: UiStrings): HTMLElement {
  const badge = document.createElement('div');
  badge.className = 'live-status';
  badge.setAttribute('role', 'status');
  const label = document.createElement('span');
  label.className = 'live-status-label';
  const back = document.createElement('button');
  back.type = 'button';
  back.className = 'live-back';
  back.textContent = strings.backToLive;
  back.addEventListener('click', () => sync.rejoin());
  // A phone upright shows a 16:9 slide small: turning it, or reading along, reads better.
  const phone = document.createElement('a');
  phone.className = 'live-phone-hint';
  phone.textContent = strings.readAlong;
  phone.href = '?view=review';
  badge.append(label, back, phone);
  document.body.appendChild(badge);
  let status: LiveStatus = 'connecting';
  let followers: number | undefined;

  const render = () => {
    const alone = status === 'live' && !sync.following;
    badge.dataset.status = alone ? 'alone' : status;
    badge.dataset.role = live.role ?? '';
    document.documentElement.classList.toggle('is-live-follower', live.role === 'follower');
    const count = followers !== undefined && live.role === 'presenter' ? ` · ${strings.followers(followers)}` : '';
    label.textContent = status === 'offline' || status === 'connecting' ? strings.reconnecting : alone ? strings.browsingAlone : `${strings.live}${count}`;
    back.hidden = !alone;
    const id = document.querySelector('.reveal .slides > section.present')?.id;
    phone.href = `?view=review${id ? `#${encodeURIComponent(id)}` : ''}`;
  };
  live.onStatus((next) => {
    status = next;
    render();
  });
  sync.onChange(render);
  live.onRoom((count) => {
    followers = count;
    render();
  });
  render();
  return badge;
}
