// Spanish is one folder (languages/es/) plus one entry in the registry.
import { describe, expect, it } from "vitest";
import { createDetector } from "./detect.js";
import { PACKS } from "./languages/index.js";
import { normalize } from "./normalize.js";

const d = createDetector();
const top = (t: string) => d.analyze(t).signals.filter((s) => !s.detector.startsWith("classifier"))[0];

describe("Spanish pack", () => {
  it("is registered and detected", () => {
    expect(PACKS.map((p) => p.code)).toContain("es");
    expect(d.analyze("Voy a matar a todos los judíos").language).toBe("es");
    expect(d.analyze("No odio a los judíos").language).toBe("es");
  });
  it.each([
    ["Te voy a matar, hijo de puta", "violence_threat"],
    ["Hay que colgar a todas las feministas", "violence_incitement"],
    ["Los gitanos deberían ser exterminados", "violence_incitement"],
    ["Las mujeres no son más que basura", "hate"],
    ["Los negros no son humanos", "hate"],
    ["hay que m4tar a todos los periodistas", "violence_incitement"],
    ["Odio a los jduíos", "hate"],
  ])("%s → %s", (t, cat) => expect(top(t)?.category).toBe(cat));
  it.each([
    "No hay que matar a los inmigrantes, hay que escucharlos.",
    "Decir que los judíos son ratas es repugnante",
    "La policía detuvo a un hombre que amenazó con matar a los periodistas",
    "Vamos a acabar con los socialistas en las urnas",
    "Te voy a matar a besos cuando llegues",
  ])("not flagged: %s", (t) => {
    const a = d.analyze(t);
    expect(Math.max(a.scores.violence_threat, a.scores.violence_incitement, a.scores.hate)).toBeLessThan(0.5);
  });
  it("repairs misspelt key words without touching ordinary ones", () => {
    const es = PACKS.find((p) => p.code === "es")!;
    expect(es.view!(normalize("odio a los jduíos")).text).toBe("odio a los judíos");
    expect(es.view!(normalize("voy a pagar a los periodistas en el puerto")).text).toBe("voy a pagar a los periodistas en el puerto");
  });
});
