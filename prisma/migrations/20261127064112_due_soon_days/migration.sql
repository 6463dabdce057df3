-- AlterTable
ALTER TABLE "User" ADD COLUMN     "dueSoonDays" INTEGER NOT NULL DEFAULT 90;

-- Hand-written: a sensible range for the warning window.
ALTER TABLE "User" ADD CONSTRAINT "User_dueSoonDays_range" CHECK ("dueSoonDays" BETWEEN 1 AND 365);
