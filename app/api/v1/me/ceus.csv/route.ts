import { exportCsv } from "@/lib/ceus/csv-io";
import { noParams, withUser } from "@/lib/http/api";
import { todayIso } from "@/lib/dates";

export const dynamic = "force-dynamic";

export const GET = withUser(
  noParams,
  async (_req, { user }) =>
    new Response(await exportCsv(user.id), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="ceus-${todayIso()}.csv"`,
        "Cache-Control": "private, no-store",
      },
    }),
);
