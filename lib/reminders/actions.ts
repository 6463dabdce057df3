"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { publicFormAction, userFormAction } from "@/lib/actions/form-action";
import { reminderFormSchema, unsubscribeTokenSchema } from "@/lib/reminders/settings-schema";
import { unsubscribeByToken, updateReminderSettings } from "@/lib/reminders/settings";

export const updateReminderSettingsAction = userFormAction(reminderFormSchema, async (input, user) => {
  await updateReminderSettings(user.id, input);
  revalidatePath("/profile");
  return { ok: true, message: "Reminder settings saved." };
});

// The unsubscribe page's button: no sign-in, the link's token is the key, and it only turns reminder emails off.
export const unsubscribeAction = publicFormAction(z.object({ token: unsubscribeTokenSchema }), async ({ token }) => {
  await unsubscribeByToken(token);
  return { ok: true, message: "Done: no more reminder emails. Reminders in the app stay as they are." };
});
