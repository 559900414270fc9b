import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../functions/cli/main.ts';
import { formatTable } from '../../functions/cli/table.ts';
import { analyze } from '../../functions/core/index.ts';
import { EXPORTS } from '../support/fixtures.ts';
import { wordsOf } from '../support/words.ts';
import { buildZip } from '../support/zip-builder.ts';

const BIN = join(import.meta.dirname, '..', '..', 'functions', 'cli', 'reconnect.js');
const ERA_2026 = join(EXPORTS, 'era-2026');

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await main(argv, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    today: () => '2026-11-01',
    columns: 120,
  });
  return { status, stdout, stderr };
}

describe('reconnect analyze', () => {
  it('prints a ranked table by default, best first, with the first reason', async () => {
    const { status, stdout } = await cli('analyze', ERA_2026);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^10 connections: \d former colleagues?, /);
    expect(stdout).toMatch(/\n\d+ possible colleagues \(below the line/);
    expect(stdout).toMatch(/\n {3}1 {2}[ \d]{3} {2}\S.*\[former colleague, /);
    expect(stdout).toMatch(/You both worked at|Probably worked with you at/);
    // In German too, reasons and drafts alike.
    const de = await cli('analyze', ERA_2026, '--lang', 'de');
    expect(de.stdout).toMatch(/^10 Kontakte: \d ehemalige/);
    expect(de.stdout).toMatch(/Sie haben beide bei|Hat wahrscheinlich mit Ihnen bei/);
    expect((await cli('analyze', ERA_2026, '--lang', 'fr')).status).toBe(2);
  });

  it('prints the whole report as JSON, with --as-of as its date', async () => {
    const { status, stdout } = await cli('analyze', ERA_2026, '--format', 'json', '--as-of', '2026-01-01');
    expect(status).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.version).toBe(2);
    expect(report.asOf).toBe('2026-01-01');
    expect(report.people).toHaveLength(10);
    // Facts, not sentences: the words come only when asked for.
    expect(report.people[0].reasons[0]).toHaveProperty('kind');
    expect(report.people[0]).not.toHaveProperty('words');
    const worded = JSON.parse(
      (await cli('analyze', ERA_2026, '-f', 'json', '--words', '--lang', 'de')).stdout,
    );
    expect(worded.people[0].words.reasons[0]).toMatch(/^(Sie haben beide|Hat wahrscheinlich mit Ihnen) bei /);
  });

  it('limits output with --top and writes files with --out, leaving no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reconnect-'));
    const out = join(dir, 'people.csv');
    const { status } = await cli('analyze', ERA_2026, '-f', 'csv', '--top', '3', '--out', out);
    expect(status).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\ufeff')).toBe(true);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'rank,name,profile_url,company,position,category,confidence,tie,status,due,score,relevance,shared_employer,connected_on,last_contact,reasons,draft',
    );
    expect(lines).toHaveLength(4);
    expect(readdirSync(dir)).toEqual(['people.csv']);
  });

  it('writes one self-contained HTML file', async () => {
    const { stdout } = await cli('analyze', ERA_2026, '--format', 'html');
    expect(stdout).toMatch(/^<!doctype html>/);
    // Nothing from elsewhere; one inline script of its own (allowed by its hash: test/core/output.test.ts).
    expect(stdout).not.toMatch(/<link|\ssrc=/i);
    expect(stdout.match(/<script\b/gi)).toHaveLength(1);
  });

  it('takes employers from --employer when Positions.csv is missing', async () => {
    const connections = join(ERA_2026, 'Connections.csv');
    const without = await cli('analyze', connections, '-f', 'json');
    expect(JSON.parse(without.stdout).owner.employersSource).toBe('none');
    const { stdout } = await cli(
      'analyze',
      connections,
      '-f',
      'json',
      '--employer',
      'Cobalt Payments:2019-01..2022-06',
    );
    const report = JSON.parse(stdout);
    expect(report.owner.employers.map((e: { company: string }) => e.company)).toEqual(['Cobalt Payments']);
  });

  it.each([
    [['analyse', ERA_2026], 2, 'Unknown command'],
    [['analyze'], 2, 'Name your export'],
    [['analyze', ERA_2026, '--format', 'pdf'], 2, '--format must be one of'],
    [['analyze', ERA_2026, '--top', 'ten'], 2, '--top takes a whole number'],
    [['analyze', ERA_2026, '--employer', 'Acme'], 2, 'should look like "Acme:2018-03..2021-06"'],
    [['analyze', ERA_2026, '--bogus'], 2, "Unknown option '--bogus'."],
    [['analyze', ERA_2026, '--top', '-1'], 2, '--top needs a value after it'],
    [['analyze', ERA_2026, '--split', ' '], 2, '--split needs a company name'],
    [['analyze', 'missing.zip'], 1, 'no such file or folder'],
    [['analyze', join(EXPORTS, 'no-connections')], 1, 'needs Connections.csv'],
    [['analyze', join(EXPORTS, 'header-only', 'Connections.csv')], 1, 'no connections in it'],
  ])('%j exits %i saying what is wrong, in one line without a stack', async (argv, code, message) => {
    const { status, stderr, stdout } = await cli(...argv);
    expect(status).toBe(code);
    expect(stderr).toContain(message);
    expect(stderr).not.toMatch(/\bat .*\(/);
    expect(stdout).toBe('');
  });
});

