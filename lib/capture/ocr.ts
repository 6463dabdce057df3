import "server-only";
import eng from "@tesseract.js-data/eng";
import { createWorker, OEM, type Worker } from "tesseract.js";
import { imageSize, linesFromWords, type Word } from "@/lib/capture/lines";
import type { TextLine } from "@/lib/capture/types";
import { readEnv } from "@/lib/env";

// OCR with tesseract.js. Each worker is a worker thread (the request thread stays free) loading the English data
// from the installed @tesseract.js-data/eng package: nothing is fetched. A small pool with a queue, so a batch of
// images takes CAPTURE_OCR_WORKERS cores and no more; idle workers are ended after a while to give memory back.

const IDLE_MS = 120_000;

type Slot = { worker: Promise<Worker>; busy: boolean; idle?: NodeJS.Timeout };
const slots: Slot[] = [];
const waiting: ((slot: Slot) => void)[] = [];

function newWorker(): Promise<Worker> {
  return createWorker(eng.code, OEM.LSTM_ONLY, {
    langPath: eng.langPath,
    gzip: eng.gzip,
    // The data is read from the package each time a worker starts; no cache folder is written.
    cacheMethod: "none",
    logger: () => {},
    errorHandler: () => {},
  });
}

function release(slot: Slot) {
  const next = waiting.shift();
  if (next) return next(slot);
  slot.busy = false;
  slot.idle = setTimeout(() => {
    slots.splice(slots.indexOf(slot), 1);
    void slot.worker.then((w) => w.terminate()).catch(() => {});
  }, IDLE_MS);
  slot.idle.unref();
}

function acquire(): Promise<Slot> {
  const free = slots.find((s) => !s.busy);
  if (free) {
    clearTimeout(free.idle);
    free.busy = true;
    return Promise.resolve(free);
  }
  if (slots.length < readEnv().CAPTURE_OCR_WORKERS) {
    const slot: Slot = { worker: newWorker(), busy: true };
    slots.push(slot);
    return Promise.resolve(slot);
  }
  return new Promise((resolve) => waiting.push(resolve));
}

/** Reads a PNG or JPEG into lines with boxes and confidences; rotation by a few degrees is straightened first. */
export async function ocrImage(data: Uint8Array): Promise<TextLine[]> {
  const size = imageSize(data);
  if (!size) throw new Error("unreadable image header");
  const slot = await acquire();
  try {
    const worker = await slot.worker;
    const { data: result } = await worker.recognize(Buffer.from(data), { rotateAuto: true }, { blocks: true });
    const words: Word[] = (result.blocks ?? []).flatMap((b) =>
      b.paragraphs.flatMap((p) =>
        p.lines.flatMap((l) => l.words.map((w) => ({ text: w.text, confidence: w.confidence, ...w.bbox }))),
      ),
    );
    return linesFromWords(words, size.width, size.height);
  } catch (err) {
    // A worker that failed may be in any state: replace it rather than reuse it.
    slots.splice(slots.indexOf(slot), 1);
    void slot.worker.then((w) => w.terminate()).catch(() => {});
    slot.busy = false;
    const next = waiting.shift();
    if (next) void acquire().then(next);
    throw err;
  } finally {
    if (slots.includes(slot)) release(slot);
  }
}

/** Ends every worker (tests and benchmarks, so the process can exit). */
export async function closeOcr(): Promise<void> {
  const all = slots.splice(0);
  await Promise.all(all.map((s) => s.worker.then((w) => w.terminate()).catch(() => {})));
}
