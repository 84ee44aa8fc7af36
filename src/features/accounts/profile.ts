// update_credentials: display name, bio, up to 4 fields, flags, default posting settings, images.
import type { Context } from "../../context.js";
import { parseJson } from "../../core/json.js";
import { parse, v } from "../../core/validate.js";
import type { Upload } from "../../api/body.js";
import { ValidationError } from "../../core/errors.js";
import type { ProfileField } from "../../api/mastodon/entities/account.js";
import { applySafetySource, REPLY_POLICIES } from "../safety/settings.js";
import { moderateAccountText } from "../statuses/moderation-gate.js";

export const MAX_FIELDS = 4;

const fieldShape = v.object({ name: v.string({ max: 255 }), value: v.string({ max: 2048 }) });

const shape = {
  display_name: v.string({ max: 30 }),
  note: v.string({ max: 500 }),
  locked: v.boolean(),
  bot: v.boolean(),
  discoverable: v.boolean(),
  indexable: v.boolean(),
  hide_collections: v.boolean(),
  fields_attributes: v.array(fieldShape, { max: MAX_FIELDS }),
  source: v.object({
    privacy: v.oneOf(["public", "unlisted", "private", "direct"] as const),
    sensitive: v.boolean(),
    language: v.string({ max: 16 }),
    quote_policy: v.oneOf(["public", "followers", "nobody"] as const),
    reply_policy: v.oneOf(REPLY_POLICIES),
    hide_likely_abuse: v.boolean(),
  }),
};

/** Hook for image processing; the media feature installs the real implementation. */
export type ProfileImageSaver = (ctx: Context, accountId: string, kind: "avatar" | "header", upload: Upload) => Promise<string>;
let saveImage: ProfileImageSaver | null = null;
export function setProfileImageSaver(fn: ProfileImageSaver): void {
  saveImage = fn;
}

export async function updateProfile(ctx: Context, accountId: string, body: unknown, uploads: Record<string, Upload>): Promise<void> {
  const input = parse(shape, body);
  const patch: Record<string, unknown> = { updated_at: new Date().toISOString() };
  if (input.display_name !== undefined) patch.display_name = input.display_name.trim();
  if (input.note !== undefined) patch.note = input.note;
  for (const flag of ["locked", "bot", "discoverable", "indexable"] as const) {
    if (input[flag] !== undefined) patch[flag] = input[flag] ? 1 : 0;
  }
  if (input.fields_attributes !== undefined) {
    const current = await ctx.db.selectFrom("accounts").select("fields").where("id", "=", accountId).executeTakeFirstOrThrow();
    const previous = parseJson<ProfileField[]>(current.fields, []);
    const fields: ProfileField[] = input.fields_attributes
      .filter((f) => (f.name ?? "").trim() !== "" || (f.value ?? "").trim() !== "")
      .map((f) => {
        const name = (f.name ?? "").trim();
        const value = (f.value ?? "").trim();
        const same = previous.find((p) => p.name === name && p.value === value);
        return { name, value, verified_at: same?.verified_at ?? null };
      });
    patch.fields = JSON.stringify(fields);
  }
  for (const kind of ["avatar", "header"] as const) {
    const upload = uploads[kind];
    if (!upload) continue;
    if (!saveImage) throw new ValidationError(`${kind} uploads are not available`);
    patch[`${kind}_media_id`] = await saveImage(ctx, accountId, kind, upload);
  }
  const fieldTexts = input.fields_attributes?.flatMap((f) => [f.name ?? "", f.value ?? ""]) ?? [];
  const texts = [input.display_name ?? "", input.note ?? "", ...fieldTexts];
  await moderateAccountText(ctx, { accountId, kind: "profile", texts }, async (trx) => {
    await trx.updateTable("accounts").set(patch).where("id", "=", accountId).execute();
    if (patch.fields !== undefined) await ctx.jobs.enqueue(trx, "account.verify_links", { accountId });
  });
  if (patch.fields !== undefined) ctx.jobs.kick();
  const source = input.source;
  if (source) {
    // read-modify-write of one JSON column: in a transaction (and with the row locked on PostgreSQL) so
    // two updates at once both land instead of one overwriting the other
    await ctx.db.transaction().execute(async (trx) => {
      let read = trx.selectFrom("users").select("settings").where("account_id", "=", accountId);
      if (ctx.dialect === "postgres") read = read.forUpdate();
      const user = await read.executeTakeFirstOrThrow();
      const settings = parseJson<Record<string, unknown>>(user.settings, {});
      if (source.privacy) settings["posting:default:visibility"] = source.privacy;
      if (source.sensitive !== undefined) settings["posting:default:sensitive"] = source.sensitive;
      if (source.language !== undefined) settings["posting:default:language"] = source.language || null;
      if (source.quote_policy) settings["posting:default:quote_policy"] = source.quote_policy;
      applySafetySource(settings, source);
      await trx.updateTable("users").set({ settings: JSON.stringify(settings) }).where("account_id", "=", accountId).execute();
    });
  }
}
