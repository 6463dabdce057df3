-- AlterEnum
ALTER TYPE "ExperienceKind" ADD VALUE 'cdi_outpatient';

-- AlterEnum
ALTER TYPE "FeeKind" ADD VALUE 'membership';

-- AlterTable
-- Existing rows get a year for the moment; the seed, which runs next, writes each fee's own.
ALTER TABLE "Fee" ADD COLUMN     "year" INTEGER NOT NULL DEFAULT 2026;
ALTER TABLE "Fee" ALTER COLUMN "year" DROP DEFAULT;

-- AlterTable
ALTER TABLE "HeldCredential" ADD COLUMN     "reportedCycles" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "requiredOverride" INTEGER,
ADD COLUMN     "requiredOverrideCycleEnd" DATE;

-- AlterTable
ALTER TABLE "IssuerRuleSet" ADD COLUMN     "year" INTEGER NOT NULL DEFAULT 2026;
ALTER TABLE "IssuerRuleSet" ALTER COLUMN "year" DROP DEFAULT;

-- AlterTable
-- Undated figures take the year they were read (the seed re-writes them with their notes).
UPDATE "PayFigure" SET "year" = 2026 WHERE "year" IS NULL;
ALTER TABLE "PayFigure" ALTER COLUMN "year" SET NOT NULL;

-- CreateTable
CREATE TABLE "BodyMembership" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "bodyId" TEXT NOT NULL,
    "membershipExpires" DATE NOT NULL,
    "memberId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BodyMembership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomCredential" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "earnedOn" DATE NOT NULL,
    "cycleMonths" INTEGER NOT NULL,
    "requiredCeus" DECIMAL(6,2) NOT NULL,
    "cycleEnd" DATE,
    "topicMinimums" JSONB NOT NULL DEFAULT '[]',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CustomCredential_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "BodyMembership_userId_bodyId_key" ON "BodyMembership"("userId", "bodyId");

-- CreateIndex
CREATE INDEX "CustomCredential_userId_idx" ON "CustomCredential"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "CustomCredential_userId_code_key" ON "CustomCredential"("userId", "code");

-- AddForeignKey
ALTER TABLE "BodyMembership" ADD CONSTRAINT "BodyMembership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BodyMembership" ADD CONSTRAINT "BodyMembership_bodyId_fkey" FOREIGN KEY ("bodyId") REFERENCES "IssuingBody"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomCredential" ADD CONSTRAINT "CustomCredential_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: what the schema language cannot say.
ALTER TABLE "CustomCredential" ADD CONSTRAINT "CustomCredential_cycle_months" CHECK ("cycleMonths" BETWEEN 1 AND 120);
ALTER TABLE "CustomCredential" ADD CONSTRAINT "CustomCredential_required" CHECK ("requiredCeus" > 0 AND "requiredCeus" <= 500);
ALTER TABLE "CustomCredential" ADD CONSTRAINT "CustomCredential_code_shape" CHECK ("code" ~ '^U-[A-Z0-9]{6}$');
ALTER TABLE "CustomCredential" ADD CONSTRAINT "CustomCredential_name_length" CHECK (char_length("name") BETWEEN 1 AND 120);
ALTER TABLE "HeldCredential" ADD CONSTRAINT "HeldCredential_required_override" CHECK ("requiredOverride" IS NULL OR ("requiredOverride" >= 0 AND "requiredOverride" <= 500));
