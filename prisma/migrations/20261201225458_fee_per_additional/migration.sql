-- AlterTable
ALTER TABLE "Fee" ADD COLUMN     "perAdditional" BOOLEAN NOT NULL DEFAULT false;
