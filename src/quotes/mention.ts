/** What a stretch of text that could be a speaker refers to. */
export type MentionKind = 'person' | 'role' | 'group' | 'organisation' | 'pronoun' | 'anaphor';

/** A stretch of an article that names, describes or points to a possible speaker. */
export interface Mention {
  readonly kind: MentionKind;
  /** Offsets into the article body. */
  readonly start: number;
  readonly end: number;
  /** The text as written. */
  readonly text: string;
  /** For a person: the name as written, without title ("Beppe Sala", "Sala"). */
  readonly name?: string;
  /** For a role, group, or a person given a role in the text: the role key ("mayor@milan"). */
  readonly role?: string;
  /** For a role or group: the role as written, without article ("Italy’s interior minister"). */
  readonly roleText?: string;
  /** For an organisation: its key, the acronym form ("ICE", "DHS", "CNN+AP"). */
  readonly organisation?: string;
}
