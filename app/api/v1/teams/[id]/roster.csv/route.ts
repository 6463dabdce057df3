import { z } from "zod";
import { todayIso } from "@/lib/dates";
import { parseOrThrow } from "@/lib/errors";
import { withUser } from "@/lib/http/api";
import { rosterCsv } from "@/lib/teams/roster-csv";
import { getRoster } from "@/lib/teams/roster-service";
import { rosterQuerySchema } from "@/lib/teams/validation";

export const dynamic = "force-dynamic";

const params = z.object({ id: z.string().max(64) });

/** The roster as CSV, with the same filters and order as the JSON roster. */
export const GET = withUser(params, async (req, { params: { id }, user }) => {
  const q = parseOrThrow(rosterQuerySchema, Object.fromEntries(new URL(req.url).searchParams));
  const roster = await getRoster(user.id, id, q);
  return new Response(rosterCsv(roster.members), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="roster-${todayIso()}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
});
