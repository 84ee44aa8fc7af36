import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createTestServer, createUser, type TestServer } from "../helpers.js";

describe("operations endpoints", () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await createTestServer({ config: { metricsToken: "metrics-secret" } });
  });
  afterAll(async () => {
    await s.close();
  });

  it("answers /health", async () => {
    const res = await s.app.inject({ method: "GET", url: "/health" });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe("OK");
  });

  it("protects /metrics with its token", async () => {
    expect((await s.app.inject({ method: "GET", url: "/metrics" })).statusCode).toBe(401);
    const res = await s.app.inject({ method: "GET", url: "/metrics", headers: { authorization: "Bearer metrics-secret" } });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("rostra_http_request_duration_seconds");
    expect(res.body).toContain("rostra_jobs_pending");
  });

  it("answers CORS preflights and exposes Link", async () => {
    const res = await s.app.inject({ method: "OPTIONS", url: "/api/v1/timelines/home", headers: { origin: "https://phanpy.example", "access-control-request-method": "GET", "access-control-request-headers": "authorization" } });
    expect(res.statusCode).toBeLessThan(300);
    expect(res.headers["access-control-allow-origin"]).toBe("https://phanpy.example");
    const get = await s.app.inject({ method: "GET", url: "/health", headers: { origin: "https://phanpy.example" } });
    expect(String(get.headers["access-control-expose-headers"])).toContain("Link");
  });

  it("maps unknown routes and oversized bodies to JSON errors", async () => {
    const missing = await api(s, "GET", "/api/v1/nothing-here");
    expect(missing.status).toBe(404);
    expect(missing.body.error).toBeTruthy();
    const u = await createUser(s, "bigbody");
    const big = await s.app.inject({ method: "POST", url: "/api/v1/statuses", headers: { authorization: `Bearer ${u.token}`, "content-type": "application/json" }, payload: JSON.stringify({ status: "x".repeat(2 * 1024 * 1024) }) });
    expect(big.statusCode).toBe(413);
    expect(JSON.parse(big.body).error).toMatch(/too large/);
  });
});

describe("rate limits", () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await createTestServer({ env: { ROSTRA_RATE_LIMITS: "on" }, app: { rateLimitOverrides: { api: 3 } } });
  });
  afterAll(async () => {
    await s.close();
  });

  it("limits per token with X-RateLimit headers and 429 + Retry-After", async () => {
    const u = await createUser(s, "limited");
    const codes: number[] = [];
    let last: any;
    for (let i = 0; i < 4; i++) {
      last = await api(s, "GET", "/api/v1/accounts/verify_credentials", { token: u.token });
      codes.push(last.status);
    }
    expect(codes).toEqual([200, 200, 200, 429]);
    expect(last.headers["x-ratelimit-limit"]).toBe("3");
    expect(last.headers["x-ratelimit-remaining"]).toBe("0");
    expect(Number(last.headers["retry-after"])).toBeGreaterThan(0);
    const other = await createUser(s, "unlimited");
    expect((await api(s, "GET", "/api/v1/accounts/verify_credentials", { token: other.token })).status).toBe(200);
  });
});