describe('--out', () => {
  it.each([
    [
      'a folder that does not exist',
      (dir: string) => join(dir, 'missing', 'x.html'),
      'the folder does not exist.',
    ],
    [
      'an existing folder',
      (dir: string) => {
        mkdirSync(join(dir, 'reports'));
        return join(dir, 'reports');
      },
      'it is a folder.',
    ],
    [
      'a path through a file',
      (dir: string) => {
        writeFileSync(join(dir, 'notes.txt'), 'x');
        return join(dir, 'notes.txt', 'x.html');
      },
      'part of the path is a file, not a folder.',
    ],
  ])('into %s exits 1 naming the path given, and leaves no temporary file', async (_, target, reason) => {
    const dir = mkdtempSync(join(tmpdir(), 'reconnect-'));
    const out = target(dir);
    const before = listTree(dir);
    const { status, stderr, stdout } = await cli('analyze', ERA_2026, '--out', out);
    expect(status).toBe(1);
    expect(stderr).toBe(`reconnect: Cannot write "${out}": ${reason}\n`);
    expect(stdout).toBe('');
    expect(listTree(dir)).toEqual(before);
  });

  it.each([
    ['report.html', /^<!doctype html>/],
    ['report.JSON', /^\{"version":2,/],
    ['people.Csv', /^\ufeffrank,name,/],
    ['people.txt', /^10 connections:/],
  ])('takes the format from a file named %s when --format is not given', async (name, start) => {
    const out = join(mkdtempSync(join(tmpdir(), 'reconnect-')), name);
    const { status } = await cli('analyze', ERA_2026, '-o', out, '-q');
    expect(status).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(start);
  });

  it('lets an explicit --format win over the file name', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'reconnect-')), 'report.html');
    await cli('analyze', ERA_2026, '-o', out, '--format', 'csv', '-q');
    expect(readFileSync(out, 'utf8')).toMatch(/^\ufeffrank,name,/);
  });

  it('says so in --help', async () => {
    const { stdout } = await cli('--help');
    expect(stdout).toContain('ending in .json, .csv or .html');
  });
});

describe('--employer', () => {
  it.each([
    [
      'Acme:2021-06..2018-03',
      '--employer "Acme:2021-06..2018-03": the start (2021-06) is after the end (2018-03).',
    ],
    ['Acme:2018-13..', '--employer "Acme:2018-13.." should look like "Acme:2018-03..2021-06"'],
    ['Acme:  2018-03 ..soon', '--employer "Acme:  2018-03 ..soon" should look like'],
  ])('%j is a usage error that echoes the value as given', async (value, message) => {
    const { status, stderr } = await cli('analyze', join(ERA_2026, 'Connections.csv'), '--employer', value);
    expect(status).toBe(2);
    expect(stderr).toContain(message);
  });

  it('takes a tenure that starts and ends in the same month', async () => {
    const { status } = await cli(
      'analyze',
      join(ERA_2026, 'Connections.csv'),
      '--employer',
      'Acme:2019-01..2019-01',
    );
    expect(status).toBe(0);
  });
});

