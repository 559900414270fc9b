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
    readonly headers: Record<string, string> = {},
  ) {
    super(status, { message });
  }
}

export const notFound = () =>
  new ApiError(404, 'not-found', 'There is no report with that id. It may have expired or been deleted.');

export const notReady = (status: string) =>
  new ApiError(409, 'not-ready', `The report is ${status}; it has no people yet.`);

/** A report stored by version 1 (sentences inside): this version reads facts only. */
export const OLD_VERSION_MESSAGE =
  'This report was made by an older version of Reconnect: analyse your export again.';
export const oldVersion = () => new ApiError(410, 'old-version', OLD_VERSION_MESSAGE);

/** Every try of a change met another writer's change to the same report first (see ReportService). */
export const writeContention = () =>
  new ApiError(
    503,
    'busy',
    'The report was being changed by other requests at the same moment. Please try again.',
    { 'Retry-After': '1' },
  );

export const notJson = () =>
  new ApiError(415, 'unsupported-media-type', 'Send the body as JSON, with Content-Type: application/json.');

export function onError(log: (entry: Record<string, string | number>) => void) {
  return (error: Error, c: Context) => {
    if (error instanceof ApiError)
      return c.json({ error: { code: error.code, message: error.message } }, error.status, error.headers);
    if (isInputError(error)) return c.json({ error: { code: error.code, message: error.message } }, 422);
    if (error instanceof ZodError) {
      const issue = error.issues[0];
      const field = issue?.path.join('.') ?? '';
      // Our own messages name their field ("limit is a whole number…"); zod's do not.
      const where = field && !issue?.message.startsWith(field.split('.')[0] ?? field) ? ` (${field})` : '';
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
      // Hono's own: a body over the limit, a body that is not JSON, a content type a route does not take.
      if (error.status === 413)
        return c.json({ error: { code: 'too-large', message: 'The request body is too large.' } }, 413);
      if (error.status === 415) {
        const { code, message } = notJson();
        return c.json({ error: { code, message } }, 415);
      }
      const message = /JSON/i.test(error.message) ? 'The body is not JSON.' : 'The request is not valid.';
      return c.json({ error: { code: 'bad-request', message } }, error.status);
    }
    // The name only: messages can quote the data (a JSON error shows the text it choked on).
    log({ event: 'api-error', name: error.name });
    return c.json(
      { error: { code: 'internal', message: 'Something went wrong on our side. Please try again.' } },
      500,
    );
  };
}
