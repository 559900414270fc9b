/**
 * The one error the engine throws on bad input. `code` is stable (the API maps it to a status),
 * `message` is written for the person whose export it is, on the page or the command line.
 */
export type InputErrorCode =
  | 'empty-input'
  | 'no-connections'
  | 'no-connection-rows'
  | 'not-an-export'
  | 'several-exports'
  | 'unreadable-zip'
  | 'encrypted-zip'
  | 'nested-zip'
  | 'too-large'
  | 'unreadable-text'
  | 'not-csv'
  | 'missing-columns'
  | 'too-many-connections'
  | 'bad-option';

export class InputError extends Error {
  readonly code: InputErrorCode;

  constructor(code: InputErrorCode, message: string) {
    super(message);
    this.name = 'InputError';
    this.code = code;
  }
}

export function isInputError(error: unknown): error is InputError {
  return error instanceof InputError;
}
