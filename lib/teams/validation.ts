import { z } from "zod";
import { ceuTopics } from "@/lib/credentials/ceu-topics";

// What the teams API and forms accept. Shares are three separate choices; `progress` and `certificates` each show
// the credential status too (a CEU total means nothing without the credential it counts toward).

export const SHARE_LEVELS = ["status", "progress", "certificates"] as const;
export type ShareLevel = (typeof SHARE_LEVELS)[number];
export const TEAM_ROLES = ["owner", "manager", "member"] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

const name = (what: string, max: number) =>
  z
    .string({ error: `Give the ${what} a name.` })
    .trim()
    .min(1, `Give the ${what} a name.`)
    .max(max, `A ${what} name has at most ${max} characters.`);

export const teamNameSchema = z.object({ name: name("team", 80) }).strict();

/**
 * Where the team checks each issuing body's credentials (body code → the body's own verification page), set by the
 * owner: no such address is on file in HIM Pathways, so the employer gives the one it uses. An empty value removes
 * one. Only https addresses on a named host; the codes are checked against the catalog by the service.
 */
export const verifyLinksSchema = z
  .record(
    z.string().regex(/^[A-Z][A-Z0-9-]{1,15}$/, "Key each address by an issuing body's code, e.g. AAPC."),
    z.union([
      z.literal(""),
      z.null(),
      z
        .url({ protocol: /^https$/, hostname: z.regexes.domain, error: "Enter the page's full https:// address." })
        .max(300, "An address has at most 300 characters."),
    ]),
    { error: 'Send verifyLinks as an object, e.g. {"AAPC": "https://…"}.' },
  )
  .refine((links) => Object.keys(links).length <= 20, "At most 20 addresses.")
  .transform((links) =>
    Object.fromEntries(
      Object.entries(links).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== ""),
    ),
  );
export type VerifyLinks = Record<string, string>;

/** A team's PATCH: its name, its verification pages, or both. */
export const teamPatchSchema = z
  .object({ name: name("team", 80).optional(), verifyLinks: verifyLinksSchema.optional() })
  .strict();

export const shareSchema = z
  .array(z.enum(SHARE_LEVELS, { error: "Share any of: status, progress, certificates." }), {
    error: 'Send share as a list, e.g. ["status"] (an empty list shares nothing).',
  })
  .max(3)
  .transform((list) => SHARE_LEVELS.filter((s) => list.includes(s)));

export const shareBodySchema = z.object({ share: shareSchema }).strict();

export const inviteSchema = z
  .object({
    email: z.email("Enter an email address, or leave it out to get a link to copy.").max(254).optional(),
    role: z.enum(["manager", "member"], { error: "An invitation is for a manager or a member." }),
    position: z.string().max(64).nullable().optional(),
  })
  .strict();

const codeSchema = z
  .string()
  .trim()
  .min(1, "A credential code cannot be empty.")
  .max(20, "A credential code has at most 20 characters.")
  .transform((c) => c.toUpperCase());

/** Any-of groups: [["CCS"], ["CPC", "CIC"]] is CCS, or CPC and CIC. */
export const requiresSchema = z
  .array(z.array(codeSchema).min(1, "Each group names at least one credential.").max(6), {
    error: 'Send requires as groups of codes, e.g. [["CCS"], ["CPC", "CIC"]].',
  })
  .min(1, "Name at least one group of credentials.")
  .max(10, "At most 10 groups.");

export const positionSchema = z.object({ name: name("position", 80), requires: requiresSchema }).strict();
export const positionPatchSchema = positionSchema.partial().strict();

export const memberPatchSchema = z
  .object({
    position: z.string().max(64).nullable().optional(),
    role: z.enum(["manager", "member"], { error: "A member's role is manager or member." }).optional(),
  })
  .strict();

const hours = (max: number) => z.number({ error: "Enter a number of hours." }).min(0.25).max(max);

/** The employer's own CE rule. Every part optional: a year's total (and a topic's share of it), a new-hire window. */
export const policySchema = z
  .object({
    hoursPerYear: hours(500).nullable().optional(),
    topic: z.enum(ceuTopics, { error: "Pick one of the CEU topics." }).nullable().optional(),
    topicHours: hours(500).nullable().optional(),
    newHireDays: z.number().int("Whole days.").min(1).max(730).nullable().optional(),
    newHireHours: hours(500).nullable().optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    if ((p.topic == null) !== (p.topicHours == null))
      ctx.addIssue({ code: "custom", path: ["topicHours"], message: "Give both a topic and its hours, or neither." });
    if (p.topicHours != null && p.hoursPerYear != null && p.topicHours > p.hoursPerYear)
      ctx.addIssue({ code: "custom", path: ["topicHours"], message: "The topic's hours cannot exceed the year's." });
    if ((p.newHireDays == null) !== (p.newHireHours == null))
      ctx.addIssue({
        code: "custom",
        path: ["newHireHours"],
        message: "Give both the days and the hours, or neither.",
      });
  })
  .transform((p) => ({
    hoursPerYear: p.hoursPerYear ?? null,
    topic: p.topic ?? null,
    topicHours: p.topicHours ?? null,
    newHireDays: p.newHireDays ?? null,
    newHireHours: p.newHireHours ?? null,
  }));
export type CePolicy = z.output<typeof policySchema>;

export const lapsingSchema = z.object({
  lapsingWithin: z.coerce
    .number({ error: "lapsingWithin is a number of days." })
    .int("lapsingWithin is a whole number of days.")
    .min(1, "lapsingWithin is 1 to 365 days.")
    .max(365, "lapsingWithin is 1 to 365 days.")
    .optional(),
});

const flag = z
  .enum(["1", "true", "0", "false"], { error: "Use 1 or 0." })
  .optional()
  .transform((v) => v === "1" || v === "true");

/** The roster's query string as sent: filters and the order. The OpenAPI entries list its fields from here. */
export const rosterQueryFields = lapsingSchema
  .extend({
    notCovered: flag,
    inGrace: flag,
    sort: z.enum(["name", "due", "coverage"], { error: "sort is name, due or coverage." }).optional(),
    asOf: z.iso.date("asOf is a date, YYYY-MM-DD.").optional(),
  })
  .strict();

/** The roster's query string: filters and the order (`sort=name|due|coverage`). */
export const rosterQuerySchema = rosterQueryFields.transform(({ lapsingWithin, notCovered, inGrace, sort, asOf }) => ({
  filter: { lapsingWithin, notCovered, inGrace },
  sort,
  asOf,
}));
