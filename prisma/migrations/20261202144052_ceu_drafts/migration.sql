-- CreateTable
CREATE TABLE "CeuDraft" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "mimeType" TEXT,
    "size" INTEGER NOT NULL,
    "sha256" TEXT,
    "data" BYTEA,
    "fields" JSONB NOT NULL DEFAULT '{}',
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CeuDraft_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CeuDraft_userId_createdAt_idx" ON "CeuDraft"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "CeuDraft_userId_sha256_idx" ON "CeuDraft"("userId", "sha256");

-- AddForeignKey
ALTER TABLE "CeuDraft" ADD CONSTRAINT "CeuDraft_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A draft is either read (fields to review) or failed (a message, no file kept).
ALTER TABLE "CeuDraft" ADD CONSTRAINT "CeuDraft_status_check" CHECK ("status" IN ('read', 'failed'));
