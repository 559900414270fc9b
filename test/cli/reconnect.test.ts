import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../functions/cli/main.ts';
import { EXPORTS } from '../support/fixtures.ts';
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
    expect(stdout).toMatch(/^10 connections: 2 likely former colleagues \(\d+ with possible ones\)/);
    expect(stdout).toMatch(/ {3}1 {5}\d+ {2}former/);
    expect(stdout).toContain('You both worked at');
  });

  it('prints the whole report as JSON, with --as-of as its date', async () => {
    const { status, stdout } = await cli('analyze', ERA_2026, '--format', 'json', '--as-of', '2026-01-01');
    expect(status).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.version).toBe(1);
    expect(report.asOf).toBe('2026-01-01');
    expect(report.people).toHaveLength(10);
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
      'rank,name,profile_url,company,position,category,confidence,score,relevance,recency,shared_employer,connected_on,last_contact,reasons,draft',
    );
    expect(lines).toHaveLength(4);
    expect(readdirSync(dir)).toEqual(['people.csv']);
  });

  it('writes one self-contained HTML file', async () => {
    const { stdout } = await cli('analyze', ERA_2026, '--format', 'html');
    expect(stdout).toMatch(/^<!doctype html>/);
    expect(stdout).not.toMatch(/<script|<link|src=/i);
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
