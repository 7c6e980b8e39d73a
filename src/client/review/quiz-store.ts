/** What a student did with one question, kept in their own browser only. */
export interface QuizRecord {
  /** Indices of the chosen options; for an open question, empty. */
  chosen: number[];
  state: 'right' | 'wrong' | 'shown' | 'open';
  /** The answer was shown once: a later right answer no longer counts for the score. */
  revealed: boolean;
  /** An open question's own answer. */
  text?: string;
}

const MAX_TEXT = 5000;

/** The self-check answers of one deck in localStorage (nothing leaves the browser); tolerant of a full or blocked store. */
export class QuizStore {
  readonly #key: string;
  #records: Record<string, QuizRecord>;

  constructor(deckPath: string) {
    this.#key = `lesdia-quiz:${deckPath}`;
    this.#records = this.#read();
  }

  get(id: string): QuizRecord | undefined {
    return this.#records[id];
  }

  set(id: string, record: QuizRecord): void {
    this.#records[id] = record;
    this.#write();
  }

  clear(): void {
    this.#records = {};
    try {
      localStorage.removeItem(this.#key);
    } catch {
      // Storage blocked: the answers were never kept either.
    }
  }

  #read(): Record<string, QuizRecord> {
    try {
      const parsed: unknown = JSON.parse(localStorage.getItem(this.#key) ?? '{}');
      if (!parsed || typeof parsed !== 'object') return {};
      const records: Record<string, QuizRecord> = {};
      for (const [id, value] of Object.entries(parsed)) {
        const record = validRecord(value);
        if (record) records[id] = record;
      }
      return records;
    } catch {
      return {};
    }
  }

  #write(): void {
    try {
      localStorage.setItem(this.#key, JSON.stringify(this.#records));
    } catch {
      // A full or blocked store: the self-check still works for this visit.
    }
  }
}

function validRecord(value: unknown): QuizRecord | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { chosen, state, revealed, text } = value as Record<string, unknown>;
  if (!Array.isArray(chosen) || !chosen.every((n) => Number.isInteger(n) && n >= 0 && n < 100)) return undefined;
  if (state !== 'right' && state !== 'wrong' && state !== 'shown' && state !== 'open') return undefined;
  const record: QuizRecord = { chosen: chosen as number[], state, revealed: revealed === true };
  if (typeof text === 'string') record.text = text.slice(0, MAX_TEXT);
  return record;
}
