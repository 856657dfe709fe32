import { PGlite } from '@electric-sql/pglite';
const db = await PGlite.create();
await db.exec("create table t (id uuid, a text, j jsonb, d date, ts timestamptz, b boolean, n int, r text[], by bytea)");
const r = await db.query("insert into t select u, a, j::jsonb, d, ts, b, n, ARRAY[a], decode(h,'hex') from unnest($1::uuid[], $2::text[], $3::text[], $4::date[], $5::timestamptz[], $6::boolean[], $7::int[], $8::text[]) as x(u,a,j,d,ts,b,n,h) returning *",
 [[crypto.randomUUID(), crypto.randomUUID()], ['a "q" \\ ,{}', null], ['{"x":"y, z \\"q\\""}', '{}'], ['2026-01-01', null], ['2026-01-01T10:00:00.000Z', '2026-01-01T10:00:00+01:00'], [true, false], [1, null], ['00ff', '2550']]);
console.log(r.rows);
