/**
 * Chromium, or the deck page in it, failed in a way the message explains to a teacher (a tab that crashed, a
 * page that did not load or lay out in time, a browser that quit): reported as that message, not as a bug.
 */
export class BrowserFailure extends Error {}
