import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { S3Access, S3Principal } from '../../functions/storage/s3-access-log.ts';

/**
 * Holds what the functions did to S3 in the tests against the IAM policies the stack gives them.
 *
 * Each recorded operation (functions/storage/s3-access-log.ts) is turned into the IAM actions and
 * resources S3 authorises it by, and evaluated against the statements of that function's role in the
 * template `Template.fromStack` synthesizes: an explicit Deny wins, otherwise an Allow must match
 * (statements with conditions, NotAction or NotResource never count as allowing: this is a check, not
 * a full IAM engine, and errs towards "denied"). An operation with no known mapping is denied too, so
 * a new kind of request cannot slip through unexamined.
 */

/** Who is held to which role. */
export type Grantee = S3Principal;

export interface Statement {
  Effect: 'Allow' | 'Deny';
  Action?: string | string[];
  NotAction?: string | string[];
  Resource?: unknown;
  NotResource?: unknown;
  Condition?: unknown;
}

/** The data bucket's ARN as the evaluation writes it (the logical id stands for the name). */
export interface Grants {
  bucketArn: string;
  statements: Record<Grantee, Statement[]>;
}

export interface Permission {
  grantee: Grantee;
  action: string;
  resource: string;
}

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * What S3 checks for each operation the functions use (the service authorisation reference's table
 * for Amazon S3). Keys are object ARNs, listing is on the bucket ARN.
 */
const REQUIRED: Record<string, { action: string; on: 'keys' | 'bucket' }> = {
  GetObject: { action: 's3:GetObject', on: 'keys' },
  HeadObject: { action: 's3:GetObject', on: 'keys' },
  PutObject: { action: 's3:PutObject', on: 'keys' },
  // A presigned POST is sent by the browser but signed by the function: its role must may put the key.
  PresignedPost: { action: 's3:PutObject', on: 'keys' },
  DeleteObject: { action: 's3:DeleteObject', on: 'keys' },
  // Checked key by key: a refused key comes back in the answer's Errors, not as an error.
  DeleteObjects: { action: 's3:DeleteObject', on: 'keys' },
  ListObjectsV2: { action: 's3:ListBucket', on: 'bucket' },
  ListObjects: { action: 's3:ListBucket', on: 'bucket' },
};

/** The permissions one recorded operation needs, or an error naming an operation nobody mapped. */
export function permissionsFor(access: S3Access, bucketArn: string): Permission[] | string {
  const required = REQUIRED[access.operation];
  if (!required) {
    return `${access.principal} ${access.operation}: no IAM mapping for this S3 operation (add it to test/support/s3-grants.ts)`;
  }
  const grantee = access.principal;
  if (required.on === 'bucket') return [{ grantee, action: required.action, resource: bucketArn }];
  return access.keys.map((key) => ({ grantee, action: required.action, resource: `${bucketArn}/${key}` }));
}

/** Every recorded operation some statement does not allow, described for a failure message. */
export function deniedAccesses(accesses: S3Access[], grants: Grants): string[] {
  const denied = new Set<string>();
  for (const access of accesses) {
    const needed = permissionsFor(access, grants.bucketArn);
    if (typeof needed === 'string') {
      denied.add(needed);
      continue;
    }
    for (const p of needed) {
      if (!isAllowed(grants.statements[p.grantee] ?? [], p.action, p.resource)) {
        const what = access.prefix === undefined ? '' : ` (prefix ${access.prefix})`;
        denied.add(
          `${p.grantee} ${access.operation}${what} needs ${p.action} on ${p.resource}: its role does not allow it`,
        );
      }
    }
  }
  return [...denied];
}

export function isAllowed(statements: Statement[], action: string, resource: string): boolean {
  const applies = (s: Statement) =>
    matchesElement(s.Action, s.NotAction, action, true) &&
    matchesElement(s.Resource, s.NotResource, resource, false);
  if (statements.some((s) => s.Effect === 'Deny' && applies(s))) return false;
  return statements.some(
    (s) =>
      s.Effect === 'Allow' &&
      !s.Condition &&
      s.NotAction === undefined &&
      s.NotResource === undefined &&
      applies(s),
  );
}

function matchesElement(element: unknown, notElement: unknown, value: string, caseless: boolean): boolean {
  if (notElement !== undefined) return !list(notElement).some((p) => wildcard(p, value, caseless));
  return list(element).some((p) => wildcard(p, value, caseless));
}

function list(element: unknown): unknown[] {
  return element === undefined ? [] : Array.isArray(element) ? element : [element];
}

