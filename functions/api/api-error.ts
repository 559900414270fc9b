import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ZodError } from 'zod';
import { isInputError } from '../core/index.ts';

/** Every error leaves as `{error: {code, message}}`; nothing internal (stack, SDK message) ever does. */
export class ApiError extends HTTPException {
  constructor(
    status: ContentfulStatusCode,
    readonly code: string,
    message: string,
  ) {
    super(status, { message });
  }
}

export const notFound = () =>
  new ApiError(404, 'not-found', 'There is no report with that id. It may have expired or been deleted.');

export function onError(log: (entry: Record<string, string | number>) => void) {
  return (error: Error, c: Context) => {
    if (error instanceof ApiError)
      return c.json({ error: { code: error.code, message: error.message } }, error.status);
    if (isInputError(error)) return c.json({ error: { code: error.code, message: error.message } }, 422);
    if (error instanceof ZodError) {
      const issue = error.issues[0];
      const field = issue?.path.join('.') ?? '';
      // Our own messages name their field ("limit is a whole number…"); zod's do not.
      const where = field && !issue?.message.startsWith(field) ? ` (${field})` : '';
      return c.json(
        {
          error: {
            code: 'bad-request',
            message: `The request is not valid${where}: ${issue?.message ?? ''}`,
          },
        },
        400,
      );
    }
    if (error instanceof HTTPException) {
      const code = error.status === 413 ? 'too-large' : 'bad-request';
      const message = error.status === 413 ? 'The request body is too large.' : 'The request is not valid.';
      return c.json({ error: { code, message } }, error.status);
    }
    // The name only: messages can quote the data (a JSON error shows the text it choked on).
    log({ event: 'api-error', name: error.name });
    return c.json(
      { error: { code: 'internal', message: 'Something went wrong on our side. Please try again.' } },
      500,
    );
  };
}
