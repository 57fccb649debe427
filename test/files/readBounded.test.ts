import fc from "fast-check";
import { closeSync, existsSync, mkdtempSync, openSync, readSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { createServer } from "node:net";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { describeUnread, isUnread, readBounded, readBoundedView, readToLimit } from "../../src/files/readBounded.js";

const dir = mkdtempSync(join(tmpdir(), "oms-lint-read-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** 64 KiB, the reader's shared view: sizes around it and around the limit are the boundaries. */
const view = 64 * 1024;
const sizes = fc.oneof(
  fc.integer({ min: 0, max: 64 }),
  fc.integer({ min: view - 3, max: view + 3 }),
  fc.integer({ min: 0, max: 3 * view }),
);
const limits = (size: number) => fc.oneof(fc.constant(size), fc.constant(size - 1), fc.constant(size + 1), fc.integer({ min: 0, max: 4 * view }), fc.constant(view));

/** A file of `size` bytes (a repeating pattern with the size in it, so that no two sizes read alike). */
function file(name: string, size: number): { path: string; bytes: Buffer } {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + size) & 0xff;
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return { path, bytes };
}

describe("a socket, which open() refuses (ENXIO)", () => {
  it("is said to be no regular file, as a pipe found beside it is, not a pipe or device that no process reads", async () => {
    // Found by the input audit: a Unix socket left in a folder of payloads was reported
    // "it is a pipe or device that no process reads (ENXIO)", the words of a FIFO written with no reader.
    const path = join(dir, "listening.json");
    const server = createServer();
    await new Promise<void>((listening) => server.listen(path, listening));
    try {
      const why = { reason: "it is not a regular file (a socket, or a device that is not there) (ENXIO)", code: "ENXIO" };
      expect(readBounded(path, 10)).toEqual(why);
      expect(readBoundedView(path, 10)).toEqual(why);
    } finally {
      await new Promise((closed) => server.close(closed));
    }
  });
});

describe("readBounded and readBoundedView read every size alike", () => {
  it("a file within the limit: exactly its bytes; past it: refused unread with its size (both readers, any size around 64 KiB and the limit)", () => {
    fc.assert(
      fc.property(sizes.chain((size) => fc.tuple(fc.constant(size), limits(size).filter((l) => l >= 0))), ([size, limit]) => {
        const { path, bytes } = file("sized.json", size);
        for (const read of [readBounded, readBoundedView]) {
          const got = read(path, limit);
          if (size > limit) expect(got).toEqual({ reason: "it is too large", tooLarge: size });
          else {
            expect(isUnread(got)).toBe(false);
            expect(Buffer.from(got as Uint8Array).equals(bytes)).toBe(true);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it("readBounded's bytes are the caller's own: a later read does not change them (the view's are overwritten, as documented)", () => {
    const first = file("first.json", 100);
    const second = file("second.json", 100);
    const owned = readBounded(first.path, 1000) as Uint8Array;
    const viewed = readBoundedView(first.path, 1000) as Uint8Array;
    readBoundedView(second.path, 1000);
    expect(Buffer.from(owned).equals(first.bytes)).toBe(true);
    expect(Buffer.from(viewed).equals(second.bytes)).toBe(true);
  });

  it("devices and folders get readBounded's verdicts from the view reader too", () => {
    expect(readBoundedView("/dev/zero", 10 * view)).toEqual({ reason: "it is not a regular file (a device, pipe or socket)" });
    expect(readBoundedView("/dev/null", 10)).toEqual({ reason: "it is not a regular file (a device, pipe or socket)" });
    expect(readBoundedView(dir, 10)).toEqual({ reason: "it is a folder (EISDIR)" });
    expect(readBoundedView(join(dir, "missing.json"), 10)).toMatchObject({ code: "ENOENT" });
  });
});

/**
 * A file that reports size 0 (procfs, sysfs, FUSE) tells nothing of its length until it is
 * read: it is read in chunks, and no further than one byte past the limit (found by the
 * data-safety audit: /proc/self/pagemap, read whole, grew past 4 GB until the run was killed).
 */
describe("a file that reports no size", () => {
  it("is read to its end within the limit, and refused past it, read no further than the limit's next 4 KiB (a real file's bytes, any size around the limit)", () => {
    fc.assert(
      fc.property(sizes.chain((size) => fc.tuple(fc.constant(size), limits(size).filter((l) => l >= 0))), ([size, limit]) => {
        const { path, bytes } = file("sizeless.json", size);
        const fd = openSync(path, "r");
        try {
          const got = readToLimit(fd, limit);
          if (size > limit) {
            expect(got).toEqual({ reason: "it is too large", tooLarge: "unknown" });
            // Reading stopped past the limit, in its next 4 KiB (a read asks for whole pages: /proc's record files refuse other lengths).
            const rest = Buffer.alloc(size + 1);
            const consumed = size - readSync(fd, rest, 0, rest.length, null);
            expect(consumed).toBeGreaterThan(limit);
            expect(consumed).toBeLessThanOrEqual(Math.ceil((limit + 1) / 4096) * 4096);
          } else {
            expect(isUnread(got)).toBe(false);
            expect(Buffer.from(got as Uint8Array).equals(bytes)).toBe(true);
          }
        } finally {
          closeSync(fd);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("is refused past the limit with no size named, as piped text is", () => {
    expect(describeUnread({ reason: "it is too large", tooLarge: "unknown" }, 1024 * 1024)).toBe(
      "the file is more than the 1.0 MiB oms-lint reads (reading stopped there): no payload is this large, so it is not linted (raise the limit with --max-file-size, or limits.maxFileSize in oms-lint.config.json)",
    );
  });

  // /proc/self/pagemap is Linux's: 8 bytes for each page of the address space (terabytes read whole), reported as size 0, read in whole entries.
  const pagemap = "/proc/self/pagemap";
  it.skipIf(!existsSync(pagemap))(`/proc/self/pagemap (reported as size 0, terabytes long): refused after limit + 1 bytes by both readers${existsSync(pagemap) ? "" : ": skipped, there is no /proc/self/pagemap (Linux only)"}`, () => {
    for (const read of [readBounded, readBoundedView]) expect(read(pagemap, 1024 * 1024)).toEqual({ reason: "it is too large", tooLarge: "unknown" });
  });
});
