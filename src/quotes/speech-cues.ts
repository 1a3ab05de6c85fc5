// Patterns that mark speech in English news prose. Kept in one place so that extraction and tests agree.

const FINITE_VERBS = [
  'said', 'says', 'say', 'told', 'tells', 'stated', 'states', 'declared', 'declares', 'declare', 'warned', 'warns',
  'warn', 'demanded', 'demands', 'questioned', 'condemned', 'condemns', 'described', 'describes', 'reiterated',
  'reiterates', 'stressed', 'stresses', 'insisted', 'insists', 'insist', 'argued', 'argues', 'argue', 'noted',
  'explained', 'explains', 'added', 'adds', 'disclosed', 'discloses', 'claimed', 'announced', 'announces',
  'confirmed', 'confirms', 'denied', 'denies', 'deny', 'urged', 'urges', 'urge', 'criticised', 'criticized',
  'accused', 'accuses', 'acknowledged', 'acknowledges', 'admitted', 'admits', 'vowed', 'vows', 'promised',
  'suggested', 'suggests', 'suggest', 'asserted', 'asserts', 'emphasised', 'emphasized', 'reported', 'reports',
  'report', 'wrote', 'writes', 'posted', 'tweeted', 'voiced', 'pledged', 'rejected', 'dismissed', 'called',
  'asked', 'replied', 'responded', 'predicted', 'threatened', 'complained', 'recalled', 'conceded', 'maintained',
];

const PARTICIPLES = [
  'saying', 'stating', 'noting', 'stressing', 'warning', 'adding', 'explaining', 'insisting', 'arguing',
  'describing', 'calling', 'claiming', 'demanding', 'urging', 'telling', 'declaring', 'questioning', 'accusing',
  'denying', 'confirming', 'announcing', 'emphasising', 'emphasizing', 'criticising', 'criticizing', 'condemning',
  'reiterating', 'disclosing', 'vowing', 'pledging', 'asking', 'complaining', 'predicting',
];

/** A reporting verb used as the main verb: "Calenda stated", "critics questioned". */
export const FINITE_CUE = new RegExp(`\\b(?:${FINITE_VERBS.join('|')})\\b(?!\\s+by\\b)`, 'gu');
/** A reporting participle: ", stressing that", "leaders warning against". */
export const PARTICIPLE_CUE = new RegExp(`\\b(?:${PARTICIPLES.join('|')})\\b`, 'gu');
/** "was acknowledged by X": the speaker follows. */
export const PASSIVE_CUE = /\b(?:confirmed|announced|acknowledged|stated|said|reported|disclosed|denied|claimed|criticised|criticized|condemned) by\s+/gu;
/** "according to X": the speaker follows. */
export const ACCORDING_CUE = /\baccording to\s+/giu;
/** "From X emerged demand": the speaker follows a sentence-initial "From". */
export const FROM_CUE = /^From\s+/gu;
/** What must follow the mention after FROM_CUE. */
export const FROM_FOLLOWER = /^\s+(?:came|emerged|arrived)\b/u;
/** "in his view", "from her assessment": the last person named is speaking. */
export const VIEW_CUE = /\b(?:in|from|by)\s+(?:his|her)\s+(?:view|assessment|opinion|words|account|reckoning)\b/giu;
/** A negated reporting verb is no statement: "did not clearly state". */
export const NEGATION = /\b(?:not|never|no longer|declined to|refused to)\b|n['’]t\b/u;
/** Words that open an introductory clause, after which the main clause starts at the first comma. */
export const INTRO_OPENER = /^(?:In|On|At|Despite|After|Before|Following|Amid|With|As|Though|Although|While|When|Notably|However|Yet|Meanwhile|Still|Also|For|During|Under|Since|Earlier|Later|Last|Unlike|Like|Speaking|Asked|Separately|Instead|Moreover|Furthermore|Nonetheless|Nevertheless|Indeed|Even|Once|Until|Because|If)\b/u;
/** Direct quotations: curly, straight or guillemets. */
export const QUOTATION = /“([^“”]+)”|"([^"\n]+)"|«([^«»]+)»/gu;
/** Reporting verbs that may sit between a closing quotation mark and the speaker: "…,” said Sala". */
export const INVERTED_VERB = /^[\s,—–-]*(?:said|says|told|added|asked|wrote|warned|insisted|continued|explained|replied)?[\s]*$/u;
