-- CreateEnum
CREATE TYPE "PlanObjective" AS ENUM ('fastest', 'cheapest', 'best_pay');

-- AlterTable
ALTER TABLE "Credential" ADD COLUMN     "replacesCodes" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "Plan" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "targetRoleId" TEXT NOT NULL,
    "objective" "PlanObjective" NOT NULL,
    "request" JSONB NOT NULL,
    "path" JSONB NOT NULL,
    "doneSteps" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Plan_userId_updatedAt_idx" ON "Plan"("userId", "updatedAt");

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_targetRoleId_fkey" FOREIGN KEY ("targetRoleId") REFERENCES "Role"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: a plan's name is what the user typed, 1 to 100 characters.
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_name_length" CHECK (char_length("name") BETWEEN 1 AND 100);
