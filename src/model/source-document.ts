/** A course page as read from disk: its path (as shown to the user) and its text. */
export interface SourceDocument {
  path: string;
  text: string;
}
