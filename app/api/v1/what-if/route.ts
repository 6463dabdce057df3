import { z } from "zod";
import { json, noParams, readJson, withUser } from "@/lib/http/api";
import { runWhatIf } from "@/lib/salary/what-if-service";

export const dynamic = "force-dynamic";

const body = z.record(z.string(), z.unknown(), {
  error: 'Send a JSON object: {"add": [{"code", "on"}], "remove"?, "credentials"?, "years"?}.',
});

export const POST = withUser(noParams, async (req, { user }) =>
  json(await runWhatIf(user.id, await readJson(req, body))),
);
