/** The API described as OpenAPI 3.1, served at /api/openapi.json. Kept beside the routes it describes. */
const error = { $ref: '#/components/schemas/Error' };
const json = (schema: object) => ({ 'application/json': { schema } });
/** Someone to correct: their profile URL, or their id in the report when the export gives them none. */
const person = { type: 'string', description: "a person's profileUrl, or their id when they have none" };
const omitPeople = {
  name: 'omit',
  in: 'query',
  schema: { const: 'people' },
  description: 'Leave out people (read them in pages from /people)',
};
const idParam = {
  name: 'id',
  in: 'path',
  required: true,
  schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{22}$' },
};
const errors = {
  '404': { description: 'No such report (unknown, malformed, expired or deleted id)', content: json(error) },
};

export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Reconnect API',
    version: '1.0.0',
    description:
      'Upload a LinkedIn data export, get back your former colleagues ranked, explained, with a first message each. Reports expire; uploads are deleted once read.',
  },
  paths: {
    '/api/health': {
      get: {
        summary: 'Liveness',
        responses: { '200': { description: 'OK', content: json({ type: 'object' }) } },
      },
    },
    '/api/reports': {
      post: {
        summary: 'Create a report and get a presigned form to upload the export to',
        responses: {
          '201': {
            description:
              'Post the export as multipart form data to upload.url with upload.fields, file field last',
            content: json({
              type: 'object',
              required: ['id', 'upload', 'expiresAt'],
              properties: {
                id: { type: 'string' },
                upload: {
                  type: 'object',
                  properties: {
                    url: { type: 'string' },
                    fields: { type: 'object', additionalProperties: { type: 'string' } },
                  },
                },
                expiresAt: { type: 'string', format: 'date-time' },
              },
            }),
          },
        },
      },
    },
    '/api/reports/{id}': {
      get: {
        summary: 'Status, and the report once ready',
        parameters: [idParam, omitPeople],
        responses: {
          '200': {
            description: 'Ready',
            content: json({
              type: 'object',
              properties: { status: { const: 'ready' }, report: { $ref: '#/components/schemas/Report' } },
            }),
          },
          '303': {
            description:
              'Ready, and the full report is over 5 MB (more than Lambda may answer): a short-lived link to the same body in storage',
          },
          '202': {
            description: 'Pending or processing',
            content: json({ type: 'object', properties: { status: { enum: ['pending', 'processing'] } } }),
          },
          '422': {
            description:
              'The upload could not be used, or never finished: processing stalled for 15 minutes (processing-stalled), or no file came before the upload link expired (no-upload)',
            content: json({
              type: 'object',
              properties: { status: { const: 'failed' }, error: { $ref: '#/components/schemas/ErrorBody' } },
            }),
          },
          ...errors,
        },
      },
      delete: {
        summary: 'Delete the report and everything under its id',
        parameters: [idParam],
        responses: { '204': { description: 'Deleted' }, ...errors },
      },
    },
    '/api/reports/{id}/people': {
      get: {
        summary: 'A page of ranked people',
        parameters: [
          idParam,
          {
            name: 'category',
            in: 'query',
            schema: { enum: ['former-colleague', 'current-colleague', 'alumni', 'other'] },
          },
          { name: 'company', in: 'query', schema: { type: 'string' } },
          {
            name: 'q',
            in: 'query',
            schema: { type: 'string' },
            description: 'Text in name, company or position',
          },
          { name: 'minConfidence', in: 'query', schema: { type: 'number', minimum: 0, maximum: 1 } },
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500, default: 50 } },
          { name: 'cursor', in: 'query', schema: { type: 'string' } },
        ],
        responses: {
          '200': {
            description: 'A page',
            content: json({
              type: 'object',
              properties: {
                total: { type: 'integer' },
                people: { type: 'array', items: { type: 'object' } },
                nextCursor: { type: ['string', 'null'] },
              },
            }),
          },
          '409': { description: 'Not ready yet', content: json(error) },
          ...errors,
        },
      },
    },
    '/api/reports/{id}/corrections': {
      post: {
        summary: 'Mark people colleague or not, merge company names; returns the re-ranked report',
        parameters: [idParam, omitPeople],
        requestBody: {
          content: json({
            type: 'object',
            properties: {
              colleague: { type: 'array', items: person },
              notColleague: { type: 'array', items: person },
              merge: {
                type: 'array',
                items: { type: 'array', items: { type: 'string' }, minItems: 2, maxItems: 2 },
              },
            },
          }),
        },
        responses: {
          '200': { description: 'The re-ranked report', content: json({ type: 'object' }) },
          '400': { description: 'Invalid body', content: json(error) },
          '409': { description: 'Not ready yet', content: json(error) },
          '422': {
            description:
              'A profile URL that is no one in the report (people without one cannot be corrected)',
            content: json(error),
          },
          ...errors,
        },
      },
    },
    '/api/reports/{id}/export.csv': {
      get: {
        summary: 'The ranked people as CSV (formulas neutralised)',
        parameters: [idParam],
        responses: {
          '200': { description: 'CSV', content: { 'text/csv': {} } },
          '303': { description: 'Over 5 MB: a short-lived link that downloads the CSV from storage' },
          '409': { description: 'Not ready yet', content: json(error) },
          ...errors,
        },
      },
    },
    '/api/reports/{id}/reminders.ics': {
      get: {
        summary: 'Calendar reminders to reconnect, a few a week',
        parameters: [idParam],
        responses: {
          '200': { description: 'iCalendar', content: { 'text/calendar': {} } },
          '409': { description: 'Not ready yet', content: json(error) },
          ...errors,
        },
      },
    },
    '/api/analyze': {
      post: {
        summary:
          'Analyse up to 4 MB at once (a CSV, the ZIP, or several CSVs as multipart); nothing is stored',
        parameters: [{ name: 'asOf', in: 'query', schema: { type: 'string', format: 'date' } }],
        requestBody: { content: { 'text/csv': {}, 'application/zip': {}, 'multipart/form-data': {} } },
        responses: {
          '200': { description: 'The report', content: json({ $ref: '#/components/schemas/Report' }) },
          '400': { description: 'No file, or a bad asOf', content: json(error) },
          '413': { description: 'Over 4 MB', content: json(error) },
          '422': { description: 'Not a usable export; the message says why', content: json(error) },
        },
      },
    },
  },
  components: {
    schemas: {
      ErrorBody: {
        type: 'object',
        required: ['code', 'message'],
        properties: { code: { type: 'string' }, message: { type: 'string' } },
      },
      Error: {
        type: 'object',
        required: ['error'],
        properties: { error: { $ref: '#/components/schemas/ErrorBody' } },
      },
      Report: {
        type: 'object',
        description: 'Report version 1; see functions/core/report.ts',
        required: [
          'version',
          'asOf',
          'owner',
          'summary',
          'people',
          'companies',
          'timeline',
          'graph',
          'warnings',
        ],
        properties: {
          version: { const: 1 },
          asOf: { type: 'string', format: 'date' },
          people: { type: 'array', items: { type: 'object' } },
        },
      },
    },
  },
} as const;
