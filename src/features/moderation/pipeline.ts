// The moderation pipeline every new or edited text passes before publication: the detection engine
// scores it, the versioned policy's thresholds pick an outcome, and the verdict's record() writes the
// evidence as signals on the subject's case (and an automated decision for holds and labels) inside
// the transaction that creates the content.
import type { Context } from "../../context.js";
import { UnprocessableError } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import type { Executor } from "../../db/types.js";
import { likelyAbuseScore, setAbuseScore } from "../safety/abuse.js";
import { type ModerationInput, type ModerationVerdict, setModerationPipeline } from "../statuses/moderation-gate.js";
import { addSignal, type Subject } from "./cases.js";
import { mdb } from "./db.js";
import { emptyAfter, recordDecision, runAfterCommit, standingDecisions } from "./decisions.js";
import { detectorFor } from "./detector.js";
import { langOf, t } from "./i18n.js";
import { type Outcome, applyThresholds } from "./policy-apply.js";
import { currentPolicy } from "./policy-store.js";
import { SIGN_UP_JOB, notifyStaffOfSignUp } from "./staff-notify.js";

/** 422 with the broken rule in the author's language. */
export class ModerationRejectedError extends UnprocessableError {
  constructor(message: string, readonly category: string, readonly ruleId: string | null) {
    super(message, { category, rule: ruleId });
  }
}

function subjectFor(input: ModerationInput, subjectId: string): Subject {
  // profile texts and media descriptions are judged as part of the account
  return input.kind === "status" ? { type: "status", id: subjectId } : { type: "account", id: input.accountId };
}

export async function runPipeline(ctx: Context, input: ModerationInput): Promise<ModerationVerdict> {
  const texts = input.texts.filter((x) => typeof x === "string" && x.trim() !== "");
  if (texts.length === 0) return { state: "published" };
  const [policy, detector] = await Promise.all([currentPolicy(ctx), detectorFor(ctx)]);
  // with external-model adapters configured, each text also goes to them (bounded, failing open)
  // (or on the detection thread, so the event loop serves other requests meanwhile)
  const analyses = detector.analyzeWithAdapters
    ? await Promise.all(texts.map(async (text, index) => ({ index, ...(await detector.analyzeWithAdapters!(text)) })))
    : detector.analyzeOffThread
      ? await Promise.all(texts.map(async (text, index) => ({ index, ...(await detector.analyzeOffThread!(text)) })))
      : texts.map((text, index) => ({ index, ...detector.analyze(text) }));
  const verdict = applyThresholds(analyses, policy);
  if (verdict.outcome === "publish") return { state: "published" };
  const language = analyses[0]?.language ?? null;

  if (verdict.outcome === "reject") {
    const user = await ctx.db.selectFrom("users").select("locale").where("account_id", "=", input.accountId).executeTakeFirst();
    const lang = langOf(user?.locale);
    const rule = policy.rules[verdict.category];
    await mdb(ctx.db).insertInto("moderation_rejections").values({
      id: newId(), account_id: input.accountId, category: verdict.category, policy_version: policy.version, language,
      detectors: JSON.stringify(verdict.evidence.map((e) => ({ detector: e.detector, version: e.version, score: e.score }))), created_at: ctx.clock.now().toISOString(),
    }).execute();
    throw new ModerationRejectedError(t(lang).rejected(rule ? rule[lang] : verdict.category), verdict.category, rule?.id ?? null);
  }

  const outcome: Outcome = verdict.outcome;
  const abuseScore = likelyAbuseScore(verdict.evidence);
  return {
    state: outcome === "hold" ? "held" : "published",
    label: verdict.label,
    abuseScore,
    record: async (trx: Executor, subjectId: string) => {
      const subject = subjectFor(input, subjectId);
      // edits are scored here; creation stores the score earlier, before notifications are made
      if (input.kind === "status" && abuseScore > 0) await setAbuseScore(trx, subjectId, abuseScore);
      let caseId = "";
      for (const e of verdict.evidence) {
        caseId = await addSignal(ctx, trx, subject, {
          source: e.detector.startsWith("rule:") ? "rule" : "automated", category: e.category, score: e.score,
          detector: e.detector, version: e.version, threshold: e.threshold, spans: e.spans, reason: e.reason,
          language: e.language, outcome: e.outcome, policy_version: policy.version, text_index: e.textIndex,
        }, { accountId: input.accountId });
      }
      if (outcome !== "hold" && !verdict.label) return;
      // profile text and descriptions are refused rather than held: the signals wait in the queue
      if (subject.type === "account") return;
      // an edit of a post that is already held adds evidence, not a second hold
      const standing = await standingDecisions(trx, caseId);
      if (standing.some((d) => !d.decided_by && d.actionList.some((a) => a.type === (outcome === "hold" ? "hold" : "label")))) return;
      const facts = verdict.evidence.map((e) => `${e.reason} (${e.detector} ${e.version}, score ${e.score} ≥ ${e.threshold})`).join("; ");
      const after = emptyAfter();
      await recordDecision(ctx, trx, {
        caseId, moderatorId: null, actions: [{ type: outcome === "hold" ? "hold" : "label" }], category: verdict.category,
        // a label alone settles the case; a hold (or a label on a queued post) awaits a person
        facts: `Automated detection before publication: ${facts}`, interim: outcome !== "label", quiet: true,
      }, after);
      // nothing to revoke for content actions; the author's notification is read on the next poll
    },
  };
}

let installed = false;

/** Install the pipeline and the moderation job handlers (idempotent; called from the composition). */
export function installModeration(ctx: Context): void {
  ctx.jobs.register("moderation.lift_suspension", async (payload: { decisionId: string; accountId: string }) => {
    const { liftExpiredSuspension } = await import("./expiry.js");
    await liftExpiredSuspension(ctx, payload);
  });
  ctx.jobs.register(SIGN_UP_JOB, async (payload: { accountId: string }) => {
    await notifyStaffOfSignUp(ctx, payload);
  });
  if (installed) return;
  installed = true;
  setModerationPipeline(runPipeline);
}

export { runAfterCommit };
