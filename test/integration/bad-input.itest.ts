// Bad input against every route of the OpenAPI document, as a signed-in labour expert, an
// organisation administrator, anonymously and (for the sign-in steps) mid sign-in. Whatever
// arrives — arbitrary or schema-shaped-but-wrong bodies, invalid JSON, wrong content types, junk
// path parameters and query strings — the answer is never a 5xx, and every 4xx has the one error
// shape `{ error: { code, message } }` with a message that shows no internals.
//
// Three kinds of test per route and caller:
// - fast-check properties, one facet of the request at a time (path, query, body) plus all at once;
// - a deterministic sweep: every field of a valid body, one hostile value at a time (so the value
//   gets past the schema into the store), and the same for every query parameter;
// - one property for URLs the router itself refuses (undecodable %-escapes, over-long parameters).
//
// Reproducing a failure: seeds are fixed (derived from engine, caller, route and facet), so running
// the one failing test again (`-t "<its name>"`) replays it; the message prints seed, request and answer.
import { createHash, randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../src/platform/auth/store.js';
import { SEED_000_RULE_SET } from '../../src/contact/rules.js';
import {
  Client, createOrganisation, createUser, ENGINES, newCaseBody, signIn, startApp, type Engine, type TestApp, type TestUser, circumstancesBody, contactBody, distinctSlot, enableVideo,
} from './harness.js';

// ---- the routes, from the OpenAPI document itself ------------------------------------------------
type JsonSchema = {
  type?: string; enum?: unknown[]; anyOf?: JsonSchema[]; nullable?: boolean; format?: string; pattern?: string;
  minLength?: number; maxLength?: number; minimum?: number; maximum?: number; minItems?: number; maxItems?: number;
  items?: JsonSchema; properties?: Record<string, JsonSchema>; required?: string[]; additionalProperties?: boolean;
};
interface RouteSpec {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  pathParams: string[];
  queryParams: Array<{ name: string; schema: JsonSchema }>;
  jsonBody: JsonSchema | null;
  multipart: boolean;
}

/** A `oneOf` (a discriminated union, e.g. the report's recipients) is walked like an `anyOf`: one of the branches. */
function normalised(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(normalised);
  if (!schema || typeof schema !== 'object') return schema;
  const entries = Object.entries(schema as Record<string, unknown>).map(([k, v]) => [k === 'oneOf' ? 'anyOf' : k, k === 'enum' ? v : normalised(v)] as const);
  return Object.fromEntries(entries);
}

async function discoverRoutes(): Promise<RouteSpec[]> {
  const t = await startApp('pglite');
  try {
    const response = await t.app.inject({ url: '/api/openapi.json' });
    const paths = response.json().paths as Record<string, Record<string, {
      parameters?: Array<{ in: string; name: string; schema: JsonSchema }>;
      requestBody?: { content: Record<string, { schema: JsonSchema }> };
    }>>;
    const routes: RouteSpec[] = [];
    for (const [path, operations] of Object.entries(paths)) {
      for (const [method, op] of Object.entries(operations)) {
        routes.push({
          method: method.toUpperCase() as RouteSpec['method'],
          path,
          pathParams: [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!),
          queryParams: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => ({ name: p.name, schema: p.schema })),
          jsonBody: (normalised(op.requestBody?.content['application/json']?.schema) as JsonSchema | undefined) ?? null,
          // The upload route declares `consumes: multipart/form-data` but no body schema, so OpenAPI shows no requestBody.
          multipart: Boolean(op.requestBody?.content['multipart/form-data']) || path.endsWith('/documents'),
        });
      }
    }
    return routes.filter((r) => r.path !== '/api/openapi.json');
  } finally {
    await t.close();
  }
}

const ROUTES = await discoverRoutes();
const amsterdamToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const routeName = (r: RouteSpec) => `${r.method} ${r.path}`;

// ---- budget --------------------------------------------------------------------------------------
// Runs per route per caller, split over the facets (about 55 on PGlite, 19 on PostgreSQL).
const RUNS: Record<Engine, Record<'path' | 'query' | 'body' | 'mixed', number>> = {
  pglite: { path: 12, query: 8, body: 25, mixed: 10 },
  postgres: { path: 4, query: 3, body: 8, mixed: 4 },
};
const PROPERTY_TIMEOUT_MS = 90_000;

function seedOf(...parts: string[]): number {
  return createHash('sha256').update(parts.join('|')).digest().readInt32BE(0);
}

// ---- generators ----------------------------------------------------------------------------------
const NUL = '\u0000';
/** encodeURIComponent, but total: a lone surrogate is sent as its UTF-8 replacement instead of throwing. */
const percentEncode = (value: string) => encodeURIComponent(Buffer.from(value, 'utf8').toString('utf8'));
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** Strings that are valid for `string` fields of the schema but hostile further down. */
function stringArb(schema: JsonSchema): fc.Arbitrary<string> {
  const min = schema.minLength ?? 0;
  const max = Math.min(schema.maxLength ?? 300, 20_000);
  return fc.oneof(
    { weight: 4, arbitrary: fc.string({ minLength: min, maxLength: Math.max(min, Math.min(max, 40)) }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: min, maxLength: Math.max(min, Math.min(max, 40)) }) },
    { weight: 1, arbitrary: fc.string({ maxLength: 10 }).map((s) => `${s}${NUL}${s}`) },
    { weight: 1, arbitrary: fc.constantFrom('x'.repeat(Math.max(min, max)), 'x'.repeat(max + 1), '   ', '\t\n', 'é'.repeat(Math.max(1, min)), '\ud800', "'; DROP TABLE cases; --", '%s%n', '${7*7}', '<script>alert(1)</script>') },
  );
}

const dateTimeArb = fc.oneof(
  { weight: 3, arbitrary: fc.date({ min: new Date('1901-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()) },
  { weight: 2, arbitrary: fc.constantFrom(
    '0000-01-01T00:00:00Z', '0001-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '9999-12-31T23:59:59-23:59', '2026-01-01T00:00:00+23:59',
    '2024-02-29T12:00:00.123456789+01:00', '2026-13-01T00:00:00Z', '2026-01-01', 'gisteren', '',
  ) },
);
const dateArb = fc.oneof(
  { weight: 3, arbitrary: fc.date({ min: new Date('1901-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) },
  { weight: 2, arbitrary: fc.constantFrom('0000-01-01', '0001-01-01', '1899-12-31', '9999-12-31', '2024-02-29', '2023-02-29', '2026-00-10', '26-01-01', '2026-1-1', '', 'morgen') },
);
const integerArb = (schema: JsonSchema) => fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: Math.max(schema.minimum ?? -1_000, -2_147_483_648), max: Math.min(schema.maximum ?? 1_000, 2_147_483_647) }) },
  { weight: 2, arbitrary: fc.constantFrom(0, -1, 1, 2_147_483_647, 2_147_483_648, 4_294_967_296, Number.MAX_SAFE_INTEGER, 1.5, 1e308, -0) },
);

interface Pools { ids: string[]; named: Record<string, string> }

/**
 * Values shaped by a JSON schema. `junk` is the weight of replacing any node by a value of the wrong
 * type (0: structurally valid, only hostile leaves).
 */
function fromSchema(schema: JsonSchema, junk: number, pools: Pools, name = '', depth = 0): fc.Arbitrary<unknown> {
  const wrong = fc.oneof(
    fc.constant(null), fc.integer(), fc.double(), fc.boolean(), fc.string({ maxLength: 8 }), fc.constant([]), fc.constant({}),
    fc.anything({ maxDepth: 2 }),
  );
  let right: fc.Arbitrary<unknown>;
  if (schema.enum) right = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...schema.enum) }, { weight: 1, arbitrary: fc.constantFrom('', 'onbekend', 'NL', ' nl ') });
  else if (schema.anyOf) right = fc.oneof(...schema.anyOf.map((s) => fromSchema(s, junk, pools, name, depth + 1)));
  else if (schema.type === 'string') {
    if (schema.format === 'uuid') right = fc.oneof(fc.constantFrom(...pools.ids), fc.uuid(), fc.constantFrom('00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff'));
    else if (schema.format === 'email') right = fc.oneof(fc.emailAddress(), fc.constantFrom(`a${NUL}@b.nl`, 'a@b', '@', `${'a'.repeat(250)}@b.nl`));
    else if (schema.format === 'date-time') right = dateTimeArb;
    else if (/(Date|Day)$/.test(name)) right = dateArb;
    else if (name === 'code') right = fc.oneof(fc.stringMatching(/^\d{6}$/), stringArb(schema));
    else right = stringArb(schema);
  } else if (schema.type === 'integer' || schema.type === 'number') right = integerArb(schema);
  else if (schema.type === 'boolean') right = fc.boolean();
  else if (schema.type === 'array') {
    const items = fromSchema(schema.items ?? {}, junk, pools, name, depth + 1);
    right = fc.oneof(
      { weight: 5, arbitrary: fc.array(items, { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 4, 4) }) },
      { weight: 1, arbitrary: fc.array(items, { minLength: (schema.maxItems ?? 4) + 1, maxLength: (schema.maxItems ?? 4) + 2 }) },
    );
  } else if (schema.type === 'object' || schema.properties) {
    const properties = Object.fromEntries(Object.entries(schema.properties ?? {}).map(([key, s]) => [key, fromSchema(s, junk, pools, key, depth + 1)]));
    const record = fc.record(properties, { requiredKeys: (schema.required ?? []).filter((k) => k in properties) });
    right = fc.oneof(
      { weight: 6, arbitrary: record },
      { weight: 1, arbitrary: fc.tuple(record, fc.string({ minLength: 1, maxLength: 12 }), fc.anything({ maxDepth: 1 })).map(([r, k, v]) => ({ ...(r as object), [k]: v })) },
    );
  } else right = fc.anything({ maxDepth: 2 });
  if (schema.nullable) right = fc.oneof({ weight: 4, arbitrary: right }, { weight: 1, arbitrary: fc.constant(null) });
  return junk > 0 ? fc.oneof({ weight: 12, arbitrary: right }, { weight: junk, arbitrary: wrong }) : right;
}

/** A valid-looking example of a schema (every optional field included, one item per array): the base that mutations start from. */
function exampleOf(schema: JsonSchema, pools: Pools, name = ''): unknown {
  if (schema.enum) return schema.enum[0];
  // A union of objects (PUT …/coverage/{theme}): the fullest branch, so the sweep reaches most fields.
  if (schema.anyOf && schema.anyOf.every((b) => b.properties)) return exampleOf(fullestBranch(schema.anyOf), pools, name);
  if (schema.anyOf) return exampleOf(schema.anyOf[schema.anyOf.length - 1]!, pools, name);
  if (schema.type === 'string') {
    if (schema.format === 'uuid') return pools.named[name] ?? pools.ids[0];
    if (schema.format === 'email') return `voorbeeld-${randomUUID().slice(0, 8)}@test.passend`;
    if (schema.format === 'date-time') return '2026-09-01T09:00:00Z';
    if (/(Date|Day)$/.test(name)) return '2020-01-06';
    if (name === 'code') return '123456';
    if (/password/i.test(name)) return 'een lang genoeg wachtwoord';
    return 'x'.repeat(Math.max(schema.minLength ?? 0, 2));
  }
  if (schema.type === 'integer' || schema.type === 'number') return Math.max(schema.minimum ?? 1, 1);
  if (schema.type === 'boolean') return false;
  if (schema.type === 'array') return (schema.maxItems ?? 1) > 0 ? [exampleOf(schema.items ?? {}, pools, name)] : [];
  if (schema.type === 'object' || schema.properties) {
    return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([key, s]) => [key, exampleOf(s, pools, key)]));
  }
  return null;
}

