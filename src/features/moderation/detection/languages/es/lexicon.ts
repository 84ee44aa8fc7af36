// Spanish lexicons (written for Rostra). Entries are lowercase words of the normalised text; each also
// matches without accents ("judíos" / "judios") unless it starts with "=" (accent is distinctive).
import type { Lexicon } from "../compile.js";
import { forms, gn, withoutA } from "./verbs.js";

// Violent verbs (infinitive). Objects follow with "a" ("matar a los …") or as clitics ("matarlos").
const VIOLENT = [
  "matar", "asesinar", "apuñalar", "acuchillar", "disparar", "fusilar", "ahorcar", "colgar", "linchar",
  "quemar", "degollar", "decapitar", "descuartizar", "exterminar", "aniquilar", "masacrar", "gasear",
  "ejecutar", "liquidar", "eliminar", "erradicar", "torturar", "violar", "apalear", "golpear",
  "estrangular", "ahogar", "envenenar", "atropellar", "reventar", "rajar", "destripar", "lapidar",
  "apedrear", "tirotear", "balear", "acribillar", "machacar", "aplastar", "enterrar", "despellejar",
  "acabar con", "cargarse", "cargar con", "pegar un tiro a", "pegar un tiro", "pegar un tiro en la cabeza a",
  "meter un tiro a", "meter una bala a", "cortar el cuello", "partir la cara", "romper la cara", "volar la cabeza",
  "reventar la cabeza", "volar los sesos", "volar los sesos a", "volar la cabeza a", "partir la cara a", "romper la cara a",
  "romper las piernas a", "cortar el cuello a", "rebanar el cuello a", "prender fuego a", "dar una paliza a",
  "hacer desaparecer", "borrar del mapa", "quemar vivos", "quemar vivas", "quemar vivo", "quemar viva",
  "enterrar vivos", "limpiar el país de", "dar matarile a", "dar caza a", "dar caza", "hacer daño", "cazar", "atacar", "agredir", "herir",
  "lastimar", "hacer daño a", "hacer sufrir a", "pegar a", "dar de hostias a", "hostiar", "patear", "mutilar",
  "asfixiar", "sacrificar", "castrar", "esterilizar", "destruir", "purgar", "suprimir", "abatir", "deshacerse de",
  "librarse de", "librar al mundo de", "limpiar el mundo de", "borrar de la faz de la tierra a", "pasar a cuchillo a",
  "acabar con la vida de", "quitar la vida a", "hacer pedazos a", "volar por los aires a", "abrir fuego contra",
  "disparar contra", "tirar al mar a", "arrojar al mar a", "encerrar en campos a", "meter en campos de concentración a",
  "poner una bomba a", "rociar con gasolina a", "romper", "partir", "hundir", "abrir en canal a", "coser a puñaladas a",
  "coser a tiros a", "llenar de plomo a", "meter plomo a", "cortar la cabeza a", "cortar el pescuezo a",
  "arrancar la cabeza a", "retorcer el cuello a", "aplastar la cabeza a", "abrir la cabeza a", "tirar por la ventana a",
  "hacer explotar", "quemar en la hoguera a", "reventar a golpes a", "matar a golpes a", "matar a palos a", "ametrallar", "bombardear", "dinamitar", "machetear", "cortar en pedazos a",
  "matar a tiros a", "matar a puñaladas a", "dar muerte a", "rajar el cuello a", "romper el cuello a", "partir el cuello a",
  "retorcer el pescuezo a", "partir la cabeza a", "romper la crisma a", "partir la crisma a", "saltar los dientes a",
  "volar la tapa de los sesos a", "incendiar", "calcinar", "crucificar", "empalar", "electrocutar", "desollar", "rebanar",
  "acuchillar", "hacer una masacre con", "hacer una matanza de", "meter una paliza a", "pegar una paliza a", "dar una paliza a",
  "dar una lección de sangre a", "pasar por las armas a", "poner contra el paredón a", "llevar al paredón a", "mandar a la horca a",
  "mandar a las cámaras de gas a", "meter en hornos a", "quemar vivos a", "quemar vivas a",
  "cortar la garganta a", "cortar la garganta de", "rajar la garganta a", "rebanar la garganta a", "cortar el cuello de",
  "arrancar la piel a", "sacar los ojos a", "arrancar los ojos a", "romper los huesos a", "partir las piernas a",
  // Latin American usage
  "ultimar", "ajusticiar", "despachar", "balacear", "quebrar", "tronar", "madrear", "dar una golpiza a", "agarrar a palos a",
  "cagar a palos a", "cagar a trompadas a", "moler a palos a", "moler a golpes a", "partir la madre a", "romper la madre a",
  "partirle la madre a", "mandar al otro mundo a", "mandar al otro barrio a", "dar de baja a", "desaparecer a", "quitar del medio a",
  "sacar del medio a", "eliminar físicamente a", "fumigar", "aplastar como cucarachas a", "pisotear", "dar plomo a", "bajar a tiros a",
  "tumbar a tiros a", "matar a balazos a", "agarrar a balazos a", "coser a balazos a", "hacer mierda a", "hacer pomada a",
  "hacer puré a", "hacer papilla a", "hacer picadillo a", "hacer trizas a", "hacer añicos a", "encerrar y matar a", "sacar a rastras a",
  "romper todos los huesos a", "reventar los sesos a", "abrir la garganta a", "cortar las manos a", "cortar los huevos a",
  // shots given with "dar" / "pegar" / "meter": "habría que darles un tiro"
  "arrastrar por la calle a", "arrastrar por las calles a", "poner una bala en la cabeza a", "meter una bala en la cabeza a", "dejar morir a", "dejar ahogarse a", "apalizar", "maltratar", "agredir físicamente a", "dar un tiro a", "dar un balazo a", "dar un disparo a", "dar una bala a", "pegar un balazo a", "meter un balazo a",
  // issue 5: "quitar de en medio a", euthanasia imposed on a group ("los discapacitados deberían ser eutanasiados")
  "quitar de en medio a", "sacar de en medio a", "eutanasiar", "desmembrar", "despedazar", "incinerar", "triturar",
  "sepultar", "matar de hambre a", "dejar morir de hambre a", "romper el cráneo a", "partir el cráneo a", "aplastar el cráneo a",
  "abrir el cráneo a", "reventar el cráneo a", "volar en pedazos a", "hacer volar en pedazos a", "reventar a tiros a", "extinguir",
  "flagelar", "abofetear", "aporrear", "desfigurar", "carbonizar", "sumergir", "intoxicar", "arrollar",
  "embestir", "sofocar", "eviscerar", "navajear", "martirizar", "esclavizar", "despeñar", "defenestrar", "disolver en ácido a",
  "reducir a cenizas a", "convertir en cenizas a", "matar a pedradas a", "matar a patadas a", "matar a cuchilladas a", "matar a hachazos a",
  "extirpar", "convertir en jabón a", "hacer jabón con", "echar a los perros a", "echar a los tiburones a", "echar a los cocodrilos a",
];
// issue 6: causing a death, shedding blood, cleansing a place of a group, sentencing to death, sending to the camps
// body parts cut, torn out or broken ("cortarles la lengua a …", "arrancarles los ojos a …")
// issue 7: the body part with a genitive ("romper el cuello de todos esos X"), ending a group ("poner fin a los X")
for (const v of ["cortar", "romper", "partir", "rebanar", "rajar", "retorcer"])
  for (const p of ["el cuello", "la garganta", "la cabeza", "el pescuezo"]) if (!VIOLENT.includes(`${v} ${p} de`)) VIOLENT.push(`${v} ${p} de`);
