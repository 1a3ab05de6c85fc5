import type { Mention } from './mention.js';
import type { Speaker } from './speaker.js';
import { displayName, normaliseName } from './tokens.js';

/** The people, roles, groups and organisations of a story, and how to map a mention to one of them. */
export interface SpeakerRegistry {
  readonly speakers: readonly Speaker[];
  /** The speaker id a name, role or organisation mention stands for; null for pronouns. */
  resolve(mention: Mention): string | null;
  /** What `resolve` reads, for storing the registry with the index (`restoreSpeakerRegistry`). */
  readonly state: SpeakerRegistryState;
}

/** The name and role tables behind `resolve`: full names and surnames → person ids, role keys → surnames. */
export interface SpeakerRegistryState {
  readonly personIds: readonly (readonly [string, string])[];
  readonly roleHolders: readonly (readonly [string, string])[];
}

const surnameOf = (name: string): string => name.split(' ').at(-1)!.toLowerCase();
const firstNameOf = (name: string): string => name.split(' ')[0]!.toLowerCase();
const roleNoun = (role: string): string => role.split('@')[0]!;

interface PersonForm {
  readonly name: string;
  readonly roles: Set<string>;
}

/** Clusters the full names sharing a surname: they are one person unless both carry different roles. */
function clusterFullNames(forms: readonly PersonForm[]): PersonForm[][] {
  const clusters: PersonForm[][] = [];
  for (const form of forms) {
    const home = clusters.find((cluster) => cluster.every((other) => {
      if (firstNameOf(other.name) === firstNameOf(form.name)) return true;
      if (other.roles.size === 0 || form.roles.size === 0) return true;
      return [...form.roles].some((role) => other.roles.has(role));
    }));
    if (home === undefined) clusters.push([form]);
    else home.push(form);
  }
  return clusters;
}

class Tally {
  private readonly counts = new Map<string, Map<string, number>>();
  add(id: string, form: string): void {
    const forms = this.counts.get(id) ?? new Map<string, number>();
    forms.set(form, (forms.get(form) ?? 0) + 1);
    this.counts.set(id, forms);
  }
  /** Forms in order of use, ties in order of first appearance (Map keeps insertion order). */
  forms(id: string): string[] {
    const forms = [...(this.counts.get(id) ?? new Map<string, number>()).entries()];
    return forms.sort((a, b) => b[1] - a[1]).map(([form]) => form);
  }
}

/**
 * Builds the registry from every mention of the story, in story order. Name variants sharing a surname
 * ("Giuseppe Sala", "Beppe Sala", "Sala") are one person unless the articles give them different roles; a role
 * that the articles tie to a name ("Milan’s mayor, Beppe Sala") stands for that person wherever it appears.
 */
export function buildSpeakerRegistry(mentions: readonly Mention[]): SpeakerRegistry {
  const people = new Map<string, PersonForm[]>();
  const roleHolders = new Map<string, string>();
  for (const mention of mentions) {
    if (mention.kind !== 'person' || mention.name === undefined) continue;
    const surname = surnameOf(mention.name);
    const forms = people.get(surname) ?? [];
    let form = forms.find((candidate) => candidate.name === mention.name);
    if (form === undefined && mention.name.includes(' ')) forms.push((form = { name: mention.name, roles: new Set() }));
    if (mention.role !== undefined) {
      form?.roles.add(mention.role);
      roleHolders.set(mention.role, surname);
    }
    people.set(surname, forms);
  }
  const personIds = new Map<string, string>();
  for (const [surname, forms] of people) {
    const clusters = clusterFullNames(forms);
    clusters.forEach((cluster, index) => {
      for (const form of cluster) personIds.set(form.name, clusters.length === 1 ? `person:${surname}` : `person:${surname}:${index + 1}`);
    });
    if (clusters.length <= 1) personIds.set(surname, `person:${surname}`);
    else personIds.set(surname, personIds.get(clusters[0]![0]!.name)!);
  }
  const resolve = createResolver(personIds, roleHolders);

  const tally = new Tally();
  const fullNames = new Tally();
  const kinds = new Map<string, Speaker['kind']>();
  for (const mention of mentions) {
    const id = resolve(mention);
    if (id === null) continue;
    const kind = id.split(':')[0] === 'org' ? 'organisation' : (id.split(':')[0] as Speaker['kind']);
    kinds.set(id, kind);
    if (mention.kind === 'person' && mention.name !== undefined) {
      if (mention.name.includes(' ')) fullNames.add(id, mention.name);
      tally.add(id, mention.name);
      // A bare title ("Mayor") says nothing on its own; "Milan’s mayor" does.
      if (mention.roleText !== undefined && mention.roleText.includes(' ')) tally.add(id, mention.roleText);
    } else {
      tally.add(id, displayName(mention.roleText ?? mention.text));
    }
    if (mention.kind !== 'person' || mention.text !== mention.name) tally.add(id, displayName(mention.text));
  }
  const speakers: Speaker[] = [...kinds.entries()].map(([id, kind]) => {
    const forms = tally.forms(id);
    const name = fullNames.forms(id)[0] ?? forms[0] ?? id;
    const seen = new Set([normaliseName(name)]);
    const aliases = forms.filter((form) => {
      const key = normaliseName(form);
      return key !== '' && !seen.has(key) && Boolean(seen.add(key));
    });
    return { id, kind, name, aliases };
  });
  return { speakers, resolve, state: { personIds: [...personIds], roleHolders: [...roleHolders] } };
}

/** Rebuilds a registry saved as its speakers and `state`, resolving mentions exactly as the original did. */
export function restoreSpeakerRegistry(speakers: readonly Speaker[], state: SpeakerRegistryState): SpeakerRegistry {
  return { speakers, resolve: createResolver(new Map(state.personIds), new Map(state.roleHolders)), state };
}

function createResolver(personIds: ReadonlyMap<string, string>, roleHolders: ReadonlyMap<string, string>): (mention: Mention) => string | null {
  const holdersByNoun = new Map<string, Set<string>>();
  for (const [role, surname] of roleHolders) {
    const holders = holdersByNoun.get(roleNoun(role)) ?? new Set<string>();
    holders.add(surname);
    holdersByNoun.set(roleNoun(role), holders);
  }

  return (mention: Mention): string | null => {
    switch (mention.kind) {
      case 'person': {
        const name = mention.name ?? mention.text;
        return personIds.get(name) ?? personIds.get(surnameOf(name)) ?? `person:${surnameOf(name)}`;
      }
      case 'role': {
        const role = mention.role ?? '';
        const holder = roleHolders.get(role);
        if (holder !== undefined) return personIds.get(holder) ?? `person:${holder}`;
        // A bare "the mayor" is the one mayor the story names, if there is exactly one.
        const holders = role.includes('@') ? undefined : holdersByNoun.get(role);
        if (holders !== undefined && holders.size === 1) {
          const only = [...holders][0]!;
          return personIds.get(only) ?? `person:${only}`;
        }
        return `role:${role}`;
      }
      case 'group':
        return `group:${mention.role ?? ''}`;
      case 'organisation':
        return `org:${mention.organisation ?? mention.text}`;
      default:
        return null;
    }
  };
}

