/**
 * Text as every diagram format can carry it. A name or id may hold a NUL, another control
 * character, a bidi override or a lone surrogate (an editor typed it, a paste brought it); Graphviz
 * stops at a NUL, XML 1.0 forbids most controls, and a bidi override can make a label read as
 * something else. Each of these becomes U+FFFD, so the diagram still draws and shows where the
 * odd character was.
 */

/** C0 controls except tab, line feed and carriage return; DEL and C1 controls; bidi embeddings, overrides and isolates. */
const UNPRINTABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The replacement character shown in place of anything a format cannot carry. */
export const REPLACEMENT_CHARACTER = '\ufffd';

/** `text` with unprintable characters and lone surrogates replaced by U+FFFD (tabs and line breaks kept). */
export function printableText(text: string): string {
  return text.replace(UNPRINTABLE, REPLACEMENT_CHARACTER).replace(LONE_SURROGATE, REPLACEMENT_CHARACTER);
}
