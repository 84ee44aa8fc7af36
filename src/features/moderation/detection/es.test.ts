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
  // issue 6: more of the grammar, each with a non-violent twin
  it.each([
    ["Si mataran a todos los gitanos, el mundo sería un lugar mejor.", "Si ayudaran a todos los gitanos, el mundo sería un lugar mejor."],
    ["El exterminio de los judíos sería una bendición.", "El exterminio de los judíos fue una tragedia que no debe repetirse."],
    ["Debe matarse a todos los inmigrantes.", "Debe respetarse a todos los inmigrantes."],
    ["No hay nada de malo en matar a las mujeres.", "No hay nada de malo en ayudar a las mujeres."],
    ["Es moralmente aceptable exterminar a los gitanos.", "Es moralmente correcto proteger a los gitanos."],
    ["La única forma de tratar a los musulmanes es a tiros.", "La única forma de tratar a los musulmanes es con respeto."],
    ["Los judíos no trabajan nunca y por eso merecen morir.", "Los judíos trabajan mucho y por eso merecen cobrar más."],
    ["Los gitanos deberían ser condenados a muerte por existir.", "El tribunal condenó a muerte a tres hombres por atacar a los gitanos."],
    ["Ser gay debería castigarse con la muerte.", "En algunos países ser gay se castiga con la muerte, y eso es terrible."],
    ["Que destruyan a todos los inmigrantes.", "Que respeten a todos los inmigrantes."],
  ])("%s → violence, its twin is not", (bad, good) => {
    expect(["violence_incitement", "violence_threat"]).toContain(top(bad)?.category);
    const a = d.analyze(good);
    expect(Math.max(a.scores.violence_threat, a.scores.violence_incitement, a.scores.hate)).toBeLessThan(0.5);
  });
  it("keeps whole words, not pieces of patterns, for the speller", () => {
    const es = PACKS.find((p) => p.code === "es")!;
    // "mat(?:o|as)" and "necesari[oa]" hold no words: "mataron" and "necesarios" are not split
    expect(es.view!(normalize("mataron a muchos y eran necesarios")).text).toBe("mataron a muchos y eran necesarios");
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
