import { execFileSync } from "node:child_process";
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../support/cli.js";
import { orderItem, orderWithItems } from "../support/payloads.js";

/**
 * A full disk, for real: a 64 KiB tmpfs, mounted for this file. Mounting needs root (and a
 * kernel that lets this container mount); elsewhere the tests are skipped, and say why.
 */
const disk = mkdtempSync(join(tmpdir(), "oms-lint-full-"));
/**
 * Mounted before the tests run, not as the file is collected: a run filtered by name (-t) that
 * skips them runs no afterAll, and left the tmpfs mounted.
 */
let mounted: string | undefined = "not mounted yet";
function mount(at: string): string | undefined {
  if (process.getuid?.() !== 0) return "mounting a small tmpfs needs root";
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", at], { stdio: "pipe" });
    return undefined;
  } catch (error) {
    return `mount -t tmpfs was refused here (${String((error as { stderr?: Buffer }).stderr ?? error).trim()})`;
  }
}
beforeAll(() => {
  mounted = mount(disk);
  if (mounted !== undefined) console.warn(`fullDisk.test.ts skipped: ${mounted}`);
});
afterAll(() => {
  if (mounted === undefined) execFileSync("umount", [disk]);
  rmSync(disk, { recursive: true, force: true });
});
afterEach(() => {
  for (const name of readdirSync(disk)) rmSync(join(disk, name), { recursive: true, force: true });
});

/** Fills the disk, then frees `room` bytes (whole pages): what is written past them fails with ENOSPC. */
function fill(room = 0): void {
  const fd = openSync(join(disk, "filler"), "w");
  const page = Buffer.alloc(4096, 120);
  try {
    for (;;) writeSync(fd, page);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOSPC") throw error;
  } finally {
    closeSync(fd);
  }
  if (room > 0) {
    const filler = readFileSync(join(disk, "filler"));
    writeFileSync(join(disk, "filler"), filler.subarray(0, filler.length - room));
  }
}

const example = readFileSync(fileURLToPath(new URL("../../examples/createOrder.json", import.meta.url)), "utf8");
/** 24 KB: the fixed copy cannot fit beside it on the full disk. */
const fixable = example.replace(`"maxAmount": null`, `"maxAmount": -1`) + " ".repeat(20_000);
const files = () => readdirSync(disk).filter((name) => name !== "filler").sort();

describe("on a full disk (a 64 KiB tmpfs)", () => {
  beforeEach((context) => {
    if (mounted !== undefined) context.skip();
  });
  it("--fix leaves the order whole and says truthfully that it is unchanged", async () => {
    writeFileSync(join(disk, "order.json"), fixable);
    fill();
    const run = await runCli(["--fix", "--kind", "createOrder", "--format", "compact", "order.json"], { cwd: disk });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      "order.json:1:1: error cannot write the fixed file: no space left on the device (ENOSPC); the file is unchanged (nothing was fixed), and the problems shown are those of the file as it was read [fix]",
    );
    expect(readFileSync(join(disk, "order.json"), "utf8")).toBe(fixable);
    expect(files()).toEqual(["order.json"]);
  });

  it("split writes no child when the last one does not fit", async () => {
    const mixed = JSON.stringify(orderWithItems([orderItem({ availability: "P" }), orderItem({ availability: "Y" }), orderItem({ availability: "D" })]), null, 2);
    mkdirSync(join(disk, "out"));
    writeFileSync(join(disk, "order.json"), mixed);
    // Room for two children of three.
    fill(2 * 4096);
    const run = await runCli(["split", "--out-dir", "out", "order.json"], { cwd: disk });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^oms-lint: split: cannot write the child out\/order-\d\.json: no space left on the device \(ENOSPC\); no child was written\n$/);
    expect(readdirSync(join(disk, "out"))).toEqual([]);
  });

  it("--suppress-all that cannot write its file still prints the report, then says why it failed (exit 2)", async () => {
    // An error (recorded, so not shown) and a warning (never suppressed: it is the report's).
    writeFileSync(join(disk, "order.json"), example.replace(`"locale": "en-US"`, `"locale": "xx", "orderComent": "x"`));
    fill();
    const run = await runCli(["--suppress-all", "--format", "compact", "order.json"], { cwd: disk });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/order\.json:\d+:\d+: warning .*orderComent.*\[unknown-property\]/);
    expect(run.stderr).toBe("oms-lint: cannot write the suppressions file oms-lint-suppressions.json: no space left on the device (ENOSPC)\n");
    expect(files()).toEqual(["order.json"]);
  });

  it("-o keeps the previous report whole when the new one does not fit", async () => {
    const previous = JSON.stringify([{ filePath: "earlier.json", messages: [] }]);
    writeFileSync(join(disk, "order.json"), example.replace(`"locale": "en-US"`, `"locale": "xx"`));
    writeFileSync(join(disk, "report.sarif"), previous);
    fill();
    const run = await runCli(["-f", "sarif", "-o", "report.sarif", "order.json"], { cwd: disk });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("oms-lint: cannot write --output-file report.sarif: no space left on the device (ENOSPC); the previous report is unchanged\n");
    expect(readFileSync(join(disk, "report.sarif"), "utf8")).toBe(previous);
    expect(files()).toEqual(["order.json", "report.sarif"]);
  });

  // Found by the files audit: the summary grew to 16 KiB on the full disk and ended mid-row.
  it("$GITHUB_STEP_SUMMARY that does not fit is left as the earlier steps wrote it, and a note says why", async () => {
    const payloads = mkdtempSync(join(tmpdir(), "oms-lint-full-payloads-"));
    try {
      // Two hundred errors: a summary of about 30 KB, past the rest of the page the earlier text holds.
      for (let i = 0; i < 200; i++) writeFileSync(join(payloads, `note-${String(i).padStart(3, "0")}.json`), `{"name": "", "value": "v${i}"}`);
      const earlier = "### an earlier step\n\nits summary\n";
      writeFileSync(join(disk, "summary.md"), earlier);
      fill();
      const run = await runCli(["-f", "github", "--kind", "orderCustomData", "."], { cwd: payloads, env: { GITHUB_STEP_SUMMARY: join(disk, "summary.md") } });
      expect(run.code).toBe(1);
      expect(run.stderr).toBe("oms-lint: cannot write the step summary to $GITHUB_STEP_SUMMARY: no space left on the device (ENOSPC)\n");
      expect(run.stdout).not.toContain("step summary");
      expect(readFileSync(join(disk, "summary.md"), "utf8")).toBe(earlier);
    } finally {
      rmSync(payloads, { recursive: true, force: true });
    }
  });
});