describe('a missing option value', () => {
  it.each([
    [['--out'], '--out needs a value after it.'],
    [['-o'], '--out needs a value after it.'],
    [['--out='], '--out needs a value after it.'],
    [['--as-of'], '--as-of needs a value after it.'],
    [['--employer'], '--employer needs a value after it.'],
    [['-o', '-q'], '--out needs a value after it (one that starts with "-" is written --out=-…).'],
  ])('%j is told plainly', async (options, message) => {
    const { status, stderr } = await cli('analyze', ERA_2026, ...options);
    expect(status).toBe(2);
    expect(stderr).toBe(`reconnect: ${message}\nRun "reconnect --help" for usage.\n`);
  });
});

describe('progress', () => {
  it('is said on stderr for an export ZIP of a megabyte or more, and not with --quiet', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reconnect-'));
    const zip = join(dir, 'export.zip');
    // A photo-sized file that does not compress beside the connections, as real exports have.
    const noise = new Uint8Array(1_200_000).map((_, i) => (i * 2654435761) >>> 24);
    writeFileSync(
      zip,
      buildZip([
        { name: 'Connections.csv', data: readFileSync(join(ERA_2026, 'Connections.csv')) },
        { name: 'Rich_Media/photo.bin', data: noise, stored: true },
      ]),
    );
    const loud = await cli('analyze', zip, '--format', 'csv');
    expect(loud.status).toBe(0);
    expect(loud.stderr).toMatch(/^Reading 1 file, 1\.\d MB…\nRanked 10 connections in \d+\.\d\d s\.\n$/);
    expect((await cli('analyze', zip, '--format', 'csv', '--quiet')).stderr).toBe('');
  });
});

describe('the table', () => {
  it('suggests --top for the rest only when --top was not given', async () => {
    const report = analyze(
      [{ name: 'Connections.csv', bytes: readFileSync(join(ERA_2026, 'Connections.csv')) }],
      {
        asOf: '2026-11-01',
      },
    );
    const table = formatTable(report, report.people.slice(0, 3), { width: 80 });
    expect(table).toContain('…7 more; --top N, or');
    // Each person's draft in full, wrapped under their name within the width.
    const said = wordsOf(report);
    const shown = report.people.slice(0, 3).map(said);
    const drafts = table
      .split('\n')
      .filter((line) => shown.some((w) => w.draftLabel && line.trimStart().startsWith(`${w.draftLabel}: `)));
    expect(drafts).toHaveLength(shown.filter((w) => w.draft).length);
    for (const line of table.split('\n').filter((l) => l.startsWith('   ')))
      expect([...line].length, line).toBeLessThanOrEqual(80);
    const first = shown[0];
    if (first?.draft) expect(table.replace(/\s+/g, ' ')).toContain(first.draft.replace(/\s+/g, ' '));
    const { stdout } = await cli('analyze', ERA_2026, '--top', '3');
    expect(stdout).toContain('…7 more;');
    expect(stdout).not.toContain('--top N');
  });
});

function listTree(dir: string): string[] {
  return readdirSync(dir, { recursive: true }).map(String).sort();
}

describe('terminal safety', () => {
  it('prints no control characters from file names or cells', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reconnect-'));
    const zip = join(dir, 'evil.zip');
    writeFileSync(
      zip,
      buildZip([
        {
          name: 'Evil\u001b[31m\u001b]0;pwned\u0007.csv',
          data: new TextEncoder().encode('x'),
          encrypted: true,
        },
      ]),
    );
    const { status, stderr } = await cli('analyze', zip);
    expect(status).toBe(1);
    expect(stderr).toContain('password-protected');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting their absence
    expect(stderr.trimEnd()).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
  });
  it('prints no control characters from a wrong option value', async () => {
    const { status, stderr } = await cli('analyze', ERA_2026, '--merge', 'Acme\u001b]0;pwned\u0007');
    expect(status).toBe(2);
    expect(stderr).toContain('--merge "Acme ]0;pwned " should look like');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting their absence
    expect(stderr.trimEnd()).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
  });
});

describe('the installed command', () => {
  it('runs as a real process and exits with the right status', () => {
    const ok = spawnSync(
      process.execPath,
      [BIN, 'analyze', ERA_2026, '--top', '2', '--as-of', '2026-11-01'],
      { encoding: 'utf8' },
    );
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('connections:');
    const help = spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('reconnect analyze <export.zip | folder | file.csv ...>');
    const bad = spawnSync(process.execPath, [BIN, 'analyze', join(EXPORTS, 'no-connections')], {
      encoding: 'utf8',
    });
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(BIN)).toBe(true);
  });
});
