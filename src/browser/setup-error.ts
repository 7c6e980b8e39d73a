/** Something missing on this machine rather than wrong in a course page: the message says how to fix it. */
export class SetupError extends Error {}
