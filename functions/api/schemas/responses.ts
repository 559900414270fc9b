import { z } from '@hono/zod-openapi';
import { OLD_VERSION_MESSAGE } from '../api-error.ts';
import { PersonSchema, PersonWordsSchema, ReportSchema } from './report-schema.ts';

/** What the routes answer, as zod schemas for the OpenAPI document. */

const ErrorBody = z
  .object({
    code: z.string().openapi({ example: 'not-found' }),
    message: z.string().openapi({ description: 'In plain words, for the person reading it' }),
  })
  .openapi('ErrorBody');

export const ErrorSchema = z.object({ error: ErrorBody }).openapi('Error');

export const json = <T extends z.ZodType>(schema: T) => ({ 'application/json': { schema } });

/** The errors routes share, by status, each described once. */
export const ERRORS = {
  400: 'A query or body that is not valid; the message names the field',
  404: 'No such report: unknown, malformed, expired and deleted ids all answer the same',
  409: 'The report is not ready yet (pending or processing)',
  410: `A report stored by an older version (report version 1), code old-version: "${OLD_VERSION_MESSAGE}"`,
  413: 'The request body is over the limit (256 KB of JSON)',
  415: 'The body is not sent as application/json',
  500: 'Something went wrong on our side (storage unreachable, say); nothing internal is said',
} as const;

/** Error responses for a route: the statuses listed, with the shared description or a route's own. */
export function errors(statuses: (keyof typeof ERRORS)[], own: Record<number, string> = {}) {
  const all: Record<number, string> = {};
  for (const status of statuses) all[status] = ERRORS[status];
  Object.assign(all, own);
  all[500] ??= ERRORS[500];
  return Object.fromEntries(
    Object.entries(all).map(([status, description]) => [status, { description, content: json(ErrorSchema) }]),
  ) as Record<number, { description: string; content: ReturnType<typeof json<typeof ErrorSchema>> }>;
}

export const ReadyBody = z.object({ status: z.literal('ready'), report: ReportSchema });
export const WaitingBody = z.object({ status: z.enum(['pending', 'processing']) });
export const FailedBody = z.object({ status: z.literal('failed'), error: ErrorBody });

export const PeoplePage = z
  .object({
    total: z.number().int().openapi({ description: 'People matching the filters' }),
    people: z.array(
      PersonSchema.extend({
        words: PersonWordsSchema.openapi({
          description: "The person's facts in words, in the page's language",
        }),
      }),
    ),
    nextCursor: z
      .string()
      .nullable()
      .openapi({ description: 'The cursor of the next page; null on the last' }),
  })
  .openapi('PeoplePage');

export const PresignedUpload = z.object({
  url: z.string().openapi({ description: 'Post the export here as multipart form data' }),
  fields: z
    .record(z.string(), z.string())
    .openapi({ description: 'Form fields to send first, the file last' }),
});

export const CreatedReport = z.object({
  id: z.string(),
  upload: PresignedUpload,
  expiresAt: z.string().openapi({ format: 'date-time' }),
});

/** A change that met other writers' changes to the same report on every try (`busy`). */
export const CHANGE_CONFLICT =
  'The report was being changed by other requests at the same moment, on every try (busy): try again (Retry-After)';

/** A download link answer: the body is too large for one Lambda response. */
export const seeOther = (what: string) => ({
  description: `${what} is over what one answer may carry (Lambda's 6 MB, measured as sent): a short-lived link (5 minutes) that downloads the same body from storage`,
  headers: z.object({ Location: z.string().openapi({ description: 'The download link' }) }),
});