type PathStep = string | number;
interface Slot { path: PathStep[]; schema: JsonSchema; name: string }

const fullestBranch = (branches: JsonSchema[]) => branches.reduce((a, b) => (Object.keys(b.properties ?? {}).length > Object.keys(a.properties ?? {}).length ? b : a));

/** Every place in the example that a mutation can hit, with its schema. */
function slotsOf(schema: JsonSchema, value: unknown, path: PathStep[] = [], name = ''): Slot[] {
  if (path.length === 0 && schema.anyOf?.every((b) => b.properties)) return slotsOf(fullestBranch(schema.anyOf), value, path, name);
  const here: Slot[] = path.length ? [{ path, schema, name }] : [];
  if (schema.properties && value && typeof value === 'object' && !Array.isArray(value)) {
    return [...here, ...Object.entries(schema.properties).flatMap(([key, s]) => (key in value ? slotsOf(s, (value as Record<string, unknown>)[key], [...path, key], key) : []))];
  }
  if (schema.type === 'array' && Array.isArray(value) && value.length && schema.items) return [...here, ...slotsOf(schema.items, value[0], [...path, 0], name)];
  return here;
}

const REMOVE = Symbol('remove');
const ADD_UNKNOWN = Symbol('add unknown');

function applyAt(base: unknown, path: PathStep[], replacement: unknown): unknown {
  const copy = structuredClone(base);
  let parent = copy as Record<PathStep, unknown>;
  for (const step of path.slice(0, -1)) {
    const next = parent[step];
    // An earlier mutation replaced or removed an ancestor: nothing left to mutate here.
    if (!next || typeof next !== 'object') return copy;
    parent = next as Record<PathStep, unknown>;
  }
  const last = path[path.length - 1]!;
  if (replacement === REMOVE) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (replacement === ADD_UNKNOWN) {
    if (!Array.isArray(parent)) parent[`onbekend_${String(last)}`] = 'x';
  } else parent[last] = replacement;
  return copy;
}

/** The example with one to three fields made hostile: wrong type, hostile-but-well-typed value, missing, or an unknown neighbour. */
function mutatedExampleArb(schema: JsonSchema, pools: Pools): fc.Arbitrary<unknown> {
  const base = exampleOf(schema, pools);
  const slots = slotsOf(schema, base);
  if (slots.length === 0) return fc.constant(base);
  const mutation = fc.constantFrom(...slots).chain((slot) => fc.oneof(
    { weight: 5, arbitrary: fromSchema(slot.schema, 0, pools, slot.name) },
    { weight: 2, arbitrary: fc.oneof(fc.constant(null), fc.integer(), fc.double(), fc.boolean(), fc.string({ maxLength: 8 }), fc.constant([]), fc.constant({}), fc.anything({ maxDepth: 2 })) },
    { weight: 1, arbitrary: fc.constant<unknown>(REMOVE) },
    { weight: 1, arbitrary: fc.constant<unknown>(ADD_UNKNOWN) },
  ).map((replacement) => ({ path: slot.path, replacement })));
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(base) },
    { weight: 8, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 3 }).map((mutations) => mutations.reduce((value, m) => applyAt(value, m.path, m.replacement), base)) },
  );
}

/** For the field-by-field sweep: values that are hostile for a slot of the given schema, one at a time. */
function hostileValues(slot: Slot, pools: Pools): unknown[] {
  const s = slot.schema.anyOf ? { ...slot.schema.anyOf[slot.schema.anyOf.length - 1]!, nullable: slot.schema.nullable } : slot.schema;
  const values: unknown[] = [REMOVE, ADD_UNKNOWN, null];
  if (s.enum) return [...values, '', 'ONBEKEND', ` ${String(s.enum[0])} `, 1, true, {}, []];
  switch (s.type) {
    case 'string': {
      values.push(NUL, `x${NUL}y`, '', '   ', '\ud800', 'ä€😀', '<script>alert(1)</script>', "'; DROP TABLE cases; --", 1, true, {}, []);
      if (s.maxLength !== undefined) values.push('x'.repeat(s.maxLength), 'x'.repeat(s.maxLength + 1), '😀'.repeat(s.maxLength));
      if (s.format === 'uuid') values.push('00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', randomUUID(), ...pools.ids, 'ABCDEF00-0000-4000-8000-000000000000');
      if (s.format === 'email') values.push(`${'a'.repeat(64)}@${'b'.repeat(185)}.nl`, `a${NUL}@b.nl`, 'A@B.NL');
      if (s.format === 'date-time') {
        values.push('0000-01-01T00:00:00Z', '0001-01-01T00:00:00+01:00', '9999-12-31T23:59:59Z', '9999-12-31T23:59:59-23:59', '2026-01-01T00:00:00+23:59',
          '2026-01-01T00:00:00.123456789123Z', '2024-02-29T00:00:00Z', '1900-01-01T00:00:00Z');
      }
      if (/(Date|Day)$/.test(slot.name)) values.push('0000-01-01', '0001-01-01', '1000-01-01', '1899-12-31', '9999-12-31', '2023-02-29', '2024-02-29', '2026-12-31');
      break;
    }
    case 'integer':
    case 'number':
      values.push(0, -1, 1.5, -0, 2_147_483_647, 2_147_483_648, 4_294_967_296, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 1, 1e308, '1', true);
      if (s.maximum !== undefined) values.push(s.maximum, s.maximum + 1);
      break;
    case 'boolean':
      values.push('true', 0, 1, 'false');
      break;
    case 'array': {
      const item = exampleOf(s.items ?? {}, pools, slot.name);
      values.push([], 'x', {});
      if (s.maxItems !== undefined) values.push(Array.from({ length: s.maxItems }, () => item), Array.from({ length: s.maxItems + 1 }, () => item));
      break;
    }
    default:
      values.push({}, [], 'x', 1);
  }
  return values;
}

type Body =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown }
  | { kind: 'raw'; contentType: string | null; payload: string | Buffer };

function deepJson(depth: number, leaf: string): string {
  return '{"a":['.repeat(depth) + leaf + ']}'.repeat(depth);
}

