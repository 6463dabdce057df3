import { z } from "zod";
import { json, noParams, readJson, withUser } from "@/lib/http/api";
import { getReminderSettings, updateReminderSettings } from "@/lib/reminders/settings";

export const dynamic = "force-dynamic";

export const GET = withUser(noParams, async (_req, { user }) =>
  json({ reminders: await getReminderSettings(user.id) }),
);

const body = z.record(z.string(), z.unknown(), { error: "Send a JSON object with the fields to change." });

/** Any of `days` (whole numbers, −365 to 365; negative: after the due date), `email`, `inApp`. */
export const PATCH = withUser(noParams, async (req, { user }) =>
  json({ reminders: await updateReminderSettings(user.id, await readJson(req, body)) }),
);
