-- AlterTable
ALTER TABLE "Team" ADD COLUMN     "verifyLinks" JSONB;
