/**
 * A chair named in the minutes' text rather than in the attendance: "Councillor M Grant took the
 * Chair.", "Mrs. D. Taylor CC in the Chair", "it was agreed that Councillor Penberthy is appointed
 * Chair", "That Councillor M Grant be appointed as Chairman", "The Chair, Donna Murray-Turner,
 * introduced herself". A vice-chair or deputy chairman is never the chair.
 */

/** Who took or was put in the chair, written before the words that say so. */
const TOOK_CHAIR_RE = /^(?:in\s+the\s+absence\s+of\s+[^,]+,\s*)?(.{3,80}?)\s+(?:took|then\s+took|was\s+in|in)\s+the\s+chair\b/i;
/** "... that X be/is elected/appointed (as) (the) Chair(man)". */
const ELECTED_RE = /\bthat\s+(.{3,60}?)\s+(?:be|is|was|were)\s+(?:duly\s+)?(?:re-?)?(?:elected|appointed)\s+(?:as\s+)?(?:the\s+)?(?:joint\s+)?(?:chair(?:man|person|woman)?)\b(?!\s*of\s+the\s+(?:sub|task|working))/i;
/** "The Chair, Jane Roe, ..." */
const APPOSITION_RE = /^the\s+chair(?:man|person|woman)?,\s+([^,]{3,60}),/i;

/** The name (with any title) of the chair a sentence names, or null. */
export function readChairSentence(text: string): string | null {
  const appointed = ELECTED_RE.exec(text);
  if (appointed) return tidyName(appointed[1]!);
  const apposition = APPOSITION_RE.exec(text);
  if (apposition) return tidyName(apposition[1]!);
  const took = TOOK_CHAIR_RE.exec(text);
  if (took && !/\bvice[- ]?chair|\bdeputy\b/i.test(took[1]!)) return tidyName(took[1]!.split(',')[0]!);
  return null;
}

function tidyName(text: string): string | null {
  const name = text
    .replace(/^(?:it\s+was\s+\w+(?:,?\s+\w+)*?\s+that\s+)/i, '')
    .replace(/\s+(?:CC|MBE|OBE|JP|QPM)\b\.?/g, '')
    .replace(/[\s,.;:]+$/, '')
    .trim();
  if (name.length < 3 || /^(?:the|he|she|they|it)\b/i.test(name)) return null;
  return name;
}
