/**
 * Bounds that keep extraction fast on any input: a huge or binary file is cut down and the
 * result says so in its warnings, rather than the extractor running for minutes.
 */

/** Characters of input read; the rest is ignored with a warning. */
export const MAX_INPUT_CHARS = 4_000_000;
/** Lines of input read. */
export const MAX_LINES = 60_000;
/** Characters kept of one line (longer lines are cut). */
export const MAX_LINE_CHARS = 4_000;
/** Documents emitted from one input. */
export const MAX_DOCUMENTS = 200;
/** Items kept per document. */
export const MAX_ITEMS = 400;
/** Numbered-heading candidates considered when choosing the item sequence. */
export const MAX_NUMBER_CANDIDATES = 3_000;
/** Share of control characters above which input is reported as binary. */
export const BINARY_CONTROL_RATIO = 0.1;