/** A multipart body: sometimes well-formed with good parts, mostly not quite. */
function multipartArb(): fc.Arbitrary<Body> {
  const part = fc.record({
    name: fc.oneof(fc.constantFrom('file', 'documentType', 'professionalOnly'), fc.string({ maxLength: 10 }).map((s) => s.replace(/["\r\n]/g, ''))),
    fileName: fc.option(fc.oneof(fc.constantFrom('brief.pdf', 'a.exe', '../../etc/passwd', '.pdf', 'x'.repeat(300) + '.pdf', 'brief.pdf\u202eexe', 'brief.docm'), fc.string({ maxLength: 20 }).map((s) => s.replace(/["\r\n]/g, ''))), { nil: undefined }),
    contentType: fc.constantFrom('application/pdf', 'application/octet-stream', 'text/html', 'image/png', ''),
    content: fc.oneof(
      fc.constant(PDF), fc.constant(Buffer.alloc(0)), fc.uint8Array({ maxLength: 64 }).map((a) => Buffer.from(a)),
      fc.constantFrom('true', 'false', 'fml', 'other', 'TRUE', '', 'x'.repeat(2000), '%PDF-1.4 /JavaScript (app.alert(1))\n%%EOF', 'MZ\x90\x00').map((s) => Buffer.from(s, 'latin1')),
    ),
  });
  return fc.tuple(fc.array(part, { maxLength: 14 }), fc.constantFrom('ok', 'ok', 'ok', 'wrong-boundary', 'truncated', 'no-boundary')).map(([parts, damage]) => {
    const boundary = 'fuzzBoundary7MA4YWxkTrZu0gW';
    const chunks: Buffer[] = [];
    for (const p of parts) {
      let head = `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"`;
      if (p.fileName !== undefined) head += `; filename="${p.fileName}"${p.contentType ? `\r\nContent-Type: ${p.contentType}` : ''}`;
      chunks.push(Buffer.from(`${head}\r\n\r\n`, 'latin1'), p.content, Buffer.from('\r\n'));
    }
    chunks.push(Buffer.from(`--${boundary}--\r\n`));
    let payload = Buffer.concat(chunks);
    if (damage === 'truncated') payload = payload.subarray(0, Math.floor(payload.length / 2));
    const contentType = damage === 'no-boundary' ? 'multipart/form-data' : `multipart/form-data; boundary=${damage === 'wrong-boundary' ? 'somethingElse' : boundary}`;
    return { kind: 'raw' as const, contentType, payload };
  });
}

function bodyArb(route: RouteSpec, pools: Pools): fc.Arbitrary<Body> {
  const json = (a: fc.Arbitrary<unknown>) => a.map((value): Body => ({ kind: 'json', value }));
  const raw = (contentType: string | null, payload: string | Buffer): Body => ({ kind: 'raw', contentType, payload });
  const options: Array<fc.WeightedArbitrary<Body>> = [
    { weight: 1, arbitrary: fc.constant<Body>({ kind: 'none' }) },
    { weight: 2, arbitrary: json(fc.anything()) },
    { weight: 2, arbitrary: json(fc.object()) },
    // Invalid JSON text, and valid JSON that is not an object.
    { weight: 2, arbitrary: fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom('{', '{"a":}', '[1,]', 'nul', 'NaN', '{"a":1}}', "{'a':1}", '\u0000', '"', '{"__proto__":{"admin":true}}', '{"constructor":{"prototype":{"x":1}}}', '', ' ', 'null', '1e999', '"x"', '[]', 'true'),
    ).map((payload) => raw('application/json', payload)) },
    // Deeply nested JSON, and JSON just over the body limit.
    { weight: 1, arbitrary: fc.integer({ min: 50, max: 20_000 }).map((depth) => raw('application/json', deepJson(depth, '1'))) },
    { weight: 1, arbitrary: fc.constant(raw('application/json', JSON.stringify({ body: 'x'.repeat(1024 * 1024 + 10), professionalOnly: false }))) },
    // Wrong content types, with a JSON-looking payload.
    { weight: 2, arbitrary: fc.tuple(
      fc.constantFrom(null, 'text/plain', 'application/x-www-form-urlencoded', 'application/xml', 'application/json; charset=utf-16', 'application/json; charset=latin1',
        'application/jsonx', 'application/vnd.api+json', 'multipart/form-data; boundary=x', 'multipart/form-data', 'image/png', '*/*', 'application/json, text/plain', ';;;'),
      fc.constantFrom('{}', '{"code":"123456"}', 'a=1&b=2', '<x/>', '\x00\x01\x02', '--x\r\n\r\n--x--'),
    ).map(([contentType, payload]) => raw(contentType, payload)) },
  ];
  if (route.jsonBody) {
    options.push(
      { weight: 12, arbitrary: json(mutatedExampleArb(route.jsonBody, pools)) },
      { weight: 4, arbitrary: json(fromSchema(route.jsonBody, 0, pools)) },
      { weight: 4, arbitrary: json(fromSchema(route.jsonBody, 1, pools)) },
    );
  }
  if (route.multipart) options.push({ weight: 10, arbitrary: multipartArb() });
  return fc.oneof(...options);
}

// Percent-encodings that do not decode, and parameters over the router's length limit (100): the
// router refuses these before any route runs. They get their own test below, so that this one
// framework-level cause does not hide route-specific problems in the per-route properties.
const UNDECODABLE = ['%', '%zz', '%E0%A4%A', '%C0%AF', '%ff%fe', '%u0000', '%%', '%2', 'a%'];
const MAX_PARAM_LENGTH = 100;

function pathValueArb(name: string, pools: Record<string, string[]>): fc.Arbitrary<string> {
  const known = pools[name] ?? [];
  return fc.oneof(
    ...(known.length ? [{ weight: 6, arbitrary: fc.constantFrom(...known) }] : []),
    { weight: 3, arbitrary: fc.uuid() },
    { weight: 2, arbitrary: fc.string({ maxLength: 30 }).map(percentEncode).filter((v) => v.length <= MAX_PARAM_LENGTH) },
    { weight: 2, arbitrary: fc.constantFrom(
      '..', '.', '%2e%2e', '..%2f..%2fadmin%2fusers', '%2e%2e%2f%2e%2e%2f', '....//', '..%5c..%5c', '%00', 'a%00b', '%25', '%2F', 'null', 'undefined', '0', '-1',
      'NaN', "1'%20OR%20'1'%3D'1", '%7B%7D', 'a%2Fb', '%20', '*', '%0d%0aSet-Cookie:%20x=y', '%E2%80%AE', '%F0%9F%92%A9',
    ) },
    { weight: 1, arbitrary: fc.integer({ min: 37, max: MAX_PARAM_LENGTH }).map((n) => 'a'.repeat(n)) },
    { weight: 1, arbitrary: fc.constant('') },
  );
}

function queryArb(route: RouteSpec, pools: Pools): fc.Arbitrary<string> {
  const encodePair = ([k, v]: [string, string]) => `${percentEncode(k)}=${percentEncode(v)}`;
  const known = route.queryParams.length
    ? [fc.tuple(...route.queryParams.map((p) => fc.option(fromSchema(p.schema, 1, pools, p.name).map((v) => (typeof v === 'string' ? v : JSON.stringify(v) ?? '')), { nil: undefined })))
      .map((values) => route.queryParams.flatMap((p, i) => (values[i] === undefined ? [] : [encodePair([p.name, values[i]!])])).join('&'))]
    : [];
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant('') },
    { weight: 2, arbitrary: fc.array(fc.tuple(fc.string({ maxLength: 10 }), fc.string({ maxLength: 20 })), { maxLength: 4 }).map((pairs) => pairs.map(encodePair).join('&')) },
    { weight: 2, arbitrary: fc.constantFrom(
      '%', '%zz', 'a=%E0%A4%A', 'q=%00', 'q=a%00b', '&&&', '=x', 'page=1&page=2', 'page=0', 'page=-1', 'page=1e3', 'pageSize=1000', 'page=99999999999999999999',
      'status[]=x', 'a[b][c]=d', 'q=' + 'x'.repeat(300), 'q=%F0%9F%92%A9', 'q=%25%5F%5C', '__proto__[x]=1', 'constructor=1', 'deadline=overdue&deadline=within7',
    ) },
    ...known.map((arbitrary) => ({ weight: 6, arbitrary })),
  );
}

interface Attempt {
  pathValues: string[];
  query: string;
  body: Body;
  language: string | null;
  csrf: 'right' | 'none' | 'wrong';
}

/**
 * One dimension of bad input at a time, so that a bug in one (say, path parameters) does not hide
 * the bugs in another (say, bodies); `mixed` varies everything at once.
 */
const FACETS = ['path', 'query', 'body', 'mixed'] as const;
type Facet = (typeof FACETS)[number];

function attemptArb(route: RouteSpec, facet: Facet, pathPools: Record<string, string[]>, pools: Pools): fc.Arbitrary<Attempt> {
  const benignPath = (name: string) => {
    const known = pathPools[name] ?? [];
    return known.length ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...known) }, { weight: 1, arbitrary: fc.uuid({ version: 4 }) }) : fc.uuid({ version: 4 });
  };
  const benignBody: Body = route.jsonBody ? { kind: 'json', value: {} } : { kind: 'none' };
  const vary = (dimension: Facet) => facet === dimension || facet === 'mixed';
  return fc.record({
    pathValues: fc.tuple(...route.pathParams.map((p) => (vary('path') ? pathValueArb(p, pathPools) : benignPath(p)))),
    query: vary('query') ? queryArb(route, pools) : fc.constant(''),
    body: vary('body') ? bodyArb(route, pools) : fc.constant(benignBody),
    language: facet === 'mixed' ? fc.constantFrom(null, null, 'nl', 'en', 'en-GB,en;q=0.9', 'de', '*', 'en;q=abc', ';;;,,,') : fc.constant(null),
    csrf: facet === 'mixed' ? fc.constantFrom('right', 'right', 'right', 'right', 'right', 'none', 'wrong') : fc.constant('right'),
  }) as fc.Arbitrary<Attempt>;
}

// ---- checking an answer --------------------------------------------------------------------------
/** The error codes of docs/api.md with the status each one comes with. */
const STATUS_OF_CODE: Record<string, number> = {
  validation: 400, unauthenticated: 401, forbidden: 403, not_found: 404, conflict: 409, locked: 423, too_large: 413, unsupported_type: 415,
  rate_limited: 429, internal: 500,
};
const ERROR_CODES = Object.keys(STATUS_OF_CODE);

/** Every string in a JSON text (keys and values), as the server would have seen them after parsing. */
function stringsIn(payload: string): string {
  const found: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') found.push(value);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) { found.push(k); walk(v); }
  };
  try {
    walk(JSON.parse(payload));
  } catch { /* not JSON */ }
  return found.join(' ');
}
// Signs of a stack trace or internals. Not a plain "at ": Dutch "bestaat " and English "at least" contain it.
const INTERNALS = [/\n\s*at\s/, /\bat\s+[\w$.<>[\]]+\s+\(/, /\bat\s+(?:file:|node:|\/)/, /\.[cm]?[jt]sx?:\d+/, /\.ts:/, /Error:/, /FST_\w+/, /node_modules/];

interface Sent { method: string; url: string; headers: Record<string, string>; payload?: string | Buffer }

function describeExchange(sent: Sent, response: LightMyRequestResponse | null, problem: string): string {
  const payload = sent.payload === undefined ? '(none)' : JSON.stringify(String(sent.payload).slice(0, 600)) + (String(sent.payload).length > 600 ? ` … (${String(sent.payload).length} chars)` : '');
  const headers = { ...sent.headers };
  if (headers.cookie) headers.cookie = headers.cookie.replace(/=([^;]{6})[^;]*/g, '=$1…');
  return [
    problem,
    `request: ${sent.method} ${sent.url.slice(0, 600)}`,
    `headers: ${JSON.stringify(headers)}`,
    `payload: ${payload}`,
    response ? `answer: ${response.statusCode} ${response.body.slice(0, 600)}` : 'answer: (none)',
  ].join('\n    ');
}

/** Whatever the request, the answer is below 500 and every 4xx has our error shape. Returns problems. */
function checkAnswer(sent: Sent, response: LightMyRequestResponse): string | null {
  if (response.statusCode >= 500) return `status ${response.statusCode} (server error)`;
  if (response.statusCode < 400) return null;
  let body: unknown;
  try {
    body = response.json();
  } catch {
    return `a ${response.statusCode} answer that is not JSON`;
  }
  const error = (body as { error?: Record<string, unknown> } | null)?.error;
  if (!body || typeof body !== 'object' || Object.keys(body).join() !== 'error' || !error || typeof error !== 'object') {
    return `a ${response.statusCode} answer without the { error: { code, message } } shape`;
  }
  // Besides code, message, field and referenceId, only the documented facts (src/platform/errors.ts ErrorFacts).
  const extra = Object.keys(error).filter((k) => !['code', 'message', 'field', 'referenceId', 'attemptsLeft', 'lockedUntil', 'reason', 'problems'].includes(k));
  if (extra.length) return `error with unexpected keys ${extra.join(', ')}`;
  if (error.attemptsLeft !== undefined && (typeof error.attemptsLeft !== 'number' || error.attemptsLeft < 0)) return 'error.attemptsLeft is not a count';
  if (error.lockedUntil !== undefined && (typeof error.lockedUntil !== 'string' || Number.isNaN(Date.parse(error.lockedUntil)))) return 'error.lockedUntil is not a moment';
  if (error.reason !== undefined && typeof error.reason !== 'string') return 'error.reason is not a string';
  if (error.problems !== undefined && (!Array.isArray(error.problems) || error.problems.some((p) => typeof p !== 'object' || p === null || typeof (p as { message?: unknown }).message !== 'string' || !(p as { message: string }).message))) {
    return 'error.problems is not a list of problems in words';
  }
  if (typeof error.code !== 'string' || !ERROR_CODES.includes(error.code)) return `unknown error code ${JSON.stringify(error.code)}`;
  if (STATUS_OF_CODE[error.code] !== response.statusCode) return `error code ${error.code} with status ${response.statusCode} (expected ${STATUS_OF_CODE[error.code]})`;
  if (typeof error.message !== 'string' || error.message.trim() === '') return 'error without a message';
  if (error.field !== undefined && typeof error.field !== 'string') return 'error.field is not a string';
  // Internals in the message, unless they are simply the client's own input reflected back (an unknown key).
  let sentText = `${sent.url} ${String(sent.payload ?? '')} ${stringsIn(String(sent.payload ?? ''))}`;
  try {
    sentText += ` ${decodeURIComponent(sent.url)}`;
  } catch { /* undecodable url: the raw form is enough */ }
  for (const pattern of INTERNALS) {
    const match = error.message.match(pattern);
    if (match && !sentText.includes(match[0])) return `the message shows internals (${pattern}): ${JSON.stringify(error.message)}`;
  }
  return null;
}

// ---- the tests -----------------------------------------------------------------------------------
type Caller = 'expert' | 'admin' | 'anonymous' | 'pending';
const CALLERS_FOR = (route: RouteSpec): Caller[] => (route.path.startsWith('/api/auth/') ? ['expert', 'admin', 'anonymous', 'pending'] : ['expert', 'admin', 'anonymous']);

describe.each(ENGINES)('bad input on %s', (engine) => {
  let t: TestApp;
  let org: string;
  let otherOrg: string;
  let expert: TestUser;
  let admin: TestUser;
  let asExpert: Client;
  let otherCaseId: string;
  let builtInChannelId: string;
  let privacyNoticeId: string;
  let fixtureCount = 0;
  let currentPools: Pools = { ids: [], named: {} };

  beforeAll(async () => {
    t = await startApp(engine);
    org = await createOrganisation(t);
    otherOrg = await createOrganisation(t);
    expert = await createUser(t, org, ['labour_expert']);
    admin = await createUser(t, org, ['org_admin']);
    asExpert = await signIn(t, expert);
    const stranger = await signIn(t, await createUser(t, otherOrg, ['labour_expert']));
    otherCaseId = (await stranger.post('/api/cases', newCaseBody())).json().id;
    const asAdmin = await signIn(t, admin);
    ({ channelId: builtInChannelId, privacyNoticeId } = await enableVideo(asAdmin));
  });
  afterAll(async () => t?.close());

  /** Fresh objects for one property: a case of the expert with one of everything, and a user for the administrator to manage. */
  /** The fixture's two conversation reports: routes that change a draft get the draft one (see freshen). */
  let currentReports: { draft: string; shared: string } = { draft: '', shared: '' };
  /** The fixture's judgement material (issue 7): what a valid advice may link. */
  let currentJudgement = { evidenceId: '', ownRowKey: '' };
  /** The report's routes (issue 8) that act on one report, a delivery link or a delivery: their fixture has reports. */
  const needsReports = (route: RouteSpec | undefined) => !!route && /^\/api\/cases\/\{caseId\}\/reports\/\{reportId\}|\{token\}|\{deliveryId\}/.test(route.path);

  /**
   * The report (issue 8) on the fixture's case: a draft, one out for the client's check and a sealed one
   * (finalised with a recorded reason), sent to the employer by a personal link.
   */
  async function assessmentReports(caseId: string, templateId: string, partyId: string) {
    const start = async () => {
      const created = await asExpert.post(`/api/cases/${caseId}/reports`, { templateId });
      expect(created.statusCode, created.body).toBe(201);
      return created.json().id as string;
    };
    const lockVersion = async (id: string) => (await asExpert.get(`/api/cases/${caseId}/reports/${id}`)).json().current.lockVersion as number;
    const [draft, inCheck, final] = [await start(), await start(), await start()];
    const checked = await asExpert.post(`/api/cases/${caseId}/reports/${inCheck}/check`, { lockVersion: await lockVersion(inCheck), withEmployer: false });
    expect(checked.statusCode, checked.body).toBe(201);
    const sealed = await asExpert.post(`/api/cases/${caseId}/reports/${final}/finalise`, { lockVersion: await lockVersion(final), reason: 'Niet ter controle voorgelegd (fixture).', clientReactionSummary: null });
    expect(sealed.statusCode, sealed.body).toBe(200);
    const sent = await asExpert.post(`/api/cases/${caseId}/reports/${final}/versions/1/deliveries`, { recipients: [{ kind: 'party', partyId }] });
    expect(sent.statusCode, sent.body).toBe(201);
    const [mail] = await t.db.query<{ body_text: string }>("SELECT body_text FROM mail_outbox WHERE case_id = $1 AND kind = 'report_delivery' ORDER BY created_at DESC LIMIT 1", [caseId]);
    return { draft, inCheck, final, token: /\/rapport\/([A-Za-z0-9_-]{43})/.exec(mail!.body_text)![1]!, deliveryId: sent.json().deliveries[0] as string };
  }

  async function fixture(route?: RouteSpec) {
    const created = await asExpert.post('/api/cases', newCaseBody());
    expect(created.statusCode).toBe(201);
    const caseId = created.json().id as string;
    // The administrator's sweeps may have changed the office hours or the channel: restore them first.
    await t.db.query('DELETE FROM contact_settings WHERE organisation_id = $1', [org]);
    await t.db.query("UPDATE contact_channels SET form = 'video', approved = true, dpia_status = 'completed', legal_basis = 'test', retention = 'test' WHERE id = $1", [builtInChannelId]);
    // A video contact with consent: every contact route has something real to act on.
    const contact = await asExpert.post(`/api/cases/${caseId}/contacts`, contactBody({
      contactForm: 'video', circumstances: circumstancesBody('practical'), durationMinutes: 5, plannedAt: distinctSlot(fixtureCount++),
      choiceReasonCodes: ['other'], choiceReason: 'Vaste testopzet voor de invoercontrole.',
      videoConsent: { givenAt: new Date(Date.now() - 60_000).toISOString(), method: 'verbal_phone', privacyNoticeId, softwareExplained: true },
    }));
    expect(contact.statusCode, contact.body).toBe(201);
    const boundary = 'fixtureBoundary';
    const document = await asExpert.call({
      method: 'POST', url: `/api/cases/${caseId}/documents`, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="documentType"\r\n\r\nfml\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="fml.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
        PDF, Buffer.from(`\r\n--${boundary}--\r\n`),
      ]),
    });
    expect(document.statusCode).toBe(201);
    // A colleague of its own per property: the administrator's attempts may deactivate or re-role it.
    const colleague = await createUser(t, org, ['labour_expert']);
    expect((await asExpert.post(`/api/cases/${caseId}/shares`, { userId: colleague.id })).statusCode).toBe(204);
    const page = (await asExpert.get(`/api/cases/${caseId}`)).json();
    const victim = await createUser(t, org, ['office_staff']);
    const door = await asExpert.post(`/api/cases/${caseId}/portal`, { audience: 'client', partyId: null });
    expect(door.statusCode, door.body).toBe(201);
    // Two conversation reports: a draft (for editing, sharing, finalising) and a shared one with a client's
    // reaction (for processing and new versions). The reaction is put in directly: the portal's entry is
    // rate-limited per address, and reacting through the portal is proven in conversation.itest.ts.
    const newReport = async (share: boolean) => {
      const report = await asExpert.post(`/api/cases/${caseId}/conversation-reports`, { contactId: null, title: 'Verslag (fixture)' });
      expect(report.statusCode, report.body).toBe(201);
      const id = report.json().id as string;
      expect((await asExpert.put(`/api/cases/${caseId}/conversation-reports/${id}/draft`, { lockVersion: 1, paragraphs: [{ id: 'p1', theme: null, text: 'Alinea (fixture).', forEmployer: false }] })).statusCode).toBe(200);
      if (share) expect((await asExpert.post(`/api/cases/${caseId}/conversation-reports/${id}/share`, { withEmployer: false })).statusCode).toBe(204);
      return { id, versionId: (await asExpert.get(`/api/cases/${caseId}/conversation-reports/${id}`)).json().versions[0].id as string };
    };
    const draftReport = await newReport(false);
    const sharedReport = await newReport(true);
    const reactionId = randomUUID();
    const commentId = randomUUID();
    await t.db.query("INSERT INTO report_reactions (id, version_id, audience, access_id) VALUES ($1, $2, 'client', $3)", [reactionId, sharedReport.versionId, door.json().accessId]);
    await t.db.query("INSERT INTO report_comments (id, reaction_id, version_id, paragraph_id, stance, body, position) VALUES ($1, $2, $3, 'p1', 'disagree', 'Klopt niet.', 0)", [commentId, reactionId, sharedReport.versionId]);
    currentReports = { draft: draftReport.id, shared: sharedReport.id };
    const reportId = sharedReport.id;
    const versionId = sharedReport.versionId;
    // Capacity (issue 6): an FML, a job profile and a profile in the organisation's library.
    const fml = await asExpert.post(`/api/cases/${caseId}/fmls`, { catalogueId: 'shipped', date: '2026-03-01', authorRole: 'bedrijfsarts', circumstances: { duringTreatment: false, prognosis: null }, versionLabel: null, values: { 'I-1': { kind: 'ordinal', level: 1 } } });
    expect(fml.statusCode, fml.body).toBe(201);
    const jobProfile = await asExpert.post(`/api/cases/${caseId}/job-profiles`, { catalogueId: 'shipped', kind: 'own_job', name: 'Eigen werk (fixture)', basis: 'job_description', description: null, demands: { 'I-1': { kind: 'ordinal', level: 0 } }, adjustments: [] });
    expect(jobProfile.statusCode, jobProfile.body).toBe(201);
    const libraryProfile = await asExpert.post(`/api/cases/${caseId}/job-profiles/${jobProfile.json().id}/library`, { name: `Bibliotheek ${randomUUID().slice(0, 6)}`, description: null });
    expect(libraryProfile.statusCode, libraryProfile.body).toBe(201);
    // Explicit judgement (issue 7): two sources, an observation with a hypothesis, an anomaly, a row of the
    // expert's own in Schema 2, a running trajectory with an experiment, an advice draft, an instrument.
    const judge = async (path: string, body: unknown, method: 'POST' | 'PUT' = 'POST') => {
      const r = method === 'POST' ? await asExpert.post(`/api/cases/${caseId}${path}`, body) : await asExpert.put(`/api/cases/${caseId}${path}`, body);
      expect(r.statusCode, `${path}: ${r.body}`).toBeLessThan(300);
      return r.json();
    };
    const source = (title: string) => ({
      kind: 'information', sourceType: 'employer', sourceName: null, observedOn: addDays(amsterdamToday(), -2), method: 'phone', title, body: null, interest: null, reliability: 'reasonable',
      realityCheck: null, notInvestigatedReason: null, factorCodes: [], instrumentId: null, contactId: null, documentId: null, professionalOnly: false,
    });
    const evidenceOne = (await judge('/evidence', source('Bron één (fixture)'))).id as string;
    const evidenceTwo = (await judge('/evidence', source('Bron twee (fixture)'))).id as string;
    const observation = await judge('/observations', {
      body: 'Veel korte banen (fixture)', discriminator: null, evidenceIds: [], hypotheses: [{ explanation: 'Uitzendwerk', status: 'open', statusArgument: null, evidenceFor: [], evidenceAgainst: [] }],
    });
    const anomaly = await judge('/anomalies', { kind: 'anomaly', description: 'Geen diploma, wel jaren werk (fixture).', evidenceIds: [], observationId: null });
    const ownRow = await judge('/schema2', { label: 'Eigen rij (fixture)', supportNeed: 'Vaste contactpersoon.', workImplications: null, basis: null, evidenceIds: [] });
    const trajectory = await judge('/trajectories', { screeningReason: 'Het beeld is niet rond (fixture).', startedOn: amsterdamToday() });
    const experiment = await judge('/experiments', {
      title: 'Proefdag (fixture)', question: 'Houdt hij het vol?', hypothesisId: null, expectedSignals: 'Blijft.', vulnerabilities: 'Faalangst.', safeguards: 'Stoppen mag.',
      startsOn: amsterdamToday(), nextFeedbackOn: addDays(amsterdamToday(), 7),
    });
    currentJudgement = { evidenceId: evidenceOne, ownRowKey: ownRow.key as string };
    await judge('/advice', { lockVersion: null, content: validAdvice() }, 'PUT');
    const instrument = await asExpert.post('/api/instruments', {
      name: `Instrument ${randomUUID().slice(0, 8)} (fixture)`, construct: 'Leervermogen', validationStatus: 'unknown', validationNote: null, provider: null, costCents: null, durationMinutes: null, fitsWhen: null,
    });
    expect(instrument.statusCode, instrument.body).toBe(201);
    // The report (issue 8): the organisation's templates (made on first use); reports only where the route needs them.
    const forCase = await asExpert.get(`/api/cases/${caseId}/report-templates`);
    expect(forCase.statusCode, forCase.body).toBe(200);
    const templateId = forCase.json().templates[0].templateId as string;
    const assessment = needsReports(route)
      ? await assessmentReports(caseId, templateId, page.parties[0].id)
      : { draft: randomUUID(), inCheck: randomUUID(), final: randomUUID(), token: 'x'.repeat(43), deliveryId: randomUUID() };
    // The report a route acts on first: the one out for checking to resume, the sealed one to correct, send or download, else the draft.
    const assessmentIds = route && /\/resume$/.test(route.path) ? [assessment.inCheck, assessment.draft, assessment.final]
      : route && /\/(corrections|versions\/\{number\}\/.*)$/.test(route.path) ? [assessment.final, assessment.draft, assessment.inCheck]
        : [assessment.draft, assessment.inCheck, assessment.final];
    const pathPools: Record<string, string[]> = {
      evidenceId: [evidenceOne, evidenceTwo, randomUUID()],
      observationId: [observation.id, randomUUID()],
      hypothesisId: [observation.hypothesisIds[0], randomUUID()],
      anomalyId: [anomaly.id, randomUUID()],
      trajectoryId: [trajectory.id, randomUUID()],
      experimentId: [experiment.id, randomUUID()],
      instrumentId: [instrument.json().id, randomUUID()],
      // The first is the baseline's: a fixed row (no label); then the expert's own row, and rows that do not exist.
      rowKey: ['social_communicating', ownRow.key, 'eigen-00000000', 'social_skills'],
      category: ['burdening', 'personality', 'weakness'],
      fmlId: [fml.json().id, randomUUID()],
      profileId: [jobProfile.json().id, randomUUID()],
      libraryId: [libraryProfile.json().id, randomUUID()],
      itemCode: ['I-1', 'ZZ-99'],
      catalogueId: ['shipped', 'elders'],
      accessId: [door.json().accessId, randomUUID()],
      // Compass themes first (Gezien & Gehoord); conversation-model and Schema 1 themes for explicit judgement (freshen picks one per route).
      theme: ['experiences', 'needs', 'future', 'work_history', 'future_wishes', 'hobbies_interests', 'future_view'],
      reportId: route?.path.startsWith('/api/cases/{caseId}/reports/') ? [...assessmentIds, reportId, randomUUID()] : [reportId, randomUUID()],
      templateId: [templateId, randomUUID()],
      // A section that exists, the last one (the Poortwachter template has 13), one past it, and one past what any template may have.
      index: ['0', '12', '13', '41'],
      number: ['1', '2', '10000'],
      format: ['pdf', 'docx', 'odt'],
      token: [assessment.token, 'x'.repeat(43)],
      deliveryId: [assessment.deliveryId, randomUUID()],
      versionId: [versionId, randomUUID()],
      commentId: [commentId, randomUUID()],
      caseId: [caseId, caseId, otherCaseId],
      partyId: [page.parties[0].id],
      contactId: [contact.json().id],
      deadlineId: [page.deadlines[0].id],
      documentId: [document.json().id],
      userId: [victim.id, colleague.id],
      channelId: [builtInChannelId, randomUUID()],
      ruleSetId: ['seed', 'current', randomUUID()],
    };
    const pools: Pools = {
      ids: [caseId, victim.id, colleague.id, expert.id, page.parties[0].id, randomUUID(), evidenceOne, evidenceTwo, observation.id, observation.hypothesisIds[0], instrument.json().id],
      named: {
        assignedExpertId: expert.id, userId: colleague.id, contactId: contact.json().id, privacyNoticeId, documentId: document.json().id, fmlId: fml.json().id, libraryId: libraryProfile.json().id,
        // A source cannot count both for and against one hypothesis: the example links one to each.
        evidenceIds: evidenceOne, evidenceFor: evidenceOne, evidenceAgainst: evidenceTwo,
        observationId: observation.id, hypothesisId: observation.hypothesisIds[0], instrumentId: instrument.json().id,
        templateId, partyId: page.parties[0].id,
      },
    };
    currentPools = pools;
    return { pathPools, pools, caseId };
  }

  /** An advice that links the fixture's source and its own Schema 2 row: end goal and support need apart. */
  const validAdvice = () => ({
    workTypes: [], schooling: null, guidance: null, risksAndSafeguards: null, uncertainties: null,
    endGoal: { text: 'Werk in de logistiek (fixture).', evidenceIds: [currentJudgement.evidenceId], cellRefs: [] },
    supportNeed: { text: 'Een vaste contactpersoon (fixture).', evidenceIds: [], cellRefs: [`s2:${currentJudgement.ownRowKey}`] },
  });

  /**
   * Explicit judgement (issue 7): real dates, arguments of ten characters, a valid advice, and the version
   * (or lock version) each item has now, so that an example body reaches the store's rules.
   */
  async function freshenJudgement(route: RouteSpec, attempt: Attempt, body: Record<string, unknown>, replace: (key: string, value: unknown) => void, example: Record<string, unknown>, caller: Caller): Promise<Attempt> {
    const todayHere = amsterdamToday();
    replace('observedOn', addDays(todayHere, -1));
    replace('reliability', 'reasonable');
    replace('notInvestigatedReason', null);
    replace('realityCheck', null);
    replace('factorCodes', []);
    replace('noteIds', []);
    replace('answers', {
      counter_arguments: 'Wat ertegen pleit (test).', change_conditions: null, open_hypotheses: null, assumptions_and_gaps: null,
      expertise_boundary: { choice: 'partly_referral', referralTo: 'Psycholoog (test)', explanation: null },
    });
    for (const key of ['startedOn', 'startsOn', 'heldOn', 'endedOn']) replace(key, todayHere);
    replace('nextFeedbackOn', addDays(todayHere, 7));
    for (const key of ['reason', 'argument', 'screeningReason', 'endNote']) replace(key, 'Een argument van de arbeidsdeskundige (test).');
    if (route.path.endsWith('/explanation')) replace('explanation', 'Een verklaring van de arbeidsdeskundige (test).');
    replace('successExperiences', 'Was op tijd (test).');
    replace('content', validAdvice());
    let pathValues = attempt.pathValues;
    const at = (name: string) => pathValues[route.pathParams.indexOf(name)];
    const plain = (v: string | undefined): v is string => typeof v === 'string' && /^[a-z0-9_-]{1,40}$/.test(v);
    const uuid = (v: string | undefined): v is string => typeof v === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(v);
    // The compass themes share the parameter name: the conversation model and Schema 1 get one of theirs.
    const themeIndex = route.pathParams.indexOf('theme');
    if (themeIndex >= 0 && ['experiences', 'needs', 'future'].includes(at('theme') ?? '')) pathValues = pathValues.map((v, i) => (i === themeIndex ? 'work_history' : v));
    // A fixed row of Schema 2 has its name already; a row of the expert's own keeps one.
    if (route.path.endsWith('/schema2/{rowKey}') && !(at('rowKey') ?? '').startsWith('eigen-')) replace('label', null);
    const caseId = at('caseId');
    if (caller === 'expert' && uuid(caseId)) {
      // One open trajectory per case: starting one ends the fixture's first.
      if (route.path === '/api/cases/{caseId}/trajectories') await t.db.query("UPDATE trajectories SET ended_on = started_on, end_note = 'Beëindigd (test).' WHERE case_id = $1 AND ended_on IS NULL", [caseId]);
      if ('lockVersion' in body && body.lockVersion === example.lockVersion && route.path.includes('/advice')) {
        const [draft] = await t.db.query<{ lock_version: number }>("SELECT lock_version FROM advice_versions WHERE case_id = $1 AND state = 'draft'", [caseId]);
        body.lockVersion = draft ? Number(draft.lock_version) : route.path.endsWith('/finalise') ? 1 : null;
      }
      if ('version' in body && body.version === example.version) {
        const version = async (sql: string, params: unknown[], none: number | null) => {
          const [row] = await t.db.query<{ version: number }>(sql, params);
          return row ? Number(row.version) : none;
        };
        let current: number | null = null;
        if (route.path.endsWith('/evidence/{evidenceId}') && uuid(at('evidenceId'))) current = await version('SELECT version FROM evidence_items WHERE id = $1', [at('evidenceId')], null);
        if (route.path.endsWith('/coverage/{theme}') && plain(at('theme'))) current = await version('SELECT version FROM coverage_themes WHERE case_id = $1 AND theme = $2', [caseId, at('theme')], 0);
        if (route.path.endsWith('/schema1/{theme}/{category}') && plain(at('theme')) && plain(at('category'))) {
          current = await version('SELECT version FROM schema1_cells WHERE case_id = $1 AND theme = $2 AND category = $3', [caseId, at('theme'), at('category')], 0);
        }
        if (route.path.endsWith('/schema2/{rowKey}') && plain(at('rowKey'))) current = await version('SELECT version FROM schema2_rows WHERE case_id = $1 AND row_key = $2', [caseId, at('rowKey')], 0);
        if (route.path.endsWith('/observations/{observationId}') && uuid(at('observationId'))) current = await version('SELECT version FROM observations WHERE id = $1', [at('observationId')], null);
        if (route.path.endsWith('/hypotheses/{hypothesisId}') && uuid(at('hypothesisId'))) current = await version('SELECT version FROM hypotheses WHERE id = $1', [at('hypothesisId')], null);
        if (/\/anomalies\/\{anomalyId\}(\/explanation)?$/.test(route.path) && uuid(at('anomalyId'))) current = await version('SELECT version FROM anomalies WHERE id = $1', [at('anomalyId')], null);
        if (current !== null) body.version = current;
      }
    }
    return { ...attempt, pathValues, body: { kind: 'json', value: body } };
  }

  const FORWARD = ['registered', 'intake', 'investigation', 'reporting', 'completed', 'archived'];

  /** One Participatiewet case of the expert per fixture (wage value, issue 6), made on first use. */
  const participatiewetCases = new Map<string, Promise<string>>();
  function participatiewetCaseFor(fixtureCaseId: string): Promise<string> {
    let made = participatiewetCases.get(fixtureCaseId);
    if (!made) {
      const body = newCaseBody();
      made = asExpert.post('/api/cases', { ...body, assignment: { ...body.assignment, legalContext: 'participatiewet', firstSicknessDay: null } }).then((r) => r.json().id as string);
      participatiewetCases.set(fixtureCaseId, made);
    }
    return made;
  }

  /**
   * Keeps an example-based body able to reach deep code: the version the case or contact has now
   * (a stale one stops at 409), a status change that is allowed, a completed case to reopen, an unused
   * e-mail address. Only values still equal to the example's defaults are touched.
   */
  async function freshen(route: RouteSpec, attempt: Attempt, caseId: string, caller: Caller): Promise<Attempt> {
    if (attempt.body.kind !== 'json' || !attempt.body.value || typeof attempt.body.value !== 'object' || Array.isArray(attempt.body.value)) return attempt;
    const body = { ...(attempt.body.value as Record<string, unknown>) };
    if (route.path === '/api/admin/users' && typeof body.email === 'string' && body.email.startsWith('voorbeeld-')) body.email = `voorbeeld-${randomUUID().slice(0, 8)}@test.passend`;
    // The contact form's business rules (future office hours, a consistent choice, unique versions …):
    // example values that cannot pass them are replaced, so the body reaches the deep code.
    const example = (route.jsonBody ? exampleOf(route.jsonBody, currentPools) : {}) as Record<string, unknown>;
    const replace = (key: string, value: unknown) => {
      if (key in body && key in example && JSON.stringify(body[key]) === JSON.stringify(example[key])) body[key] = value;
    };
    if (/^\/api\/cases\/\{caseId\}\/(evidence|coverage|schema1|schema2|observations|hypotheses|anomalies|placements|trajectories|experiments|advice)(\/|$)/.test(route.path)) {
      return freshenJudgement(route, attempt, body, replace, example, caller);
    }
    if (/\/contacts(\/\{contactId\})?$/.test(route.path)) {
      replace('plannedAt', distinctSlot(fixtureCount++));
      replace('adequacy', null);
      replace('videoConsent', null);
      replace('followUpOf', null);
    }
    if (/\/contacts(\/\{contactId\}\/form)?$/.test(route.path)) {
      replace('channelId', null);
      replace('choiceReason', 'Reden voor deze keuze (test).');
    }
    if (route.path.endsWith('/consent') && caller === 'expert') {
      // One consent per appointment: withdraw the fixture's so that recording a new one can succeed.
      const contactIndex = route.pathParams.indexOf('contactId');
      await asExpert.post(`/api/cases/${attempt.pathValues[route.pathParams.indexOf('caseId')]}/contacts/${attempt.pathValues[contactIndex]}/consent/withdraw`, { reason: null });
    }
    if (route.path === '/api/admin/contact-rule-sets') {
      replace('version', `test-${randomUUID().slice(0, 8)}`);
      replace('effectiveFrom', '2026-11-01');
      replace('rules', SEED_000_RULE_SET.rules);
    }
    if (route.path === '/api/admin/contact-settings') {
      replace('officeStart', '08:30');
      replace('officeEnd', '17:30');
    }
    // Capacity (issue 6): the shipped item list, a real date, author and reasoning, a valid import file and
    // catalogue, no adjustments naming unknown items, and the version the FML or profile has now.
    if (/\/(fmls|job-profiles)(\/|$)/.test(route.path) || route.path === '/api/admin/capacity-catalogues') {
      replace('catalogueId', 'shipped');
      replace('date', '2026-03-01');
      replace('authorRole', 'bedrijfsarts');
      replace('reasoning', 'Redenering van de arbeidsdeskundige (test).');
      replace('adjustments', []);
      replace('text', 'datum;2026-03-01\nauteur;bedrijfsarts\ncode;waarde;eenheid\nI-1;1');
      replace('override', { conclusion: 'fits_with_adjustment', reason: 'Aanpassing neemt de overschrijding weg (test).' });
      if (route.path === '/api/admin/capacity-catalogues') {
        replace('version', randomUUID().slice(0, 8));
        replace('sections', [{ code: 'A', label: { nl: 'Aandacht', en: 'Attention' } }]);
        replace('items', [{ section: 'A', code: 'A-1', label: { nl: 'Concentreren', en: 'Concentrating' }, definition: null, kind: 'ordinal',
          levels: [{ code: '0', label: { nl: 'normaal', en: 'normal' }, boundary: { nl: 'Normaal.', en: 'Normal.' } }, { code: '1', label: { nl: 'beperkt', en: 'limited' }, boundary: { nl: 'Beperkt.', en: 'Limited.' } }] }]);
      }
      const table = route.path.endsWith('/fmls/{fmlId}') ? 'fml_profiles' : route.path.endsWith('/job-profiles/{profileId}') ? 'job_profiles' : null;
      const idIndex = route.pathParams.indexOf(table === 'fml_profiles' ? 'fmlId' : 'profileId');
      const isId = (v: unknown) => typeof v === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);
      if (table && 'version' in body && body.version === example.version && isId(attempt.pathValues[idIndex])) {
        const [row] = await t.db.query<{ version: number }>(`SELECT version FROM ${table} WHERE id = $1`, [attempt.pathValues[idIndex]]);
        return { ...attempt, body: { kind: 'json', value: { ...body, version: row ? Number(row.version) : body.version } } };
      }
    }
    // Gezien & Gehoord: a draft for the draft's routes, the version the page would have, a real change note.
    const reportIndex = route.pathParams.indexOf('reportId');
    let pathValues = attempt.pathValues;
    // Wage value (issue 6): a measurement date with a WML in force, on a Participatiewet case of the
    // expert (the fixture's case is a Poortwachter one); a WML date no amount has yet.
    if (route.path === '/api/cases/{caseId}/wage-values') {
      replace('measuredOn', '2025-06-20');
      const caseIndex = route.pathParams.indexOf('caseId');
      if (pathValues[caseIndex] === caseId) {
        const participatiewet = await participatiewetCaseFor(caseId);
        pathValues = pathValues.map((v, i) => (i === caseIndex ? participatiewet : v));
      }
    }
    if (route.path === '/api/admin/wml-rates') replace('validFrom', new Date(Date.UTC(2040, 0, 1 + fixtureCount++)).toISOString().slice(0, 10));
    if (reportIndex >= 0 && /\/(draft|share|finalise)$/.test(route.path) && pathValues[reportIndex] === currentReports.shared) {
      pathValues = pathValues.map((v, i) => (i === reportIndex ? currentReports.draft : v));
    }
    const isUuid = (v: unknown) => typeof v === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);
    if (route.path.endsWith('/draft') && 'lockVersion' in body && body.lockVersion === example.lockVersion && isUuid(pathValues[reportIndex])) {
      const [row] = await t.db.query<{ lock_version: number }>('SELECT lock_version FROM report_versions WHERE report_id = $1 ORDER BY number DESC LIMIT 1', [pathValues[reportIndex]]);
      if (row) body.lockVersion = Number(row.lock_version);
    }
    // The report (issue 8): the lock version the report has now, the template version the page would show, words long enough.
    if (route.path.startsWith('/api/cases/{caseId}/reports/{reportId}/')) {
      replace('reason', 'Niet ter controle voorgelegd: de cliënt is mondeling gehoord (test).');
      replace('clientReactionSummary', null);
      replace('changeNote', 'Een correctie van de arbeidsdeskundige (test).');
      if ('lockVersion' in body && body.lockVersion === example.lockVersion && isUuid(pathValues[reportIndex])) {
        const [row] = await t.db.query<{ lock_version: number }>('SELECT lock_version FROM assessment_report_versions WHERE report_id = $1 ORDER BY number DESC LIMIT 1', [pathValues[reportIndex]]);
        if (row) body.lockVersion = Number(row.lock_version);
      }
    }
    if (route.path === '/api/report-templates/{templateId}') {
      replace('changeNote', 'Een wijziging van de sjabloon (test).');
      const templateId = pathValues[route.pathParams.indexOf('templateId')];
      if (isUuid(templateId)) {
        const [row] = await t.db.query<{ number: number; sections: unknown }>('SELECT number, sections FROM report_template_versions WHERE template_id = $1 ORDER BY number DESC LIMIT 1', [templateId]);
        if (row) {
          replace('basedOn', Number(row.number));
          replace('sections', row.sections);
        }
      }
    }
    if (route.path.endsWith('/share')) replace('withEmployer', false);
    if (route.path.endsWith('/versions')) replace('changeNote', 'Nieuwe versie na reacties (test).');
    if (route.path.endsWith('/compass/{theme}') && 'version' in body && body.version === example.version && isUuid(pathValues[route.pathParams.indexOf('caseId')])
      && (body.contactId === null || isUuid(body.contactId))) {
      const theme = pathValues[route.pathParams.indexOf('theme')];
      const [row] = await t.db.query<{ version: number }>('SELECT version FROM compass_notes WHERE case_id = $1 AND contact_id IS NOT DISTINCT FROM $2 AND theme = $3',
        [pathValues[route.pathParams.indexOf('caseId')], typeof body.contactId === 'string' ? body.contactId : null, theme]);
      body.version = row ? Number(row.version) : 0;
    }
    const caseIndex = route.pathParams.indexOf('caseId');
    if (caller === 'expert' && caseIndex >= 0 && attempt.pathValues[caseIndex] === caseId && body.version === 1) {
      let response = await asExpert.get(`/api/cases/${caseId}`);
      if (route.path.endsWith('/reopen')) {
        for (let step = 0; step < 6 && response.statusCode === 200 && !response.json().canReopen; step++) {
          const page = response.json();
          const next = FORWARD[FORWARD.indexOf(page.status) + 1];
          if (!next || !page.allowedTransitions.includes(next)) break;
          response = await asExpert.post(`/api/cases/${caseId}/status`, { version: page.version, to: next });
        }
      }
      if (response.statusCode === 200) {
        const page = response.json();
        const contactIndex = route.pathParams.indexOf('contactId');
        if (contactIndex >= 0) body.version = page.contacts.find((c: { id: string }) => c.id === attempt.pathValues[contactIndex])?.version ?? 1;
        else body.version = page.version;
        if (route.path.endsWith('/status') && body.to === 'registered' && page.allowedTransitions.length) body.to = page.allowedTransitions[page.allowedTransitions.length - 1];
      }
    }
    return { ...attempt, pathValues, body: { kind: 'json', value: body } };
  }

  /** Guards against a vacuous pass: the credentials this file makes must really be signed in (or mid sign-in). */
  async function expectWorkingCredentials(caller: Caller, pendingUser: TestUser | null) {
    const auth = await credentials(caller, pendingUser);
    const session = await t.app.inject({ url: '/api/session', headers: { cookie: auth.cookie } });
    expect(session.json().stage).toBe({ expert: 'active', admin: 'active', pending: 'totp', anonymous: 'anonymous' }[caller]);
  }

  async function send(route: RouteSpec, attempt: Attempt, caller: Caller, pendingUser: TestUser | null, caseId: string) {
    // Only the expert can get past the case's door; for everyone else the body's freshness is moot.
    const fresh = caller === 'expert' || caller === 'admin' ? await freshen(route, attempt, caseId, caller) : attempt;
    const sent = buildRequest(route, fresh, await credentials(caller, pendingUser));
    const response = await t.app.inject({ method: sent.method as 'GET', url: sent.url, headers: sent.headers, payload: sent.payload });
    return { sent, response, problem: checkAnswer(sent, response) };
  }

  /** A new session per attempt, so that logging out or a changed user never spills into the next attempt. */
  async function credentials(caller: Caller, pendingUser: TestUser | null): Promise<{ cookie: string; csrf: string }> {
    if (caller === 'anonymous') {
      const token = randomUUID().replace(/-/g, '') + randomUUID().replace(/-/g, '');
      return { cookie: `passend_csrf=${token}`, csrf: token };
    }
    const user = caller === 'expert' ? expert : caller === 'admin' ? admin : pendingUser!;
    const session = await createSession(t.db, user.id, caller === 'pending' ? 'totp' : 'active', 60);
    return { cookie: `passend_session=${session.token}`, csrf: session.csrfToken };
  }

  function buildRequest(route: RouteSpec, attempt: Attempt, auth: { cookie: string; csrf: string }): Sent {
    let path = route.path;
    route.pathParams.forEach((name, i) => {
      path = path.replace(`{${name}}`, attempt.pathValues[i] ?? '');
    });
    const url = attempt.query ? `${path}?${attempt.query}` : path;
    const headers: Record<string, string> = { cookie: auth.cookie };
    if (attempt.language !== null) headers['accept-language'] = attempt.language;
    if (attempt.csrf === 'right') headers['x-csrf-token'] = auth.csrf;
    if (attempt.csrf === 'wrong') headers['x-csrf-token'] = 'not-the-token';
    let payload: string | Buffer | undefined;
    if (attempt.body.kind === 'json') {
      payload = JSON.stringify(attempt.body.value);
      if (payload !== undefined) headers['content-type'] = 'application/json';
    } else if (attempt.body.kind === 'raw') {
      payload = attempt.body.payload;
      if (attempt.body.contentType !== null) headers['content-type'] = attempt.body.contentType;
    }
    return { method: route.method, url, headers, payload };
  }

  for (const route of ROUTES) {
    for (const caller of CALLERS_FOR(route)) {
      it(`${routeName(route)} as ${caller}: never 5xx, always the error shape`, async () => {
        const { pathPools, pools, caseId } = await fixture(route);
        const pendingUser = caller === 'pending' ? await createUser(t, org, ['labour_expert']) : null;
        await expectWorkingCredentials(caller, pendingUser);
        const failures: string[] = [];
        for (const facet of FACETS) {
          if (facet === 'path' && route.pathParams.length === 0) continue;
          const seed = seedOf(engine, caller, routeName(route), facet);
          const property = fc.asyncProperty(attemptArb(route, facet, pathPools, pools), async (attempt) => {
            const { sent, response, problem } = await send(route, attempt, caller, pendingUser, caseId);
            if (problem) throw new Error(describeExchange(sent, response, problem));
          });
          const result = await fc.check(property, { seed, numRuns: RUNS[engine][facet], interruptAfterTimeLimit: 15_000, markInterruptAsFailure: false });
          if (result.failed) {
            const message = result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance);
            failures.push(`[${facet}] seed ${result.seed}, path "${result.counterexamplePath}", shrunk ${result.numShrinks}×\n    ${message}`);
          }
        }
        if (failures.length) throw new Error(`${routeName(route)} as ${caller} on ${engine}:\n${failures.join('\n')}`);
      }, PROPERTY_TIMEOUT_MS);
    }
  }

  // Deterministic complement to the random properties: every field of every JSON body, one hostile
  // value at a time, on top of an otherwise valid body (so the value reaches the store, not just the schema).
  for (const route of ROUTES.filter((r) => r.jsonBody)) {
    for (const caller of CALLERS_FOR(route)) {
      it(`${routeName(route)} as ${caller}: every body field, one hostile value at a time`, async () => {
        const { pathPools, pools, caseId } = await fixture(route);
        const pendingUser = caller === 'pending' ? await createUser(t, org, ['labour_expert']) : null;
        const base = exampleOf(route.jsonBody!, pools);
        const pathValues = route.pathParams.map((p) => pathPools[p]![0]!);
        await expectWorkingCredentials(caller, pendingUser);
        // The unmutated example must get through where the caller may act, or the sweep would only ever test the schema.
        const baseline = await send(route, { pathValues, query: '', body: { kind: 'json', value: base }, language: null, csrf: 'right' }, caller, pendingUser, caseId);
        const mayAct = (caller === 'expert' && (route.path.startsWith('/api/cases') || route.path === '/api/me/language'))
          || (caller === 'admin' && (route.path.startsWith('/api/admin/') || route.path.startsWith('/api/report-templates') || route.path === '/api/me/language'));
        if (mayAct) expect(baseline.response.statusCode, `baseline ${describeExchange(baseline.sent, baseline.response, '')}`).toBeLessThan(300);
        const problems: string[] = [];
        let sent = 0;
        for (const slot of slotsOf(route.jsonBody!, base)) {
          for (const value of hostileValues(slot, pools)) {
            const attempt: Attempt = { pathValues, query: '', body: { kind: 'json', value: applyAt(base, slot.path, value) }, language: null, csrf: 'right' };
            const exchange = await send(route, attempt, caller, pendingUser, caseId);
            sent++;
            if (exchange.problem) {
              const shown = typeof value === 'symbol' ? value.description : JSON.stringify(value)?.slice(0, 60);
              problems.push(describeExchange(exchange.sent, exchange.response, `${slot.path.join('.')} = ${shown}: ${exchange.problem}`));
            }
          }
        }
        expect(sent).toBeGreaterThan(0);
        if (problems.length) {
          throw new Error(`${routeName(route)} as ${caller} on ${engine}: ${problems.length} of ${sent} field values answered wrongly:\n${problems.slice(0, 8).join('\n')}${problems.length > 8 ? `\n… and ${problems.length - 8} more` : ''}`);
        }
      }, PROPERTY_TIMEOUT_MS);
    }
  }

  it('malformed URLs on every route (undecodable percent-encoding, over-long path parameters): never 5xx, always the error shape', async () => {
    const { pathPools, caseId } = await fixture();
    const withParams = ROUTES.filter((r) => r.pathParams.length > 0);
    const malformed = fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...UNDECODABLE) },
      { weight: 2, arbitrary: fc.integer({ min: MAX_PARAM_LENGTH + 1, max: 2_000 }).map((n) => 'a'.repeat(n)) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...UNDECODABLE), fc.string({ maxLength: 10 }).map(percentEncode)).map(([junk, rest]) => `${rest}${junk}`) },
    );
    const property = fc.asyncProperty(
      fc.constantFrom(...withParams), fc.nat(), malformed, fc.constantFrom<Caller>('expert', 'admin', 'anonymous'), fc.constantFrom(null, 'en'),
      async (route, index, junk, caller, language) => {
        const pathValues = route.pathParams.map((p) => pathPools[p]![0]!);
        pathValues[index % pathValues.length] = junk;
        const attempt: Attempt = { pathValues, query: '', body: route.jsonBody ? { kind: 'json', value: {} } : { kind: 'none' }, language, csrf: 'right' };
        const { sent, response, problem } = await send(route, attempt, caller, null, caseId);
        if (problem) throw new Error(describeExchange(sent, response, problem));
      },
    );
    const extra = ['/api/%zz', '/api/cases%', '/%E0%A4%A', `/api/${'a'.repeat(5_000)}`];
    const result = await fc.check(property, { seed: seedOf(engine, 'malformed-urls'), numRuns: engine === 'pglite' ? 60 : 20 });
    const problems: string[] = [];
    if (result.failed) problems.push(`seed ${result.seed}, path "${result.counterexamplePath}", shrunk ${result.numShrinks}×\n    ${(result.errorInstance as Error).message}`);
    for (const url of extra) {
      const sent: Sent = { method: 'GET', url, headers: {} };
      const response = await t.app.inject({ method: 'GET', url });
      const problem = checkAnswer(sent, response);
      if (problem) problems.push(describeExchange(sent, response, problem));
    }
    if (problems.length) throw new Error(problems.join('\n'));
  });

  for (const route of ROUTES.filter((r) => r.queryParams.length > 0)) {
    for (const caller of CALLERS_FOR(route)) {
      it(`${routeName(route)} as ${caller}: every query parameter, one hostile value at a time`, async () => {
        const { pathPools, caseId } = await fixture(route);
        // The fixture's own path values, so that the query reaches the route (and not the router's 404).
        const pathValues = route.pathParams.map((p) => pathPools[p]![0]!);
        const hostile = [
          NUL, `a${NUL}b`, '', ' ', 'x'.repeat(201), 'x'.repeat(5_000), '\ud800', 'ä€😀', '%', '%25', '_', '\\', "'", '"', '0', '-1', '1.5', '1e3', '1e400', 'NaN',
          'Infinity', '99999999999999999999', '2147483648', '100001', '0x10', ' 1', '[]', '{}', 'null', 'true',
        ];
        const problems: string[] = [];
        for (const param of route.queryParams) {
          for (const value of [...hostile, ...(param.schema.enum ?? []).map((v) => ` ${String(v)}`)]) {
            for (const query of [`${param.name}=${percentEncode(value)}`, `${param.name}=${percentEncode(value)}&${param.name}=${percentEncode(value)}`]) {
              const attempt: Attempt = { pathValues, query, body: { kind: 'none' }, language: null, csrf: 'right' };
              const exchange = await send(route, attempt, caller, null, caseId);
              if (exchange.problem) problems.push(describeExchange(exchange.sent, exchange.response, exchange.problem));
            }
          }
        }
        if (problems.length) throw new Error(`${problems.length} wrong answers:\n${problems.slice(0, 8).join('\n')}`);
      }, PROPERTY_TIMEOUT_MS);
    }
  }

  // The report (issue 8): the two routes that take a file as their body (a logo; a PDF to check against
  // its seal) get it through their own content-type parsers; section numbers; a rendering that fails.
  describe('the report: raw bodies, section numbers, a failed rendering', () => {
    const LOGO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
    const corruptData = () => { const b = Buffer.from(LOGO); b[45]! ^= 0xff; b[46]! ^= 0xff; return b; };
    const hugeSize = () => { const b = Buffer.from(LOGO); b.writeUInt32BE(100_000, 16); b.writeUInt32BE(100_000, 20); return b; };
    const magicOnly = Buffer.concat([LOGO.subarray(0, 8), Buffer.from('junk junk junk junk junk')]);
    type RawCase = [name: string, contentType: string | null, payload: string | Buffer | undefined];
    const send = (url: string, method: 'PUT' | 'POST', auth: { cookie: string; csrf: string }, contentType: string | null, payload: string | Buffer | undefined) => {
      const headers: Record<string, string> = { cookie: auth.cookie, 'x-csrf-token': auth.csrf };
      if (contentType !== null) headers['content-type'] = contentType;
      return { sent: { method, url, headers, payload } as Sent, response: t.app.inject({ method, url, headers, payload }) };
    };
    const multipart = Buffer.from('--b\r\nContent-Disposition: form-data; name="file"; filename="logo.png"\r\nContent-Type: image/png\r\n\r\n' + LOGO.toString('latin1') + '\r\n--b--\r\n', 'latin1');
    const COMMON: RawCase[] = [
      ['no body', null, undefined], ['JSON object', 'application/json', '{}'], ['JSON string', 'application/json', '"x"'], ['JSON null', 'application/json', 'null'], ['broken JSON', 'application/json', '{'],
      ['text', 'text/plain', 'hallo'], ['XML', 'application/xml', '<x/>'], ['form', 'application/x-www-form-urlencoded', 'a=1'], ['multipart with the file', 'multipart/form-data; boundary=b', multipart],
      ['GIF declared as GIF', 'image/gif', Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1')], ['nonsense type', ';;;', 'x'],
    ];

    it('a logo: only a readable PNG or JPEG is saved; anything else is a 4xx in words and no new version', async () => {
      const asAdmin = await signIn(t, admin);
      const template = (await asAdmin.get('/api/report-templates')).json().items.find((x: { context: string }) => x.context === 'aov') as { templateId: string };
      const versions = async () => Number((await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM report_template_versions WHERE template_id = $1', [template.templateId]))[0]!.n);
      const refused: RawCase[] = [
        ...COMMON,
        ['empty PNG', 'image/png', Buffer.alloc(0)], ['GIF declared as PNG', 'image/png', Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1')], ['PDF declared as PDF', 'application/pdf', PDF],
        ['PDF declared as PNG', 'image/png', PDF], ['bytes', 'application/octet-stream', Buffer.from([1, 2, 3])], ['only the PNG signature', 'image/png', magicOnly],
        ['a PNG whose data does not inflate', 'image/png', corruptData()], ['a PNG claiming 100000 × 100000 pixels', 'image/png', hugeSize()],
        ['only the JPEG signature', 'image/jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])],
        ['just over the size limit', 'image/png', Buffer.concat([LOGO, Buffer.alloc(512 * 1024)])], ['far over the body limit', 'image/png', Buffer.alloc(2 * 512 * 1024 + 1)],
      ];
      const problems: string[] = [];
      for (const [name, contentType, payload] of refused) {
        const before = await versions();
        const auth = await credentials('admin', null);
        const [latest] = await t.db.query<{ n: number }>('SELECT max(number)::int AS n FROM report_template_versions WHERE template_id = $1', [template.templateId]);
        const { sent, response } = send(`/api/report-templates/${template.templateId}/logo?basedOn=${latest!.n}`, 'PUT', auth, contentType, payload);
        const answer = await response;
        const problem = checkAnswer(sent, answer);
        if (problem) problems.push(`${name}: ${problem}`);
        if (answer.statusCode < 400 || answer.statusCode >= 500) problems.push(`${name}: ${answer.statusCode} ${answer.body.slice(0, 200)}`);
        if ((await versions()) !== before) problems.push(`${name}: refused with ${answer.statusCode} but a version was saved`);
      }
      expect(problems).toEqual([]);
      // The two that passed the first bytes and broke the PDF library are named as what they are.
      const [latest] = await t.db.query<{ n: number }>('SELECT max(number)::int AS n FROM report_template_versions WHERE template_id = $1', [template.templateId]);
      const damaged = await asAdmin.call({ method: 'PUT', url: `/api/report-templates/${template.templateId}/logo?basedOn=${latest!.n}`, payload: corruptData(), headers: { 'content-type': 'image/png' } });
      expect(damaged.json().error).toMatchObject({ code: 'validation', field: 'logo', message: expect.stringContaining('beschadigd') });
      const huge = await asAdmin.call({ method: 'PUT', url: `/api/report-templates/${template.templateId}/logo?basedOn=${latest!.n}`, payload: hugeSize(), headers: { 'content-type': 'image/png' } });
      expect(huge.json().error).toMatchObject({ code: 'validation', field: 'logo', message: expect.stringContaining('pixels') });
      // And a good one is saved (so the refusals above were not for some other reason).
      const good = await asAdmin.call({ method: 'PUT', url: `/api/report-templates/${template.templateId}/logo?basedOn=${latest!.n}`, payload: LOGO, headers: { 'content-type': 'image/png' } });
      expect(good.statusCode, good.body).toBe(200);
    });

    it('the seal check: a PDF (or any file) is checked, whatever else arrives is a 4xx in words', async () => {
      const problems: string[] = [];
      const cases: Array<[...RawCase, 'checked' | 'refused']> = [
        ...COMMON.map((c): [...RawCase, 'refused'] => [...c, 'refused']),
        ['empty PDF', 'application/pdf', Buffer.alloc(0), 'refused'], ['empty bytes', 'application/octet-stream', Buffer.alloc(0), 'refused'], ['over 25 MB', 'application/pdf', Buffer.alloc(25 * 1024 * 1024 + 1), 'refused'],
        ['a PDF', 'application/pdf', PDF, 'checked'], ['bytes', 'application/octet-stream', Buffer.from([0, 1, 2]), 'checked'],
        ['a Word file', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', Buffer.from('PK\x03\x04', 'latin1'), 'checked'],
      ];
      for (const caller of ['anonymous', 'expert'] as const) {
        for (const [name, contentType, payload, outcome] of cases) {
          const { sent, response } = send('/api/report-seal/verify', 'POST', await credentials(caller, null), contentType, payload);
          const answer = await response;
          const problem = checkAnswer(sent, answer);
          if (problem) problems.push(`${caller}, ${name}: ${problem}`);
          if (outcome === 'checked' && (answer.statusCode !== 200 || answer.json().match !== false)) problems.push(`${caller}, ${name}: expected a check, got ${answer.statusCode} ${answer.body.slice(0, 200)}`);
          if (outcome === 'refused' && (answer.statusCode < 400 || answer.statusCode >= 500)) problems.push(`${caller}, ${name}: expected a 4xx, got ${answer.statusCode} ${answer.body.slice(0, 200)}`);
        }
      }
      expect(problems).toEqual([]);
      const json = await t.app.inject({ method: 'POST', url: '/api/report-seal/verify', headers: { 'content-type': 'application/json' }, payload: '{}' });
      expect(json.json().error).toEqual({ code: 'validation', message: 'Stuur het PDF-bestand van het rapport mee (application/pdf).' });
    });

    it('a section number past the report\'s sections is not found; past what any template may have, or not a number, invalid', async () => {
      const { caseId } = await fixture();
      const templateId = (await asExpert.get(`/api/cases/${caseId}/report-templates`)).json().templates[0].templateId as string;
      const reportId = (await asExpert.post(`/api/cases/${caseId}/reports`, { templateId })).json().id as string;
      const detail = async () => (await asExpert.get(`/api/cases/${caseId}/reports/${reportId}`)).json();
      const before = await detail();
      const count = before.current.sections.length as number;
      const lockVersion = before.current.lockVersion as number;
      const base = `/api/cases/${caseId}/reports/${reportId}/sections`;
      const calls = (index: string) => [
        asExpert.put(`${base}/${index}`, { lockVersion, paragraphs: [] }),
        asExpert.get(`${base}/${index}/refresh?lockVersion=${lockVersion}`),
        asExpert.post(`${base}/${index}/refresh`, { lockVersion }),
      ];
      for (const index of [String(count), String(count + 1), '40']) {
        for (const response of await Promise.all(calls(index))) {
          expect(response.statusCode, `index ${index}: ${response.body}`).toBe(404);
          expect(response.json().error.code).toBe('not_found');
        }
      }
      for (const index of ['41', '-1', '1.5', 'x', '1e3']) {
        for (const response of await Promise.all(calls(index))) {
          expect(response.statusCode, `index ${index}: ${response.body}`).toBe(400);
          expect(response.json().error).toMatchObject({ code: 'validation', field: 'index' });
        }
      }
      expect(await detail()).toEqual(before);
    });

    it('a finalise whose rendering fails says so in words (report.render_failed) and leaves the draft as it was', async () => {
      // A damaged logo cannot be uploaded any more (see above): one is put into a new template version
      // directly, as if stored before that check, in an organisation of its own so no other test meets it.
      const own = await createOrganisation(t);
      const ownAdmin = await signIn(t, await createUser(t, own, ['org_admin']));
      const ownExpert = await signIn(t, await createUser(t, own, ['labour_expert']));
      const template = (await ownAdmin.get('/api/report-templates')).json().items.find((x: { context: string }) => x.context === 'poortwachter') as { templateId: string; number: number };
      const refused = await ownAdmin.call({ method: 'PUT', url: `/api/report-templates/${template.templateId}/logo?basedOn=${template.number}`, payload: magicOnly, headers: { 'content-type': 'image/png' } });
      expect(refused.statusCode).toBe(400);
      await t.db.query(
        `INSERT INTO report_template_versions (id, template_id, number, name, sections, letterhead_lines, logo, logo_media_type, change_note)
         SELECT $1, template_id, number + 1, name, sections, letterhead_lines, $2, 'image/png', 'Beschadigd logo (test)' FROM report_template_versions WHERE template_id = $3 AND number = $4`,
        [randomUUID(), magicOnly, template.templateId, template.number]);
      const caseId = (await ownExpert.post('/api/cases', newCaseBody())).json().id as string;
      const created = await ownExpert.post(`/api/cases/${caseId}/reports`, { templateId: template.templateId });
      expect(created.statusCode, created.body).toBe(201);
      const reportId = created.json().id as string;
      const detail = async () => (await ownExpert.get(`/api/cases/${caseId}/reports/${reportId}`)).json();
      const before = await detail();
      const finalised = await ownExpert.post(`/api/cases/${caseId}/reports/${reportId}/finalise`, { lockVersion: before.current.lockVersion, reason: 'Niet ter controle voorgelegd (test).', clientReactionSummary: null });
      // What the draft holds (the stored logo) cannot be made into a file: 409 with what failed, never a 500.
      expect(finalised.statusCode).toBe(409);
      expect(finalised.json().error).toMatchObject({ code: 'conflict', reason: 'render_failed' });
      expect(finalised.json().error.message).toMatch(/^Het rapport kon niet worden gemaakt \(PDF: .*logo.*\)\. Het concept is ongewijzigd; probeer het opnieuw of meld dit aan de beheerder\.$/);
      expect(checkAnswer({ method: 'POST', url: '/x', headers: {} }, finalised)).toBeNull();
      expect(await detail()).toEqual(before);
      expect(Number((await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM assessment_report_versions WHERE report_id = $1 AND state = 'final'", [reportId]))[0]!.n)).toBe(0);
      const preview = await ownExpert.get(`/api/cases/${caseId}/reports/${reportId}/preview.pdf`);
      expect(preview.statusCode).toBe(409);
      expect(preview.json().error).toMatchObject({ code: 'conflict', reason: 'render_failed' });
      expect(preview.json().error.message).toContain('Het rapport kon niet worden gemaakt');
    });
  });

  describe('unknown fields', () => {
    const knownTopLevel = ['client', 'assignment', 'parties', 'assignedExpertId'];
    const unknownKey = fc.string({ minLength: 1, maxLength: 30 }).filter((k) => !knownTopLevel.includes(k) && k !== '__proto__' && k.trim() === k && k.length > 0);

    it('POST /api/cases refuses an otherwise valid case with an unknown field: 400, and `field` names that key', async () => {
      const before = Number((await t.db.query<{ n: number }>('SELECT count(*) AS n FROM cases'))[0]!.n);
      await fc.assert(fc.asyncProperty(unknownKey, fc.jsonValue({ maxDepth: 2 }), async (key, value) => {
        const response = await asExpert.post('/api/cases', { ...newCaseBody(), [key]: value });
        expect(response.statusCode, response.body).toBe(400);
        const error = response.json().error;
        expect(error.code).toBe('validation');
        expect(error.field).toBe(key);
        expect(error.message).toContain(key);
      }), { seed: seedOf(engine, 'unknown-field'), numRuns: engine === 'pglite' ? 40 : 15 });
      expect(Number((await t.db.query<{ n: number }>('SELECT count(*) AS n FROM cases'))[0]!.n)).toBe(before);
    });

    it('an unknown field inside a nested object is named with its path', async () => {
      const body = newCaseBody();
      const response = await asExpert.post('/api/cases', { ...body, client: { ...body.client, shoeSize: 44 } });
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toMatchObject({ code: 'validation', field: 'client.shoeSize' });
      const party = await asExpert.post('/api/cases', { ...body, parties: [{ ...body.parties[0], vatNumber: 'NL001' }] });
      expect(party.statusCode).toBe(400);
      expect(party.json().error).toMatchObject({ code: 'validation', field: 'parties.0.vatNumber' });
    });
  });

  describe('the language of error messages', () => {
    const invalidLanguage = { language: 'xx' };

    it('is Dutch by default and English with accept-language: en (signed out)', async () => {
      const anonymous = new Client(t, '');
      await anonymous.refreshSession();
      const dutch = await anonymous.call({ method: 'PUT', url: '/api/me/language', body: invalidLanguage, headers: { 'accept-language': '' } });
      const english = await anonymous.call({ method: 'PUT', url: '/api/me/language', body: invalidLanguage, headers: { 'accept-language': 'en' } });
      expect(dutch.statusCode).toBe(400);
      expect(english.statusCode).toBe(400);
      expect(dutch.json().error).toEqual({ code: 'validation', field: 'language', message: 'Controleer het veld ‘taal’: kies een van de mogelijke waarden.' });
      expect(english.json().error).toEqual({ code: 'validation', field: 'language', message: 'Please check the field ‘language’: choose one of the possible values.' });
      // A preference list: the best supported language wins; an unsupported one falls back to Dutch.
      const preferred = await anonymous.call({ method: 'PUT', url: '/api/me/language', body: invalidLanguage, headers: { 'accept-language': 'de-DE,en;q=0.8,nl;q=0.5' } });
      expect(preferred.json().error.message).toMatch(/^Please check/);
      const german = await anonymous.call({ method: 'PUT', url: '/api/me/language', body: invalidLanguage, headers: { 'accept-language': 'de' } });
      expect(german.json().error.message).toMatch(/^Controleer/);
    });

    it('signed in: the user\'s own language wins over accept-language (docs/api.md), for validation and access errors alike', async () => {
      const user = await createUser(t, org, ['labour_expert']);
      const client = await signIn(t, user, 'en');
      const dutch = await client.post('/api/cases', {});
      expect(dutch.statusCode).toBe(400);
      expect(dutch.json().error).toMatchObject({ code: 'validation', field: 'client' });
      expect(dutch.json().error.message).toMatch(/^Controleer het veld/);
      expect((await client.put('/api/me/language', { language: 'en' })).statusCode).toBe(204);
      const english = await client.call({ method: 'POST', url: '/api/cases', body: {}, headers: { 'accept-language': 'nl' } });
      expect(english.json().error.message).toMatch(/^Please check the field/);
      const forbidden = await client.get('/api/admin/users');
      expect(forbidden.statusCode).toBe(403);
      expect(forbidden.json().error.message).toBe('You do not have access to this information or action.');
    });

    it('an unauthenticated answer is Dutch by default and English on request', async () => {
      const nl = await t.app.inject({ url: '/api/cases' });
      const en = await t.app.inject({ url: '/api/cases', headers: { 'accept-language': 'en' } });
      expect(nl.statusCode).toBe(401);
      expect(nl.json().error).toEqual({ code: 'unauthenticated', message: 'U bent niet (meer) aangemeld. Meld u opnieuw aan.' });
      expect(en.json().error).toEqual({ code: 'unauthenticated', message: 'You are not signed in (any more). Please sign in again.' });
    });
  });
});
