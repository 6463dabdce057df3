-- CreateTable
CREATE TABLE "AuthAttempt" (
    "id" BIGSERIAL NOT NULL,
    "scope" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuthAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuthAttempt_scope_key_at_idx" ON "AuthAttempt"("scope", "key", "at");

-- CreateIndex
CREATE INDEX "AuthAttempt_at_idx" ON "AuthAttempt"("at");

-- Hand-written: only the scopes lib/auth/throttle.ts uses.
ALTER TABLE "AuthAttempt" ADD CONSTRAINT "AuthAttempt_scope_check" CHECK ("scope" IN ('signin-account', 'signin-address', 'signup-address'));
