// The detection thread gives exactly the analysis the main thread would, follows operator rules, and
// when it cannot answer the caller is told so (and the server scores on its own thread instead).
import { Worker } from "node:worker_threads";
import { afterAll, describe, expect, it } from "vitest";
import { api, createTestServer, createUser } from "../../../../test/helpers.js";
import { createDetector } from "../detection/detect.js";
import { readLabelledCsv } from "../detection/labelled-io.js";
import { suiteFile } from "../detection/floors.js";
import { detectionThreadOf, detectorFor } from "../detector.js";
import { startDetectionThread } from "./client.js";

const sample = (lang: string, n: number) =>
  readLabelledCsv(suiteFile(lang), { text: "text", label: "label", language: lang }).filter((_, i) => i % 7 === 0).slice(0, n).map((r) => r.text);

describe("detection thread", () => {
  const thread = startDetectionThread();
  afterAll(() => thread.close());

  it("answers every text exactly as the main thread's engine does (English, Vietnamese, Spanish)", async () => {
    const local = createDetector({ rules: [] });
    const texts = [...sample("en", 40), ...sample("vi", 40), ...sample("es", 40), "Lovely morning at the market, fresh bread!", ""];
    const remote = await Promise.all(texts.map((t) => thread.analyze(t)));
    expect(remote).toEqual(texts.map((t) => local.analyze(t)));
    // the sample holds held-worthy threats, not only harmless text
    expect(remote.some((a) => a.signals.some((s) => s.category === "violence_threat"))).toBe(true);
  }, 120_000);

  it("sends the texts asked for in one turn of the event loop as one message, and answers each", async () => {
    let w: Worker | undefined;
    const batched = startDetectionThread(() => (w = new Worker(new URL("./boot.mjs", import.meta.url))));
    try {
      await batched.analyze("warm up");
      const sent: unknown[] = [];
      const post = w!.postMessage.bind(w!);
      w!.postMessage = (m: unknown) => { sent.push(m); post(m); };
      const texts = [...sample("en", 10), ...sample("vi", 10)];
      const local = createDetector({ rules: [] });
      expect(await Promise.all(texts.map((t) => batched.analyze(t)))).toEqual(texts.map((t) => local.analyze(t)));
      expect(sent).toHaveLength(1);
      expect((sent[0] as { items: unknown[] }).items).toHaveLength(texts.length);
    } finally {
      await batched.close();
    }
  }, 60_000);

  it("applies the operator rules it is given to the texts sent after them", async () => {
    const text = "buy zorblax pills now";
    expect((await thread.analyze(text)).signals.some((s) => s.detector.includes("zorb"))).toBe(false);
    thread.useRules([{ id: "zorb", pattern: "zorblax", category: "spam", score: 0.9, reason: "zorblax spam" }]);
    const a = await thread.analyze(text);
    expect(a.signals.find((s) => s.category === "spam")?.score).toBe(0.9);
    thread.useRules([]);
    expect((await thread.analyze(text)).signals.some((s) => s.category === "spam" && s.score === 0.9)).toBe(false);
  }, 60_000);

  it("rejects (so the caller scores the text itself) when the thread stops, and does not restart at once", async () => {
    let started = 0;
    const broken = startDetectionThread(() => {
      started++;
      return new Worker("setTimeout(() => process.exit(3), 20)", { eval: true });
    });
    await expect(broken.analyze("hello")).rejects.toThrow(/exit code 3/);
    await expect(broken.analyze("hello again")).rejects.toThrow(/unavailable/);
    expect(started).toBe(1);
    await broken.close();
  });
});

describe("the server's pipeline on the detection thread", () => {
  it("holds a threat scored off the main thread, and falls back when the thread is off", async () => {
    for (const mode of ["on", "off"] as const) {
      const server = await createTestServer({ env: { ROSTRA_DETECTION_THREAD: mode } });
      try {
        expect(typeof (await detectorFor(server.ctx)).analyzeOffThread).toBe(mode === "on" ? "function" : "undefined");
        // the server's own thread answers (a fallback to the main thread would hide a thread that cannot start)
        if (mode === "on") expect((await detectionThreadOf(server.ctx)!.analyze("I will kill you")).signals.length).toBeGreaterThan(0);
        const alice = await createUser(server, "alice");
        const res = await api(server, "POST", "/api/v1/statuses", { token: alice.token, body: { status: "I will kill you tomorrow, journalist" } });
        expect(res.status).toBe(200);
        const row = await server.ctx.db.selectFrom("statuses").select("moderation_state").where("id", "=", res.body.id).executeTakeFirstOrThrow();
        expect(row.moderation_state).toBe("held");
        const fine = await api(server, "POST", "/api/v1/statuses", { token: alice.token, body: { status: "We killed it at the quiz night, great team" } });
        const fineRow = await server.ctx.db.selectFrom("statuses").select("moderation_state").where("id", "=", fine.body.id).executeTakeFirstOrThrow();
        expect(fineRow.moderation_state).toBe("published");
      } finally {
        await server.close();
      }
    }
  }, 60_000);
});
