-- AlterTable
ALTER TABLE "RequirementRoute" ADD COLUMN     "currentWorkKind" "ExperienceKind",
ADD COLUMN     "withinKind" "ExperienceKind",
ADD COLUMN     "withinKindYears" DECIMAL(4,1);
