import { describe, expect, it } from 'vitest';
import { buildLessonPlan, formatDuration, paceOf, readPlannedMs } from '../../src/client/speaker/lesson-plan.ts';

const MIN = 60_000;

describe('the lesson plan from the notes', () => {
  it('reads Tijd and Time lines', () => {
    expect(readPlannedMs('Vraag: wat is een image?\nTijd: ca. 5 min')).toBe(5 * MIN);
    expect(readPlannedMs('Tijd: 2,5 minuten')).toBe(2.5 * MIN);
    expect(readPlannedMs('Time: 3 min')).toBe(3 * MIN);
    expect(readPlannedMs('Geen tijd gepland.')).toBeUndefined();
  });

  it('counts a section’s follow-up slides with it, and says ahead or behind', () => {
    const plan = buildLessonPlan([
      { title: 'Titel', continuation: false, notesText: 'Tijd: ca. 2 min' },
      { title: 'Lang', continuation: false, notesText: 'Tijd: ca. 10 min' },
      { title: 'Lang (vervolg)', continuation: true, notesText: '' },
      { title: 'Slot', continuation: false, notesText: 'Time: 3 min' },
    ]);
    expect(plan.map((s) => [s.first, s.last, s.plannedMs / MIN])).toEqual([
      [0, 0, 2],
      [1, 2, 10],
      [3, 3, 3],
    ]);
    // On the follow-up slide after 4 minutes of the long section, 6 minutes into the lesson: on schedule.
    expect(paceOf(plan, 2, [2 * MIN, 4 * MIN, 0], 6 * MIN)).toMatchObject({ section: 1, deltaMs: 0, plannedMs: 15 * MIN });
    // At the last section after 9 minutes: 3 minutes ahead.
    expect(paceOf(plan, 3, [2 * MIN, 7 * MIN, 0], 9 * MIN).deltaMs).toBe(-3 * MIN);
    // Lingering 5 minutes over the title slide's 2: 3 behind.
    expect(paceOf(plan, 0, [5 * MIN], 5 * MIN).deltaMs).toBe(3 * MIN);
  });

  it('formats durations', () => {
    expect(formatDuration(65_000)).toBe('1:05');
    expect(formatDuration(3_725_000)).toBe('1:02:05');
  });
});
