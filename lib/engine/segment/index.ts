// Sentence segmentation with exact offsets into the original text.
import type { Lang } from '../types';
import { splitBlocks, type BlockType } from './blocks';
import { findQuoteSpans } from './quotes';
import { splitFlow } from './split-flow';

export type SentenceQuote = {
  /** Document-wide quote number; sentences sharing an id belong to one quotation. */
  id: number;
  start: number;
  end: number;
  closed: boolean;
  open: string;
  close: string | null;
};

export type Sentence = {
  text: string;
  start: number;
  end: number;
  index: number;
  /** Paragraph number (blank-line separated), counted from 0. */
  paragraph: number;
  block: BlockType;
  /** Footnote marker that followed the sentence ("12", "³"); not part of `text`. */
  footnote: string | null;
  /** Quotations overlapping this sentence. */
  quotes: SentenceQuote[];
};

export type { BlockType } from './blocks';
export type { QuoteSpan } from './quotes';

const overlapping = (quotes: SentenceQuote[], start: number, end: number): SentenceQuote[] =>
  quotes.filter((q) => q.start < end && q.end > start);

export const segmentSentences = (text: string, lang: Lang = 'de'): Sentence[] => {
  const sentences: Sentence[] = [];
  let quoteId = 0;
  for (const block of splitBlocks(text)) {
    const quotes = findQuoteSpans(text, block.start, block.end).map((q) => ({
      id: quoteId++,
      start: q.start,
      end: q.end,
      closed: q.close !== null,
      open: q.open,
      close: q.close,
    }));
    const parts =
      block.type === 'heading'
        ? [{ start: block.start, end: block.end, footnote: null }]
        : splitFlow(text, block.start, block.end, lang);
    for (const part of parts) {
      if (part.end <= part.start) continue;
      sentences.push({
        text: text.slice(part.start, part.end),
        start: part.start,
        end: part.end,
        index: sentences.length,
        paragraph: block.paragraph,
        block: block.type,
        footnote: part.footnote,
        quotes: quotes.length ? overlapping(quotes, part.start, part.end) : [],
      });
    }
  }
  return sentences;
};
