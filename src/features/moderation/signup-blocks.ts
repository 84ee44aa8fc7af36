// Sign-up blocks by IP address (exact or CIDR range, IPv4 and IPv6) and by e-mail domain (the domain and its subdomains).
import { BlockList, isIP } from "node:net";
import type { Context } from "../../context.js";
import { ValidationError } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import type { Executor } from "../../db/types.js";
import { audit } from "./audit.js";
import { mdb } from "./db.js";

/** Does an address (IPv4, IPv6, or IPv4 mapped into IPv6 as a dual-stack socket reports it) fall in a block? */
export function ipMatches(block: string, ip: string): boolean {
  const [base, bitsRaw] = block.split("/");
  const family = isIP(base);
  const ipFamily = isIP(ip);
  if (!family || !ipFamily) return false;
  const list = new BlockList();
  const type = family === 4 ? "ipv4" : "ipv6";
  if (bitsRaw === undefined) list.addAddress(base, type);
  else list.addSubnet(base, Number(bitsRaw), type);
  return list.check(ip, ipFamily === 4 ? "ipv4" : "ipv6");
}

/** Why this sign-up is blocked (a message for the user), or null. Called by registration. */
export async function signupBlockReason(exec: Executor, email: string, ip: string | null): Promise<{ field: "email" | "ip"; message: string } | null> {
  const rows = await mdb(exec).selectFrom("signup_blocks").select(["kind", "value"]).execute();
  if (rows.length === 0) return null;
  const domain = email.toLowerCase().split("@").pop() ?? "";
  for (const r of rows) {
    if (r.kind === "email_domain" && (domain === r.value || domain.endsWith(`.${r.value}`))) return { field: "email", message: "uses an e-mail provider that is not allowed" };
    if (r.kind === "ip" && ip && ipMatches(r.value, ip)) return { field: "ip", message: "Sign-ups from this network are not allowed" };
  }
  return null;
}

export async function addSignupBlock(ctx: Context, actorId: string, kind: string, value: string, note = "") {
  const v = value.trim().toLowerCase();
  if (kind === "email_domain") {
    if (!/^[a-z0-9.-]{1,253}\.[a-z]{2,63}$/.test(v)) throw new ValidationError("value is not a domain", { field: "value" });
  } else if (kind === "ip") {
    const [base, bits] = v.split("/");
    if (!isIP(base) || (bits !== undefined && (!/^\d{1,3}$/.test(bits) || Number(bits) > (isIP(base) === 4 ? 32 : 128)))) throw new ValidationError("value is not an IP address or CIDR range", { field: "value" });
  } else throw new ValidationError("kind must be ip or email_domain", { field: "kind" });
  const id = newId();
  await ctx.db.transaction().execute(async (trx) => {
    await mdb(trx).insertInto("signup_blocks").values({ id, kind, value: v, note, created_by: actorId, created_at: ctx.clock.now().toISOString() }).onConflict((oc) => oc.columns(["kind", "value"]).doNothing()).execute();
    await audit(ctx, trx, { actorId, action: "signup_block.add", payload: { kind, value: v, note } });
  });
  return mdb(ctx.db).selectFrom("signup_blocks").selectAll().where("kind", "=", kind).where("value", "=", v).executeTakeFirstOrThrow();
}

export async function removeSignupBlock(ctx: Context, actorId: string, id: string): Promise<boolean> {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await mdb(trx).selectFrom("signup_blocks").selectAll().where("id", "=", id).executeTakeFirst();
    if (!row) return false;
    await mdb(trx).deleteFrom("signup_blocks").where("id", "=", id).execute();
    await audit(ctx, trx, { actorId, action: "signup_block.remove", payload: { kind: row.kind, value: row.value } });
    return true;
  });
}

export const listSignupBlocks = (ctx: Context) => mdb(ctx.db).selectFrom("signup_blocks").selectAll().orderBy("id").execute();
