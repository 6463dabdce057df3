// The reasons a sign-in is refused after a right password, as next-auth hands them to the sign-in form (the
// message of the Error thrown in authorize() becomes the `error` the client sees). Shared by both sides, so no
// import of server code reaches the browser.

/** The password was right and the account has two-factor sign-in on: ask for a code. */
export const TWO_FACTOR_REQUIRED = "TwoFactorRequired";

/** The password was right, the code was not (or the recovery code was used already). */
export const TWO_FACTOR_INVALID = "TwoFactorInvalid";
