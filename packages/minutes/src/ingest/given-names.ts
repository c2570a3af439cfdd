/**
 * Given names that minutes write for the same person in different forms: diminutives ("Steve" for
 * "Stephen") and spellings that a string metric scores too low to trust ("Graeme" and "Graham").
 * No well-kept package holds such a table for British names, so this small one is kept here; the
 * Jaro-Winkler metric covers the spellings it leaves out ("Philip" and "Phillip"). Each group is one
 * name; a name may sit in several groups ("Chris" is Christopher and Christine).
 */
const GROUPS: readonly (readonly string[])[] = [
  ['graham', 'graeme', 'grahame'],
  ['stephen', 'steven', 'steve', 'stevie'],
  ['rosanna', 'rosana', 'roseanna', 'ros', 'rosie'],
  ['rosalind', 'rosalyn', 'ros'],
  ['robert', 'rob', 'robbie', 'bob', 'bobby', 'bert'],
  ['william', 'will', 'bill', 'billy', 'liam'],
  ['richard', 'rich', 'rick', 'ricky', 'dick'],
  ['edward', 'ed', 'eddie', 'ted', 'ned'],
  ['elizabeth', 'liz', 'lizzie', 'beth', 'betty', 'eliza', 'libby'],
  ['margaret', 'maggie', 'meg', 'peggy', 'mags'],
  ['katherine', 'catherine', 'kathryn', 'cathryn', 'kate', 'katie', 'kath', 'cath', 'cathy', 'kathy'],
  ['christopher', 'chris', 'kit'],
  ['christine', 'chris', 'chrissie', 'christina'],
  ['michael', 'mike', 'mick', 'mickey'],
  ['anthony', 'antony', 'tony'],
  ['antonia', 'toni'],
  ['jonathan', 'jon', 'jonny', 'johnny'],
  ['john', 'jon', 'johnny', 'jack'],
  ['james', 'jim', 'jimmy', 'jamie'],
  ['joseph', 'joe', 'joey'],
  ['josephine', 'jo', 'josie'],
  ['joanne', 'joanna', 'jo'],
  ['thomas', 'tom', 'tommy'],
  ['timothy', 'tim'],
  ['nicholas', 'nick', 'nicky'],
  ['nicola', 'nikki', 'nicky'],
  ['alexander', 'alex', 'sandy'],
  ['alexandra', 'alex', 'sandra'],
  ['andrew', 'andy', 'drew'],
  ['daniel', 'dan', 'danny'],
  ['david', 'dave', 'davy'],
  ['matthew', 'matt'],
  ['peter', 'pete'],
  ['philip', 'phillip', 'phil'],
  ['samuel', 'sam', 'sammy'],
  ['samantha', 'sam', 'sammy'],
  ['susan', 'sue', 'suzy', 'susie'],
  ['deborah', 'debra', 'debbie', 'deb'],
  ['jacqueline', 'jackie', 'jacqui'],
  ['patricia', 'pat', 'patsy', 'trish', 'tricia'],
  ['patrick', 'pat', 'paddy'],
  ['geoffrey', 'jeffrey', 'geoff', 'jeff'],
  ['gerald', 'gerry', 'gerard'],
  ['kenneth', 'ken', 'kenny'],
  ['leonard', 'len', 'lenny'],
  ['raymond', 'ray'],
  ['ronald', 'ron', 'ronnie'],
  ['donald', 'don', 'donnie'],
  ['benjamin', 'ben', 'benny'],
  ['frederick', 'fred', 'freddie'],
  ['sean', 'shaun', 'shawn'],
  ['ian', 'iain'],
  ['neil', 'neal'],
  ['stuart', 'stewart', 'stu'],
  ['alan', 'allan', 'allen', 'al'],
  ['carl', 'karl'],
  ['clare', 'claire'],
  ['tracy', 'tracey'],
  ['lindsay', 'lindsey'],
  ['sara', 'sarah'],
  ['ann', 'anne', 'annie'],
  ['rebecca', 'becky', 'becca'],
  ['victoria', 'vicky', 'vicki', 'tori'],
  ['jennifer', 'jenny', 'jen'],
  ['helen', 'helena'],
  ['mohammed', 'muhammad', 'mohammad', 'mohamed', 'muhammed'],
];

const BY_NAME = new Map<string, Set<number>>();
GROUPS.forEach((group, index) => {
  for (const name of group) {
    const set = BY_NAME.get(name) ?? new Set<number>();
    set.add(index);
    BY_NAME.set(name, set);
  }
});

/** True when the table holds `a` and `b` (lower case) as forms of one given name. */
export function sameGivenName(a: string, b: string): boolean {
  if (a === b) return true;
  const groups = BY_NAME.get(a);
  if (!groups) return false;
  for (const g of BY_NAME.get(b) ?? []) if (groups.has(g)) return true;
  return false;
}
