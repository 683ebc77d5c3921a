/**
 * Why an input could not be read. Bad input is expected in a batch, so failures are data:
 * each is reported by name and the rest of the batch goes on.
 */
export const INPUT_ERROR_CODES = {
  NOT_FOUND: 'no such file or folder',
  UNREADABLE: 'cannot be read',
  EMPTY: 'is empty',
  BINARY: 'is not UTF-8 text',
  NOT_ARABIC: 'is not Arabic text',
  TOO_LARGE: 'is too large',
  BAD_JSONL_LINE: 'is not a valid JSONL article',
  BAD_HTML: 'has no readable article text',
  BAD_FEED: 'is not an RSS or Atom feed',
} as const;

export type InputErrorCode = keyof typeof INPUT_ERROR_CODES;

export interface InputError {
  code: InputErrorCode;
  /** The input by name: a file path, `-` for stdin, `file.jsonl:LINE` or `feed.xml#ITEM`. */
  input: string;
  /** What is wrong, for a person: `is empty`, `is not Arabic text (12% Arabic letters)`. */
  message: string;
}

export function inputError(code: InputErrorCode, input: string, detail?: string): InputError {
  const base = INPUT_ERROR_CODES[code];
  return { code, input, message: detail ? `${base} (${detail})` : base };
}

/** `input: message`, the way the CLI reports it after its `rasd: ` prefix. */
export function formatInputError(error: InputError): string {
  return `${error.input}: ${error.message}`;
}
