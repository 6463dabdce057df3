import { z } from "zod";
import { profilePatchSchema, deleteAccountSchema } from "@/lib/accounts/validation";
import { changeEmailSchema, changePasswordSchema } from "@/lib/accounts/security";
import { apiTokenViewSchema, createApiTokenSchema } from "@/lib/auth/api-token-schema";
import { membershipSchema } from "@/lib/credentials/memberships";
import { reminderPatchSchema } from "@/lib/reminders/settings-schema";
import { noContent, pathParams, raw, type Operation } from "@/lib/api-doc/operation";
import {
  membershipViewSchema,
  messageSchema,
  notificationViewSchema,
  profileSchema,
  reminderSettingsSchema,
  urlSchema,
} from "@/lib/api-doc/shapes";

// The account: profile, its keys (password, email, sessions, API tokens), reminders, notifications, memberships and
// the private addresses (calendar feed, unsubscribe link).

const token = pathParams({ token: "The private key the address was sent with" });

export const accountOperations: Operation[] = [
  {
    method: "get",
    path: "/api/v1/me/profile",
    summary: "Your profile",
    auth: "read",
    answers: { 200: { description: "The profile", schema: z.object({ profile: profileSchema }) } },
    errors: ["not_found"],
  },
  {
    method: "patch",
    path: "/api/v1/me/profile",
    summary: "Change any profile field; null clears one",
    auth: "write",
    body: profilePatchSchema,
    answers: { 200: { description: "The profile", schema: z.object({ profile: profileSchema }) } },
    errors: ["not_found"],
  },
  {
    method: "delete",
    path: "/api/v1/me",
    summary: "Delete the account and everything in it (password again)",
    auth: "session",
    body: deleteAccountSchema,
    answers: { 204: noContent("The account is gone; the session is void") },
    errors: ["rate_limited"],
  },
  {
    method: "post",
    path: "/api/v1/me/password",
    summary: "Change the password: every other session ends, this one gets a fresh cookie",
    auth: "session",
    body: changePasswordSchema,
    answers: { 204: noContent("Changed") },
    errors: ["rate_limited"],
  },
  {
    method: "post",
    path: "/api/v1/me/email",
    summary: "Change the address: the new one gets a link and takes over when it is opened",
    auth: "session",
    body: changeEmailSchema,
    answers: { 202: { description: "The link is sent", schema: messageSchema } },
    errors: ["conflict", "rate_limited"],
  },
  {
    method: "delete",
    path: "/api/v1/me/sessions",
    summary: "End every session of the account, this one included",
    auth: "session",
    answers: { 204: noContent("Signed out everywhere") },
  },
  {
    method: "post",
    path: "/api/v1/me/verification",
    summary: "Send the address-confirmation link again",
    auth: "session",
    answers: { 202: { description: "Sent", schema: messageSchema } },
    errors: ["conflict", "rate_limited"],
  },
  {
    method: "get",
    path: "/api/v1/me/export.zip",
    summary: "All your data: data.json and your certificate files",
    auth: "read",
    answers: { 200: raw("application/zip", "A ZIP archive") },
  },
  {
    method: "get",
    path: "/api/v1/me/tokens",
    summary: "Your personal API tokens (never the secrets), with their last use",
    auth: "session",
    answers: { 200: { description: "The tokens", schema: z.object({ tokens: z.array(apiTokenViewSchema) }) } },
  },
  {
    method: "post",
    path: "/api/v1/me/tokens",
    summary: "Create a personal API token: the answer holds it once; only its hash is kept",
    auth: "session",
    body: createApiTokenSchema,
    answers: {
      201: {
        description: "The token",
        schema: z.object({
          token: z.string().describe("Send as Authorization: Bearer <token>"),
          apiToken: apiTokenViewSchema,
        }),
      },
    },
    errors: ["conflict"],
  },
  {
    method: "delete",
    path: "/api/v1/me/tokens/{id}",
    summary: "Revoke a token: it answers 401 from then on",
    auth: "session",
    params: pathParams({ id: "The token's id (from the list)" }),
    answers: { 204: noContent("Revoked") },
    errors: ["not_found"],
  },
  {
    method: "get",
    path: "/api/v1/me/reminders",
    summary: "Reminder settings",
    auth: "read",
    answers: { 200: { description: "The settings", schema: z.object({ reminders: reminderSettingsSchema }) } },
  },
  {
    method: "patch",
    path: "/api/v1/me/reminders",
    summary: "Change reminder days (negative: after the due date), email and in-app reminders",
    auth: "write",
    body: reminderPatchSchema,
    answers: { 200: { description: "The settings", schema: z.object({ reminders: reminderSettingsSchema }) } },
  },
  {
    method: "get",
    path: "/api/v1/me/notifications",
    summary: "The newest notifications (at most 100) and the unread count",
    auth: "read",
    answers: {
      200: {
        description: "Notifications",
        schema: z.object({ notifications: z.array(notificationViewSchema), unread: z.number() }),
      },
    },
  },
  {
    method: "post",
    path: "/api/v1/me/notifications/{id}/read",
    summary: "Mark one notification read (the first reading time stays)",
    auth: "write",
    params: pathParams({ id: "The notification's id" }),
    answers: { 200: { description: "The notification", schema: z.object({ notification: notificationViewSchema }) } },
    errors: ["not_found"],
  },
  {
    method: "post",
    path: "/api/v1/me/notifications/read-all",
    summary: "Mark every notification read",
    auth: "write",
    answers: { 200: { description: "How many", schema: z.object({ marked: z.number(), unread: z.literal(0) }) } },
  },
  {
    method: "get",
    path: "/api/v1/me/bodies",
    summary: "Your memberships of the issuing bodies",
    auth: "read",
    answers: { 200: { description: "Memberships", schema: z.object({ bodies: z.array(membershipViewSchema) }) } },
  },
  {
    method: "put",
    path: "/api/v1/me/bodies/{body}",
    summary: "Set a membership's expiry (and member ID)",
    auth: "write",
    params: pathParams({ body: "A body code, any letter case (AAPC)" }),
    body: membershipSchema,
    answers: { 200: { description: "The stored membership", schema: membershipViewSchema } },
  },
  {
    method: "delete",
    path: "/api/v1/me/bodies/{body}",
    summary: "Remove a membership",
    auth: "write",
    params: pathParams({ body: "A body code, any letter case (AAPC)" }),
    answers: { 204: noContent("Removed") },
  },
  {
    method: "get",
    path: "/api/v1/me/calendar",
    summary: "The private calendar feed's address, or null",
    auth: "read",
    answers: { 200: { description: "The address", schema: z.object({ url: z.string().nullable() }) } },
  },
  {
    method: "post",
    path: "/api/v1/me/calendar",
    summary: "Create or replace the private calendar address (the old one stops working)",
    auth: "write",
    answers: { 201: { description: "The address", schema: urlSchema } },
  },
  {
    method: "delete",
    path: "/api/v1/me/calendar",
    summary: "Stop the calendar feed",
    auth: "write",
    answers: { 204: noContent("Stopped") },
  },
  {
    method: "get",
    path: "/api/v1/calendar/{token}",
    summary: "The iCal feed of due dates and grace ends ({token}.ics); 404 once replaced or stopped",
    auth: "key",
    params: token,
    answers: { 200: raw("text/calendar", "An iCalendar file") },
    errors: ["not_found"],
  },
  {
    method: "get",
    path: "/api/v1/unsubscribe/{token}",
    summary: "Sends a browser on to the page that asks before unsubscribing; changes nothing",
    auth: "key",
    params: token,
    answers: { 303: { description: "See /unsubscribe?token=…", headers: { Location: "The page that asks" } } },
    errors: ["not_found"],
  },
  {
    method: "post",
    path: "/api/v1/unsubscribe/{token}",
    summary: "RFC 8058 one-click unsubscribe from reminder emails (in-app reminders stay)",
    auth: "key",
    params: token,
    rawBody: [
      { contentType: "application/x-www-form-urlencoded", description: "List-Unsubscribe=One-Click" },
      { contentType: "multipart/form-data", description: "A List-Unsubscribe field holding One-Click" },
    ],
    answers: {
      200: {
        description: "Unsubscribed",
        schema: z.object({ unsubscribed: z.literal(true), emailReminders: z.literal(false) }),
      },
    },
    errors: ["not_found", "payload_too_large"],
  },
];
