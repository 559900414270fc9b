import type { MiddlewareHandler } from 'hono';
import { notJson } from './api-error.ts';

/**
 * A body that changes something is JSON, said so by its Content-Type. A cross-site form can post
 * text/plain, urlencoded or multipart (or nothing) without asking first; it cannot send
 * application/json without the browser's preflight, which CORS refuses.
 */
export const requireJson: MiddlewareHandler = async (c, next) => {
  if (!/^application\/json\s*(;|$)/i.test(c.req.header('Content-Type') ?? '')) throw notJson();
  await next();
};
