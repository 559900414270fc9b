import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';
import type { InputFile } from '../../functions/core/index.ts';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
export const EXPORTS = join(FIXTURES, 'exports');

export interface ExpectedPerson {
  firstName: string;
  lastName: string;
  slug: string | null;
  company: string;
  position: string;
  connectedOn: string;
}

export interface Expected {
  description: string;
  error: string | null;
  connections?: number;
  hiddenProfiles?: number;
  people?: ExpectedPerson[];
  ownerEmployers?: { company: string; from: string; to: string | null }[];
  messages?: {
    total: number;
    drafts: number;
    byCounterpart: Record<string, { sent: number; received: number }>;
  };
  ownerSlugs?: string[];
  invitations?: number;
  endorsementsReceived?: number;
  recommendationsReceived?: number;
}

export function fixtureNames(): string[] {
  return readdirSync(EXPORTS).filter((n) => statSync(join(EXPORTS, n)).isDirectory());
}

export function expectedOf(name: string): Expected {
  return JSON.parse(readFileSync(join(EXPORTS, name, 'expected.json'), 'utf8'));
}

/** The fixture's export files as loose files (subfolders included, named by relative path). */
export function fixtureFiles(name: string): InputFile[] {
  const root = join(EXPORTS, name);
  const files: InputFile[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (entry !== 'expected.json')
        files.push({ name: relative(root, path), bytes: new Uint8Array(readFileSync(path)) });
    }
  };
  walk(root);
  return files;
}

/** The fixture zipped as LinkedIn ships it, or one folder down as a person re-zipping it would. */
export function fixtureZip(name: string, folder = ''): InputFile {
  const entries: Record<string, Uint8Array> = {};
  for (const f of fixtureFiles(name)) entries[`${folder}${f.name}`] = f.bytes;
  return { name: `${name}.zip`, bytes: zipSync(entries) };
}

export function slugOfUrl(url: string | null): string | null {
  return url ? decodeURIComponent(url.replace('https://www.linkedin.com/in/', '')) : null;
}
