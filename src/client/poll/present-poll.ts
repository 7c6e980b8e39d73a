import type { RevealApi } from 'reveal.js';
import type { QuizStrings } from '../../i18n/quiz-strings.ts';
import { POLL_STATE, POLL_VOTE, pollId, validatePollVote, type PollState } from '../../protocol/live-poll.ts';
import { currentSlug } from '../hot-update.ts';
import { correctOptions, pollableQuizzes, type PollChannel } from './poll-channel.ts';
import { PollTally } from './poll-tally.ts';

/**
 * The presenting window's polls: `P` on a question slide opens a poll and `P` again closes it; the votes show
 * live as a count and as bars inside the options; the question's answer step reveals the answer to every
 * device with the result. Votes for another question, round or a closed poll are refused.
 */
export function startPresenterPolls(deck: RevealApi, live: PollChannel, strings: QuizStrings): void {
  let tally: PollTally | undefined;
  let quiz: HTMLElement | undefined;
  const rounds = new Map<string, number>();
  let scheduled = false;

  const broadcast = () => {
    if (!tally) return;
    const { state } = tally;
    const data: PollState = state.status === 'open' ? state : { ...state, counts: tally.counts, voters: tally.voters };
    live.send(POLL_STATE, data);
  };
  const render = () => {
    scheduled = false;
    if (tally && quiz) drawTally(quiz, tally, strings);
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(render);
  };
  const setStatus = (status: PollState['status']) => {
    if (!tally || !quiz) return;
    tally.setStatus(status, status === 'revealed' ? correctOptions(quiz) : undefined);
    broadcast();
    render();
  };
  const toggle = () => {
    const slide = deck.getCurrentSlide();
    const quizzes = pollableQuizzes(slide);
    // The question whose answer is not shown yet, else the first.
    const target = quizzes.find((q) => !q.querySelector('.quiz-solution.visible')) ?? quizzes[0];
    // Elsewhere P keeps reveal's meaning: the previous step.
    if (!target) return deck.prev();
    const id = pollId(currentSlug(), deck.getIndices().h, quizzes.indexOf(target));
    if (tally?.state.id === id && tally.state.status === 'open') return setStatus('closed');
    const round = (rounds.get(id) ?? 0) + 1;
    rounds.set(id, round);
    quiz?.classList.remove('is-polling');
    quiz = target;
    quiz.classList.add('is-polling');
    const options = quiz.querySelectorAll('.quiz-option').length;
    tally = new PollTally({ id, round, options, multiple: quiz.dataset.quiz === 'multiple' ? 'yes' : 'no', status: 'open' });
    broadcast();
    render();
    return undefined;
  };

  live.onWelcome((role) => {
    if (role === 'presenter') broadcast();
  });
  live.on(POLL_VOTE, (data) => {
    const vote = validatePollVote(data);
    if (vote && tally?.vote(vote)) schedule();
  });
  deck.addKeyBinding({ keyCode: 80, key: 'P', description: strings.startPoll }, toggle);
  deck.on('fragmentshown', (event) => {
    const shown = (event as unknown as { fragment?: Element }).fragment;
    if (quiz && tally && shown && quiz.contains(shown) && shown.classList.contains('quiz-solution')) setStatus('revealed');
  });
  deck.on('fragmenthidden', (event) => {
    const hidden = (event as unknown as { fragment?: Element }).fragment;
    if (quiz && tally && hidden && quiz.contains(hidden) && hidden.classList.contains('quiz-solution')) setStatus('closed');
  });
  deck.on('slidechanged', () => {
    if (tally?.state.status === 'open' && quiz && !deck.getCurrentSlide().contains(quiz)) setStatus('closed');
  });
}

/** The count in a badge on the slide, and a bar in each option as wide as its share of the voters. */
function drawTally(quiz: HTMLElement, tally: PollTally, strings: QuizStrings): void {
  const slide = quiz.closest('section');
  let badge = slide?.querySelector<HTMLElement>('.poll-status');
  if (slide && !badge) {
    badge = document.createElement('p');
    badge.className = 'poll-status';
    badge.setAttribute('aria-live', 'polite');
    slide.appendChild(badge);
  }
  const { status } = tally.state;
  if (badge) {
    badge.dataset.status = status;
    badge.textContent = `${status === 'open' ? strings.pollRunning : strings.pollStopped} · ${strings.votes(tally.voters)}${status === 'open' ? ` · ${strings.closePoll}` : ''}`;
  }
  const counts = tally.counts;
  const most = Math.max(1, tally.voters);
  quiz.querySelectorAll<HTMLElement>('.quiz-option').forEach((option, i) => {
    let bar = option.querySelector<HTMLElement>('.poll-bar');
    let count = option.querySelector<HTMLElement>('.poll-count');
    if (!bar || !count) {
      bar = document.createElement('span');
      bar.className = 'poll-bar';
      bar.setAttribute('aria-hidden', 'true');
      count = document.createElement('span');
      count.className = 'poll-count';
      option.append(bar, count);
    }
    const n = counts[i] ?? 0;
    bar.style.width = `${(100 * n) / most}%`;
    count.textContent = String(n);
  });
}
