import "server-only";
import type { EntryInput } from "@/lib/credentials/compliance-types";
import type { CeuSource } from "@/lib/credentials/rule-set-schema";
import { db } from "@/lib/db";
import { addDays } from "@/lib/dates";
import { policyWindowStart, type PolicyEntry } from "@/lib/teams/policy";
import type { CePolicy } from "@/lib/teams/validation";

// The CEU logs a roster reads, each as one text built by the database (no row objects): whole logs for the members
// whose compliance must be computed, and for the team's education policy only the entries inside its windows.

/**
 * Every sharing member's CEU entries in one query, each member's as one text built by the database (no row
 * objects): at 200 members × 200 entries this is several times faster than 40,000 rows mapped one by one by Prisma
 * (on both engines). It reads only what the engine uses — no titles, notes, providers, nor the entries' own ids: an
 * entry is numbered within its member's log, enough for the engine to count it once, since the roster shows no
 * entry. Dates travel as days since 1970-01-01. No field can hold a tab, a newline or a comma: numbers are formatted
 * here, topics and sources come from fixed lists and credential codes are letters, digits and dashes (all validated
 * when written); a line of any other shape is refused.
 */
export async function entriesOf(userIds: string[]): Promise<Map<string, EntryInput[]>> {
  const by = new Map<string, EntryInput[]>();
  if (userIds.length === 0) return by;
  const rows = await db.$queryRaw<{ u: string; t: string }[]>`
    SELECT "userId" AS u,
           string_agg(concat_ws(E'\t', date - DATE '1970-01-01', ceus::text, array_to_string(topics, ','),
                                CASE WHEN "hiimDomain" THEN 't' ELSE 'f' END, source::text,
                                CASE WHEN "externalBody" THEN 't' ELSE 'f' END,
                                array_to_string("appliesTo", ',')), E'\n') AS t
    FROM "CeuEntry" WHERE "userId" = ANY(${userIds}) GROUP BY "userId"`;
  // Tens of thousands of entries share a few dates, topic lists and numbers: each is made once per read (the engine
  // never changes its inputs), which spares the garbage collector most of the read's cost.
  const day = memo((n: string) => addDays("1970-01-01", Number(n)));
  const list = memo((s: string) => (s ? s.split(",") : []));
  const seq = memo((i: number) => String(i));
  for (const { u, t } of rows) {
    by.set(
      u,
      t.split("\n").map((line, i) => {
        const f = line.split("\t");
        if (f.length !== 7) throw new Error("A CEU entry row had an unexpected shape.");
        return {
          id: seq(i),
          title: "",
          date: day(f[0]!),
          ceus: Number(f[1]),
          topics: list(f[2]!),
          hiimDomain: f[3] === "t",
          source: f[4] as CeuSource,
          externalBody: f[5] === "t",
          appliesTo: list(f[6]!),
        };
      }),
    );
  }
  return by;
}

function memo<K, V>(make: (key: K) => V): (key: K) => V {
  const made = new Map<K, V>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) made.set(key, (value = make(key)));
    return value;
  };
}

/**
 * The entries the team's policy judges, for the members who share progress and whose whole log is not read anyway:
 * from `policyWindowStart` up to `asOf`. Date, CEUs and topics only.
 */
export async function policyEntriesOf(
  members: { userId: string; joinedOn: string }[],
  policy: CePolicy,
  asOf: string,
): Promise<Map<string, PolicyEntry[]>> {
  const by = new Map<string, PolicyEntry[]>();
  if (members.length === 0) return by;
  const from = policyWindowStart(policy, asOf);
  const ids = members.map((m) => m.userId);
  const froms = members.map((m) => from(m.joinedOn));
  const [row] = await db.$queryRaw<{ t: string | null }[]>`
    SELECT string_agg(concat_ws(E'\t', e."userId", to_char(e.date, 'YYYY-MM-DD'), e.ceus::text,
                                array_to_string(e.topics, ',')), E'\n') AS t
    FROM "CeuEntry" e JOIN unnest(${ids}::text[], ${froms}::date[]) AS w("userId", "from")
      ON e."userId" = w."userId" AND e.date >= w."from"
    WHERE e.date <= ${asOf}::date`;
  for (const line of row?.t ? row.t.split("\n") : []) {
    const f = line.split("\t");
    if (f.length !== 4) throw new Error("A CEU entry row had an unexpected shape.");
    const entry = { date: f[1]!, ceus: Number(f[2]), topics: f[3] ? f[3].split(",") : [] };
    const mine = by.get(f[0]!);
    if (mine) mine.push(entry);
    else by.set(f[0]!, [entry]);
  }
  return by;
}
