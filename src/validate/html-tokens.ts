/**
 * Reads HTML as the standard's tokenizer does (parse5's), start tags and all, without building a
 * tree: tree building drops tags that a browser still acts on where they land. Only the tokens a
 * reader asks for are handed over; every other token is passed by.
 */
import { Tokenizer, type TokenHandler } from 'parse5';

/** The tokens a reader of {@link readTokens} may ask for. */
export type TokenReader = Partial<Pick<TokenHandler, 'onStartTag' | 'onDoctype' | 'onParseError'>>;

const ignore = () => {};

/** Tokenises `html`, calling `reader` for each start tag, doctype and parse error; `locations` adds where each token is. */
export function readTokens(html: string, reader: TokenReader, { locations = false } = {}): void {
  const handler: TokenHandler = {
    onStartTag: reader.onStartTag ?? ignore,
    onDoctype: reader.onDoctype ?? ignore,
    onEndTag: ignore,
    onComment: ignore,
    onEof: ignore,
    onCharacter: ignore,
    onNullCharacter: ignore,
    onWhitespaceCharacter: ignore,
  };
  if (reader.onParseError) handler.onParseError = reader.onParseError;
  new Tokenizer({ sourceCodeLocationInfo: locations }, handler).write(html, true);
}
