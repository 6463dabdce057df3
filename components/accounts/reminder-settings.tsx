import { ReminderSettingsForm } from "@/components/accounts/reminder-settings-form";
import { Section } from "@/components/ui/section";
import { getReminderSettings } from "@/lib/reminders/settings";

/** The profile's "Reminders" section: which days to hear about a due date, and by email, in the app, or both. */
export async function ReminderSettings({ userId }: { userId: string }) {
  const settings = await getReminderSettings(userId);
  return (
    <Section
      plain
      title="Reminders"
      titleId="reminders"
      className="mt-10 scroll-mt-4 border-t border-slate-200 pt-6 dark:border-slate-800"
    >
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        While CEUs are still owed on a credential, HIM Pathways reminds you on the days you choose before its due date
        and after it: at most one email a day (a digest of everything due), and a notification in the app.
      </p>
      <div className="mt-4">
        <ReminderSettingsForm settings={settings} />
      </div>
    </Section>
  );
}
