/** Someone the articles quote or mention: a person, a role without a name, a group, or an organisation. */
export interface Speaker {
  /** Stable within one build of the index: `person:sala`, `role:interior minister@italy`, `org:ICE`. */
  readonly id: string;
  readonly kind: 'person' | 'role' | 'group' | 'organisation';
  /** The name shown: the most used full name, the role as written, or the organisation's usual form. */
  readonly name: string;
  /** Every other form the articles use, without articles ("Beppe Sala", "Sala", "Milan’s mayor"). */
  readonly aliases: readonly string[];
}
