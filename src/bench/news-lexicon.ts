// Word lists for generated news text. Real English words, roughly by frequency, so that stemming, stop words
// and character n-grams in the embedder see what they would see in a newsroom's archive.

/** Given names and family names, combined into the story's recurring people. */
export const GIVEN_NAMES = [
  'Maria', 'James', 'Giulia', 'Ahmed', 'Sarah', 'Marco', 'Elena', 'David', 'Fatima', 'Luca', 'Anna', 'Robert',
  'Chiara', 'Omar', 'Laura', 'Thomas', 'Sofia', 'Daniel', 'Ines', 'Paolo', 'Rachel', 'Karim', 'Helen', 'Matteo',
  'Nadia', 'Peter', 'Francesca', 'Samuel', 'Leila', 'Andrea', 'Grace', 'Victor', 'Irene', 'Hassan', 'Claire', 'Dario',
];
export const FAMILY_NAMES = [
  'Rossi', 'Smith', 'Bianchi', 'Haddad', 'Johnson', 'Ferrari', 'Okafor', 'Romano', 'Garcia', 'Colombo', 'Nguyen',
  'Ricci', 'Brown', 'Marino', 'Kowalski', 'Greco', 'Miller', 'Bruno', 'Tanaka', 'Gallo', 'Wilson', 'Conti', 'Moreau',
  'De Luca', 'Schmidt', 'Costa', 'Novak', 'Fontana', 'Ibrahim', 'Esposito', 'Walsh', 'Barbieri', 'Lindqvist', 'Caruso',
];
/** Roles that precede a name ("Interior Minister Paolo Rossi"). */
export const ROLES = [
  'Interior Minister', 'Prime Minister', 'Mayor', 'Senator', 'spokesperson', 'police chief', 'prosecutor',
  'union leader', 'ambassador', 'Foreign Minister', 'lawyer', 'activist', 'regional governor', 'judge', 'professor',
];
export const PLACES = [
  'Rome', 'Milan', 'Naples', 'Turin', 'Bologna', 'Florence', 'Genoa', 'Palermo', 'Washington', 'Brussels', 'Geneva',
  'Lampedusa', 'Venice', 'Bari', 'Verona', 'Trieste', 'Catania', 'Padua', 'Cagliari', 'Perugia', 'Ancona', 'Pisa',
  'New York', 'Paris', 'Berlin', 'Madrid', 'Vienna', 'Athens', 'Tunis', 'Malta', 'Lisbon', 'Marseille', 'Zurich',
];
export const ORGANISATIONS = [
  'the Interior Ministry', 'the European Commission', 'the Senate', 'the city council', 'the State Department',
  'the Red Cross', 'the embassy', 'the constitutional court', 'the police union', 'the coast guard', 'Parliament',
  'the opposition', 'the prosecutor’s office', 'the United Nations', 'the regional government', 'the port authority',
];
/** Content nouns, most frequent first. */
export const NOUNS = [
  'government', 'people', 'police', 'officials', 'protest', 'week', 'year', 'city', 'country', 'agency', 'agreement',
  'report', 'statement', 'plan', 'law', 'court', 'border', 'minister', 'crowd', 'demonstrators', 'rally', 'meeting',
  'decision', 'investigation', 'policy', 'officers', 'talks', 'vote', 'migrants', 'families', 'workers', 'streets',
  'square', 'station', 'port', 'letter', 'interview', 'evidence', 'documents', 'budget', 'funding', 'contract',
  'deal', 'dispute', 'tension', 'response', 'crisis', 'security', 'rights', 'rules', 'deportation', 'detention',
  'centre', 'camp', 'ship', 'flights', 'arrests', 'charges', 'trial', 'hearing', 'appeal', 'ruling', 'sanctions',
  'delegation', 'summit', 'treaty', 'cooperation', 'presence', 'role', 'mission', 'training', 'patrols', 'checkpoints',
  'data', 'figures', 'numbers', 'survey', 'poll', 'support', 'criticism', 'pressure', 'concerns', 'questions',
  'answers', 'details', 'timeline', 'schedule', 'deadline', 'coalition', 'parties', 'leaders', 'voters', 'election',
  'campaign', 'press', 'journalists', 'cameras', 'video', 'footage', 'witnesses', 'residents', 'students', 'teachers',
  'hospital', 'doctors', 'injuries', 'damage', 'costs', 'taxes', 'economy', 'tourism', 'trade', 'exports', 'jobs',
];
export const VERBS_PAST = [
  'said', 'told', 'announced', 'confirmed', 'denied', 'rejected', 'approved', 'signed', 'criticised', 'defended',
  'warned', 'called', 'demanded', 'promised', 'refused', 'agreed', 'met', 'visited', 'arrested', 'detained',
  'released', 'charged', 'questioned', 'blocked', 'suspended', 'launched', 'ordered', 'cancelled', 'delayed',
  'expanded', 'reduced', 'increased', 'published', 'leaked', 'revealed', 'reported', 'gathered', 'marched',
  'protested', 'clashed', 'negotiated', 'proposed', 'dismissed', 'investigated', 'welcomed', 'condemned', 'urged',
];
export const ADJECTIVES = [
  'new', 'former', 'local', 'national', 'foreign', 'federal', 'public', 'large', 'small', 'peaceful', 'violent',
  'official', 'private', 'senior', 'young', 'angry', 'joint', 'final', 'early', 'late', 'legal', 'political',
  'controversial', 'unprecedented', 'temporary', 'permanent', 'secret', 'detailed', 'brief', 'heavy', 'strong',
];
export const PREPOSITIONS = ['in', 'at', 'near', 'outside', 'across', 'from', 'to', 'over', 'after', 'before', 'during'];
export const DETERMINERS = ['the', 'a', 'its', 'their', 'this', 'that', 'several', 'some', 'two', 'three', 'many'];
export const CONNECTORS = ['and', 'but', 'while', 'as', 'because', 'although', 'after', 'before', 'when', 'since'];
export const TIME_PHRASES = [
  'on Monday', 'on Tuesday', 'on Wednesday', 'on Thursday', 'on Friday', 'on Saturday', 'on Sunday', 'last week',
  'this morning', 'late on Friday', 'earlier this month', 'in January', 'in February', 'overnight', 'last year',
];
// Rare words grow with the archive (Heaps' law); made from syllables so they look like words to the tokeniser.
const SYLLABLES = ['ar', 'ben', 'cal', 'dor', 'el', 'fen', 'gar', 'hol', 'is', 'jun', 'kel', 'lor', 'man', 'nor',
  'ol', 'per', 'quin', 'ros', 'sal', 'tor', 'ul', 'ver', 'wen', 'zan'];

/** `count` distinct rare words (place names, technical terms, surnames of one-off sources), deterministic. */
export function rareWords(count: number): string[] {
  const words: string[] = [];
  for (let index = 0; words.length < count; index += 1) {
    let word = '';
    for (let rest = index + 1; rest > 0; rest = Math.floor(rest / SYLLABLES.length)) word += SYLLABLES[rest % SYLLABLES.length];
    if (word.length >= 4) words.push(word);
  }
  return words;
}
