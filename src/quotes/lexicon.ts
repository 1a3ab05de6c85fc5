// Word lists the speaker finder relies on. They describe English news prose, not any one story.

/** Capitalised words that start sentences or clauses and are never part of a name. */
export const FUNCTION_WORDS = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'By', 'For', 'From', 'To', 'With', 'As', 'After', 'Before', 'Despite',
  'Notably', 'However', 'Yet', 'But', 'And', 'Or', 'Though', 'Although', 'While', 'When', 'If', 'Some', 'Several',
  'This', 'That', 'These', 'Those', 'His', 'Her', 'Their', 'Its', 'It', 'He', 'She', 'They', 'We', 'I', 'You',
  'Meanwhile', 'Also', 'Still', 'Even', 'According', 'Under', 'Over', 'During', 'Since', 'Until', 'Amid', 'Among',
  'Between', 'Following', 'Earlier', 'Later', 'Last', 'Next', 'Unlike', 'Like', 'Why', 'What', 'Who', 'How',
  'Where', 'There', 'Here', 'Many', 'Most', 'Such', 'Both', 'Each', 'Every', 'Other', 'Another', 'No', 'Not',
  'Mr', 'Mrs', 'Ms', 'Dr', 'Sir', 'Dame', 'Lord', 'Lady',
]);

/** Honorifics that precede a name without being a role. */
export const HONORIFICS = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'Sir', 'Dame', 'Lord', 'Lady']);

/** Words that make a capitalised run an organisation rather than a person. */
export const ORGANISATION_WORDS = new Set([
  'Department', 'Agency', 'Service', 'Services', 'Press', 'Investigations', 'Enforcement', 'Ministry', 'Office',
  'Police', 'Committee', 'Council', 'Commission', 'Party', 'Embassy', 'Bureau', 'Court', 'Government',
  'Administration', 'Organisation', 'Organization', 'Association', 'Federation', 'Union', 'Times', 'News', 'Post',
  'Network', 'Corporation', 'Company', 'Group', 'Institute', 'University', 'Foundation', 'Forces', 'Guard', 'Army',
  'Navy', 'Security', 'Customs', 'Protection', 'Patrol', 'Authority', 'Board', 'Senate', 'Congress', 'Parliament',
  'Reuters', 'Agenzia', 'Broadcasting', 'Journal', 'Herald', 'Guardian', 'Telegraph', 'Tribune', 'Radio', 'TV',
]);

/** Words that make a capitalised run a place, event or date rather than a person. */
export const NON_PERSON_WORDS = new Set([
  'Olympics', 'Olympic', 'Games', 'Winter', 'Summer', 'Paralympics', 'Cup', 'Championship', 'United', 'States',
  'Kingdom', 'Republic', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January',
  'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Street', 'Square', 'Avenue', 'Road', 'City', 'County', 'Province', 'Region', 'North', 'South', 'East', 'West',
  'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Democratic', 'Airport', 'Station', 'Stadium', 'Arena',
]);

/** Acronyms that name a country rather than an organisation. */
export const COUNTRY_ACRONYMS = new Set(['US', 'U.S', 'U.S.', 'USA', 'UK', 'U.K', 'U.K.', 'UAE']);

/** Short capitalised forms that are neither names nor organisations. */
export const NON_ACRONYMS = new Set(['TL', 'DR', 'OK', 'AM', 'PM', 'ID', 'II', 'III', 'IV', 'TV']);

/** Role nouns (singular form first) that can speak for a person or a group. */
export const ROLE_NOUNS: ReadonlyArray<readonly [string, string]> = [
  ['mayor', 'mayors'], ['minister', 'ministers'], ['president', 'presidents'], ['premier', 'premiers'],
  ['chancellor', 'chancellors'], ['spokesperson', 'spokespeople'], ['spokesman', 'spokesmen'],
  ['spokeswoman', 'spokeswomen'], ['official', 'officials'], ['leader', 'leaders'], ['lawmaker', 'lawmakers'],
  ['legislator', 'legislators'], ['critic', 'critics'], ['authority', 'authorities'], ['officeholder', 'officeholders'],
  ['governor', 'governors'], ['ambassador', 'ambassadors'], ['secretary', 'secretaries'], ['director', 'directors'],
  ['chief', 'chiefs'], ['senator', 'senators'], ['prosecutor', 'prosecutors'], ['commissioner', 'commissioners'],
  ['diplomat', 'diplomats'], ['activist', 'activists'], ['politician', 'politicians'], ['mp', 'mps'],
  ['representative', 'representatives'], ['analyst', 'analysts'], ['expert', 'experts'], ['source', 'sources'],
  ['campaigner', 'campaigners'], ['organiser', 'organisers'], ['organizer', 'organizers'], ['judge', 'judges'],
  ['parliamentarian', 'parliamentarians'], ['councillor', 'councillors'], ['councilor', 'councilors'],
];

/** Lowercase words that can sit before a role noun and belong to the role ("interior minister"). */
export const ROLE_MODIFIERS = new Set([
  'interior', 'foreign', 'prime', 'deputy', 'former', 'federal', 'local', 'regional', 'national', 'senior', 'top',
  'embassy', 'government', 'opposition', 'centre-left', 'center-left', 'centre-right', 'center-right', 'far-right',
  'far-left', 'right-wing', 'left-wing', 'city', 'state', 'defence', 'defense', 'justice', 'finance', 'sports',
  'party', 'police', 'immigration', 'border', 'security', 'health', 'economy', 'agency', 'department', 'ministry',
  'olympic', 'olympics', 'team', 'club', 'union', 'education', 'transport', 'trade', 'environment', 'culture',
]);

/** Articles and quantifiers that open a role phrase. */
export const DETERMINERS = new Set(['the', 'a', 'an', 'some', 'several', 'many', 'other', 'two', 'three', 'both']);

/** Nouns that, after "the", stand for the organisation last named ("the agency"). */
export const ORGANISATION_ANAPHORS = new Set(['agency', 'organisation', 'organization', 'department', 'ministry', 'company', 'government']);

/** Nouns that, after his/her, stand for what the person said ("His message … stressed"). */
export const UTTERANCE_NOUNS = new Set(['message', 'statement', 'post', 'remarks', 'comments', 'words', 'letter', 'tweet', 'speech', 'response']);
