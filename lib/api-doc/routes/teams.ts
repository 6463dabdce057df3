import { z } from "zod";
import { noContent, pathParams, raw, type Operation } from "@/lib/api-doc/operation";
import {
  date,
  dateTime,
  memberView,
  policyView,
  positionView,
  role,
  share,
  teamDetail,
} from "@/lib/api-doc/team-shapes";
import {
  inviteSchema,
  memberPatchSchema,
  policySchema,
  positionPatchSchema,
  positionSchema,
  rosterQueryFields,
  shareBodySchema,
  teamNameSchema,
  teamPatchSchema,
} from "@/lib/teams/validation";

// Teams (issue 14): a team's people, positions, invitations, CE policy and roster, and the access log about me. The
// answers' shapes are in lib/api-doc/team-shapes.ts.
//
// Tokens: reading a roster or a policy from an HR script with a read token, and managing positions and invitations
// with a read-write one, are fair uses. What a person consents to share (accepting an invitation, changing my
// share) and deleting a whole team, which ends every member's place in it, take a browser session.

const team = pathParams({ id: "The team's id" });
const teamAnd = (more: Record<string, string>) => pathParams({ id: "The team's id", ...more });
const myShare = z.object({ share });
const created = z.object({ id: z.string() });

export const teamOperations: Operation[] = [
  {
    method: "get",
    path: "/api/v1/teams",
    summary: "The teams I am in, with my role and what I share",
    auth: "read",
    answers: {
      200: {
        description: "My teams, by name",
        schema: z.object({
          teams: z.array(z.object({ id: z.string(), name: z.string(), role, share, members: z.number().int() })),
        }),
      },
    },
  },
  {
    method: "post",
    path: "/api/v1/teams",
    summary: "Create a team; I am its owner (sharing nothing until I choose)",
    auth: "write",
    body: teamNameSchema,
    answers: { 201: { description: "The new team's id", schema: created } },
  },
  {
    method: "get",
    path: "/api/v1/teams/{id}",
    summary: "A team as one of its people sees it (owners and managers also see open invitations)",
    auth: "read",
    params: team,
    answers: { 200: { description: "The team", schema: z.object({ team: teamDetail }) } },
  },
  {
    method: "patch",
    path: "/api/v1/teams/{id}",
    summary: "Rename the team and/or set where it verifies each body's credentials (its owner)",
    description:
      "`verifyLinks` replaces the team's verification pages: issuing-body code → https address (an empty value " +
      "removes one). The roster's `verify` links go there; without one, to the credential's page here.",
    auth: "write",
    params: team,
    body: teamPatchSchema,
    answers: {
      200: {
        description: "The team as changed",
        schema: z.object({
          team: z.object({ id: z.string(), name: z.string(), verifyLinks: z.record(z.string(), z.string()) }),
        }),
      },
    },
  },
  {
    method: "delete",
    path: "/api/v1/teams/{id}",
    summary: "Delete the team with its memberships, shares, positions and invitations (its owner)",
    description: "The members' access logs keep who looked at what, with the team's name.",
    auth: "session",
    params: team,
    answers: { 204: noContent("Deleted") },
  },
  {
    method: "post",
    path: "/api/v1/teams/{id}/invites",
    summary: "Invite a manager (the owner) or a member: a link that works once, for 7 days, emailed if given",
    auth: "write",
    params: team,
    body: inviteSchema,
    answers: {
      201: {
        description: "The invitation; the link is shown once",
        schema: z.object({
          id: z.string(),
          url: z.string().describe("The invitation link (only its hash is kept)"),
          expiresAt: dateTime(),
          emailed: z.boolean().describe("Whether the email went out; the link works either way"),
        }),
      },
    },
  },
  {
    method: "delete",
    path: "/api/v1/teams/{id}/invites/{inviteId}",
    summary: "Revoke an open invitation",
    auth: "write",
    params: teamAnd({ inviteId: "The invitation's id" }),
    answers: { 204: noContent("Revoked") },
  },
  {
    method: "post",
    path: "/api/v1/invites/{token}/accept",
    summary: "Join the team, sharing what I choose (an empty list shares nothing)",
    auth: "session",
    params: pathParams({ token: "The key from the invitation link" }),
    body: shareBodySchema,
    answers: {
      200: { description: "Joined", schema: z.object({ teamId: z.string(), share }) },
    },
    errors: ["gone", "conflict"],
  },
  {
    method: "patch",
    path: "/api/v1/teams/{id}/me",
    summary: "Change what I share with the team; takes effect on its next request",
    auth: "session",
    params: team,
    body: shareBodySchema,
    answers: { 200: { description: "What I share now", schema: myShare } },
  },
  {
    method: "delete",
    path: "/api/v1/teams/{id}/me",
    summary: "Leave the team (its owner cannot: they delete it instead)",
    auth: "write",
    params: team,
    answers: { 204: noContent("Left") },
    errors: ["conflict"],
  },
  {
    method: "get",
    path: "/api/v1/teams/{id}/positions",
    summary: "The team's positions and the credentials each needs",
    auth: "read",
    params: team,
    answers: { 200: { description: "By name", schema: z.object({ positions: z.array(positionView) }) } },
  },
  {
    method: "post",
    path: "/api/v1/teams/{id}/positions",
    summary: "Add a position (owners and managers); codes must be in the catalog",
    auth: "write",
    params: team,
    body: positionSchema,
    answers: { 201: { description: "The new position's id", schema: created } },
  },
  {
    method: "patch",
    path: "/api/v1/teams/{id}/positions/{positionId}",
    summary: "Rename a position or change what it needs",
    auth: "write",
    params: teamAnd({ positionId: "The position's id" }),
    body: positionPatchSchema,
    answers: { 200: { description: "The position", schema: z.object({ position: positionView }) } },
  },
  {
    method: "delete",
    path: "/api/v1/teams/{id}/positions/{positionId}",
    summary: "Delete a position; its holders keep their place without one",
    auth: "write",
    params: teamAnd({ positionId: "The position's id" }),
    answers: { 204: noContent("Deleted") },
  },
  {
    method: "get",
    path: "/api/v1/teams/{id}/members/{memberId}",
    summary: "One member's details as shared, with certificate names when shared; written in their access log",
    description: "A member who shares nothing answers 404: nothing is opened, so nothing is logged.",
    auth: "read",
    params: teamAnd({ memberId: "The member's id (from the roster)" }),
    answers: { 200: { description: "The member", schema: z.object({ member: memberView }) } },
  },
  {
    method: "patch",
    path: "/api/v1/teams/{id}/members/{memberId}",
    summary: "Assign a position (owners and managers) or change a role (the owner only)",
    auth: "write",
    params: teamAnd({ memberId: "The member's id" }),
    body: memberPatchSchema,
    answers: {
      200: {
        description: "The member's place now",
        schema: z.object({
          member: z.object({
            memberId: z.string(),
            role,
            position: z.string().nullable().describe("The position's id"),
          }),
        }),
      },
    },
    errors: ["conflict"],
  },
  {
    method: "get",
    path: "/api/v1/teams/{id}/members/{memberId}/certificates/{entryId}",
    summary: "A member's certificate, when they share certificates; written in their access log",
    auth: "read",
    params: teamAnd({ memberId: "The member's id", entryId: "The CEU entry's id (from the details)" }),
    answers: {
      200: raw("application/octet-stream", "The file, as an attachment: application/pdf, image/png or image/jpeg"),
    },
  },
  {
    method: "get",
    path: "/api/v1/teams/{id}/roster",
    summary: "Every member with what each shares, filtered and sorted (owners and managers)",
    auth: "read",
    params: team,
    query: rosterQueryFields,
    answers: {
      200: {
        description: "The roster",
        schema: z.object({ asOf: date(), members: z.array(memberView) }),
      },
    },
  },
  {
    method: "get",
    path: "/api/v1/teams/{id}/roster.csv",
    summary: "The roster as CSV, with the same filters and order; what a member does not share stays empty",
    auth: "read",
    params: team,
    query: rosterQueryFields,
    answers: { 200: raw("text/csv", "CSV: a row per member and credential; a member sharing nothing, one row") },
  },
  {
    method: "get",
    path: "/api/v1/teams/{id}/policy",
    summary: "The team's own CE rule",
    auth: "read",
    params: team,
    answers: { 200: { description: "The policy", schema: z.object({ policy: policyView }) } },
  },
  {
    method: "put",
    path: "/api/v1/teams/{id}/policy",
    summary: "Replace the CE rule (owners and managers); every part empty removes it",
    auth: "write",
    params: team,
    body: policySchema,
    answers: { 200: { description: "The policy now", schema: z.object({ policy: policyView }) } },
  },
  {
    method: "get",
    path: "/api/v1/me/access-log",
    summary: "Who opened my details or downloaded my certificates through a team, and when (newest 500)",
    auth: "read",
    answers: {
      200: {
        description: "The log, newest first",
        schema: z.object({
          entries: z.array(
            z.object({
              at: dateTime(),
              team: z.string().describe("The team's name then"),
              teamId: z.string().nullable().describe("Null once the team is deleted"),
              viewer: z.string().describe('Their name, or "a deleted account"'),
              what: z.enum(["details", "certificate"]),
              entryId: z.string().nullable(),
              entryTitle: z.string().nullable().describe("Null when the entry was deleted since"),
            }),
          ),
        }),
      },
    },
  },
];
