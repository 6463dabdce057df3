import type { CallOptions } from "./call-route";
import type { OwnerFixture } from "./owner-fixture";

// The shape of a row of the API routes' authorization matrix (rows in authorization-route-rows*.ts).

export type Access =
  | "public" // anyone; never anybody's personal data
  | "owner" // the signed-in person's own data: 401 without a session
  | "capability" // the private calendar address and the unsubscribe link: the token is the key
  | "link" // an emailed link's token is the key: a token nobody was sent opens nothing (tests/http/account-email)
  | "auth" // next-auth's own endpoints: they need Next's request scope, so tests/http/authorization-pages.test.ts
  //          calls them over HTTP against the built server; here the matrix only checks that file covers them
  | "team" // a team's routes: walked by tests/api/authorization-teams.test.ts, which the matrix checks covers them
  | "fallback"; // unknown API paths

export type RouteRow = {
  access: Access;
  /** The request, aimed at the owner's records where the route takes an id. */
  call: (o: OwnerFixture) => CallOptions;
  /** The owner's own call succeeds with one of these. */
  ok?: number[];
  /** The route's path holds one of the owner's ids: anyone else gets 404. */
  targetsOwner?: boolean;
  /** The owner's answer contains a secret (proves the leak search can see this answer). */
  reveals?: boolean;
  /**
   * For answers with no secret string in them (compliance is figures and entry ids): what another user must see,
   * and what the owner must see, so a missing ownership filter still shows.
   */
  others?: (answer: unknown) => void;
  owners?: (answer: unknown) => void;
  /** Capability routes: the same request with keys that are not the owner's; each answers 404 and changes nothing. */
  wrongKeys?: (o: OwnerFixture) => CallOptions[];
  /** Capability routes that change the owner's record for whoever holds the key (the one-click unsubscribe). */
  keyWrites?: boolean;
};