/** IAM's `*` and `?`; action names are case-insensitive, ARNs are not. Unresolved values never match. */
function wildcard(pattern: unknown, value: string, caseless: boolean): boolean {
  if (typeof pattern !== 'string') return false;
  const source = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${source}$`, caseless ? 'i' : '').test(value);
}

interface Resource {
  Type: string;
  Properties?: Record<string, unknown>;
}

interface TemplateJson {
  Resources: Record<string, Resource>;
}

function statementsOf(policy: Resource): Statement[] {
  return (policy.Properties?.PolicyDocument as { Statement?: Statement[] } | undefined)?.Statement ?? [];
}

/**
 * The statements of each grantee's role, from a synthesized template. Intrinsics are resolved as far
 * as the data bucket's ARN and name and the partition; anything else stays an object and so matches
 * nothing.
 */
export function grantsFromTemplate(template: TemplateJson): Grants {
  const resources = Object.entries(template.Resources);
  const [bucketId] =
    resources.find(
      ([, r]) =>
        r.Type === 'AWS::S3::Bucket' &&
        JSON.stringify(r.Properties?.LifecycleConfiguration ?? '').includes('uploads/'),
    ) ?? [];
  if (!bucketId) throw new Error('s3-grants: no data bucket (the one with an uploads/ lifecycle rule)');
  const bucketArn = `arn:aws:s3:::${bucketId}`;
  const resolve = (value: unknown): unknown => {
    if (typeof value === 'string' || typeof value !== 'object' || value === null) return value;
    if (Array.isArray(value)) return value.map(resolve);
    const v = value as Record<string, unknown>;
    const getAtt = v['Fn::GetAtt'] as [string, string] | undefined;
    if (getAtt?.[0] === bucketId && getAtt[1] === 'Arn') return bucketArn;
    if (v.Ref === bucketId) return bucketId;
    if (v.Ref === 'AWS::Partition') return 'aws';
    const join = v['Fn::Join'] as [string, unknown[]] | undefined;
    if (join) {
      const parts = join[1].map(resolve);
      return parts.every((p) => typeof p === 'string') ? parts.join(join[0]) : value;
    }
    return value;
  };
  const roleStatements = (roleId: string): Statement[] =>
    resources
      .filter(
        ([, r]) =>
          r.Type === 'AWS::IAM::Policy' &&
          (r.Properties?.Roles as unknown[] | undefined)?.some(
            (ref) => (ref as { Ref?: string }).Ref === roleId,
          ),
      )
      .flatMap(([, r]) => statementsOf(r))
      .map((s) => ({ ...s, Resource: resolve(s.Resource), NotResource: resolve(s.NotResource) }));
  const functionRole = (constructId: string): string => {
    const [, fn] =
      resources.find(
        ([id, r]) => r.Type === 'AWS::Lambda::Function' && id.startsWith(`${constructId}Function`),
      ) ?? [];
    const roleId = (fn?.Properties?.Role as { 'Fn::GetAtt'?: [string, string] } | undefined)?.[
      'Fn::GetAtt'
    ]?.[0];
    if (!roleId) throw new Error(`s3-grants: no role for the ${constructId} function`);
    return roleId;
  };
  return {
    bucketArn,
    statements: {
      api: roleStatements(functionRole('Api')),
      ingest: roleStatements(functionRole('Ingest')),
      sweep: roleStatements(functionRole('Sweep')),
    },
  };
}

/**
 * The grants of the stack as deployed by default, synthesized once and kept on disk under a key made
 * of everything that decides them (the infra sources, cdk.json, the aws-cdk-lib version, this file),
 * so the dozen test files that check their operations do not each spend seconds synthesizing.
 */
export async function synthesizedGrants(): Promise<Grants> {
  const hash = createHash('sha256');
  const infra = join(ROOT, 'infra');
  for (const file of readdirSync(infra).sort()) hash.update(file).update(readFileSync(join(infra, file)));
  hash.update(readFileSync(join(ROOT, 'cdk.json')));
  hash.update(readFileSync(join(ROOT, 'node_modules', 'aws-cdk-lib', 'package.json')));
  hash.update(readFileSync(import.meta.filename));
  hash.update(readFileSync(join(import.meta.dirname, 'synth-app.ts')));
  const dir = join(ROOT, 'node_modules', '.cache', 'reconnect');
  const file = join(dir, `s3-grants-${hash.digest('hex').slice(0, 16)}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Grants;
  const grants = grantsFromTemplate((await synthesizeDefaultStack()) as TemplateJson);
  mkdirSync(dir, { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, JSON.stringify(grants));
  renameSync(partial, file);
  for (const old of readdirSync(dir)) {
    if (old.startsWith('s3-grants-') && join(dir, old) !== file && !old.endsWith('.tmp'))
      rmSync(join(dir, old), { force: true });
  }
  return grants;
}

async function synthesizeDefaultStack(): Promise<unknown> {
  const { Template } = await import('aws-cdk-lib/assertions');
  const { synthApp } = await import('./synth-app.ts');
  return Template.fromStack(synthApp().main).toJSON();
}