VIOLENT.push("clavar un cuchillo a", "clavar una navaja a", "dar una puñalada a", "meter una puñalada a", "dar puñaladas a",
  "meter puñaladas a", "matar en masa a", "asesinar en masa a", "ejecutar en masa a", "poner fin a", "poner punto final a", "terminar con", "terminar de una vez con", "acabar de una vez con",
  "acabar de una vez por todas con");
for (const v of ["cortar", "arrancar", "romper", "partir", "reventar"])
  for (const p of ["la lengua", "las manos", "las piernas", "la cabeza", "la cara", "los dientes", "el cuello", "los ojos", "la garganta"]) if (!VIOLENT.includes(`${v} ${p} a`)) VIOLENT.push(`${v} ${p} a`);
VIOLENT.push("diezmar", "azotar", "fustigar", "zurrar", "atormentar", "guillotinar",
  "desangrar", "hervir vivos a", "freír vivos a", "asar vivos a", "cocer vivos a", "abrir la veda contra",
  "abrir la veda a", "abrir la veda de", "dar una lección de violencia a", "dar un escarmiento a", "escarmentar",
  "provocar la extinción de", "causar la extinción de", "tirar por el balcón a", "arrojar desde los tejados a", "tirar desde los tejados a",
  "causar la muerte de", "provocar la muerte de", "causar la muerte a", "provocar la muerte a", "arrebatar la vida a",
  "segar la vida de", "poner fin a la vida de", "derramar la sangre de", "hacer correr la sangre de", "condenar a muerte a",
  "sentenciar a muerte a", "castigar con la muerte a", "mandar a campos de exterminio a", "enviar a campos de exterminio a",
  "mandar a la muerte a", "enviar a la muerte a", "llevar a la muerte a", "sacrificar como animales a", "sacrificar como a animales a",
  "sacrificar como perros a", "sacrificar como a perros a", "matar como perros a", "matar como a perros a", "matar como ratas a",
  "matar como a ratas a", "matar como animales a", "matar como a animales a",
  ...["la sociedad", "el país", "este país", "nuestro país", "las calles", "nuestras calles", "la tierra", "el planeta", "el mundo",
    "la ciudad", "el barrio", "nuestros barrios", "españa", "europa", "la nación", "nuestra tierra"].flatMap((p) => ["limpiar", "purgar", "liberar", "librar", "vaciar"].map((v) => `${v} ${p} de`)));
// "cargarse" is already reflexive; its forms are written by hand below.
const V = forms(withoutA(VIOLENT.filter((v) => v !== "cargarse")));
// reflexive and phrasal forms written out: "deshacernos de", "acabar de una vez con"
const PHRASAL = ["deshacernos de", "deshacerme de", "librarnos de", "librarme de", "quitarnos de encima a", "quitarnos de en medio a",
  "hacer pagar a", "ver sufrir a", "ver morir a", "ver arder a", "ver desangrarse a"];
const INF = [...V.inf, ...PHRASAL, "cargarse a", "cargarme a", "cargarnos a", "cargarte", "cargaros"];
// The passive "se" attached to the infinitive: "debe matarse a los X", "deberían fusilarse todos los X".
// (the killing verbs only: the passive of every phrase would double the size of the rule for little)
const INF_SE = ["matar", "asesinar", "ejecutar", "fusilar", "ahorcar", "colgar", "exterminar", "eliminar", "aniquilar", "quemar", "linchar",
  "masacrar", "gasear", "erradicar", "liquidar", "torturar", "apedrear", "lapidar", "degollar", "decapitar", "disparar", "golpear",
  "apalear", "sacrificar", "destruir", "acuchillar", "apuñalar", "envenenar", "ahogar", "enterrar", "castrar", "esterilizar"].map((v) => v + "se");
// Infinitives with an object clitic: "matarte", "matarlos"; with a dative: "pegarle un tiro".
const INF_OBJ = [...V.infObj, "cargarte", "cargaros", "cargarlos", "cargarlas", "cargármelos", "cargármelas"];
const isYou = (w: string) => /^\S+r(?:te|os)(?: |$)/.test(w);
const FUT1 = [...V.fut1, ...V.cond1, "me cargaré a", "nos cargaremos a", "me cargaría a", "haré daño a", "haremos daño a",
  "haré sufrir a", "haremos sufrir a", "pondré una bomba", "pondremos una bomba", "haré pedazos a", "haré picadillo a",
  "tendré el placer de matar a", "haré desaparecer a", "haremos desaparecer a", "haría daño a", "pondría una bomba"];
const PRES1 = [...V.pres1];
// reflexive phrasal verbs are written out: "que alguien se deshaga de …", "que se carguen a …"
const SUBJ3 = [...V.subj3, ...V.subjPast, "se deshaga de", "se deshagan de", "se deshiciera de", "se deshicieran de", "se libre de", "se libren de",
  "se librara de", "se libraran de", "se cargue a", "se carguen a", "se cargara a", "se cargaran a", "se quite de encima a", "se quiten de encima a"];
