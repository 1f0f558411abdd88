/**
 * The message catalogues (`messages/<lang>.json`, inlang's message format, which Paraglide JS
 * compiles to functions) as data: what a message is, which inputs it takes, and what is wrong
 * with a translation of the English catalogue. Pure, so that the build, the compile step
 * (`scripts/messages.ts`) and the tests apply the same check.
 */

/**
 * One message with variants: `declarations` name its inputs (`input count`) and locals
 * (`local countPlural = count: plural`), `selectors` what chooses a variant, and `match` the text
 * of each combination (`"countPlural=one"`, `"count=0, countPlural=*"`), `*` matching anything.
 */
export interface VariantMessage {
  declarations: string[];
  selectors: string[];
  match: Record<string, string>;
}

/** A message: plain text with `{input}` placeholders, or text chosen by variants. */
export type MessageSource = string | VariantMessage[];

/** A catalogue as read from its file: message keys to messages, and the format's `$schema`. */
export type Catalogue = Readonly<Record<string, MessageSource | undefined>>;

/** The keys of a catalogue's messages (everything but `$schema`), in the file's order. */
export function messageKeys(catalogue: Catalogue): string[] {
  return Object.keys(catalogue).filter((key) => key !== '$schema');
}

const placeholder = /(?<!\\)\{([A-Za-z_$][\w$]*)\}/g;

const placeholders = (text: string): string[] => [...text.matchAll(placeholder)].map((found) => found[1]!);

/** The inputs `message` takes, sorted: its placeholders, or the `input` declarations of its variants. */
export function messageInputs(message: MessageSource): string[] {
  const inputs =
    typeof message === 'string'
      ? placeholders(message)
      : message.flatMap((variant) =>
          variant.declarations.flatMap((declaration) => /^input\s+(\S+)$/.exec(declaration.trim())?.[1] ?? []),
        );
  return [...new Set(inputs)].sort();
}

/** The texts `message` can give, each with its placeholders unfilled. */
export function messageTexts(message: MessageSource): string[] {
  return typeof message === 'string' ? [message] : message.flatMap((variant) => Object.values(variant.match));
}

/** Placeholders of a variant's texts that neither an input nor a local of its declarations names. */
function undeclared(message: MessageSource): string[] {
  if (typeof message === 'string') return [];
  return message.flatMap((variant) => {
    const declared = new Set(variant.declarations.map((declaration) => declaration.trim().split(/\s+/)[1]));
    return Object.values(variant.match).flatMap((text) => placeholders(text).filter((name) => !declared.has(name)));
  });
}

const list = (inputs: string[]) => (inputs.length === 0 ? 'no inputs' : inputs.map((input) => `{${input}}`).join(', '));

/** A catalogue with the file it was read from, as a problem names it ("messages/cy.json"). */
export interface CatalogueFile {
  file: string;
  messages: Catalogue;
}

/**
 * What is wrong with `translation` as a translation of `reference`, one sentence a problem, each
 * naming the file and the key: a message missing or empty, a key the reference lacks, inputs that
 * differ from the reference's (the pages hand every language the same inputs), a placeholder no
 * declaration names. Empty when the translation is complete.
 */
export function catalogueProblems(reference: CatalogueFile, translation: CatalogueFile): string[] {
  const problems: string[] = [];
  const theirs = translation.messages;
  for (const key of messageKeys(reference.messages)) {
    const english = reference.messages[key]!;
    const translated = theirs[key];
    if (translated === undefined) {
      problems.push(
        `${translation.file}: "${key}" is missing. Every message of ${reference.file} needs its translation here: add "${key}" (the English is ${JSON.stringify(english)}).`,
      );
      continue;
    }
    if (
      messageTexts(translated).every((text) => text.trim() === '') &&
      messageTexts(english).some((text) => text.trim() !== '')
    ) {
      problems.push(`${translation.file}: "${key}" is empty. Write its translation of ${JSON.stringify(english)}.`);
    }
    const wanted = messageInputs(english);
    const given = messageInputs(translated);
    if (wanted.join() !== given.join()) {
      problems.push(
        `${translation.file}: "${key}" takes ${list(given)}, but ${reference.file} takes ${list(wanted)}. Use the same inputs, with the same names: the page fills in those.`,
      );
    }
  }
  for (const key of messageKeys(theirs)) {
    if (reference.messages[key] === undefined) {
      problems.push(
        `${translation.file}: "${key}" is not in ${reference.file}. Add the English first, or remove the key if it is misspelt or no longer used.`,
      );
    }
  }
  for (const { file, messages } of [reference, translation]) {
    for (const key of messageKeys(messages)) {
      for (const name of undeclared(messages[key]!)) {
        problems.push(
          `${file}: "${key}" uses {${name}}, which none of its declarations names. Declare it ("input ${name}").`,
        );
      }
    }
  }
  return problems;
}
