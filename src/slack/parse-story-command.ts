import type { SummaryRequest } from '../summary/summary.js';

/** What `/story …` asks for. */
export type StoryCommand =
  | { readonly kind: 'help' }
  | { readonly kind: 'sources' }
  | { readonly kind: 'summary'; readonly request: SummaryRequest }
  | { readonly kind: 'quotes'; readonly speaker: string | undefined }
  | { readonly kind: 'question'; readonly question: string };

/** Reads the text after `/story` (already cleaned of Slack markup). Anything that is not a subcommand is a question. */
export function parseStoryCommand(text: string): StoryCommand {
  const trimmed = text.trim();
  const [first = '', ...restWords] = trimmed.split(/\s+/u);
  const rest = restWords.join(' ');
  switch (first.toLowerCase()) {
    case '':
    case 'help':
      return rest === '' ? { kind: 'help' } : { kind: 'question', question: trimmed };
    case 'sources':
      return rest === '' ? { kind: 'sources' } : { kind: 'question', question: trimmed };
    case 'summary':
    case 'summarize':
    case 'summarise': {
      const article = /^article\s+(.+)$/iu.exec(rest);
      if (article?.[1] !== undefined) return { kind: 'summary', request: { article: article[1] } };
      return { kind: 'summary', request: rest === '' ? {} : { topic: rest } };
    }
    case 'quotes':
      return { kind: 'quotes', speaker: rest === '' ? undefined : rest };
    default:
      return { kind: 'question', question: trimmed };
  }
}
