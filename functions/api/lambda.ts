import { handle } from 'hono/aws-lambda';
import { createApp } from './create-app.ts';
import { defaultDeps } from './default-deps.ts';

export const handler = handle(createApp(defaultDeps()));
