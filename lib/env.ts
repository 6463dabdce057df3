import { z } from "zod";

// Environment, parsed once. Everything optional has a default that makes a fresh clone run with no set-up.
const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// or postgresql:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /**
   * A session connection to the same database for the start-up migration (its advisory lock lasts a session), when
   * DATABASE_URL goes through a pooler in transaction mode (PgBouncer). Unset: DATABASE_URL.
   */
  DIRECT_DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, "DIRECT_DATABASE_URL must be a postgres:// or postgresql:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  PGLITE_DIR: z.string().trim().min(1).default(".data/pglite"),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters").optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** smtp://user:pass@host:port or smtps://…; unset, each message is written as an .eml file under MAIL_DIR. */
  SMTP_URL: z
    .string()
    .trim()
    .regex(/^smtps?:\/\//, "SMTP_URL must be an smtp:// or smtps:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  MAIL_FROM: z.string().trim().min(3).default("HIM Pathways <no-reply@him-pathways.local>"),
  MAIL_DIR: z.string().trim().min(1).default(".data/mail"),
  /** Minutes between the server's reminder passes (decimals allowed); 0 turns the server's timer off. */
  REMINDERS_INTERVAL_MINUTES: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.coerce
      .number({ error: "REMINDERS_INTERVAL_MINUTES must be a number of minutes" })
      .min(0, "REMINDERS_INTERVAL_MINUTES must be 0 (off) or more")
      .max(1440, "REMINDERS_INTERVAL_MINUTES must be at most 1440 (a day)")
      .default(15),
  ),
  /** Set by `npm start` with WEB_CONCURRENCY > 1: which of the processes this is (1 runs the reminders timer). */
  WEB_WORKER: z.coerce.number().int().min(1).optional(),
  /** OCR workers reading certificate images at once (each takes a core while it reads); 1 to 4. */
  CAPTURE_OCR_WORKERS: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.coerce
      .number({ error: "CAPTURE_OCR_WORKERS must be a whole number from 1 to 4" })
      .int("CAPTURE_OCR_WORKERS must be a whole number from 1 to 4")
      .min(1, "CAPTURE_OCR_WORKERS must be at least 1")
      .max(4, "CAPTURE_OCR_WORKERS must be at most 4")
      .default(1),
  ),
});

export type AppEnv = z.infer<typeof envSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): AppEnv {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}
