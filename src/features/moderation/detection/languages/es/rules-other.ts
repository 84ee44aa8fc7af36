// Spanish patterns outside violence and hate: harassment, sexual content, self-harm, spam.
import { compile, once } from "../compile.js";
import type { PatternRule } from "../types.js";
import { ES_LEXICON as L } from "./lexicon.js";

const c = (src: string) => compile(src, L, { unaccented: true });
const INSULT =
  "(?:idiota|imbécil|gilipollas|estúpido|estúpida|subnormal|payaso|payasa|mierda|basura|cabrón|cabrona|hijo de puta|" +
  "hija de puta|hijo de perra|puta|zorra|perra|tonto|tonta|inútil|pringado|pringada|capullo|capulla|mamón|pendejo|pendeja|" +
  "pelotudo|pelotuda|boludo|huevón|huevona|cerdo|cerda|gordo asqueroso|gorda asquerosa|asqueroso|asquerosa|desgraciado|" +
  "desgraciada|malnacido|malnacida|escoria|parásito|rata|retrasado|retrasada|mongolo|anormal|fracasado|fracasada|" +
  "perdedor|perdedora|miserable|cretino|cretina|imbécil de mierda|gusano|lameculos|chupapollas|cornudo|mierdecilla)";

export const ES_OTHER_RULES = once((): PatternRule[] => [
  {
    id: "harass.insult", category: "harassment", score: 0.75,
    reason: "insulta al lector (insults the reader)",
    re: c(`<(?:(?:tú )?(?:eres|sois|sos|vaya|menudo|menuda|pedazo de|so) (?:un |una |unos |unas |el |la |puto |puta |maldito |maldita |pedazo de |menudo |menuda |mayor |más grande )*${INSULT}|${INSULT} de mierda)>`),
  },
  {
    id: "harass.profanity_at", category: "harassment", score: 0.7,
    reason: "palabrotas dirigidas a alguien (profanity directed at someone)",
    re: c("<(?:vete a la mierda|idos a la mierda|que te jodan|que os jodan|jódete|jodeos|chinga tu madre|me cago en tu (?:puta )?madre|me cago en tus muertos|cállate la boca|cierra la boca|cierra el pico|tu puta madre|la concha de tu madre|vete al carajo|come mierda|chúpamela|que te follen|que os follen)>"),
  },
  {
    id: "harass.self_harm_urge", category: "harassment", score: 0.9,
    reason: "incita a alguien a suicidarse o hacerse daño (tells someone to kill themselves)",
    re: c("<(?:mátate|matate|suicídate|suicidate|ahórcate|ahorcate|córtate las venas|tírate (?:de|por) un (?:puente|balcón|edificio|barranco)|(?:deberías|tendrías que|por qué no te) (?:suicidarte|matarte|morirte|ahorcarte|suicidas|matas|mueres)|ojalá te suicides|haz(?:nos)? un favor y (?:muérete|mátate|suicídate)|muérete(?: ya)?|muéranse)>"),
    immune: ["idiom"],
  },
  {
    id: "sexual.explicit", category: "sexual", score: 0.75,
    reason: "contenido sexual explícito o solicitud (explicit sexual content or solicitation)",
    re: c("<(?:(?:mándame|pásame|envíame|enséñame|manda|pasa) (?:tus |unas |fotos |tus fotos )?(?:nudes|fotos desnuda|fotos desnudo|fotos en bolas|las tetas|tus tetas|la polla|el coño)|(?:te voy a|quiero|te quiero) (?:follar|coger|chupar|comer el coño|meter la polla)|(?:chúpame|cómeme) (?:la polla|el coño|los huevos)|porno gratis|vídeos porno|videos xxx|mi onlyfans|(?:chicas|maduras|solteras) (?:calientes|cachondas) (?:cerca de ti|en tu zona|esperando)|mamada)>"),
  },
  {
    id: "self_harm.intent", category: "self_harm", score: 0.85,
    reason: "intención o deseo de autolesión (first-person intent to self-harm)",
    re: c("<(?:(?:me quiero|quiero|voy a|pienso|estoy pensando en|tengo ganas de|he decidido) (?:morir|morirme|suicidarme|matarme|quitarme la vida|acabar con mi vida|acabar con todo|cortarme|hacerme daño|tirarme de un puente)|me quiero morir|ya no quiero (?:vivir|seguir viviendo|seguir aquí|despertar)|no quiero seguir viviendo|me (?:he cortado|corto|corté) (?:otra vez|de nuevo|las venas)|(?:adiós|adios) a todos,? (?:ya )?no (?:puedo|aguanto) más|tengo pensamientos suicidas|estoy pensando en suicidarme)>"),
    immune: ["negation", "reporting", "context"],
  },
  {
    id: "spam.commercial", category: "spam", score: 0.7,
    reason: "spam comercial o estafa (commercial or scam spam)",
    re: c("<(?:compra (?:ya|ahora)|haz clic aquí|pincha aquí|enlace en (?:mi )?bio|link en (?:mi )?bio|(?:seguidores|likes|iphones?|bitcoins?|dinero|tarjetas regalo) gratis|gana \\d[\\d.,]*\\s?(?:€|euros|dólares|\\$)? (?:al|a la|por) (?:día|semana|mes|hora)|gana dinero desde casa|(?:trabaja|trabajo) desde casa y gana|oferta limitada|100% garantizado|100% real|escríbeme (?:por|al) (?:whatsapp|telegram|privado)|bono de casino|casino online|criptomonedas? gratis|duplica tu (?:dinero|inversión|bitcoin)|código promocional|código de descuento|viagra|cialis|pastillas para adelgazar)>"),
    immune: ["negation", "idiom", "context", "counter"],
  },
]);
