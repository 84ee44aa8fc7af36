// GET/POST /api/v1/markers.
import type { FastifyInstance } from "fastify";
import { requireUser } from "../../api/mastodon/auth.js";
import type { Context } from "../../context.js";
import { parse, v } from "../../core/validate.js";
import { getMarkers, MARKER_TIMELINES, renderMarkers, saveMarkers } from "./service.js";

const getShape = { timeline: v.array(v.string({ max: 32 }), { max: 10 }) };
const position = v.object({ last_read_id: v.id() });
const postShape = { home: position, notifications: position };

export async function markerRoutes(app: FastifyInstance, ctx: Context): Promise<void> {
  app.get("/api/v1/markers", async (req) => {
    const auth = await requireUser(ctx, req, "read:statuses");
    const asked = parse(getShape, req.query).timeline ?? [];
    const timelines = MARKER_TIMELINES.filter((t) => asked.includes(t));
    return renderMarkers(await getMarkers(ctx, auth.accountId, timelines));
  });

  app.post("/api/v1/markers", async (req) => {
    const auth = await requireUser(ctx, req, "write:statuses");
    const body = parse(postShape, req.body);
    const rows = await saveMarkers(ctx, auth.accountId, { home: body.home?.last_read_id, notifications: body.notifications?.last_read_id });
    return renderMarkers(rows);
  });
}
