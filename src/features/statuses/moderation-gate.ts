// The moderation pipeline's entry point for new and edited content. Every piece of text passes here
// before publication; the moderation feature installs the real pipeline with setModerationPipeline.
// Until a pipeline is installed (e.g. in unit tests of other features), content is published.
import type { Context } from "../../context.js";
import { UnprocessableError } from "../../core/errors.js";
import type { Executor } from "../../db/types.js";

export interface ModerationInput {
  accountId: string;
  kind: "status" | "profile" | "media_description";
  texts: string[];
  language: string | null;
}

export interface ModerationVerdict {
  /** published | held | rejected */
  state: "published" | "held";
  /** publish with a content label (sensitive) */
  label?: boolean;
  /** highest likely-abuse score that reached the queue threshold (0 or absent: not likely abuse) */
  abuseScore?: number;
  /** persist signals/case for the created subject inside the same transaction */
  record?: (trx: Executor, subjectId: string) => Promise<void>;
}

export type ModerationPipeline = (ctx: Context, input: ModerationInput) => Promise<ModerationVerdict>;

let pipeline: ModerationPipeline | null = null;

export function setModerationPipeline(fn: ModerationPipeline | null): void {
  pipeline = fn;
}

export async function moderate(ctx: Context, input: ModerationInput): Promise<ModerationVerdict> {
  return pipeline ? pipeline(ctx, input) : { state: "published" };
}

/**
 * Profile text and media descriptions pass the same pipeline. They have no author-only "held" state,
 * so a held change is refused (the previous text stays) while its evidence is recorded on the
 * account's case; `apply` runs in the same transaction as the recording when the text may be published.
 */
export async function moderateAccountText(
  ctx: Context,
  input: { accountId: string; kind: "profile" | "media_description"; texts: string[] },
  apply: (trx: Executor) => Promise<void>,
): Promise<void> {
  const verdict = await moderate(ctx, { ...input, language: null });
  await ctx.db.transaction().execute(async (trx) => {
    if (verdict.state === "published") await apply(trx);
    await verdict.record?.(trx, input.accountId);
  });
  if (verdict.state !== "published") throw new HeldForReviewError(input.kind);
}

export class HeldForReviewError extends UnprocessableError {
  constructor(kind: "profile" | "media_description") {
    super(
      kind === "profile"
        ? "Your profile text was sent to a moderator for review and was not saved. Bạn cần chờ kiểm duyệt: hồ sơ chưa được lưu."
        : "This image description was sent to a moderator for review and was not saved. Mô tả ảnh đang chờ kiểm duyệt và chưa được lưu.",
      { moderation: "held" },
    );
  }
}
