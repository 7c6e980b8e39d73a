/** The lines of the container syntax (markdown-it-container and pandoc fenced divs), shared by the scanner and the fence rules. */

/** `::: name label` or `::: {.name key="value"}`. */
export const RE_CONTAINER_OPEN = /^( {0,3})(:{3,})[ \t]*(\{[^}]*\}|[A-Za-z][\w-]*)[ \t]*(.*?)[ \t]*$/;
/** A line of three or more colons and nothing else. */
export const RE_CONTAINER_CLOSE = /^ {0,3}(:{3,})[ \t]*$/;
/** `::: section` or `::: {.section}`: sections never nest, so one always starts a new slide. */
export const RE_SECTION_OPEN = /^ {0,3}:{3,}[ \t]*(?:section|\{\.section\})\s*$/i;
