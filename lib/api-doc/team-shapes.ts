import { z } from "zod";
import { ceuTopics } from "@/lib/credentials/ceu-topics";
import { SHARE_LEVELS, TEAM_ROLES } from "@/lib/teams/validation";

// The answers of the teams routes (lib/api-doc/routes/teams.ts), mirroring lib/teams: service.ts, positions.ts and
// roster.ts's memberView. Objects are closed on purpose: a field a member did not share is absent from memberView's
// answer, so every such field is optional here, and a field the read model never sends fails the API tests' check.

export const dateTime = () => z.string().describe("ISO 8601 date-time");
export const date = () => z.string().describe("YYYY-MM-DD");
export const share = z.array(z.enum(SHARE_LEVELS)).describe("What this member shares; empty: nothing");
export const role = z.enum(TEAM_ROLES);
const codeGroups = z.array(z.array(z.string())).describe('Any-of groups: [["CCS"], ["CPC", "CIC"]]');

export const positionView = z.object({
  id: z.string(),
  name: z.string(),
  requires: codeGroups,
  members: z.number().int().describe("Members holding this position"),
});

export const policyView = z
  .object({
    hoursPerYear: z.number().nullable(),
    topic: z.enum(ceuTopics).nullable(),
    topicHours: z.number().nullable(),
    newHireDays: z.number().int().nullable(),
    newHireHours: z.number().nullable(),
  })
  .nullable()
  .describe("The team's own CE rule; null when it has none");

const credentialView = z.object({
  code: z.string(),
  name: z.string(),
  issuer: z.string(),
  custom: z.boolean().describe("Entered by the member, not in the catalog"),
  status: z.enum(["active", "due_soon", "grace", "late_fee", "inactive", "revoked", "replaced"]).nullable(),
  dueDate: date().nullable(),
  selfReported: z.literal(true).describe("The member's own record, not a check with the issuing body"),
  verify: z.object({ url: z.string().nullable(), note: z.string() }),
});

const progressView = z.object({
  body: z.string(),
  credentials: z.array(z.string()),
  cycle: z.enum(["current", "previous"]),
  cycleStart: date(),
  cycleEnd: date(),
  dueDate: date(),
  required: z.number(),
  earned: z.number(),
  remaining: z.number(),
  met: z.boolean(),
  selfReported: z.literal(true),
});

const policyProgressView = z.object({
  year: z
    .object({
      year: z.number().int(),
      required: z.number().nullable(),
      earned: z.number(),
      topic: z.object({ topic: z.string(), required: z.number(), earned: z.number() }).nullable(),
      met: z.boolean(),
    })
    .nullable(),
  newHire: z
    .object({
      from: date(),
      windowEnds: date(),
      required: z.number(),
      earned: z.number(),
      state: z.enum(["met", "open", "missed"]),
    })
    .nullable(),
});

/** One member as the roster and the details show them: only what they share is present. */
export const memberView = z.object({
  memberId: z.string(),
  name: z.string(),
  role,
  position: z.object({ id: z.string(), name: z.string() }).nullable(),
  share,
  coverage: z
    .object({
      met: z.boolean(),
      missing: codeGroups.describe("When not met: what each group still lacks, the nearest group first"),
      lapsing: z.array(z.string()).describe("When met: credentials the covering group relies on that lapse soon"),
    })
    .optional()
    .describe("Whether they cover their position: when they share anything and hold a position"),
  credentials: z.array(credentialView).optional().describe("When they share anything (status or more)"),
  progress: z.array(progressView).optional().describe('When they share "progress"'),
  policy: policyProgressView.optional().describe('Against the team\'s CE rule: when they share "progress"'),
  certificates: z
    .array(z.object({ entryId: z.string(), title: z.string(), date: date(), filename: z.string() }))
    .optional()
    .describe('In the details only, when they share "certificates"'),
});

export const teamDetail = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: dateTime(),
  members: z.number().int(),
  role: role.describe("My role in it"),
  share: share.describe("What I share with it"),
  positions: z.array(positionView),
  policy: policyView,
  verifyLinks: z
    .record(z.string(), z.string())
    .describe("Where the team verifies each issuing body's credentials (body code → https address), set by its owner"),
  invites: z
    .array(
      z.object({
        id: z.string(),
        email: z.string().nullable(),
        role: z.enum(["manager", "member"]),
        position: z.string().nullable().describe("The position's name"),
        expiresAt: dateTime(),
      }),
    )
    .optional()
    .describe("Open invitations: for its owner and managers only"),
});
