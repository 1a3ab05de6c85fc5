import type { ParagraphSpan } from './split-paragraphs.js';

/** Why a paragraph is page furniture rather than article text. */
export type FurnitureKind = 'headline' | 'byline' | 'label' | 'link-list' | 'tag-list' | 'list-item';

// Headings that introduce a list of links or tags rather than article text.
const LINK_LIST_HEADINGS = /^(read|see|also read|read also|read more|more|related|related (articles|stories|coverage|news|content)|recommended|you may also like|more from [\w ]+|top stories|trending|latest)\s*:?\s*$/iu;
const TAG_LIST_HEADINGS = /^(tags?|topics?|keywords?|filed under|categories|category)\s*:?/iu;
const LABELS = /^(tl;?dr|highlights?|key (points|takeaways)|summary|in brief|at a glance|advertisement|sponsored|share( this)?( article)?|listen( to this article)?|watch|editor'?s note|updated|breaking( news)?|exclusive|analysis|opinion)\s*:?\s*$/iu;
const LIST_ITEM = /^\s*(?:[-*•·–—]|\d{1,2}[.)])\s+/u;
const DATE_WORDS = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}\b|\b\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}:\d{2}\b/iu;

function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function wordCount(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

function isByline(text: string): boolean {
  if (wordCount(text) > 16 || /[.!?]["”’]?$/u.test(text)) return false;
  if (/^by\s+\p{Lu}/u.test(text)) return true;
  if (text.includes('|') && DATE_WORDS.test(text)) return true;
  return DATE_WORDS.test(text) && !/\p{Ll}{3,}.*\s\p{Ll}{3,}.*\s\p{Ll}{3,}/u.test(text.replace(DATE_WORDS, ''));
}

/**
 * Marks the paragraphs that are page furniture — repeated headlines, bylines, labels such as "TL;DR", and the
 * "Read also:" / "Tags:" lists with their items — so that they are never cited. Returns one entry per paragraph:
 * the furniture kind, or null for article text.
 */
export function classifyFurniture(paragraphs: readonly ParagraphSpan[], title: string): (FurnitureKind | null)[] {
  const titleKey = normalise(title);
  const seenShortLines = new Set<string>();
  let inList: 'link-list' | 'tag-list' | null = null;
  return paragraphs.map((paragraph) => {
    const text = paragraph.text.trim();
    const key = normalise(text);
    const words = wordCount(text);
    const isListItem = LIST_ITEM.test(text) || /\n\s*(?:[-*•·–—]|\d{1,2}[.)])\s+/u.test(text);
    if (inList !== null && isListItem && words <= 30) return 'list-item';
    inList = null;
    if (LINK_LIST_HEADINGS.test(text)) {
      inList = 'link-list';
      return 'link-list';
    }
    if (TAG_LIST_HEADINGS.test(text) && (words <= 3 || isListItem || text.includes(','))) {
      inList = 'tag-list';
      return 'tag-list';
    }
    if (LABELS.test(text)) return 'label';
    const headlineLike = words <= 25 && !/[.!?]["”’]?$/u.test(text);
    if (headlineLike && key.length > 0 && (key === titleKey || seenShortLines.has(key))) return 'headline';
    if (isByline(text)) return 'byline';
    if (headlineLike) seenShortLines.add(key);
    return null;
  });
}