const IMPER = [...V.imper, "cargaos a", "cárgate a", "cárguense a"];
// imperatives and "let's …" with the object attached: "mátalos", "matadlos", "mátenlos", "erradiquémoslos"
const IMPER_OBJ = [...V.imperObj, "cargaoslos", "cárgatelos", "cárguenselos", "deshaceos de ellos", "deshazte de ellos",
  "deshagámonos de ellos", "librémonos de ellos", "acabemos con ellos", "acabad con ellos", "acaben con ellos", "acaba con ellos"];
// the same with a singular object, for one member: "mátalo", "matadla", "mátenlo"
const IMPER_OBJ1 = IMPER_OBJ.filter((w) => /l[oa]s$/.test(w)).map((w) => w.slice(0, -1));
// "¿y si los matamos?", "¿por qué no matamos a …?", "¿y si matáramos a …?"
const PRES1PL = V.pres1pl;
const SUBJ1PL = [...V.subj1pl, "nos deshagamos de", "nos libremos de", "nos carguemos a"];
// Passive participles: "deberían ser fusilados", "merecen ser quemadas vivas".
const PART = [...V.part, ...gn(["muert-", "borrad- del mapa", "pasad- por las armas", "puest- contra el paredón",
  "gasead-", "enviad- a las cámaras de gas", "metid- en hornos", "exterminad-", "tirotead-", "pasad- a cuchillo",
  "puest- contra la pared", "barrid- del mapa", "borrad- de la faz de la tierra", "destruid-", "abatid-", "suprimid-",
  "castigad- con la muerte", "condenad- a muerte", "tirad- a la basura", "arrojad- a la basura", "echad- a los leones",
  "mandad- a la cámara de gas", "llevad- al paredón", "llevad- a la horca", "quemad- en la hoguera",
  "arrojad- por la ventana", "tirad- por la ventana", "tirad- de un puente", "arrojad- de un puente", "lanzad- al mar", "tirad- al mar",
  "arrojad- al mar", "borrad- de la existencia", "ahogad- en el mar", "metid- en campos de concentración",
  "encerrad- en campos de concentración", "empujad- por un acantilado", "lanzad- por un acantilado",
  "lanzad- desde lo alto de un edificio", "tirad- desde lo alto de un edificio", "arrojad- desde lo alto de un edificio",
  "lanzad- desde una azotea", "tirad- desde una azotea", "arrojad- desde una azotea", "tirad- de una azotea", "arrojad- de un edificio",
  "tirad- de un edificio", "lanzad- al vacío", "tirad- al vacío", "arrojad- al vacío",
  // issue 5: "encerrados en cámaras de gas", "puestos en un paredón", "arrojados a la hoguera"
  "convertid- en jabón", "convertid- en abono", "alinead- contra la pared", "alinead- contra una pared", "alinead- frente a un pelotón",
  "puest- frente a un pelotón", "puest- frente al pelotón", "llevad- ante un pelotón", "echad- a los cocodrilos", "extirpad- como un cáncer",
  "hech- pedazos", "hech- trizas", "hech- añicos", "hech- picadillo", "disuelt- en ácido", "reducid- a cenizas", "convertid- en cenizas",
  "dejad- morir", "dejad- morir de hambre", "dejad- pudrirse", "dejad- desangrarse", "sepultad- viv-",
  ...["encerrad-", "metid-", "enviad-", "mandad-", "llevad-", "arrojad-", "tirad-", "lanzad-", "echad-", "puest-"].flatMap((v) =>
    ["en cámaras de gas", "en una cámara de gas", "a la cámara de gas", "a las cámaras de gas", "en hornos", "en un horno", "a los hornos",
      "a la hoguera", "al fuego", "en la hoguera", "al paredón", "en el paredón", "a la horca", "a los leones", "a los tiburones", "al mar",
      "a un pozo", "a una fosa", "en una fosa", "a campos de exterminio", "a un campo de exterminio", "a los campos de exterminio",
      "en campos de exterminio", "en un campo de exterminio", "a campos de concentración", "a un campo de concentración",
      "a los campos de concentración", "al matadero", "a la guillotina", "a la silla eléctrica", "a la muerte"].map((p) => `${v} ${p}`)),
  // issue 6: sentenced and punished with death ("deberían ser condenados a muerte", "castigados con la pena capital")
  ...["condenad-", "sentenciad-", "castigad-", "penad-"].flatMap((v) => ["a muerte", "a la pena de muerte", "a la pena capital", "a la horca",
    "con la muerte", "con la pena de muerte", "con la pena capital", "con la horca", "a morir"].map((p) => `${v} ${p}`)),
  ...["expulsad-", "deportad-", "echad-", "sacad-", "desalojad-", "arrastrad-"].flatMap((v) => ["por la fuerza", "a la fuerza", "a patadas",
    "a palos", "a golpes", "a tiros", "a balazos", "a hostias", "a pedradas"].map((p) => `${v} ${p}`)),
  "barrid- de la tierra", "barrid- de la faz de la tierra", "eliminad- de la faz de la tierra", "exterminad- de la faz de la tierra",
  ...["arrojad-", "tirad-", "lanzad-", "empujad-"].flatMap((v) => ["desde los tejados", "desde el tejado", "desde un tejado", "de los tejados",
    "por el balcón", "desde el balcón", "por la ventana", "desde un puente", "desde lo alto de un puente", "a las vías", "al río", "a un río",
    "al fuego", "a un barranco", "por un barranco", "desde un helicóptero", "desde helicópteros", "de un helicóptero", "desde un avión"].map((p) => `${v} ${p}`)),
  // verbs that are violent only with a group as their passive subject ("los X deberían ser neutralizados")
  "abortad-", "neutralizad-", "destrozad-", "rematad-", "depurad-", "vapulead-", "sacrificad- como animales", "sacrificad- como perros", "sacrificad- como ratas", "sacrificad- como ganado",
  "matad- como perros", "matad- como ratas", "matad- como animales", "cazad- como animales", "cazad- como ratas"])];

