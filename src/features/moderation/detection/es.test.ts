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
  // issue 5: more of the grammar of normative threats, each with a non-violent twin
  it.each([
    ["Los judíos deberían, sin duda, ser ejecutados.", "Los judíos deberían, sin duda, ser escuchados."],
    ["Ya es hora de que las mujeres paguen con su vida.", "Ya es hora de que las mujeres cobren lo mismo."],
    ["No sería mala idea exterminar a los gitanos.", "No sería mala idea escuchar a los gitanos."],
    ["Lo que los negros necesitan es una bala en la cabeza.", "Lo que los negros necesitan es apoyo."],
    ["Matar a los gays sería hacerle un favor al mundo.", "Decir que matar a los gays sería un favor al mundo es repugnante."],
    ["La policía debería disparar a los inmigrantes.", "La policía debería proteger a los inmigrantes."],
    ["Ustedes, los musulmanes, deberían estar muertos.", "Ustedes, los musulmanes, deberían estar orgullosos."],
    ["Si de mí dependiera, los trans serían ejecutados.", "Si de mí dependiera, los trans serían más respetados."],
    ["Alguien debería encargarse de esos judíos de una vez por todas.", "Alguien debería encargarse de los niños."],
    ["Los discapacitados deberían morir de hambre.", "Me muero de hambre, vamos a cenar."],
  ])("%s → violence, its twin is not", (bad, good) => {
    expect(["violence_incitement", "violence_threat"]).toContain(top(bad)?.category);
    const a = d.analyze(good);
    expect(Math.max(a.scores.violence_threat, a.scores.violence_incitement, a.scores.hate)).toBeLessThan(0.5);
  });
  it("repairs typos, not other words one letter away", () => {
    const es = PACKS.find((p) => p.code === "es")!;
    // a dropped letter and two swapped letters are typos; "cobrando" is not "cortando", nor "salvar" "saltar"
    expect(es.view!(normalize("hay que mtar a los jduíos")).text).toBe("hay que matar a los judíos");
    expect(es.view!(normalize("vamos a salvar a los refugiados cobrando menos")).text).toBe("vamos a salvar a los refugiados cobrando menos");
    // a deleted space comes back, an enclitic pronoun stays where it is
    expect(es.view!(normalize("matad a todoslos judíos")).text).toBe("matad a todos los judíos");
    expect(es.view!(normalize("quiero decirle algo")).text).toBe("quiero decirle algo");
  });
  it("repairs misspelt key words without touching ordinary ones", () => {
    const es = PACKS.find((p) => p.code === "es")!;
    expect(es.view!(normalize("odio a los jduíos")).text).toBe("odio a los judíos");
    expect(es.view!(normalize("voy a pagar a los periodistas en el puerto")).text).toBe("voy a pagar a los periodistas en el puerto");
  });
});
