/** A course page as read from disk: its path (as shown to the user) and its text. */
export interface SourceDocument {
  path: string;
  text: string;
  /** The bytes on disk were not valid UTF-8: each U+FFFD in `text` may mark one bad sequence. */
  invalidUtf8?: boolean;
}