// Groups (plural) and their members. Protected characteristics first; then the targets of political
// violence Rostra must cover (parties, journalists, activists, judges).
const PROT = [
  "judíos", "judías", "hebreos", "musulmanes", "musulmanas", "islamistas", "moros", "cristianos", "católicos",
  "evangélicos", "protestantes", "ateos", "budistas", "hindúes", "gitanos", "gitanas", "negros", "negras",
  "personas negras", "gente negra", "afrodescendientes", "africanos", "blancos", "personas blancas",
  "asiáticos", "chinos", "latinos", "sudamericanos", "latinoamericanos", "mexicanos", "marroquíes",
  "árabes", "indígenas", "personas indígenas", "pueblos indígenas", "pueblos originarios", "indios", "nativos",
  "inmigrantes", "migrantes", "emigrantes", "extranjeros", "refugiados", "ilegales", "sin papeles",
  "mujeres", "feministas", "niñas", "hombres", "gays", "gais", "homosexuales", "lesbianas", "bisexuales",
  "personas trans", "trans", "transexuales", "mujeres trans", "hombres trans", "transgénero", "personas transgénero",
  "personas lgtb", "personas lgbt", "gente trans", "gente gay", "maricones", "maricas", "bolleras", "travelos",
  "sudacas", "panchitos", "negratas", "moracos", "discapacitados", "discapacitadas", "personas con discapacidad",
  "minusválidos", "minusválidas", "personas discapacitadas", "gente discapacitada", "gente con discapacidad",
  "lisiados", "inválidos", "gente indígena", "indias", "nativos americanos", "gente homosexual", "personas homosexuales",
  "personas gays", "personas gais", "personas de color", "gente de color", "afroamericanos", "negros y negras",
  "judíos y judías", "mujeres y niñas", "transexuales", "travestis", "personas ciegas", "sordos", "ciegos", "enfermos mentales",
  "personas con síndrome de down", "subnormales", "retrasados", "mongólicos", "tullidos",
  "personas judías", "gente judía", "pueblo judío", "el pueblo judío", "la comunidad judía", "comunidad judía",
  "la comunidad gitana", "el pueblo gitano", "la comunidad musulmana", "la comunidad islámica", "la comunidad negra",
  "la comunidad gay", "el colectivo gay", "el colectivo trans", "el colectivo lgtb", "el colectivo lgbt", "el colectivo lgtbi",
  "la comunidad lgtb", "la comunidad lgbt", "la comunidad trans", "la comunidad indígena", "los pueblos indígenas",
  "personas de raza negra", "gente de raza negra", "los de raza negra", "personas musulmanas", "gente musulmana",
  "personas gitanas", "gente gitana", "personas migrantes", "personas inmigrantes", "personas refugiadas",
  "personas homosexuales", "personas lesbianas", "personas bisexuales", "personas con diversidad funcional",
];
const POLITICAL = [
  "políticos", "diputados", "senadores", "concejales", "ministros", "socialistas", "comunistas", "rojos",
  "progres", "izquierdistas", "fachas", "fascistas", "derechistas", "conservadores", "liberales", "peperos",
  "podemitas", "votantes de vox", "votantes del pp", "votantes del psoe", "votantes de podemos", "los de vox",
  "independentistas", "separatistas", "periodistas", "reporteros", "jueces", "juezas", "fiscales",
  "activistas", "manifestantes", "sindicalistas", "policías", "guardias civiles", "médicos", "profesores",
  "curas", "sacerdotes", "monjas", "imanes", "rabinos", "votantes",
];
const MEMBER = [
  "judío", "judía", "musulmán", "musulmana", "moro", "mora", "cristiano", "católico", "cura", "imán", "rabino",
  "gitano", "gitana", "negro", "negra", "chino", "china", "indio", "india", "indígena", "inmigrante", "migrante",
  "extranjero", "refugiado", "mujer", "feminista", "gay", "homosexual", "lesbiana", "trans", "transexual",
  "maricón", "marica", "bollera", "travelo", "sudaca", "discapacitado", "discapacitada", "minusválido",
  "subnormal", "retrasado", "mongólico", "periodista", "reportero", "juez", "jueza", "político", "diputado",
  "senador", "ministro", "alcalde", "alcaldesa", "presidente", "socialista", "comunista", "facha", "activista",
  "manifestante", "policía", "rojo", "progre", "votante de vox", "persona trans", "persona negra", "persona gay",
  "persona indígena", "persona con discapacidad", "persona discapacitada", "mujer trans", "hombre trans",
  "persona judía", "persona musulmana", "persona gitana", "persona homosexual", "persona migrante", "persona inmigrante",
  "persona refugiada", "persona de color", "persona de raza negra", "lesbiana", "bisexual", "transexual", "musulmán",
];

