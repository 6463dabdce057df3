-- CreateTable
CREATE TABLE "PlanShare" (
    "planId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "includeSalary" BOOLEAN NOT NULL DEFAULT false,
    "expiresAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlanShare_pkey" PRIMARY KEY ("planId")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "lastUsedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PlanShare_tokenHash_key" ON "PlanShare"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_userId_createdAt_idx" ON "ApiToken"("userId", "createdAt");

-- AddForeignKey
ALTER TABLE "PlanShare" ADD CONSTRAINT "PlanShare_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: the token scopes, and the rate-limit scope for API tokens (lib/auth/throttle-policy.ts).
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_scope_check" CHECK ("scope" IN ('read', 'read-write'));
ALTER TABLE "AuthAttempt" DROP CONSTRAINT "AuthAttempt_scope_check";
ALTER TABLE "AuthAttempt" ADD CONSTRAINT "AuthAttempt_scope_check" CHECK ("scope" IN ('signin-account', 'signin-address', 'signup-address', 'reset-account', 'reset-address', 'mail-account', 'api-token'));
