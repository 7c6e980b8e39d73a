import type { RevealApi } from 'reveal.js';
import type { QuizStrings } from '../../i18n/quiz-strings.ts';
import { startFollowerPolls } from './follow-poll.ts';
import type { PollChannel } from './poll-channel.ts';
import { startPresenterPolls } from './present-poll.ts';

/** Polls on a deck under `lesdia present`, once the channel says who this window is: it counts, or it votes. */
export function startPolls(deck: RevealApi, live: PollChannel, strings: QuizStrings): void {
  let started = false;
  const start = (role: string) => {
    if (started) return;
    started = true;
    if (role === 'presenter') startPresenterPolls(deck, live, strings);
    else if (role === 'follower') startFollowerPolls(deck, live, strings);
  };
  if (live.role) start(live.role);
  else live.onWelcome(start);
}