// Dehumanising nouns (with their articles).
const DEHUMAN = [
  ...gn(["rata", "cucaracha", "parásito", "alimaña", "sabandija", "sanguijuela", "gusano", "piojo", "bicho",
    "insecto", "animal", "bestia", "cerdo", "cerda", "perro", "perra", "mono", "mona", "simio", "chimpancé",
    "babosa", "hiena", "buitre", "víbora", "escoria", "basura", "mugre", "lacra", "carroña", "infrahumano",
    "subhumano", "salvaje", "plaga", "peste", "virus", "cáncer", "tumor", "enfermedad", "infección", "excremento",
    "desecho", "chusma", "gentuza", "ganado", "bazofia", "inmundicia", "mierda", "porquería", "pestilencia",
    "suciedad", "primate", "roedor", "pulga", "garrapata", "mosca", "larva", "moho", "hongo", "maleza", "mala hierba",
    "desperdicio", "residuo", "estiércol", "criatura", "engendro", "aberración", "monstruo", "infestación",
    "epidemia", "pandemia", "veneno", "podredumbre", "cosa", "objeto", "bacteria", "termita", "serpiente", "zorro",
    "chinche", "parasito", "lombriz", "babuino", "orangután", "gorila", "burro", "mula", "oveja", "vaca", "germen",
    "gérmenes", "microbio", "despojo", "propiedad", "juguete", "máquina", "incubadora", "electrodoméstico", "esclavo",
    "esclava", "mercancía", "mueble", "manada", "jauría", "rebaño", "piara", "enjambre", "camada", "calaña", "pus",
    "detrito", "cloaca", "alcantarilla", "vómito", "desecho humano", "hez", "heces", "zánganos", "zángano"]),
  "una plaga", "un cáncer", "una enfermedad", "una infección", "una lacra", "un virus", "un tumor", "una peste",
  "escoria humana", "basura humana", "desechos humanos", "poco más que animales", "menos que humanos",
  "no humanos", "infrahumanos", "subhumanos", "una raza inferior", "seres inferiores", "pura basura", "pura escoria",
  "animales salvajes", "una especie inferior", "una infestación", "una epidemia", "una pandemia", "un veneno",
  "la escoria de la sociedad", "el cáncer de la sociedad", "basura de la sociedad", "la peste", "un parásito",
];
// What a person or group "is" in derogation (negative attributes), every gender and number.
const NEG_ATTR = [
  ...gn(["asqueros-", "repugnante", "inferior", "inútil", "estúpid-", "idiota", "imbécil", "despreciable",
    "malvad-", "peligros-", "suci-", "vag-", "criminal", "ladr-", "violador", "enferm-", "degenerad-",
    "pervertid-", "tont-", "primitiv-", "atrasad-", "ignorante", "patétic-", "mentiros-", "traicioner-",
    "codicios-", "avarici-", "asesin-", "terrorista", "repulsiv-", "nauseabund-", "odios-", "maldit-",
    "retrasad-", "subnormal", "deficiente", "inmund-", "apestos-", "ruin", "mezquin-", "débil", "deshonest-", "fe-",
    "desagradable", "horrible", "lamentable", "brut-", "ridícul-", "insoportable", "hipócrita", "egoísta", "cruel",
    "violent-", "corrupt-", "inmoral", "pervers-", "loc-", "histéric-", "incapaz", "incompetente", "inservible",
    "miserable", "irritante", "molest-", "indeseable", "incult-", "analfabet-", "bárbar-", "mal-", "peor",
    "insufrible", "intolerable", "put-", "zorr-", "guarr-", "gord-", "feminazi", "estorbo", "asco", "desastre",
    "inepto", "inept-", "fracasad-", "parásit-", "podrid-", "tarad-", "anormal", "deform-", "defectuos-"]),
  "ladrones", "un asco", "un estorbo", "un desastre", "una plaga", "la lacra", "una vergüenza", "un peligro", "una amenaza", "lo peor", "lo peor de la sociedad",
  "un lastre", "una carga", "un problema", "el problema", "la ruina de", "una desgracia",
];
// The violence of "they should …" / "they deserve …" (after a modal), besides passives.
const DIE = ["recibir un tiro", "recibir una bala", "recibir un disparo", "recibir un balazo", "recibir un tiro en la cabeza",
  "suicidarse", "matarse", "quitarse la vida", "ahorcarse", "pegarse un tiro", "tirarse de un puente", "colgarse",
  "morir quemados", "morir quemadas", "morir de una vez", "morir lentamente", "morir como perros", "morir como ratas",
  "acabar muertos", "acabar muertas", "acabar bajo tierra", "acabar en una fosa", "dejar de existir", "dejar de respirar", "no existir",
  "ser eliminados de la faz de la tierra", "ser eliminadas de la faz de la tierra", "desaparecer de la faz de la tierra", "recibir una paliza", "morir", "morirse", "desaparecer", "arder", "arder en el infierno", "pudrirse", "pudrirse en el infierno",
  "sufrir", "palmarla", "estar muertos", "estar muertas", "estar bajo tierra", "estar a dos metros bajo tierra",
  "ser borrados del mapa", "ser borradas del mapa", "recibir disparos", "recibir balazos", "recibir tiros", "recibir una buena paliza",
  "recibir una bala en la nuca", "recibir un tiro en la nuca",
  // issue 6: dying first, having died, dying out
  "desangrarse", "morir desangrados", "morir desangradas", "ser los primeros en morir", "ser las primeras en morir", "ser los primeros en caer", "ser las primeras en caer", "haber muerto",
  "haber muerto todos", "haber muerto todas", "haber desaparecido", "haber sido exterminados", "extinguirse", "desaparecer como especie",
  "morir en masa", "morir todos", "morir todas", "morir uno a uno", "morir una a una", "morir uno por uno", "morir una por una",
  // issue 5: paying with one's life, starving, going back to the camps
  "pagar con su vida", "pagar con sus vidas", "pagarlo con su vida", "pagarlo con sus vidas", "pagar con la vida", "pagarlo con la vida",
  "pagar con su sangre", "pagarlo con su sangre", "pagar con sangre", "pagarlo con sangre", "morir de hambre", "morirse de hambre",
  "morir de sed", "morir de frío", "morir ahogados", "morir ahogadas", "morir ahorcados", "morir ahorcadas", "morir en la hoguera",
  "morir en la horca", "morir fusilados", "morir fusiladas", "morir a palos", "morir a golpes", "morir de un tiro", "morir de un disparo",
  "volver a los campos de concentración", "volver a los campos de exterminio", "volver a las cámaras de gas", "volver a los hornos",
  "acabar en un campo de concentración", "acabar en campos de concentración", "ir a un campo de concentración", "ir a campos de concentración",
  "ir a un campo de exterminio", "ir a campos de exterminio", "colgar de un árbol", "colgar de los árboles", "colgar de una soga",
  "colgar de una farola", "colgar de las farolas", "desaparecer del mapa", "desaparecer de este mundo", "dejar de respirar ya",
  ...["ser", "acabar como", "terminar como", "servir de"].flatMap((v) => ["comida para los peces", "comida para los gusanos", "comida para los tiburones",
    "comida para los perros", "comida para los buitres", "pasto de los gusanos", "abono"].map((x) => `${v} ${x}`)),
  // "deberían ir a la cámara de gas", "merecen acabar en la horca"
  "pasar por la guillotina", "pasar por la horca", "pasar por el paredón", "acabar en el cementerio", "terminar en el cementerio", "acabar en una tumba", "acabar en la tumba",
  ...["ir", "acabar", "terminar", "morir"].flatMap((v) => ["a la cámara de gas", "a las cámaras de gas", "al paredón", "a la horca",
    "a la hoguera", "al horno", "a los hornos", "en la cámara de gas", "en las cámaras de gas", "en una cámara de gas", "en la horca",
    "en la hoguera", "en el paredón", "en un horno", "en los hornos", "en una fosa común"].map((p) => `${v} ${p}`))];
