import { z } from "zod";
import { calendarForToken } from "@/lib/credentials/calendar-feed";
import { AppError } from "@/lib/errors";
import { apiRoute } from "@/lib/http/api";

export const dynamic = "force-dynamic";

const params = z.object({ token: z.string().max(120) });

// Public by design: calendar apps cannot sign in, so the unguessable token is the key. Unknown or revoked: 404.
export const GET = apiRoute(params, async (_req, { token }) => {
  const ics = await calendarForToken(token.replace(/\.ics$/, ""));
  if (!ics) throw new AppError("not_found", "No calendar at this address (it may have been replaced or stopped).");
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Cache-Control": "private, max-age=300",
      "Content-Disposition": 'inline; filename="him-pathways.ics"',
    },
  });
});
