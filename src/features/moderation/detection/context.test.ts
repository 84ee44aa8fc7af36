// Context cues (game, sport, cooking, fiction, news) lower a score only inside their own sentence, and a
// match or game named as a time ("after the match") is no frame; neutral mentions of groups are not hate.
import { describe, expect, it } from "vitest";
import { createDetector } from "./detect.js";
import { decide } from "./policy.js";

const d = createDetector();
const violence = (t: string) => {
  const a = d.analyze(t);
  return Math.max(a.scores.violence_threat, a.scores.violence_incitement);
};

describe("context cues are scoped to their sentence", () => {
  it.each([
    "I will kill you after the match",
    "Great match today. I will kill you when you get home.",
    "Fortnite later? Also, I know where you live and I will kill you.",
    "Recipe: chop the onions. We should hang all the journalists.",
    "Police arrested a man yesterday. I will kill you.",
    "Loved the movie. Tomorrow I will shoot you.",
    "Te voy a matar después del partido",
    "Gran partido hoy. Te voy a matar cuando llegues a casa.",
    "Receta de hoy: pollo al horno. Y a los periodistas hay que colgarlos a todos.",
  ])("still violence: %s", (t) => expect(violence(t)).toBeGreaterThanOrEqual(0.7));

  it.each([
    "I'm going to kill you in Fortnite tonight",
    "We will slaughter you in the next raid, noobs",
    "Kill the heat and let the sauce rest",
    "In chapter 3 the villain whispers 'I will kill you'",
    "Te voy a matar en el Fortnite esta noche",
    "Me muero de risa con tus vídeos",
  ])("framed, not violence: %s", (t) => expect(violence(t)).toBeLessThan(0.5));
});

describe("neutral and friendly mentions of groups are not hate", () => {
  it.each([
    "Many of my neighbours are Muslims",
    "Black people deserve equal rights",
    "My best friend is Jewish and we go hiking every weekend",
    "Gay couples adopted three kids in our street this year",
    "Muchos de mis vecinos son musulmanes",
  ])("%s → published", (t) => expect(decide(d.analyze(t)).outcome).toBe("publish"));

  it.each(["Muslims are vermin", "I hate all gay people", "Los judíos son ratas", "Odio a los gitanos"])(
    "real hate still flagged: %s",
    (t) => expect(["queue", "hold"]).toContain(decide(d.analyze(t)).outcome),
  );
});