// what a death is like: "una muerte lenta y dolorosa"
const DEATH_ADJ = ["lenta", "dolorosa", "horrible", "atroz", "terrible", "cruel", "agónica", "violenta", "espantosa", "larga",
  "sangrienta", "brutal", "miserable", "horrenda", "espeluznante", "insoportable", "humillante", "indigna", "pública", "rápida"];
// "merecen …" nouns.
const DESERVE = ["un disparo", "un balazo", "un tiro en la cabeza", "una bala en la cabeza", "una muerte lenta", "una muerte dolorosa",
  "la muerte más dolorosa", "la pena capital", "la guillotina", "la soga", "la tortura", "ser torturados", "ser torturadas", "sufrir",
  "la muerte", "la horca", "un tiro", "una bala", "el paredón", "la pena de muerte", "la silla eléctrica",
  "la hoguera", "una paliza", "el exterminio", "la cámara de gas", "morir", "ser exterminados", "ser exterminadas",
  "una buena paliza", "una buena tunda", "una somanta de palos", "disparos", "balazos", "un tiro en la nuca", "una bala en la nuca",
  "la eutanasia", "la eutanasia forzosa", "la esterilización forzosa", "el linchamiento", "la lapidación", "la castración",
  // issue 6: any painful death ("una muerte horrible y lenta", "la peor de las muertes"), sentences to death
  ...["una muerte", "una muerte muy", "la muerte más"].flatMap((d) => DEATH_ADJ.map((a) => `${d} ${a}`)),
  "la peor de las muertes", "la peor muerte", "la peor muerte posible", "la peor de las torturas", "morir de la peor manera",
  "morir de la peor forma", "ser condenados a muerte", "ser condenadas a muerte", "la pena capital", "la muerte y nada más", "todo el daño", "todo el dolor", "todo el sufrimiento", "que les hagan daño", "que les den una paliza",
  "que les peguen una paliza", "que les revienten la cabeza", "ser lapidados", "ser lapidadas"];

// Killing as a noun: "la ejecución es la única solución para …", "exterminio para …".
const DEATH_NOUN = ["la muerte", "muerte", "la ejecución", "ejecución", "las ejecuciones", "ejecuciones", "el exterminio",
  "exterminio", "la aniquilación", "aniquilación", "la erradicación", "erradicación", "la eliminación física", "la limpieza étnica",
  "limpieza étnica", "una limpieza étnica", "la matanza", "una matanza", "la masacre", "una masacre", "el fusilamiento",
  "fusilamiento", "los fusilamientos", "la horca", "horca", "el paredón", "paredón", "la hoguera", "la cámara de gas",
  "las cámaras de gas", "cámaras de gas", "los hornos", "una bala", "balas", "un tiro en la cabeza", "un tiro", "plomo", "el genocidio",
  "una bala en la cabeza", "una bala en la nuca", "un tiro en la nuca", "un balazo", "un disparo", "un disparo en la cabeza", "la soga al cuello",
  "un genocidio", "genocidio", "la solución final", "la pena de muerte", "pena de muerte", "el linchamiento", "linchamiento",
  "la silla eléctrica", "la inyección letal", "una bomba", "la guillotina", "la soga", "una soga", "el gas", "la deportación masiva y la muerte",
  "matarlos", "matarlas", "exterminarlos", "exterminarlas", "eliminarlos", "eliminarlas", "erradicarlos", "erradicarlas",
  "ejecutarlos", "ejecutarlas", "fusilarlos", "fusilarlas", "aniquilarlos", "aniquilarlas", "colgarlos", "colgarlas",
  "ahorcarlos", "ahorcarlas", "quemarlos", "quemarlas", "gasearlos", "gasearlas", "masacrarlos", "masacrarlas",
  "matar a todos", "matarlos a todos", "matarlas a todas", "acabar con ellos", "acabar con ellas", "deshacerse de ellos",
  "deshacerse de ellas", "la muerte de todos"];
// Dead (states): "estarían todos muertos", "mejor bajo tierra".
const DEAD = [...gn(["muert-", "enterrad-", "ejecutad-", "exterminad-", "colgad-", "ahorcad-", "fusilad-", "gasead-",
  "aniquilad-", "eliminad-", "erradicad-", "quemad- viv-", "asesinad-", "masacrad-", "linchad-", "degollad-", "decapitad-",
  "calcinad-", "extint-", "desaparecid- del mapa", "borrad- del mapa"]), "bajo tierra", "a dos metros bajo tierra",
  "en una fosa", "en una fosa común", "en la tumba", "en cámaras de gas", "en la cámara de gas", "en las cámaras de gas",
  "en una cámara de gas", "en la horca", "en el paredón", "en la hoguera", "en los hornos", "en un horno",
  "en campos de concentración", "en un campo de concentración", "en campos de exterminio", "en un campo de exterminio", "en el cementerio", "criando malvas", "en el infierno", "pudriéndose",
  "ardiendo en el infierno", "colgando de un árbol", "colgando de una soga"];

// Slurs for protected groups (identity terms used as abuse); listed so they can be found, not endorsed.
const SLUR = [
  ...gn(["maricón", "mariconazo", "marica", "mariquita", "mariposón", "sarasa", "bujarrón", "invertido", "joto",
    "bollera", "tortillera", "marimacho", "travelo", "trava", "sudaca", "panchito", "negrata", "negraco", "moraco",
    "subnormal", "mongólico", "mongolo", "tullido", "sidoso", "judiazo", "marrano", "indiaco", "cholo",
    "guarra", "furcia", "fulana", "ramera", "feminazi", "machorra", "gitanazo", "moromierda", "sudaca de mierda"]),
  "maricones", "maricona", "maricas", "retrasado mental", "retrasados mentales", "retrasada mental",
];

