/** One article of the story, as ingested: verbatim body plus what is known about it. */
export interface Article {
  /** Stable id: the front matter `id`, the file name, or the `id` of a corpus.jsonl line. */
  readonly id: string;
  readonly title: string;
  /** True when the title was derived from the first sentence because the article gave none. */
  readonly titleDerived: boolean;
  readonly source: string | null;
  readonly author: string | null;
  /** ISO 8601 date or date-time, as given. */
  readonly published: string | null;
  readonly url: string | null;
  /** The article text, verbatim. Passage offsets index into this string. */
  readonly body: string;
  /**
   * How paragraphs are marked: `blank-lines` (corpus.jsonl: a single line break is only a wrap) or `lines`
   * (article files, where many sources put one paragraph per line).
   */
  readonly layout: 'blank-lines' | 'lines';
  /** Where it came from (file path, or file:line for JSONL), for error messages. */
  readonly origin: string;
}

/** What a citation or a source listing shows of an article. */
export interface ArticleMeta {
  readonly articleId: string;
  readonly title: string;
  readonly titleDerived: boolean;
  readonly source: string | null;
  readonly published: string | null;
  readonly url: string | null;
}

/** The fields of `ArticleMeta`, taken from an article. */
export function articleMeta(article: Article): ArticleMeta {
  const { id: articleId, title, titleDerived, source, published, url } = article;
  return { articleId, title, titleDerived, source, published, url };
}

/** A problem found while reading one article; the rest of the corpus still ingests. */
export interface CorpusProblem {
  /** File path, with `:line` where the problem has one. */
  readonly location: string;
  readonly message: string;
}

/** The articles read from a corpus folder or file, and what could not be read. */
export interface LoadedCorpus {
  readonly articles: readonly Article[];
  readonly problems: readonly CorpusProblem[];
}
