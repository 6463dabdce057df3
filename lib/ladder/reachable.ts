import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { processCached } from "@/lib/process-cache";

// The career graph walked in SQL: every role reachable from a role within n moves, with the fewest moves and the
// least typical time (the sum of each move's minimum years) it takes to get there. A recursive CTE that never
// revisits a role on a walk; n is capped so the walk stays small.

type Reachable = { slug: string; title: string; level: number; moves: number; yearsMin: number };

export const MAX_REACH_MOVES = 6;

// The ladder is seed data, fixed while the process runs, so each answer is kept (a few dozen at most: roles × depths).
// Unknown slugs are not kept: anyone can ask for any string.
export function reachableFrom(slug: string, within: number): Promise<Reachable[] | null> {
  const depth = Math.max(1, Math.min(MAX_REACH_MOVES, Math.floor(within)));
  return processCached(
    `reachable:${slug}|${depth}`,
    () => walk(slug, depth),
    (answer) => answer !== null,
  );
}

async function walk(slug: string, depth: number): Promise<Reachable[] | null> {
  const start = await db.role.findUnique({ where: { slug }, select: { id: true } });
  if (!start) return null;
  const rows = await db.$queryRaw<{ slug: string; title: string; level: number; moves: number; years_min: number }[]>`
    WITH RECURSIVE walk (role_id, visited, moves, years) AS (
      SELECT ${start.id}::text, ARRAY[${start.id}::text], 0, 0::numeric
      UNION ALL
      SELECT m."toRoleId", w.visited || m."toRoleId", w.moves + 1, w.years + m."yearsMin"
      FROM walk w
      JOIN "Move" m ON m."fromRoleId" = w.role_id
      WHERE w.moves < ${depth} AND NOT (m."toRoleId" = ANY (w.visited))
    )
    SELECT r.slug, r.title, r.level, MIN(w.moves)::int AS moves, MIN(w.years)::float8 AS years_min
    FROM walk w
    JOIN "Role" r ON r.id = w.role_id
    WHERE w.moves > 0
    GROUP BY r.slug, r.title, r.level
    ORDER BY years_min, moves, r.level, r.title`;
  return rows.map((r) => ({ slug: r.slug, title: r.title, level: r.level, moves: r.moves, yearsMin: r.years_min }));
}

/** GET /api/v1/roles/{slug}/reachable's query. */
export const reachableQuerySchema = z.object({
  within: z.coerce
    .number({ error: "within must be a number of moves" })
    .int("within must be a whole number of moves")
    .min(1, "within must be at least 1")
    .max(MAX_REACH_MOVES, `within must be at most ${MAX_REACH_MOVES}`)
    .default(3),
});
