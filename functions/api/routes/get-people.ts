import { createRoute, type RouteHandler } from '@hono/zod-openapi';
import { answer } from '../answer.ts';
import { ApiError } from '../api-error.ts';
import { langOf } from '../lang.ts';
import { peoplePage } from '../people-page.ts';
import { PeopleQuery, ReportIdParams } from '../schemas/requests.ts';
import { errors, json, PeoplePage } from '../schemas/responses.ts';
import type { RouteContext } from './route-context.ts';

export const getPeopleRoute = createRoute({
  method: 'get',
  path: '/api/reports/{id}/people',
  summary: 'A page of ranked people, each with their words in the language asked for',
  request: { params: ReportIdParams, query: PeopleQuery },
  responses: {
    200: {
      description: 'A page; Content-Language says the language of the words',
      content: json(PeoplePage),
    },
    ...errors([400, 404, 409, 410], {
      422: 'The page would be too large to send in one answer (page-too-large): ask for fewer people',
    }),
  },
});

export function getPeople({ reports }: RouteContext): RouteHandler<typeof getPeopleRoute> {
  return async (c) => {
    const { id } = c.req.valid('param');
    const query = c.req.valid('query');
    const { cached, status } = await reports.cached(id);
    const lang = langOf(c, query.lang, status);
    // Pages repeat (the list view asks for the same first page often): kept a while, per language.
    const body = reports.page(id, status.updatedAt, JSON.stringify({ ...query, lang }), () =>
      peoplePage(cached, query, lang),
    );
    return answer(c, body, {
      tooLarge: () => {
        throw new ApiError(
          422,
          'page-too-large',
          'This page is too large to send at once: ask for fewer people (limit).',
        );
      },
    });
  };
}
