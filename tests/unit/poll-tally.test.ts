import { describe, expect, it } from 'vitest';
import { PollTally } from '../../src/client/poll/poll-tally.ts';
import { pollId, validatePollState, validatePollVote, type PollState } from '../../src/protocol/live-poll.ts';

const open: PollState = { id: pollId('docker-ecosysteem', 5, 0), round: 1, options: 4, multiple: 'no', status: 'open' };
const device = (n: number) => `device-${String(n).padStart(12, '0')}`;

describe('poll tally', () => {
  it('counts one vote per device; a second vote replaces the first', () => {
    const tally = new PollTally(open);
    expect(tally.vote({ id: open.id, round: 1, choice: [1], device: device(1) })).toBe(true);
    expect(tally.vote({ id: open.id, round: 1, choice: [2], device: device(2) })).toBe(true);
    expect(tally.vote({ id: open.id, round: 1, choice: [2], device: device(1) })).toBe(true);
    expect(tally.counts).toEqual([0, 0, 2, 0]);
    expect(tally.voters).toBe(2);
  });

  it('refuses votes for a closed poll, another round or question, and choices that do not fit', () => {
    const closed = new PollTally({ ...open, status: 'closed' });
    expect(closed.vote({ id: open.id, round: 1, choice: [1], device: device(1) })).toBe(false);
    const tally = new PollTally(open);
    expect(tally.vote({ id: open.id, round: 2, choice: [1], device: device(1) })).toBe(false);
    expect(tally.vote({ id: 'docker-ecosysteem.6.0', round: 1, choice: [1], device: device(1) })).toBe(false);
    expect(tally.vote({ id: open.id, round: 1, choice: [4], device: device(1) })).toBe(false);
    expect(tally.vote({ id: open.id, round: 1, choice: [0, 1], device: device(1) })).toBe(false);
    expect(tally.vote({ id: open.id, round: 1, choice: [], device: device(1) })).toBe(false);
    expect(tally.voters).toBe(0);
    const several = new PollTally({ ...open, multiple: 'yes' });
    expect(several.vote({ id: open.id, round: 1, choice: [0, 1], device: device(1) })).toBe(true);
    expect(several.vote({ id: open.id, round: 1, choice: [1, 1], device: device(2) })).toBe(false);
    expect(several.counts).toEqual([1, 1, 0, 0]);
  });

  it('validates messages: shape, ranges, lengths and the device token', () => {
    expect(validatePollVote({ id: open.id, round: 1, choice: [1], device: device(1), name: 'Jan' })).toEqual({ id: open.id, round: 1, choice: [1], device: device(1) });
    expect(validatePollVote({ id: open.id, round: 1, choice: [1], device: 'short' })).toBeUndefined();
    expect(validatePollVote({ id: open.id, round: 1, choice: [99], device: device(1) })).toBeUndefined();
    expect(validatePollVote({ id: '<script>', round: 1, choice: [1], device: device(1) })).toBeUndefined();
    expect(validatePollVote({ id: open.id, round: 1, choice: Array.from({ length: 27 }, () => 0), device: device(1) })).toBeUndefined();
    expect(validatePollVote('vote')).toBeUndefined();
    expect(validatePollState(open)).toEqual(open);
    expect(validatePollState({ ...open, status: 'maybe' })).toBeUndefined();
    expect(validatePollState({ ...open, options: 0 })).toBeUndefined();
  });
});
