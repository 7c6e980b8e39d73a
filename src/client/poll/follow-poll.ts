import type { RevealApi } from 'reveal.js';
import type { QuizStrings } from '../../i18n/quiz-strings.ts';
import { POLL_STATE, POLL_VOTE, validatePollState, type PollState } from '../../protocol/live-poll.ts';
import { currentSlug } from '../hot-update.ts';
import { pollableQuizzes, type PollChannel } from './poll-channel.ts';

const DEVICE_KEY = 'lesdia-poll-device';

/**
 * A student's device during a poll: the question's options as large buttons over the deck; one tap votes
 * (several right answers: each tap adds or removes an option), and a new tap changes the vote until the
 * teacher closes the poll. The vote carries only a random token of this device, never a name.
 */
export function startFollowerPolls(deck: RevealApi, live: PollChannel, strings: QuizStrings): void {
  const device = deviceToken();
  let state: PollState | undefined;
  let chosen: number[] = [];
  let votedFor = '';
  const panel = createPanel(strings);
  document.body.appendChild(panel.root);
  panel.hide.addEventListener('click', () => (panel.root.hidden = true));

  const send = () => {
    if (!state || state.status !== 'open' || chosen.length === 0) return;
    live.send(POLL_VOTE, { id: state.id, round: state.round, choice: chosen, device });
  };
  const render = () => {
    const quiz = state ? findQuiz(state.id) : undefined;
    if (!state || !quiz) {
      panel.root.hidden = true;
      return;
    }
    const key = `${state.id}#${state.round}`;
    if (votedFor !== key) {
      chosen = [];
      votedFor = key;
      panel.root.hidden = state.status !== 'open';
      panel.question.textContent = quiz.querySelector('.quiz-prompt')?.textContent?.trim() ?? '';
      panel.choices.replaceChildren(...[...quiz.querySelectorAll('.quiz-option')].map((option, i) => choiceButton(option, i)));
    }
    const open = state.status === 'open';
    const total = Math.max(1, state.voters ?? 0);
    panel.choices.querySelectorAll<HTMLButtonElement>('button').forEach((button, i) => {
      button.setAttribute('aria-pressed', String(chosen.includes(i)));
      button.disabled = !open;
      button.classList.toggle('is-right', state?.correct?.includes(i) ?? false);
      const share = state?.counts ? Math.round((100 * (state.counts[i] ?? 0)) / total) : undefined;
      button.style.setProperty('--share', share === undefined ? '0%' : `${share}%`);
      const result = button.querySelector('.poll-share');
      if (result) result.textContent = share === undefined ? '' : `${share}%`;
    });
    panel.status.textContent = open ? (chosen.length > 0 ? strings.voted : state.multiple === 'yes' ? strings.chooseSeveral : strings.chooseOne) : state.correct ? strings.rightAnswers(state.correct.map((i) => String.fromCharCode(65 + i))) : strings.pollClosed;
    panel.root.dataset.status = state.status;
    panel.title.textContent = open ? strings.pollOpen : strings.pollResult;
  };
  const choiceButton = (option: Element, index: number) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'poll-choice';
    button.innerHTML = `<span class="poll-letter">${String.fromCharCode(65 + index)}</span><span class="poll-text"></span><span class="poll-share"></span>`;
    const text = button.querySelector('.poll-text');
    if (text) text.textContent = option.querySelector('.quiz-text')?.textContent ?? '';
    button.addEventListener('click', () => {
      if (state?.multiple === 'yes') chosen = chosen.includes(index) ? chosen.filter((i) => i !== index) : [...chosen, index].toSorted((a, b) => a - b);
      else chosen = [index];
      send();
      render();
    });
    return button;
  };

  live.on(POLL_STATE, (data) => {
    const next = validatePollState(data);
    if (!next || live.role === 'presenter') return;
    const was = state?.status;
    state = next;
    render();
    // The answer with the class's result: shown once, even to a student who put the panel away.
    if (next.status === 'revealed' && was !== 'revealed' && findQuiz(next.id)) panel.root.hidden = false;
  });
  // After a reconnect the server has forgotten nothing, but this device's vote may not have arrived.
  live.onWelcome(() => send());
  deck.on('slidechanged', () => {
    if (state && !findQuiz(state.id)?.closest('section')?.classList.contains('present')) panel.root.hidden = true;
  });
}

/** The question a poll id names, in this device's copy of the same deck. */
function findQuiz(id: string): HTMLElement | undefined {
  const [slug, slide, index] = id.split('.').slice(-3);
  if (!id.startsWith(`${currentSlug().replace(/[^\w.-]/g, '_')}.`) || slide === undefined || index === undefined || slug === undefined) return undefined;
  const section = document.querySelectorAll('.reveal .slides > section')[Number(slide)];
  return pollableQuizzes(section)[Number(index)];
}

function createPanel(strings: QuizStrings): { root: HTMLElement; title: HTMLElement; question: HTMLElement; choices: HTMLElement; status: HTMLElement; hide: HTMLButtonElement } {
  const root = document.createElement('section');
  root.className = 'poll-panel';
  root.hidden = true;
  root.setAttribute('aria-labelledby', 'poll-panel-title');
  root.innerHTML = `<h2 id="poll-panel-title" class="poll-title">${strings.pollOpen}</h2><p class="poll-question"></p><div class="poll-choices"></div><p class="poll-state" role="status"></p><button type="button" class="poll-hide">${strings.toSlide}</button>`;
  const pick = (selector: string) => root.querySelector<HTMLElement>(selector) ?? document.createElement('div');
  return { root, title: pick('.poll-title'), question: pick('.poll-question'), choices: pick('.poll-choices'), status: pick('.poll-state'), hide: pick('.poll-hide') as HTMLButtonElement };
}

/** A random token for this browser, made once: votes count per device without saying whose device it is. */
function deviceToken(): string {
  try {
    const kept = localStorage.getItem(DEVICE_KEY);
    if (kept && /^[\w-]{16,64}$/.test(kept)) return kept;
  } catch {
    // No storage: a token for this page only.
  }
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  const token = btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  try {
    localStorage.setItem(DEVICE_KEY, token);
  } catch {
    // As above.
  }
  return token;
}