export const ES_LEXICON: Lexicon = {
  SLUR, DEATH_NOUN, DEAD, INF_SE,
  IMPER_OBJ, IMPER_OBJ1, PRES1PL, SUBJ1PL,
  INF, INF_YOU: INF_OBJ.filter(isYou), INF_THEM: INF_OBJ.filter((w) => !isYou(w)), FUT1, PRES1, SUBJ3, IMPER, PART, DIE, DESERVE, DEHUMAN, NEG_ATTR,
  PROT, GROUP: [...PROT, ...POLITICAL], MEMBER,
  // First person intent: "voy a …", "vamos a …", "pienso …", "te juro que voy a …".
  FUT: ["voy a", "vamos a", "iré a", "iremos a", "pienso", "pensamos", "quiero", "queremos", "tengo ganas de",
    "tenemos ganas de", "estoy deseando", "estamos deseando", "me encargaré de", "nos encargaremos de",
    "me voy a encargar de", "estoy a punto de", "estoy dispuesto a", "estoy dispuesta a", "estamos dispuestos a",
    "juro que voy a", "te juro que voy a", "os juro que vamos a", "no pararé hasta", "no descansaré hasta",
    "algún día voy a", "un día de estos voy a", "me encantaría", "me gustaría", "ojalá pudiera", "voy a ir a",
    "vamos a ir a", "tengo pensado", "he decidido", "hemos decidido", "estoy preparado para", "estoy preparada para",
    "voy a tener que", "me muero de ganas de", "tengo la intención de", "tenemos la intención de", "planeo", "planeamos",
    "me dispongo a", "nos disponemos a", "mi plan es", "nuestro plan es", "me propongo", "nos proponemos",
    "no tardaré en", "no tardaremos en", "pronto voy a", "estoy decidido a", "estoy decidida a", "estamos decididos a",
    "he jurado", "juro", "prometo", "os prometo que voy a", "me he propuesto", "voy a empezar a", "vamos a empezar a",
    "me dedicaré a", "en cuanto pueda voy a", "cuando pueda voy a", "mi objetivo es", "mi misión es", "disfrutaré",
    "disfrutaría", "me encargo de", "yo me encargo de", "cuento los días para", "estoy listo para", "estoy lista para",
    "estamos listos para", "me apetece", "me muero por", "estoy planeando", "estamos planeando", "sueño con",
    "soñamos con", "fantaseo con", "me imagino", "no veo la hora de", "no puedo esperar a", "no puedo esperar para",
    "no podemos esperar a", "ya tengo ganas de", "estoy impaciente por", "disfruto", "he comprado un arma para", "estoy afilando el cuchillo para", "preferiría", "prefiero", "preferimos", "preferiríamos", "quisiera", "querría", "necesito", "tengo que", "debo",
    "quería", "queríamos", "tenía ganas de", "teníamos ganas de", "me dieron ganas de", "me entraron ganas de", "estuve a punto de",
    "estoy a nada de", "empiece a", "empecemos a", "empezaré a", "empezaremos a", "comenzaré a", "me pondré a", "me gustaría poder",
    "pienso ir a", "voy a salir a", "saldré a", "iré a por ellos a", "me tomaré la molestia de", "no dudaré en", "no dudaremos en",
    "no me temblará el pulso al", "no me temblará la mano al", "me encargaré personalmente de", "yo mismo voy a", "yo misma voy a",
    "vamos a tener que", "tendré que", "tendremos que", "no tendré piedad al", "me reservo el placer de", "me haría feliz",
    "me daría mucho gusto", "me daría placer", "sería un placer", "será un placer", "nada me gustaría más que",
    "nada me haría más feliz que", "lo que más deseo es", "mi mayor deseo es", "mi sueño es", "lo que más quiero es",
    "no hay nada que desee más que", "no hay nada que me guste más que", "me muero de ganas por", "me encantaría poder",
    "disfrutaría mucho", "disfrutaré mucho", "gozaré", "gozaría", "voy a disfrutar", "vamos a disfrutar",
    "sería genial", "sería estupendo", "sería maravilloso", "sería bonito", "sería un gusto", "me alegraría", "me alegraría de",
    "celebraría", "me haría ilusión", "estaría encantado de", "estaría encantada de", "estaríamos encantados de"],
  // Calls on others: "hay que …", "deberíamos …", "que alguien …", "es hora de …".
  CALL: ["hay que", "habría que", "tenemos que", "tendríamos que", "debemos", "deberíamos", "hace falta",
    "es hora de", "ya es hora de", "llegó la hora de", "ha llegado la hora de", "es momento de", "alguien debería",
    "alguien tiene que", "alguien tendría que", "alguien debe", "todos deberíamos", "la solución es",
    "la única solución es", "lo que hay que hacer es", "lo mejor sería", "lo mejor es", "salgamos a",
    "salid a", "salgan a", "os pido que", "les pido que", "es necesario", "es nuestro deber", "se debería",
    "se debe", "se deberían", "se tendría que", "es urgente", "no queda otra que", "a la calle a", "id a",
    "vayan a", "vamos todos a", "animo a todos a", "pido a todos que", "que alguien se anime a", "habrá que",
    "deberían", "deberías", "debéis", "tenéis que", "tienen que", "va siendo hora de", "ya va siendo hora de", "ya toca",
    "es el momento de", "ha llegado el momento de", "llegó el momento de", "necesitamos", "necesitaríamos", "urge",
    "habría que empezar a", "hay que empezar a", "propongo", "sugiero", "lo suyo sería", "lo ideal sería", "lo justo sería",
    "lo correcto sería", "se tendrían que", "se debe", "tocaría", "es de justicia", "es un deber", "es nuestro deber",
    "tenemos el deber de", "sería bueno", "estaría bien", "estaría genial", "sería genial", "se tiene que", "se tienen que",
    "se ha de", "se han de", "se necesita", "se necesitaría", "es imprescindible", "es preciso", "conviene", "convendría",
    "sería conveniente", "es mejor", "sería mejor", "lo mejor es", "lo más sensato es", "lo más sensato sería", "no queda más remedio que",
    "no hay más remedio que", "no hay otra opción que", "la única opción es", "la única salida es", "tendrán que", "tendréis que",
    "lo mejor que podríamos hacer es", "lo mejor que podemos hacer es", "lo mejor que se puede hacer es", "lo mejor que se podría hacer es",
    "lo que deberíamos hacer es", "lo que habría que hacer es",
    // issue 7: the easiest or preferable way ("lo más sencillo sería …", "sería preferible …")
    "lo más sencillo sería", "lo más sencillo es", "lo más fácil sería", "lo más fácil es", "lo más práctico sería", "lo más rápido sería",
    "lo más eficaz sería", "lo más efectivo sería", "lo más lógico sería", "lo más razonable sería", "lo más inteligente sería",
    "lo preferible sería", "sería preferible", "es preferible", "sería más fácil", "sería más sencillo", "sería lo mejor", "lo suyo es",
    // issue 5: weak modals and aims ("podríamos simplemente …", "el objetivo debería ser …", "voto por …")
    "podríamos", "se podría", "se podrían", "el objetivo debería ser", "el objetivo es", "nuestro objetivo debería ser", "nuestro objetivo es",
    "la prioridad debería ser", "la prioridad es", "lo primero que habría que hacer es", "lo primero sería", "lo primero es", "voto por",
    "votaría por", "necesitamos a alguien que se anime a", "hace falta alguien que se atreva a", "lo único que se puede hacer es", "lo que toca es",
    "estoy a favor de", "estamos a favor de", "apoyo", "apoyaría", "apoyamos", "deberíamos empezar a", "habría que volver a"],
  // Modals after a group subject: "los X deberían …".
  MODAL: ["merecerían", "necesitarían", "habrían de", "han de", "deberían", "deben", "debieran", "tienen que", "tendrían que", "merecen", "se merecen", "necesitan",
    "deberíais", "debéis", "debierais", "tenéis que", "tendríais que", "merecéis", "os merecéis", "mereceríais", "necesitáis", "habéis de",
    "deberán", "tendrán que", "habrán de", "merecerán", "necesitarán", "deberéis", "tendréis que",
    "van a tener que", "vais a tener que", "van a tener que todos", "deberán todos", "tendrán que todos",
    "van a", "habría que", "tienen que todos", "deberían todos", "deberían todas", "merecen todos", "merecen todas"],
  QUANT: ["todos y cada uno de los", "todas y cada una de las", "cada uno de los", "cada una de las", "el resto de los",
    "el resto de las", "próximo", "próxima", "primer", "primera", "último", "última", "todo", "toda", "todos los", "todas las", "a todos los", "a todas las", "los", "las", "esos", "esas", "estos", "estas",
    "todos esos", "todas esas", "todos estos", "todas estas", "cada", "cualquier", "el próximo", "la próxima",
    "los putos", "las putas", "esos putos", "esas putas", "los malditos", "las malditas", "esos malditos",
    "esas malditas", "los asquerosos", "las asquerosas", "todos los putos", "todas las putas", "los jodidos",
    "las jodidas", "mis", "nuestros", "unos", "unas", "algunos", "algunas", "muchos", "muchas", "demasiados",
    "demasiadas", "tantos", "tantas", "la gente", "el pueblo", "los condenados", "la raza de los", "un", "una",
    "el", "la", "otro", "otra", "algún", "alguna", "ese", "esa", "este", "esta", "ningún",
    "demás", "los demás", "las demás", "todos los demás", "todas las demás", "otros", "otras", "hasta el último",
    "hasta la última", "cada uno de esos", "cada una de esas", "cada uno de estos", "cada una de estas", "toda la",
    "todo el", "la mayoría de los", "la mayoría de las", "ustedes los", "ustedes las", "vosotros los", "vosotras las",
    "puñetero", "puñeteros", "sucio", "sucios", "sucias", "asqueroso", "asquerosa", "unos cuantos", "unas cuantas",
    "varios", "varias", "un par de", "tantos", "tantas", "cuantos más", "cuantas más",
    // issue 7: "que maten a más X como tú"
    "más",
    // "ese tipo de X", "esa clase de X"
    "ese tipo de", "esa clase de", "este tipo de", "esta clase de", "ese tipo de gente", "esa clase de gente", "el tipo de", "la clase de",
    "todo ese tipo de", "toda esa clase de", "a ese tipo de", "a esa clase de",
    // "esa plaga de X", "esa escoria de X"
    "esa plaga de", "esta plaga de", "esa escoria de", "esta escoria de", "esa chusma de", "esta chusma de", "esa basura de", "esta basura de",
    "esa panda de", "esta panda de", "esa gentuza de", "esta gentuza de", "esa lacra de", "esta lacra de"],
  // Second person objects and addressee.
  YOU: ["te", "a ti", "os", "a vosotros", "a vosotras", "a ustedes", "tu familia", "a tu familia", "tus hijos",
    "a tus hijos", "tu madre", "a tu madre", "tu mujer", "a tu mujer", "tu cara", "tu casa"],
  THIRD: ["lo", "la", "los", "las", "le", "les"],
  // places a group gathers: "voy a poner una bomba en la mezquita"
  PLACE: ["mezquita", "mezquitas", "sinagoga", "sinagogas", "iglesia", "iglesias", "centro de refugiados", "centros de refugiados",
    "centro de menores", "centro de acogida", "campamento gitano", "poblado gitano", "bar gay", "bares gays", "discoteca gay",
    "el orgullo", "la marcha del orgullo", "la manifestación feminista", "la mani feminista", "el desfile del orgullo",
    "asociación", "la asociación", "el colegio judío", "la escuela judía", "el barrio chino", "la sede", "el templo",
    "la redacción", "el periódico", "el ayuntamiento", "el parlamento", "el congreso", "el juzgado"],
  WEAPON: ["armas", "pistolas", "escopetas", "rifles", "fusiles", "cuchillos", "navajas", "machetes", "palos",
    "bates", "barras de hierro", "cadenas", "antorchas", "gasolina", "cócteles molotov", "molotovs",
    "explosivos", "bombas", "munición", "piedras", "hachas", "cuerdas", "sogas", "armados"],
  TIME: ["mañana", "esta noche", "hoy", "este fin de semana", "el sábado", "el domingo", "el lunes", "el martes",
    "el miércoles", "el jueves", "el viernes", "a las", "al amanecer", "a mediodía", "a medianoche",
    "la semana que viene", "el día de las elecciones", "después de misa", "durante la manifestación"],
  GATHER: ["quedamos", "nos vemos", "reunámonos", "concentración", "concentraos", "concentrémonos", "vamos todos",
    "quedad", "venid", "id todos", "acudid", "acudan", "presentaos", "juntémonos", "nos juntamos", "marcha",
    "nos reunimos"],
};
