/** A line `Tijd: ca. 5 min` (or `Time: 5 min`, `Tijd: 2,5 minuten`) in a slide's notes: its planned time. */
const RE_PLANNED = /\b(?:Tijd|Time)\s*:\s*(?:ca\.?|circa|about|approx\.?|~)?\s*(\d{1,3}(?:[.,]\d+)?)\s*(?:min|minuten|minutes)\b/i;

export interface SlideFacts {
  title: string;
  /** A follow-up slide ("(vervolg)") of the section before it. */
  continuation: boolean;
  notesText: string;
}

/** A section as written: its first slide, its follow-up slides, and the time the notes plan for it. */
export interface PlanSection {
  title: string;
  first: number;
  last: number;
  plannedMs: number;
}

export interface Pace {
  section: number;
  /** Planned for the whole lesson. */
  plannedMs: number;
  /** Planned for the current section. */
  sectionPlannedMs: number;
  /** Positive: behind the plan; negative: ahead of it. */
  deltaMs: number;
}

export function readPlannedMs(notesText: string): number | undefined {
  const match = RE_PLANNED.exec(notesText);
  return match ? Math.round(Number((match[1] ?? '0').replace(',', '.')) * 60_000) : undefined;
}

/** The lesson plan: one entry per section, its follow-up slides included. */
export function buildLessonPlan(slides: readonly SlideFacts[]): PlanSection[] {
  const plan: PlanSection[] = [];
  slides.forEach((slide, index) => {
    const open = plan.at(-1);
    if (slide.continuation && open) open.last = index;
    else plan.push({ title: slide.title, first: index, last: index, plannedMs: readPlannedMs(slide.notesText) ?? 0 });
  });
  return plan;
}

export function sectionOf(plan: readonly PlanSection[], slide: number): number {
  const found = plan.findIndex((section) => slide >= section.first && slide <= section.last);
  return found === -1 ? 0 : found;
}

/**
 * Where the lesson stands against its plan: by now the class should have had the sections before this one
 * and as much of this one as has been spent on it (up to its plan). Spending more, or getting here later,
 * is behind; getting here sooner is ahead.
 */
export function paceOf(plan: readonly PlanSection[], slide: number, spentMs: readonly number[], elapsedMs: number): Pace {
  const section = sectionOf(plan, slide);
  const before = plan.slice(0, section).reduce((sum, entry) => sum + entry.plannedMs, 0);
  const sectionPlannedMs = plan[section]?.plannedMs ?? 0;
  const expected = before + Math.min(spentMs[section] ?? 0, sectionPlannedMs);
  return { section, plannedMs: plan.reduce((sum, entry) => sum + entry.plannedMs, 0), sectionPlannedMs, deltaMs: elapsedMs - expected };
}

/** 0:00 style, minutes and seconds (hours when needed). */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const pad = (n: number) => String(n).padStart(2, '0');
  const hours = Math.floor(seconds / 3600);
  const rest = `${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
  return hours > 0 ? `${hours}:${rest}` : `${Math.floor(seconds / 60)}:${pad(seconds % 60)}`;
}
