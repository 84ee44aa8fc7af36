// Query parameters shared by the v1 and v2 notification routes.
import { parse, v } from "../../core/validate.js";
import type { NotificationFilter } from "./queries.js";

const typeList = v.array(v.string({ max: 64 }), { max: 30 });
export const filterShape = {
  types: typeList,
  exclude_types: typeList,
  account_id: v.id(),
  include_filtered: v.boolean(),
};

export function readFilter(query: unknown): NotificationFilter {
  const q = parse(filterShape, query);
  return { types: q.types, excludeTypes: q.exclude_types, accountId: q.account_id, scope: q.include_filtered ? "all" : "main" };
}
