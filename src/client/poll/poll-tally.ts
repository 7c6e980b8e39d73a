import { MAX_VOTERS, type PollState, type PollVote } from '../../protocol/live-poll.ts';

/**
 * The presenting window's count of one poll round: one vote per device token, replaced when the device
 * votes again, refused when the poll is not open, the round is another, or the choice does not fit.
 */
export class PollTally {
  readonly #votes = new Map<string, number[]>();
  #state: PollState;

  constructor(state: PollState) {
    this.#state = state;
  }

  get state(): PollState {
    return this.#state;
  }

  /** Closes, reveals or reopens the same round; its votes are kept. */
  setStatus(status: PollState['status'], correct?: number[]): void {
    const { counts: _counts, voters: _voters, correct: _correct, ...base } = this.#state;
    this.#state = correct ? { ...base, status, correct } : { ...base, status };
  }

  /** Counts a vote; false when it is refused. */
  vote(vote: PollVote): boolean {
    const { state } = this;
    if (state.status !== 'open' || vote.id !== state.id || vote.round !== state.round) return false;
    const choice = [...new Set(vote.choice)];
    if (choice.length === 0 || choice.length !== vote.choice.length || choice.some((i) => i >= state.options)) return false;
    if (state.multiple === 'no' && choice.length !== 1) return false;
    if (!this.#votes.has(vote.device) && this.#votes.size >= MAX_VOTERS) return false;
    this.#votes.set(vote.device, choice.toSorted((a, b) => a - b));
    return true;
  }

  get voters(): number {
    return this.#votes.size;
  }

  /** Votes per option. */
  get counts(): number[] {
    const counts = Array.from({ length: this.state.options }, () => 0);
    for (const choice of this.#votes.values()) for (const i of choice) counts[i] = (counts[i] ?? 0) + 1;
    return counts;
  }
}
