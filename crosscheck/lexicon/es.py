"""Spanish: every word, phrase and mark crosscheck reads Spanish articles with.

The counterpart of `en`, table for table: each name here is the table of the same name in
`en.py`, with the same shape, holding what plays the same role in Spanish news copy (Mexican,
Spanish and Latin American outlets). Tables that are the same in every language (marks,
symbols, file extensions, time zones) are taken from `en`, not copied.

Words are written in their normal form (lower case, no accents, no dots: see
`crosscheck.text.normalise_word`: "afirmó" is "afirmo", "años" is "anos") unless a table says
otherwise. A table matched against the article's text as a regular expression is written as
articles print it, with its accents, and with the spelling without them where web copy often
drops them ("dólares", "dolares"). A table left empty names an English rule with nothing to
read in Spanish; its comment says why.
"""

from __future__ import annotations

# The same in every language: marks, fraction characters, file extensions, time zones, numbers
# that tune a rule, the unit abbreviations a claims file (written in English) may use, the second
# spellings of names, and the English function words that tell English text from any other.
from .en import (  # noqa: F401 - not used here: read as `es.NAME` by the rules
    AFFILIATION_JOINERS,
    BRACKETS,
    BULLETS,
    CLAIM_ONLY_UNITS,
    CLAUSE_MARKS,
    DASHES,
    DATE_LINE_MARKS,
    DATELINE_ENDS,
    DECADE_YEARS,
    DEFAULT_MEASURE,
    EMBEDDED_POST_DASHES,
    ENGLISH_FUNCTION_WORDS,
    FAR_FROM_CLAIM,
    IMAGE_EXTENSIONS,
    LOWER_CASE_UNITS,
    MAGNITUDE_SCALES,  # the seismologists' symbols, the same in Spanish copy ("7,8 Mw")
    NAME_LABEL_BRACKETS,
    RANGE_MARKS,
    RATE_SLASH,
    SECOND_TRANSLITERATIONS,
    SENTENCE_END_MARKS,
    STATEMENT_MARKS,
    STRONG_CLAUSE_MARKS,
    TIME_ZONES,
    VULGAR_FRACTIONS,
)

STEMMER = "spanish"  # the snowball stemmer that relates a word's inflections ("reactivó", "reactivación")

# --- units and currencies ----------------------------------------------------------------------

# (canonical name, dimension, factor to the dimension's base unit, spellings): English's rows,
# in English's order with its names and factors, spelt as Spanish articles print them, with and
# without accents ("15 años", "3.155 kilómetros", "40 millones de dólares"). Not "ano", "anos"
# for "año", "años": "ano" is another word. Five rows English has not: the Mexican peso, and
# the amounts Mexican copy writes in millions of a currency as one abbreviation ("500 mdd", "2,5
# mmdd"), a million or a thousand million of the currency. "peso" is the Mexican peso, as
# "dólar" is the US dollar: an Argentine, Chilean or Colombian article's "pesos" are not.
UNITS: tuple[tuple[str, str, float, tuple[str, ...]], ...] = (
    ("year", "time", 365.2425, ("año", "años")),
    ("day", "time", 1.0, ("día", "días", "dia", "dias")),
    ("week", "time", 7.0, ("semana", "semanas")),
    ("month", "time", 30.436875, ("mes", "meses")),  # the mean Gregorian month: 12 make a year
    ("hour", "time", 1 / 24, ("hora", "horas", "hr", "hrs")),
    ("minute", "time", 1 / 1440, ("minuto", "minutos", "min")),
    ("second", "time", 1 / 86400, ("segundo", "segundos", "seg")),
    ("m", "length", 1.0, ("m", "metro", "metros")),
    ("km", "length", 1000.0, ("km", "kms", "kilómetro", "kilómetros", "kilometro", "kilometros")),
    ("mile", "length", 1609.344, ("milla", "millas")),
    ("ft", "length", 0.3048, ("ft", "pie", "pies")),
    (
        "km2",
        "area",
        1.0,
        (
            "km2",
            "km²",
            "kilómetro cuadrado",
            "kilómetros cuadrados",
            "kilometro cuadrado",
            "kilometros cuadrados",
        ),
    ),
    ("sq mi", "area", 2.589988110336, ("milla cuadrada", "millas cuadradas")),
    ("hectare", "area", 0.01, ("hectárea", "hectáreas", "hectarea", "hectareas")),  # not "ha": "2020 ha sido"
    ("acre", "area", 0.0040468564224, ("acre", "acres")),
    ("kg", "mass", 1.0, ("kg", "kgs", "kilo", "kilos", "kilogramo", "kilogramos")),
    (
        "tonne",
        "mass",
        1000.0,
        ("tonelada", "toneladas", "tonelada métrica", "toneladas métricas", "tonelada metrica", "toneladas metricas"),
    ),
    ("lb", "mass", 0.45359237, ("lb", "lbs")),  # "libras" alone are pounds sterling, as "pounds" in English
    ("g", "mass", 0.001, ("g", "gramo", "gramos")),
    ("oz", "mass", 0.028349523125, ("oz", "onza", "onzas")),
    (
        "km/h",
        "speed",
        1.0,
        ("km/h", "kph", "kmh", "km por hora", "kilómetros por hora", "kilometros por hora"),
    ),
    ("mph", "speed", 1.609344, ("mph", "millas por hora")),
    (
        "USD",
        "currency:USD",
        1.0,
        (
            "usd",
            "dólar",
            "dólares",
            "dolar",
            "dolares",
            "dólar estadounidense",
            "dólares estadounidenses",
            "dolar estadounidense",
            "dolares estadounidenses",
        ),
    ),
    ("EUR", "currency:EUR", 1.0, ("eur", "euro", "euros")),
    ("GBP", "currency:GBP", 1.0, ("gbp", "libra", "libras", "libra esterlina", "libras esterlinas")),
    ("MXN", "currency:MXN", 1.0, ("mxn", "peso", "pesos", "peso mexicano", "pesos mexicanos")),
    ("CLP", "currency:CLP", 1.0, ("peso chileno", "pesos chilenos")),  # named: a bare "pesos" is Mexico's
    ("ARS", "currency:ARS", 1.0, ("peso argentino", "pesos argentinos")),
    ("COP", "currency:COP", 1.0, ("peso colombiano", "pesos colombianos")),
    ("million USD", "currency:USD", 1e6, ("mdd",)),  # "millones de dólares", millions of dollars: "500 mdd"
    ("billion USD", "currency:USD", 1e9, ("mmdd",)),  # "miles de millones de dólares", billions of dollars: "2,5 mmdd"
    ("million MXN", "currency:MXN", 1e6, ("mdp",)),  # "millones de pesos", millions of pesos: "300 mdp"
    ("billion MXN", "currency:MXN", 1e9, ("mmdp",)),  # "miles de millones de pesos", billions of pesos: "1,2 mmdp"
    ("percent", "percent", 1.0, ("%", "por ciento", "porciento", "por cien")),
    (
        "people",
        "people",
        1.0,
        ("personas", "persona", "muertos", "muertes", "fallecidos", "víctimas", "víctima", "victimas", "victima"),
    ),
)

# ISO code -> the symbols articles write before an amount ("US$ 40 millones", "€500", "S/ 300"). A
# bare "$" is left out: Mexican and most Latin American copy writes pesos with it ("$500
# millones"), and only a few outlets dollars; "US$", "U$S" and the words say dollars. "C$" is
# left out too: the Nicaraguan córdoba as often as the Canadian dollar. A code is read before or
# after an amount ("USD 300", "300 MXN").
CURRENCIES: dict[str, tuple[str, ...]] = {
    "USD": ("US$", "U$S", "USD$", "$US"),  # "$US 500 millones", as Bolivian and Chilean copy writes it
    "EUR": ("€",),
    "GBP": ("£",),
    "JPY": ("¥",),
    "CNY": (),
    "INR": ("₹",),
    "MXN": ("MX$", "MXN$"),
    "CAD": ("CA$", "CAN$"),
    "AUD": ("A$", "AU$"),
    "SGD": ("S$",),
    "CHF": (),
    "BRL": ("R$",),
    "HKD": ("HK$",),
    "NZD": ("NZ$",),
    "KRW": ("₩",),
    "RUB": ("₽",),
    "ZAR": (),
    "PEN": ("S/", "S/."),  # the Peruvian sol: "S/ 300 millones"
    "DOP": ("RD$",),  # the Dominican peso
    "CRC": ("₡",),  # the Costa Rican colón
    "PYG": ("₲",),  # the Paraguayan guaraní
}

# --- amounts -----------------------------------------------------------------------------------

# Number words as articles print them ("dieciséis"): matched in the text, and their value read
# by text2num's Spanish, which reads "dieciseis" too but not "veintidos", "veintitres" nor
# "veintiún" (TENS_WORDS). Compared with a token's normal form as well, where it is "dieciseis".
NUMBER_WORDS = (
    "cero",
    "uno",
    "dos",
    "tres",
    "cuatro",
    "cinco",
    "seis",
    "siete",
    "ocho",
    "nueve",
    "diez",
    "once",
    "doce",
    "trece",
    "catorce",
    "quince",
    "dieciséis",
    "diecisiete",
    "dieciocho",
    "diecinueve",
)  # each word's value is its place
# The tens, and 21 to 29, which Spanish writes as one word ("veintidós"), with and without the
# accent web copy drops, as articles print them.
# Not "veintiún", "veintiun", "veintidos", "veintitres": text2num reads none of them (no amount so written is read).
TENS_WORDS = (
    "veinte",
    "veintiuno",
    "veintiuna",
    "veintidós",
    "veintitrés",
    "veinticuatro",
    "veinticinco",
    "veintiséis",
    "veintiseis",
    "veintisiete",
    "veintiocho",
    "veintinueve",
    "treinta",
    "cuarenta",
    "cincuenta",
    "sesenta",
    "setenta",
    "ochenta",
    "noventa",
)
TENS_JOINERS = (" y ",)  # "treinta y cinco", "noventa y nueve"
# Spanish hundreds are words of their own: "doscientos mil", "ciento veinte", "quinientas
# personas" (a feminine form before a feminine noun).
HUNDREDS_WORDS = (
    "cien",
    "ciento",
    "doscientos",
    "doscientas",
    "trescientos",
    "trescientas",
    "cuatrocientos",
    "cuatrocientas",
    "quinientos",
    "quinientas",
    "seiscientos",
    "seiscientas",
    "setecientos",
    "setecientas",
    "ochocientos",
    "ochocientas",
    "novecientos",
    "novecientas",
)
# Words that multiply inside a run of number words, as articles print them: "doce mil
# cuatrocientos", "dos millones trescientos mil", "dos mil millones" (a thousand million: an
# English billion). "billón" is a million millions (10**12), never an English billion; text2num
# reads no "billón", so the last entry, the largest, is split off before it reads the rest.
WORD_SCALES = ("mil", "millón", "millon", "millones", "billón", "billon", "billones")
# The steps of a magnitude scale, written after the figure ("alcanzó una magnitud de 8,9 grados en
# la escala de Richter"): the measure's unit, not things counted.
MAGNITUDE_STEPS = ("grado", "grados")
# Scale words that are a number with nothing before them: "mil muertos", "mil trescientos
# millones de euros", "mil millones de dólares" (not "millón": "un millón").
BARE_SCALES = ("mil",)
SCALE_UNIT_JOINERS = ("de",)  # "20 millones de dólares", "tres mil millones de euros"
# Spain groups thousands with a full stop and marks decimals with a comma ("2.500,5"), Mexico and
# much of Latin America the other way round ("2,500.5"): both, each article read as it writes.
DECIMAL_MARKS = (".", ",")
# Words right after a figure that count whole people or votes, in normal form: a count is never a
# fraction, so a mark before its last three digits groups thousands, whatever the article's other
# figures say ("3,271 evacuadas" beside "1,7 millones"; "44.263 votos" beside "50.12 por ciento").
WHOLE_COUNT_WORDS = (
    "personas",
    "habitantes",
    "votos",
    "votantes",
    "electores",
    "muertos",
    "fallecidos",
    "heridos",
    "heridas",
    "evacuados",
    "evacuadas",
    "albergados",
    "albergadas",
    "desaparecidos",
    "damnificados",
    "damnificadas",
    "victimas",
)
NUMBER_ARTICLES = ("un", "una")  # "un millón", "una docena", "un tercio": one
NUMBER_JOINER = "y"  # "dos y medio", "dos y un cuarto"; "ciento y" is no Spanish
# A fraction said after a number and its unit or scale: "dos años y medio", "tres horas y media",
# "un millón y medio de personas": a half of the last unit.
TRAILING_FRACTIONS = {"y medio": 1 / 2, "y media": 1 / 2}
# Nouns for a set of so many, read as the number they name, as English reads "a dozen" and "a
# hundred": "una docena", "media docena", "más de un centenar de víctimas" (more than a hundred), "un
# millar de evacuados", "dos centenares". Their plurals alone are vague (VAGUE_AMOUNTS: "docenas de
# heridos", "centenares de familias").
COUNT_WORDS = {"docena": 12, "centenar": 100, "millar": 1000}
# Fractions in words, as articles print them: "medio millón", "media hora", "un tercio",
# "tres cuartos", "dos tercios", "once centésimas". Their plurals (word + "s") follow a number
# ("tres cuartos", "nueve décimas").
FRACTION_WORDS = {
    "medio": 1 / 2,
    "media": 1 / 2,
    "tercio": 1 / 3,
    "cuarto": 1 / 4,
    "quinto": 1 / 5,
    "octavo": 1 / 8,
    "décimo": 1 / 10,
    "decimo": 1 / 10,
    "décima": 1 / 10,
    "decima": 1 / 10,
    "centésimo": 1 / 100,
    "centesimo": 1 / 100,
    "centésima": 1 / 100,
    "centesima": 1 / 100,
    "milésimo": 1 / 1000,
    "milesimo": 1 / 1000,
    "milésima": 1 / 1000,
    "milesima": 1 / 1000,
}
# Fraction words that are also ordinals or other nouns ("el cuarto día", "un cuarto de baño",
# "la décima edición"): read as a fraction only after a number or in the plural.
ORDINAL_FRACTIONS = (
    "cuarto",
    "quinto",
    "octavo",
    "décimo",
    "decimo",
    "décima",
    "decima",
    "centésimo",
    "centesimo",
    "centésima",
    "centesima",
    "milésimo",
    "milesimo",
    "milésima",
    "milesima",
)
# "un cuarto de hora", "la mitad de": Spanish writes no article after it ("un cuarto de millón",
# where English says "a quarter of a million").
FRACTION_OF = "de"
# Scale words after an amount, as articles print them: "3,3 millones", "25 mil", "2,5 mil
# millones", "1,5 billones" (10**12), "12,4k". "millardo" is a thousand million (Spain, formal).
# No "m" or "b": Spanish copy writes neither for millions or billions ("500m" is metres).
SCALES = {
    "mil": 1e3,
    "millón": 1e6,
    "millon": 1e6,
    "millones": 1e6,
    "mil millones": 1e9,
    "millardo": 1e9,
    "millardos": 1e9,
    "billón": 1e12,
    "billon": 1e12,
    "billones": 1e12,
    "k": 1e3,
}
# Nouns after "10k" that make it kilometres, as articles print them: "una 10K solidaria", "la
# 10K popular". Spanish mostly names the race first ("una carrera de 10K", "los 10K de
# Valencia"), which these cannot see.
K_DISTANCE_NOUNS = ("carrera", "carreras", "marcha", "caminata", "solidaria", "solidario", "popular")
# ISO 4217 codes that are also words, acronyms or names in Spanish copy ("la COP 28", "la CUP",
# "gasolina RON 95", "un helicóptero SAR", "TOP 10"): read as a currency only with a scale word
# ("COP 3 billones"). Every other ISO 4217 code is read before or after any amount.
ISO_CODE_WORDS = (
    "ALL",
    "AMD",
    "BAM",
    "BOB",
    "COP",
    "CUP",
    "GEL",
    "MAD",
    "MOP",
    "NIO",
    "PHP",
    "RON",
    "SAR",
    "SOS",
    "TOP",
    "TRY",
)
# Amounts too vague to compare, said instead of a number, as articles print them: "decenas de
# personas", "cientos de miles de manifestantes", "un centenar de heridos". Not "millones" alone:
# it follows every number ("3 millones de personas"), so "millones de personas" stays unread.
VAGUE_AMOUNTS = (
    "decenas",
    "docenas",
    "cientos",
    "centenares",
    "miles",
    "millares",
    "miles de millones",
    "decenas de miles",
    "cientos de miles",
    "centenares de miles",
    "decenas de millones",
    "cientos de millones",
    "varias decenas",
    "varias docenas",
    "varios cientos",
    "varios centenares",
    "varios miles",
    "unas decenas",
    "unos cientos",
    "unos miles",
    "una decena",
    "una veintena",
    "una treintena",
    "una cincuentena",
    "un puñado",
    "un punado",
    "dos dígitos",
    "dos digitos",
    "doble dígito",
    "doble digito",
    "tres dígitos",
    "tres digitos",
)
VAGUE_NEEDS_OF: tuple[str, ...] = ()  # none: each of the words above is a vague amount alone
# Words that count or bound the number after them, never part of a name with it: "Todos los
# 150 pasajeros", "Solo 33 sobrevivieron", "Cada 500 metros", "Otros 30 heridos". As articles
# print them, and in normal form.
QUANTIFIERS = (
    "todos",
    "todas",
    "solo",
    "sólo",
    "solamente",
    "únicamente",
    "unicamente",
    "apenas",
    "cada",
    "ambos",
    "ambas",
    "otros",
    "otras",
    "exactamente",
    "justo",
)
# Hedges that make the number a lower bound ("hace más de dos años"): the bound keeps its stated
# number, a span of that many whole years and some months, which may reach into the year before.
LOWER_BOUNDS = (
    "más de",
    "mas de",
    "poco más de",
    "poco mas de",
    "algo más de",
    "algo mas de",
    "bastante más de",
    "bastante mas de",
    "arriba de",
    "por encima de",
    "al menos",
    "por lo menos",
    "como mínimo",
    "como minimo",
    "no menos de",
)
# Hedges that make the number an upper bound ("hasta 40 años", "casi 11.000 personas"): any
# smaller figure agrees with it.
UPPER_BOUNDS = (
    "hasta",
    "menos de",
    "poco menos de",
    "por debajo de",
    "inferior a",
    "como máximo",
    "como maximo",
    "como mucho",
    "a lo sumo",
    "no más de",
    "no mas de",
    "casi",
)
# Words before an amount that make it approximate or a bound ("alrededor de 15 años", "más de
# 200"), as articles print them: a hedged figure is reported as hedged. "entre" also opens a range.
# Hedges that make the number a round approximation of the true one ("unos nueve minutos" for
# 9:29): a precise figure within APPROXIMATE_SLACK of it agrees with it.
APPROXIMATIONS = ("alrededor de", "cerca de", "unos", "unas", "aproximadamente", "en torno a", "más o menos")
HEDGES = (
    *LOWER_BOUNDS,
    *UPPER_BOUNDS,
    "alrededor de",
    "cerca de",
    "unos",
    "unas",
    "aproximadamente",
    "aprox.",
    "en torno a",
    "del orden de",
    "más o menos",
    "mas o menos",
    "un estimado de",
    "una cifra estimada de",
    "superior a",
    "entre",
)
RANGE_WORDS = ("a", "y")  # "de 3 a 4 km"; "y" only after RANGE_OPENER: "entre 3 y 4 km"
# Words before a figure in what a clause says of its subject that make it a margin, not the
# subject's own figure: "ganó con una ventaja de 10 puntos", "por una diferencia de tres escaños".
MARGIN_LEADS = ("ventaja", "diferencia", "supero", "vencio", "derroto", "aventajo")
RANGE_OPENER = "entre"
# "13 años de edad" (the first entry, after the span), "de 13 años de edad": an age. Spanish
# writes no "13-year-old"; a span after "de" ("un hombre de 45 años") is an age too, which a
# word after the span cannot say.
AGE_WORDS = ("de edad", "edad")
# Not "después de", "despues de", "luego de": the code looks 8 characters before a span, too few to see them.
AGE_PREPOSITIONS = ("durante", "tras", "por")  # "durante 13 años"
# Words with which a claim states an age; before a bare number in an article they make it an
# age. Spanish puts "de" between ("a la edad de 40 años"), and mostly says "a los 40 años".
AGE_NOUNS = ("edad",)
# What opens an age in years before its number: "Phelps, de 31 años, ganó", "murió a los 86 años",
# "a sus 31 años", "Noboa se convirtió, con 35 años, en", "que con 35 años dudaba" (a span has
# none: "durante 13 años", "castigado con 25 años"). One written after a comma is set off, and
# opens an age at a sentence's start too ("Con solo 20 años, el murciano"); a quantifier may
# stand before the number ("de solo 20 años").
AGE_OPENERS = (", de", ", con", "que con", "a los", "a sus")
# Nouns of a person after which "de" and a number of years is that person's age, with no comma:
# "El golfista de 43 años", "al entrenador de 25 años", "a su esposa de 52 años, Maggie", "un
# académico de 64 años". Not a thing's noun: "una sequía de 11 años", "una condena de 25 años" are
# spans, and "condenado a 25 años" a prison term. Written as articles print them, with and
# without accents.
AGED_NOUNS = (
    "hombre",
    "mujer",
    "joven",
    "niño",
    "niña",
    "nino",
    "nina",
    "chico",
    "chica",
    "adolescente",
    "anciano",
    "anciana",
    "esposa",
    "esposo",
    "marido",
    "hijo",
    "hija",
    "hermano",
    "hermana",
    "novia",
    "novio",
    "entrenador",
    "entrenadora",
    "golfista",
    "tenista",
    "futbolista",
    "nadador",
    "nadadora",
    "jugador",
    "jugadora",
    "atleta",
    "piloto",
    "copiloto",
    "buzo",
    "académico",
    "académica",
    "academico",
    "academica",
    "diputado",
    "diputada",
    "senador",
    "senadora",
    "economista",
    "empresario",
    "empresaria",
    "actor",
    "actriz",
    "cantante",
    "abogado",
    "abogada",
    "exmilitar",
    "exguerrillero",
)
# Spanish writes its unit after a bare age ("con 35 años", "Noboa, de 35 años,"), which the
# amount's unit reads: no bare number is made an age by the words around it.
AGE_LEADS: tuple[str, ...] = ()
AGE_TAILS: tuple[str, ...] = ()
AGO = "hace"  # "hace 20 años": before the span, as AGO_BEFORE_SPAN says
AGO_BEFORE_SPAN = True
# Nouns after a share that make it how much of a count is in, not a share of the vote: "con el
# 99,95% de las mesas escrutadas", "el 95,23% de las actas", "el 98% de las urnas".
PROGRESS_NOUNS = ("mesas", "actas", "casillas", "urnas", "escrutinio")
# Participles after a share that do the same when a frame word opens it: "al 97% escrutado", "con
# el 99% de los votos contabilizados", where "obtuvo el 55% de los votos escrutados" is a share.
PROGRESS_PARTICIPLES = (
    "escrutado",
    "escrutada",
    "escrutados",
    "escrutadas",
    "computado",
    "computados",
    "computadas",
    "contabilizados",
    "contabilizadas",
    "procesados",
    "procesadas",
    "informados",
    "informadas",
    "revisadas",
)
PROGRESS_OPENERS = ("con", "al", "tras")  # "tras el 100% de los votos contabilizados"
# Verbs of counting right before a share (an article between) that make it how much of the count
# is in, whatever follows it: "tras haber escrutado el 80,78 por ciento de los votos", "al
# contabilizar el 100% de los votos". Not "contado", which also says what one had ("ha contado el 40%").
PROGRESS_VERBS = (
    "escrutado",
    "escrutar",
    "escrutarse",
    "contabilizado",
    "contabilizar",
    "contabilizarse",
    "computado",
    "computar",
    "computarse",
)
# The part of a prison term served out of prison, said right after its span: "16 meses en prisión
# y 8 meses de libertad supervisada", "30 meses de libertad condicional". A sentence that splits a
# term so gives parts of it: neither span is the whole term.
TERM_RELEASES = ("libertad supervisada", "libertad vigilada", "libertad condicional", "arresto domiciliario")
# Words before a figure that give it to the subject of their clause: "Djokovic sigue detrás de él
# en la cuenta de Grand Slams con 20" is Djokovic's count, whoever else the clause names.
SUBJECT_HOLDING_LINKS = ("con",)
# Verbs whose object is the one beaten: a figure after "con" right past that name is the winner's,
# the subject's ("Orsi ganó, venciendo al candidato oficialista, Álvaro Delgado, con casi el 50%");
# after "perdió ante" the name is the winner's and the figure the subject's, who lost.
BEATING_VERBS = (
    "venciendo a",
    "venciendo al",
    "vencio a",
    "vencio al",
    "derrotando a",
    "derrotando al",
    "derroto a",
    "derroto al",
    "superando a",
    "superando al",
    "supero a",
    "supero al",
    "aventajando a",
    "aventajando al",
    "aventajo a",
    "aventajo al",
    "imponiendose a",
    "imponiendose al",
    "se impuso a",
    "se impuso al",
    "perdio ante",
    "perdiendo ante",
    "cayo ante",
    "cayendo ante",
)
# Words after a figure that compare it with something else: "un balance de 214 muertos, muy
# inferior comparado con el de Haití". Not "que", which opens every clause.
COMPARISON_WORDS = ("comparado", "comparada", "comparados", "comparadas", "comparacion")
# Words after a figure that open the other side of a comparison: "22 victorias, dos más que sus
# rivales", "con el 55%, por delante de Mesa", "frente a Mesa". A name named only there is what
# the figure is set against, not its holder. A bare "que" opens relative clauses too ("el 28% que
# Mesa obtuvo"): only after "más" or "menos" is it a comparison's.
COMPARED_SIDE_LEADS = ("mas que", "menos que", "por delante de", "por encima de", "frente a", "sobre")
# Words after a rank that set what is ranked against another thing: "Es la segunda mayor compra de
# Amazon, por detrás de la de Whole Foods", "la segunda mayor tras la compra de Whole Foods".
RANKED_AGAINST = ("detras", "tras", "despues")
# The only words that may stand between a comparing word and what it compares with: "comparado con
# el de Haití", "en comparación con los de Turquía".
COMPARISON_FILLERS = ("con", "el", "la", "los", "las", "de", "del", "en")
# Words between a name and a figure that make the figure that name's standing in a count: none
# in Spanish, whose "con" ("el PP, con 136 escaños") also gives what something has ("un sismo con
# 300 muertos").
STANDING_LINKS: tuple[str, ...] = ()
# Words between a rank and a figure that make the figure the result of whoever finished in that
# place: "el PSOE, tercero con el 15 %", "Richard Thompson, quinto en 9.93".
PLACING_LINKS = ("con", "en")
# Verbs that give a share to their subject: "Castillo obtuvo el 50,12% de los votos", "Castillo
# logró el 50,2%". A share after one, held by a name of the fact sheet the claim is not about, is
# that name's, not the claim's topic's (the turnout's "votaron" is no "de los votos").
SHARE_HOLDER_VERBS = (
    "tiene",
    "tenia",
    "obtuvo",
    "obtiene",
    "obteniendo",
    "logro",
    "logra",
    "gano",
    "gana",
    "ganando",
    "consiguio",
    "consigue",
    "alcanzo",
    "alcanza",
    "sumo",
    "suma",
    "recibio",
    "capto",
)
# Pronouns that make someone the object of a verb, to whom a figure after it may be given: "el juez
# lo condenó a 25 años", "les impuso una multa de 355 millones" ("la", "los", "las" are articles too:
# a sentence with one is left alone, which costs nothing but a question).
OBJECT_PRONOUNS = ("lo", "la", "los", "las", "le", "les", "me", "nos")
# Nouns a bare number after them labels rather than counts: "en la vía 6", "el carril 4", "la
# puerta 12", "la línea 12 del metro", "el kilómetro 23 de la carretera", "la zona 1".
LABEL_NOUNS = (
    "via",
    "anden",
    "carril",
    "puerta",
    "pagina",
    "fila",
    "asiento",
    "habitacion",
    "sala",
    "capitulo",
    "seccion",
    "articulo",
    "articulos",
    "parrafo",
    "inciso",
    "fraccion",
    "ruta",
    "linea",
    "carretera",
    "autopista",
    "calle",
    "kilometro",
    "km",
    "terminal",
    "muelle",
    "hoyo",
    "serie",
    "piso",
    "planta",
    "distrito",
    "zona",
    "numero",
)
# Marks written right before a number that make it a label, not a count: "la víctima n.º 2",
# "el sospechoso #2", "el artículo 75 (§ 2)".
LABEL_MARKS = ("n.º", "nº", "núm.", "No.", "#", "§")

# --- dates -------------------------------------------------------------------------------------

# Holidays that name one day of the year (month, day), as articles print them: "en Nochebuena",
# "el Día de Muertos". A bare "Navidad" is a season as often as a day; Mexico's "Día de la
# Independencia" and other national days differ from country to country.
HOLIDAYS = {
    "Nochebuena": (12, 24),
    "Día de Navidad": (12, 25),
    "día de Navidad": (12, 25),
    "Dia de Navidad": (12, 25),
    "dia de Navidad": (12, 25),
    "Día de los Santos Inocentes": (12, 28),
    "Día de los Inocentes": (12, 28),
    "Nochevieja": (12, 31),
    "Día de Año Nuevo": (1, 1),
    "día de Año Nuevo": (1, 1),
    "Día de Reyes": (1, 6),
    "día de Reyes": (1, 6),
    "Dia de Reyes": (1, 6),
    "Día de la Candelaria": (2, 2),
    "San Valentín": (2, 14),
    "San Valentin": (2, 14),
    "Día de San Valentín": (2, 14),
    "día de San Valentín": (2, 14),
    "Día del Trabajo": (5, 1),
    "Día del Trabajador": (5, 1),
    "Día de la Hispanidad": (10, 12),
    "Halloween": (10, 31),
    "Día de Todos los Santos": (11, 1),
    "Día de Muertos": (11, 2),
    "día de Muertos": (11, 2),
    "Dia de Muertos": (11, 2),
    "Día de los Muertos": (11, 2),
}

# Month names as articles print them, in lower case ("el 8 de octubre"). "setiembre" (Peru,
# Uruguay) is in MONTH_ABBREVIATIONS, since this table holds one name per month.
MONTH_NAMES = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)  # in order: month 1 first
# Other spellings of a month: abbreviations as agencies write them ("5 oct (EFE)", "12 dic.")
# and "setiembre". Not "mar" for March: it is the sea ("en mar abierto", "Mar del Plata"); nor
# "set" for September: "ganó el primer set 6-4".
MONTH_ABBREVIATIONS = {
    "ene": 1,
    "feb": 2,
    "abr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "ago": 8,
    "sep": 9,
    "sept": 9,
    "setiembre": 9,
    "oct": 10,
    "nov": 11,
    "dic": 12,
}  # read with or without a dot
# Weekday names as articles print them, with their accents ("el miércoles", "el sábado"):
# matched in the text (their normal forms are "miercoles", "sabado").
WEEKDAY_NAMES = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")  # Monday first
# Words before a weekday saying which one, as articles print them: "el próximo viernes", "el
# pasado martes", "este jueves". Spanish also puts them after ("el viernes pasado", "el martes
# próximo").
WEEKDAY_RELATIVES = {
    "próximo": "next",
    "proximo": "next",
    "pasado": "last",
    "último": "last",
    "ultimo": "last",
    "este": "this",
}
THIS_WEEKDAY_BY_TENSE = True  # "anunció este jueves": this week's Thursday, gone; "se reunirá este jueves": to come
LAST = "pasado"  # "el pasado 25 de mayo", written in April: a year before
# Words between a month's qualifier and the month that name the month as a period: "el pasado mes
# de abril" is April, not last month.
MONTH_NOUN_LINKS = ("mes de", "el mes de")
# Words before a bare month, as articles print them ("en junio", "a finales de agosto", "el
# pasado junio"). Spanish has no "mid-": "a mediados de junio".
MONTH_QUALIFIERS = (
    "en",
    "desde",
    "hasta",
    "durante",
    "para",
    "antes de",
    "después de",
    "despues de",
    "a partir de",
    "a principios de",
    "a comienzos de",
    "a inicios de",
    "a mediados de",
    "a finales de",
    "a fines de",
    "principios de",
    "comienzos de",
    "inicios de",
    "mediados de",
    "finales de",
    "fines de",
    "el pasado",
    "el próximo",
    "el proximo",
    "este",
)
# Qualifiers of MONTH_QUALIFIERS that count a bare month from the publication's, as articles
# print them: "el pasado junio" is the latest June before it (-1), "el próximo junio" the first
# after (1).
MONTH_SHIFTS = {"el pasado": -1, "el próximo": 1, "el proximo": 1}
MONTH_PREFIX = ""  # none: Spanish writes no "mid-June"; "a mediados de junio" is in MONTH_QUALIFIERS
# "en junio", "a mediados de junio": the date is the month itself, not a bound
MONTH_WITHIN = ("en", "durante", "a mediados de", "mediados de")
# "1º de mayo", "1.º de mayo", "1ro de mayo" (Mexico), "3er", "4to": a day or a rank, never an amount.
ORDINAL_SUFFIXES = ("º", "ª", ".º", ".ª", "°", "ro", "ero", "er", "do", "to", "mo", "vo", "no")
DAY_WORDS = ("el", "de")  # "el viernes, el 8 de octubre"
YEAR_JOINERS = ("de", "del")  # "8 de octubre de 2021", "marzo del 2004", "julio del año pasado"
DATE_NAMES_IN_LOWER_CASE = True  # "el viernes 8 de octubre"
# Days counted from the publication date, as articles print them. Not "mañana": it is the
# morning as often as tomorrow ("el martes por la mañana").
RELATIVE_DAYS = {
    "hoy": 0,
    "esta noche": 0,
    "esta mañana": 0,
    "esta manana": 0,
    "esta tarde": 0,
    "pasado mañana": 2,
    "pasado manana": 2,
    "ayer": -1,
    "anoche": -1,
    "anteayer": -2,
    "antier": -2,  # Mexico
    "antenoche": -2,
}
# Words before a date that make it a bound of some other period, not the date of the event:
# "paralizado desde 2016", "hasta junio". Spanish often puts an article or "de" between
# ("desde el 5 de mayo", "antes de junio"): a month's qualifier is read whole ("antes de", as
# MONTH_QUALIFIERS has it), the word right before a date alone.
# Not "antes", "despues" alone: Spanish never writes them right before a date ("antes de 2020").
DATE_RELATIONS = ("desde", "hasta", "tras", "antes de", "despues de", "a partir de")
# Of those, the ones that end a span: "el nuevo presidente de México hasta 2024".
SPAN_ENDS = ("hasta",)
# Coarse relative dates, as articles print them: a period counted from the publication date,
# "esta semana", "el pasado año", "la próxima semana". Spanish mostly puts the shift after the
# period ("la semana pasada", "el año pasado", "el mes que viene").
PERIODS = {"semana": "week", "mes": "month", "año": "year"}  # as written -> the period it is
SHIFT_AFTER_PERIOD = True  # "la semana pasada", "el año pasado", as well as "el pasado año"
PERIOD_SHIFTS = {
    "pasado": -1,
    "pasada": -1,
    "este": 0,
    "esta": 0,
    "próximo": 1,
    "proximo": 1,
    "próxima": 1,
    "proxima": 1,
}
# Which part of the period, as articles print it: "a principios de este mes", "a finales de
# este año", "más tarde este mes".
PERIOD_PARTS = {
    "a principios de": "early",
    "a comienzos de": "early",
    "a inicios de": "early",
    "a mediados de": "mid",
    "a finales de": "late",
    "a fines de": "late",
    "principios de": "early",
    "comienzos de": "early",
    "inicios de": "early",
    "mediados de": "mid",
    "finales de": "late",
    "fines de": "late",
    "más temprano": "earlier",
    "mas temprano": "earlier",
    "más tarde": "later",
    "mas tarde": "later",
}
# "hace una década", "hace un año" (AGO before the span), as articles print them and without
# their accents (the form a span is looked up by: "un ano" is no other word here).
AGO_SPANS = {
    "una semana": "week",
    "un mes": "month",
    "un año": "year",
    "un ano": "year",
    "una década": "decade",
    "una decada": "decade",
    "un decenio": "decade",
}
# Decades in words, as articles print them: "en los años setenta", "la década de los noventa".
# Spanish names a decade with the cardinal ("los setenta"), which alone is a number ("los
# setenta heridos"): only with "años" or "década" before it. "los años 60" is in digits.
DECADE_WORDS = {
    "años veinte": 1920,
    "años treinta": 1930,
    "años cuarenta": 1940,
    "años cincuenta": 1950,
    "años sesenta": 1960,
    "años setenta": 1970,
    "años ochenta": 1980,
    "años noventa": 1990,
    "anos veinte": 1920,
    "anos treinta": 1930,
    "anos cuarenta": 1940,
    "anos cincuenta": 1950,
    "anos sesenta": 1960,
    "anos setenta": 1970,
    "anos ochenta": 1980,
    "anos noventa": 1990,
    "década de los veinte": 1920,
    "década de los treinta": 1930,
    "década de los cuarenta": 1940,
    "década de los cincuenta": 1950,
    "década de los sesenta": 1960,
    "década de los setenta": 1970,
    "década de los ochenta": 1980,
    "década de los noventa": 1990,
    "decada de los veinte": 1920,
    "decada de los treinta": 1930,
    "decada de los cuarenta": 1940,
    "decada de los cincuenta": 1950,
    "decada de los sesenta": 1960,
    "decada de los setenta": 1970,
    "decada de los ochenta": 1980,
    "decada de los noventa": 1990,
}
# Words before a date that make it the date of a figure or a status, not of the event: "a
# fecha de 25 de febrero de 2011", "con corte al 30 de junio, 158 personas habían muerto".
DATE_STATUS = (
    "a fecha de",
    "a dia de",
    "con fecha de",
    "con corte al",
    "con corte a",
    "al corte de",
    "al corte del",
    "al cierre de",
    "al cierre del",
)
# Words right before a span of years that make it the period an act is for, not when it was done:
# "lo proclamó presidente para 2025–2031", "para el periodo 2025–2031", "por el periodo de 2019 a 2025".
PERIOD_LEADS = ("para", "para el periodo", "para el periodo de", "por el periodo", "por el periodo de")
# Words before "desde" that make "desde YEAR" the start of the topic itself ("en vigor desde
# 2004", "funciona desde 2004"), not the bound of another period ("paralizado desde 2016").
SINCE_STATES = (
    "en vigor",
    "vigente",
    "en funcionamiento",
    "en operacion",
    "en servicio",
    "en marcha",
    "operando",
    "operativo",
    "operativa",
    "funcionando",
    "funciona",
    "opera",
    "existe",
    "activo",
    "activa",
)
# Words that open a clause of their own: a date there dates that clause's verb, not the topic
# in another clause ("Las réplicas sacudieron la ciudad el martes, donde ... el sismo del 22 de
# febrero"). Not "que": "dijo que" opens no clause of another event.
CLAUSE_OPENERS = (
    "donde",
    "cuando",
    "mientras",
    "cual",
    "cuales",
    "quien",
    "quienes",
    "cuyo",
    "cuya",
    "cuyos",
    "cuyas",
    "porque",
    "aunque",
    "pues",
    "tras",
    "despues",
    "pero",
    "sino",
    "versus",
    "vs",
)
# Words of CLAUSE_OPENERS that open a phrase with no subject of its own, never a clause: "El número
# de muertos tras las inundaciones en Libia se ha elevado a 11.300" (the subject runs on before it).
PHRASE_OPENERS = ("tras",)
# A topic named as the complement of another noun ("Los resultados del referéndum de la UE del
# viernes", "el aniversario del sismo del martes"): a date just after it may be that noun's.
NOUN_LINKS = ("de", "del")
# Prepositions that make the topic what a noun is about when a date stands earlier in the same
# clause: "El jurado declaró el jueves culpable a Chauvin de la muerte de George Floyd", "Una
# investigación abierta el viernes sobre el derrumbe", "protestas el domingo por la muerte", "El
# 23 de junio, el regulador allanó el camino para el cierre de la fusión" (a fronted date too).
COMPLEMENT_LINKS = ("de", "del", "en", "por", "sobre", "para")
# Words before a full date that make it a deadline or a plan, as articles print them: "antes
# del 30 de enero de 2022", "previsto para el 3 de junio de 2021", "a más tardar el 4 de mayo".
PLAN_WORDS = (
    "antes de",
    "antes del",
    "para",
    "previsto para",
    "prevista para",
    "previstos para",
    "previstas para",
    "programado para",
    "programada para",
    "fijado para",
    "fijada para",
    "hasta",
    "a más tardar",
    "a mas tardar",
    "fecha límite",
    "fecha limite",
    "plazo",
    "vence",
    "vence el",
)
# Words before a date that make it a plan when written ("la sentencia está prevista para el 4 de
# mayo"): a plan the event may not have kept, so a date that disagrees is a question.
# One's own expectation is one too, in the present or in the past: "anunció que espera completar
# la adquisición el 18 de mayo", "prevé que la transacción cierre en la segunda mitad del 2017".
PLAN_VERBS = (
    "previsto",
    "prevista",
    "programado",
    "programada",
    "fijado",
    "fijada",
    "espera",
    "esperan",
    "esperaba",
    "esperaban",
    "preve",
    "preven",
)
# Words between an event and its date that only say it happened then, or is planned for then:
# "La tragedia ocurrió el viernes", "La investidura está prevista para el 1 de enero". Normal
# forms, without accents ("ocurrió" is "ocurrio").
HAPPENED_PHRASES = (
    "ocurrio",
    "sucedio",
    "se produjo",
    "tuvo lugar",
    "prevista para",
    "previsto para",
    "programada para",
    "programado para",
)
# Nouns of those who act ("el jurado terminó", "la Comisión Europea pidió"): a date in their clause
# dates what they did, which is the claim's event only when the claim's statement names that act.
AGENT_NOUNS = (
    "jurado",
    "jurados",
    "juez",
    "jueza",
    "tribunal",
    "corte",
    "comision",
    "comite",
    "consejo",
    "junta",
    "reguladores",
    "fiscales",
    "fiscalia",
    "gobierno",
    "parlamento",
)
# Prepositions that open a clause of another act after the topic, and the verb form that act takes
# there (an infinitive in Spanish): "condenado por violar a una mujer en una discoteca en diciembre
# de 2022", "acusado de mentir a la policía en enero de 2019": the date dates that act.
ACT_CLAUSE_LEADS = ("por", "de")
ACT_CLAUSE_FORMS = ("ar", "er", "ir")
# Gerunds whose object comes about by the act of the dated clause before them: "…el lunes, logrando
# el primer vuelo", "…el domingo, batiendo su propio récord mundial". Not "cancelando la cumbre",
# "poniendo fin al juicio": their date is not the object's own.
RESULT_GERUNDS = (
    "logrando",
    "consiguiendo",
    "haciendo",
    "estableciendo",
    "batiendo",
    "rompiendo",
    "completando",
    "sellando",
    "asegurando",
    "ganando",
    "alcanzando",
    "emitiendo",
    "entregando",
)
# Verbs that start an activity ("el jurado comenzó a deliberar el 6 de octubre", "reanudaron sus
# deliberaciones el viernes"): the date is when the activity started.
START_WORDS = (
    "comenzo",
    "comenzaron",
    "comenzado",
    "comienza",
    "comienzan",
    "comenzar",
    "comenzando",
    "empezo",
    "empezaron",
    "empezado",
    "empieza",
    "empiezan",
    "empezar",
    "empezando",
    "inicio",
    "iniciaron",
    "iniciado",
    "inicia",
    "inician",
    "iniciar",
    "iniciando",
    "arranco",
    "arrancaron",
    "arranca",
    "reanudo",
    "reanudaron",
    "reanudado",
    "reanuda",
    "reanudan",
    "reanudar",
    "reanudando",
)
# Articles a date opens with after a bound word: "desde el 5 de agosto", "hasta el 30 de junio".
DATE_ARTICLES = ("el",)
# Verbs of serving out a term right before the topic's noun: "desde" after it bounds the serving,
# which may have begun before the topic ("cumplía una condena de 25 años desde 2009"). Normal forms.
SERVING_WORDS = ("cumplia", "cumple", "cumplio", "cumpliendo", "cumplir", "purgaba", "purga", "purgando")
# Verbs that undo what they take as object: a date of their clause dates the undoing, not the
# topic ("En octubre de 2018, la Corte Suprema anuló el indulto", "un indulto ... anulado en octubre
# de 2018", "revocó la condena el miércoles"). Normal forms, without accents ("anuló" is "anulo").
UNDOING_VERBS = (
    "anular",
    "anula",
    "anulo",
    "anularon",
    "anulado",
    "anulada",
    "revocar",
    "revoca",
    "revoco",
    "revocaron",
    "revocado",
    "revocada",
)
UNDOING_REACH = 5  # words between an undoing verb and its object's noun: "anuló el polémico indulto de 2017"
SINCE_WORD = "desde"  # "en vigor desde 2004": the start of the topic itself, or a bound of another period
# Words before a four-digit number that make it a year a statement is about ("firmado en 2008",
# "el acuerdo de 2008", "en el 2008", "un 2020 difícil"), as articles print them. Not "una": a
# year is masculine.
YEAR_PREPOSITIONS = ("en", "desde", "de", "del", "el", "un")

# --- tense -------------------------------------------------------------------------------------

# Irregular verbs: infinitive -> past forms the Spanish stemmer cannot relate to it ("dijo" is to
# "decir" as "reactivó" is to "reactivar"). Only forms that are not also common nouns or
# adjectives (not "vino", "hecho", "dicho", "puesto", "muerto").
IRREGULAR_VERBS = {
    "decir": "dijo dijeron",
    "predecir": "predijo predijeron",
    "hacer": "hizo hicieron",
    "deshacer": "deshizo deshicieron",
    "satisfacer": "satisfizo",
    "morir": "murio murieron",
    "dormir": "durmio durmieron",
    "pedir": "pidio pidieron",
    "seguir": "siguio siguieron",
    "elegir": "eligio eligieron",
    "herir": "hirio hirieron",
    "sentir": "sintio sintieron",
    "mentir": "mintio mintieron",
    "preferir": "prefirio prefirieron",
    "ser": "fue fueron",
    "dar": "dio dieron",
    "ver": "vio vieron",
    "poner": "puso pusieron",
    "proponer": "propuso propusieron",
    "imponer": "impuso impusieron",
    "disponer": "dispuso dispusieron",
    "exponer": "expuso expusieron",
    "suponer": "supuso supusieron",
    "tener": "tuvo tuvieron",
    "mantener": "mantuvo mantuvieron",
    "obtener": "obtuvo obtuvieron",
    "detener": "detuvo detuvieron",
    "sostener": "sostuvo sostuvieron",
    "retener": "retuvo retuvieron",
    "contener": "contuvo contuvieron",
    "estar": "estuvo estuvieron",
    "andar": "anduvo anduvieron",
    "haber": "hubo",
    "saber": "supo supieron",
    "querer": "quiso quisieron",
    "poder": "pudo pudieron",
    "traer": "trajo trajeron",
    "atraer": "atrajo atrajeron",
    "producir": "produjo produjeron",
    "reducir": "redujo redujeron",
    "conducir": "condujo condujeron",
    "introducir": "introdujo introdujeron",
    "traducir": "tradujo tradujeron",
    "venir": "vinieron",
    "intervenir": "intervino intervinieron",
    "caer": "cayo cayeron",
    "leer": "leyo leyeron",
    "huir": "huyo huyeron",
}
PARTICIPLE_ENDING = ""  # none: the past forms above are all finite ("dijo", not "dicho")
REPEAT_PREFIX = "re"  # "rehízo", "rehicieron": an irregular verb again
# Words that make a sentence speak of what is to come ("se reunirá el viernes", "va a reunirse
# el viernes") ... The future tense is an ending that loses its accent in normal form ("celebrará"
# is "celebrara", the imperfect subjunctive): only the common forms are listed, and no ending.
FUTURE_MARKERS = (
    "sera",
    "seran",
    "habra",
    "habran",
    "estara",
    "estaran",
    "tendra",
    "tendran",
    "hara",
    "haran",
    "podra",
    "podran",
    "habria",
    "habrian",
    "estaria",
    "estarian",
    "tendria",
    "tendrian",
    "haria",
    "harian",
    "va",
    "van",
    "previsto",
    "prevista",
    "previstos",
    "previstas",
    "programado",
    "programada",
    "programados",
    "programadas",
    "preve",
    "preven",
    "planea",
    "planean",
    "pretende",
    "pretenden",
    "proximo",
    "proxima",
    "pendiente",
)
# ... or of what happened ("se celebró el viernes", "fue inaugurado ayer").
PAST_MARKERS = (
    "fue",
    "fueron",
    "eran",
    "estuvo",
    "estuvieron",
    "estaba",
    "estaban",
    "habia",
    "habian",
    "hubo",
    "ayer",
    "anoche",
    "anteayer",
    "pasado",
    "pasada",
    "anteriormente",
    "previamente",
)
# A later round of a vote ("la segunda vuelta", "el balotaje"): told as to come ("los dos que
# disputarán la segunda vuelta prevista para el 11 de abril", "Lasso y Arauz irán a segunda
# vuelta", "la próxima segunda vuelta"), the article was written before it; its figures are an
# earlier round's.
LATER_ROUNDS = ("segunda vuelta", "balotaje", "ballotage", "segunda ronda", "segundo turno")
ROUND_PLANS = ("a celebrarse",)  # tras PLAN_VERBS: "la segunda vuelta a celebrarse el 11 de abril"
ROUND_REACH = 8  # words from what is to come to the round
# Words before a participle that make it no finite past verb: "fue inaugurado", "ha llegado",
# "será reconstruido", "está cerrado".
AUXILIARIES_BEFORE_PARTICIPLE = (
    "ser",
    "sido",
    "siendo",
    "es",
    "son",
    "sera",
    "seran",
    "ha",
    "han",
    "he",
    "hemos",
    "haber",
    "habra",
    "habria",
    "esta",
    "estan",
    "estar",
)
# Words before a `term` claim's word that make it what may, must or is meant to happen, not what
# happened: "el acuerdo debe ser ratificado", "es probable que lo ratifiquen", "podría aprobarse".
PROSPECT_WORDS = (
    "debe",
    "deben",
    "debera",
    "deberan",
    "deberia",
    "deberian",
    "puede",
    "pueden",
    "podra",
    "podran",
    "podria",
    "podrian",
    "probable",
    "probablemente",
    "previsto",
    "prevista",
    "necesita",
    "necesitan",
    "necesario",
)
# What joins a verb to the infinitive after it: "comenzó a deliberar", "va a ratificar". Spanish
# says a noun's purpose with "para" ("un referéndum para aprobar el acuerdo"), which this one
# word cannot also hold.
INFINITIVE_MARKER = "a"
# Words before a participle that make it a report of what has happened: "ha subido a siete".
PERFECT_AUXILIARIES = ("ha", "han", "he", "hemos", "has")
# Endings of a participle after a perfect auxiliary: "ha completado", "han elegido", "ha muerto",
# "ha dicho", "ha puesto" (the simple past's endings, "completó", do not show it).
PERFECT_PARTICIPLE_ENDINGS = ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "to", "cho")
# The preterite's plural endings ("votaron", "murieron", "cayeron"), which no other form shares.
# Not the singular: its accent ("afirmó") is gone in normal form, where "afirmo" is also "I affirm".
PAST_ENDINGS = ("aron", "ieron", "yeron")
# The preterite's singular, by its written accent ("anunció", "votó", "llegó"), which normal form drops.
WRITTEN_PAST_ENDINGS = ("ó",)
# Words after a count's noun that say which kind it counts: "2 cargos de fraude y 2 cargos de
# conspiración" are two groups of the charges, not the total.
COUNT_KIND_LINKS = ("de",)
# Nouns whose figure after "de" counts the entries of a list drawn up: "una lista de más de 70
# testigos dispuestos a declarar", "una lista de 279 muertos identificados": those listed, a part
# or a plan, maybe not the count the claim gives.
LIST_NOUNS = ("lista", "listas", "nomina")
# Words after a clause's figures that hand them out in turn to several holders: "las cifras se
# mantienen en 52 y 32 respectivamente", "una fianza de 200 y 100 dólares, respectivamente".
RESPECTIVE_WORDS = ("respectivamente",)
# Nouns of a place, and verbs of where one lies, before a distance: "El pueblo de Tafeghaghte,
# situado a unos 60 kilómetros", "El área de Rancagua, ubicada unos 88 kilómetros al sur de
# Santiago", "esa ciudad, ubicada a 120 kilómetros de Santiago".
PLACE_NOUNS = ("pueblo", "ciudad", "municipio", "localidad", "area", "aldea", "comuna", "region", "poblado", "carcel")
LYING_VERBS = ("esta", "situado", "situada", "ubicado", "ubicada", "localizado", "localizada", "encuentra")
# Words before a count that make it the number of a group's members: "un grupo integrado por 50
# personas", "el jurado compuesto por 12 miembros": for a claim counting the dead, a group's size.
MEMBERSHIP_LEADS = (
    "integrado por",
    "integrada por",
    "compuesto por",
    "compuesta por",
    "conformado por",
    "conformada por",
    "formado por",
    "formada por",
)
# Words naming an opinion rating: a figure in a sentence that names one ("una favorabilidad del
# 62%", "un índice de aprobación de más del 90%") may be the rating, never a share of the vote nor a
# count. Not "aprobación" alone: "la aprobación del 60% de los accionistas".
RATING_WORDS = ("popularidad", "favorabilidad", "indice de aprobacion", "nivel de aprobacion", "tasa de aprobacion")
# Words after a number whose noun is left out, in a list after a figure with its noun: "tres
# cargos de conspiración, uno por pertenecer a una empresa criminal y uno más por haber mentido",
# "4 cargos por narcotráfico y uno por mentir", "80 muertos por el sismo y 12 por el tsunami":
# each figure is one part of a breakdown, not the total.
BREAKDOWN_LINKS = ("por", "de", "para")
# Words after "de" that make the number a share of the figure before, not a part beside it:
# "cinco cargos, uno de ellos por mentir", "80 personas, 12 de las cuales eran niños", "uno de sus abogados".
PARTITIVE_HEADS = ("ellos", "ellas", "estos", "estas", "esos", "esas", "aquellos", "aquellas", "cuales", "su", "sus")
NEGATING_PREFIXES = ("no",)  # "89 pasajeros no-estudiantes": a word joined by a hyphen that denies the noun
PLURAL_ENDING = "s"  # "200 contenedores": a count of a plural noun ("-s", "-es")
# Words that count a noun without a number, so that a noun after them is counted apart: "58
# desaparecidos y numerosos daños materiales", "46 muertos y varios heridos" are two counts.
MANY_WORDS = (
    "muchos",
    "muchas",
    "varios",
    "varias",
    "numerosos",
    "numerosas",
    "diversos",
    "diversas",
    "algunos",
    "algunas",
    "otros",
    "otras",
    "pocos",
    "pocas",
)
HEAD_NOUN_LAST = False  # adjectives follow the noun a number counts: "27 vidas humanas", "200 contenedores vacíos"
AGENT_WORD = "por"  # "dirigido por": a participle, not a finite verb

# --- negation and condition --------------------------------------------------------------------

# A word used under these ("no es el primer") is no evidence. "descartó" ("los investigadores
# descartaron la corrosión") is one word in Spanish, so it is here, not in NEGATING_PHRASES.
NEGATIONS = (
    "no",
    "nunca",
    "jamas",
    "ni",
    "tampoco",
    "sin",
    "ningun",
    "ninguno",
    "ninguna",
    "nadie",
    "carece",
    "carecen",
    "carecia",
    "carecio",
    "omitio",
    "omitieron",
    "omite",
    "descarto",
    "descartaron",
    "descarta",
    "descartan",
    "descartado",
    "descartada",
    "descartando",
)
# Adjectives that "no" right before them joins into one adjective, a kind of figure rather than a
# denial ("la cifra no oficial de muertos asciende a 77": the unofficial toll, as English writes
# it in one word), in normal form. Not a verb's participle after "no ha": "no ha sido confirmada".
NEGATED_ADJECTIVES = (
    "oficial",
    "oficiales",
    "confirmado",
    "confirmada",
    "confirmados",
    "confirmadas",
    "definitivo",
    "definitiva",
    "definitivos",
    "definitivas",
)
# A negated infinitive denies the verb phrase it opens, further than a plain negation reaches:
# "para no declarar una emergencia nacional", "optó por no presentar cargos". Spanish puts "no"
# right before the infinitive; this pair is the commonest way in.
NEGATED_INFINITIVE = ("para", "no")
NEGATED_INFINITIVE_REACH = 6  # words from "para no" to the word it denies
# Two words that deny what follows: "en vez de un asesino psicótico", "en lugar de un terrorista",
# "a falta de pruebas": the alternative denied.
NEGATING_PHRASES = ("en vez", "en lugar", "a falta")
NEGATED_ENDING = ""  # none: Spanish has no "n't"
# Words that join the items of a list a denial reaches as a whole: "no sospechan de terrorismo
# ni de incendio provocado", "descartaron el incendio y posibles móviles terroristas".
LIST_JOINERS = ("o", "u", "y", "e", "ni")
# The word between a number of years and the topic that makes it how long the topic has lasted:
# "52 años de guerra", "13 años de cooperación".
LASTING_OF = "de"
# What joins two values offered as alternatives, neither said to be the one, as articles print it:
# "su veredicto el 20 de julio o el 24 de agosto", "el 7 u 8 de agosto" ("u" before an o-sound
# only: not "u el", which is no Spanish).
ALTERNATIVE_JOINERS = ("o", "u", "o el", "o bien", "o en")
# "si" (if, whether; "sí", yes, is the same in normal form). "a menos que", "en caso de que",
# "siempre que", "siempre y cuando" are phrases, which a table of single words cannot hold.
CONDITIONALS = ("si",)
# Phrases that open a sentence with a condition, as "if" does: what follows holds only if it holds.
CONDITION_OPENERS = ("en caso de", "a menos que")
# Phrases that set a condition anywhere in a clause, as "si" does: "los disturbios volverían en
# caso de que sea absuelto", "siempre que el jurado lo declare culpable".
CONDITION_PHRASES = ("en caso de que", "a menos que", "siempre que", "con la condicion de que")
NOT_CONDITION_OPENERS = ("si bien",)  # "Si bien la transacción no se cerrará …": although, not if
CONDITION_REACH = 12  # words between "si" and the word it conditions
# Words before a verb that say it did not happen, or only was to: "habría anclado", "debía
# disparar", "diseñado para contener". Matched as whole phrases right before the word.
COUNTERFACTUALS = (
    "habria",
    "habrian",
    "hubiera",
    "hubieran",
    "hubiese",
    "hubiesen",
    "podria",
    "podrian",
    "podria haber",
    "podrian haber",
    "pudo haber",
    "pudieron haber",
    "deberia haber",
    "deberian haber",
    "debio haber",
    "debieron haber",
    "debia",
    "debian",
    "se suponia que",
    "iba a",
    "iban a",
    "tenia que",
    "tenian que",
    "disenado para",
    "disenada para",
    "disenados para",
    "disenadas para",
    "pensado para",
    "pensada para",
    "destinado a",
    "destinada a",
    "estaba previsto",
    "estaba prevista",
    "se esperaba que",
)

# --- clauses and continuation ------------------------------------------------------------------

# Quotation marks: Spanish copy writes angle quotes too («así»).
QUOTATION_MARKS = ('"', "“", "”", "«", "»")
# Words that open a sentence without changing its subject: "Además, él …".
# Not "embargo", "obstante": "Sin embargo", "No obstante" open with a negation, where the opening stops.
DISCOURSE = (
    "pero",
    "y",
    "ademas",
    "tambien",
    "asimismo",
    "mientras",
    "entretanto",
    "aun",
    "todavia",
    "incluso",
    "igualmente",
    "luego",
    "entonces",
    "asi",
    "pues",
)
# Determiners that, opening a sentence before a noun of an occurrence (RECALLED_NOUNS), point back
# at the one the sentence before named: "… la rotura de otra presa en Mariana. Aquella tragedia
# dejó 19 muertos". When that sentence is excluded, so is this one.
RECALLING_DETERMINERS = ("aquel", "aquella", "aquellos", "aquellas", "ese", "esa", "esos", "esas", "este", "esta")
RECALLED_NOUNS = (
    "accidente",
    "desastre",
    "tragedia",
    "catastrofe",
    "rotura",
    "colapso",
    "derrumbe",
    "choque",
    "terremoto",
    "sismo",
    "incendio",
    "explosion",
    "atentado",
    "eleccion",
    "elecciones",
    "votacion",
    "referendum",
    "juicio",
    "acuerdo",
    "final",
    "carrera",
    "vuelo",
)
# Nouns for a person by role or trade that a sentence opens with, after "el" or "la", to speak
# of the one person the sentence before named: "… dijo Lasso ante sus partidarios. El dirigente de
# 65 años … obtenía al menos el 52,48%", "El ahora mandatario electo superó a …".
EPITHET_NOUNS = (
    "candidato",
    "candidata",
    "dirigente",
    "lider",
    "mandatario",
    "mandataria",
    "economista",
    "politico",
    "politica",
    "libertario",
    "libertaria",
    "izquierdista",
    "ultraderechista",
    "conservador",
    "conservadora",
    "ganador",
    "ganadora",
    "aspirante",
    "exbanquero",
    "empresario",
    "empresaria",
)
# Words that point back at what the previous sentence named: "Ella dijo …", "Su presupuesto …".
# Not "él": in normal form it is the article "el".
ANAPHORS = (
    "ella",
    "ellos",
    "ellas",
    "este",
    "esta",
    "estos",
    "estas",
    "ese",
    "esa",
    "esos",
    "esas",
    "su",
    "sus",
    "dicho",
    "dicha",
    "dichos",
    "dichas",
    "tal",
    "ambos",
    "ambas",
)
# Auxiliaries that open a sentence whose subject goes unwritten, being the one the sentence before
# named: "Ha logrado 2,2 millones de votos". A past form written with its ending ("Logró el 59%",
# WRITTEN_PAST_ENDINGS) opens one as well.
SUBJECTLESS_OPENERS = ("ha", "han", "habia", "habian")
PERSONAL_PRONOUNS = ("ella", "ellos", "ellas")  # "Ella dijo": the person named just before (not "él": "el")
POSSESSIVES = (
    "su",
    "sus",
    "nuestro",
    "nuestra",
    "nuestros",
    "nuestras",
    "mi",
    "mis",
    "tu",
    "tus",
    "cuyo",
    "cuya",
    "cuyos",
    "cuyas",
)
# None: Spanish says whose with "de" ("la compra de Yahoo"), never with an ending.
OF = "de"  # a noun's complement: "308 de 382 distritos", "una profundidad de 5 km"
GIVEN_IN = "en"  # what an amount is given in: "65 millones en ayuda federal", "4.000 millones en efectivo"
DEFINITE_ARTICLES = ("el", "la", "los", "las")  # "La operación …": a sentence that goes on about the topic's noun
# Words between a modal and a participle: "debe ser ratificado", "habría sido aprobado".
MODAL_LINKS = ("ser", "sido", "siendo", "haber", "ha", "han")
POSSESSIVE_ENDINGS: tuple[str, ...] = ()
# Not "lo": it never stands before a noun ("lo ocurrido"), and is a pronoun before a verb ("lo votaron").
DETERMINERS = ("el", "la", "los", "las", "un", "una", "unos", "unas")
SPEECH_NEGATIONS = ("no",)  # "Price no dijo" is still Price
# Words that start a sentence or a name without being part of it ("El", "Durante", "En").
SENTENCE_OPENERS = (
    "el",
    "la",
    "los",
    "las",
    "lo",
    "un",
    "una",
    "unos",
    "unas",
    "en",
    "a",
    "al",
    "de",
    "del",
    "con",
    "por",
    "para",
    "desde",
    "hasta",
    "tras",
    "durante",
    "antes",
    "despues",
    "mientras",
    "cuando",
    "como",
    "pero",
    "y",
    "o",
    "este",
    "esta",
    "estos",
    "estas",
    "ese",
    "esa",
    "esos",
    "esas",
    "su",
    "sus",
    "nuestro",
    "nuestra",
    "ambos",
    "ambas",
    "luego",
    "ademas",
    "asimismo",
    "tambien",
    "segun",
    "dijo",
    "dice",
    "si",
    "entonces",
    "asi",
    "aun",
    "entre",
    "sobre",
    "ante",
    "bajo",
    "contra",
    "hacia",
    "mediante",
)
# A sentence opening with a time frame is about that time: "En 1957, las inundaciones …", "Ya en
# 2008, …", "Allá por 2008, …" (as articles print them).
FRAME_LEADS = ("ya", "allá", "alla")
# The past perfect with a word of an earlier time ("las autoridades habían informado previamente de
# 70 muertos", "previamente había hablado de una valoración de 2 billones"): what was said before
# the story's news. Spanish contracts no auxiliary.
PLUPERFECT_AUXILIARIES = ("habia", "habian", "habiamos")
PLUPERFECT_CONTRACTIONS: tuple[str, ...] = ()  # none: Spanish writes its auxiliary out
PLUPERFECT_EARLIER = ("previamente", "anteriormente", "antes", "inicialmente", "originalmente")
# Words after a span of years that put a sentence's time frame that far back: "Un año antes,",
# "Dos años atrás,". Spanish also says "Hace dos años," (AGO before the span).
EARLIER_WORDS = ("antes", "atrás", "atras", "previamente")
FRAME_PREPOSITIONS = ("en", "durante", "para", "hacia")
# Kinds of deadly event (English names, the kinds a claim's words are sorted into): a toll "en"
# one the claim and the scope's event do not name is another event's ("Al menos 18 personas
# murieron en el alud" for the earthquake's toll).
# Participles that end a hyphenated modifier: none, Spanish forms no such modifier ("zona afectada por el sismo").
MODIFIER_PARTICIPLES: tuple[str, ...] = ()
EVENT_NOUNS = {
    "earthquake": ("terremoto", "terremotos", "sismo", "sismos", "seismo", "temblor"),
    "aftershock": ("replica", "replicas"),
    "avalanche": ("avalancha", "alud"),
    "landslide": ("deslave", "deslaves", "deslizamiento", "deslizamientos", "corrimiento"),
    "tsunami": ("tsunami", "maremoto"),
    "flood": ("inundacion", "inundaciones", "riada", "riadas", "crecida", "desbordamiento"),
    "fire": ("incendio", "incendios", "fuego", "llamas"),
    "explosion": ("explosion", "explosiones", "estallido", "bombardeo"),
    "shooting": ("tiroteo", "balacera", "balaceras"),
    "crash": ("accidente", "choque", "colision", "siniestro"),
    "collapse": ("derrumbe", "colapso", "desplome"),
    "stampede": ("estampida",),
    "storm": ("tormenta", "temporal", "huracan", "ciclon", "tifon"),
    "sinking": ("naufragio", "hundimiento"),
}
# Nouns of occasions a place names: "los Juegos Olímpicos de Pekín", "la cumbre de Minsk", "el
# acuerdo de Minsk". Spanish puts the place after the noun, with "de".
OCCASION_NOUNS = (
    "olimpiadas",
    "olimpicos",
    "olimpico",
    "olimpica",
    "juegos",
    "campeonato",
    "campeonatos",
    "mundial",
    "cumbre",
    "maraton",
    "acuerdo",
    "acuerdos",
    "pacto",
    "tratado",
    "conversaciones",
    "negociaciones",
    "conferencia",
)
EVENT_LINKS = ("en", "tras", "por")  # "murieron en el alud", "fallecieron tras una avalancha", "por un deslave"
# Words opening a sentence with a place, set off by a comma: "En Bangladés, se han registrado
# cuatro muertes". The figures after it are that place's.
PLACE_OPENERS = ("en",)
# Nouns of a country's parts: "la comuna de #Petorca", "su mismo estado de origen", "entre las cuatro
# provincias". Lower case only: "el Estado" is the whole country (and "ha estado" has no possessive).
DIVISION_NOUNS = (
    "provincia",
    "provincias",
    "estado",
    "estados",
    "condado",
    "condados",
    "distrito",
    "distritos",
    "circunscripcion",
    "circunscripciones",
    "municipio",
    "municipios",
    "region",
    "regiones",
    "comuna",
    "comunas",
    "departamento",
    "departamentos",
    "entidad",
    "entidades",
    "alcaldia",
    "alcaldias",
)
# The word between the topic's noun and a weekday that dates the noun, whatever the sentence's
# tense: "el balance de muertos del terremoto original del sábado podría aumentar".
NOUN_DAY_LINK = "del"
FRAME_QUALIFIERS = ("pleno",)  # "En pleno 2020,"; not "plena": a year is masculine ("en plena década de 1990")
# Words between a figure and a date that date the figure, as articles print them: "subió a 158
# el jueves", "158 hasta el lunes".
# Not "esta": a date takes it ("esta semana", "esta mañana"), where no link is read.
FIGURE_DATE_LINKS = ("el", "este", "hasta", "para", "en", "a", "al", "desde")

# --- what a value is about ------------------------------------------------------------------------

# Words that say a try failed ("falló en su primer intento" folds to "fallo", which is also a court's
# ruling, so it is left out): a term said of that try is not said of the one the claim counts.
FAILURE_WORDS = ("fallido", "fallida", "fallidos", "fallidas", "erro", "fracaso")

# Words that may stand between a topic and its value: "el balance se elevó a 148", "la
# participación fue del 72,2%", "la permanencia obtuvo el 51,9%", "65 habían muerto".
VALUE_LINKS = (
    "es",
    "fue",
    "son",
    "fueron",
    "eran",
    "ser",
    "sido",
    "siendo",
    "ha",
    "han",
    "habia",
    "habian",
    "hay",
    "hubo",
    "se",
    "ya",
    "ahora",
    "aun",
    "todavia",
    "a",
    "en",
    "de",
    "del",
    "al",
    "por",
    "con",
    "situa",
    "situo",
    "ubica",
    "ubico",
    "queda",
    "quedo",
    "quedaron",
    "resulto",
    "resultaron",
    "asciende",
    "ascienden",
    "ascendio",
    "ascendieron",
    "eleva",
    "elevo",
    "elevaron",
    "cifro",
    "sube",
    "suben",
    "subio",
    "subieron",
    "aumenta",
    "aumento",
    "crecio",
    "llega",
    "llego",
    "llegaron",
    "alcanza",
    "alcanzo",
    "alcanzaron",
    "supera",
    "supero",
    "superaron",
    "rebasa",
    "rebaso",
    # the participles after "ha", "han", "se ha": "el número de muertos se ha elevado a 11.300"
    "elevado",
    "ascendido",
    "subido",
    "aumentado",
    "llegado",
    "alcanzado",
    "superado",
    "situado",
    "sobrepaso",
    "bajo",
    "cayo",
    "descendio",
    "disminuyo",
    "suman",
    "sumo",
    "sumaron",
    "totaliza",
    "totalizo",
    "gana",
    "gano",
    "obtiene",
    "obtuvo",
    "consiguio",
    "logro",
    "recibe",
    "recibio",
    "recibieron",
    "estimado",
    "estimada",
    "oficialmente",
    "confirmado",
    "confirmados",
    "reportado",
    "reportados",
    "solo",
)
# Verbs that make the noun after them stand for their subject: "el puente es un tramo de 1,2 km".
COPULAS = ("es", "fue", "son", "fueron", "era", "eran", "ser", "sido", "sigue", "siguio", "permanece", "permanecio")
# "seguirá como consejero delegado", "continuará al frente", "permanecerá como presidente"
REMAIN_WORDS = ("seguir", "seguira", "continuar", "continuara", "permanecer", "permanecera", "quedara", "queda")
# Words after a time span that make it an offset dating something else: "17 días después del derrumbe".
OFFSET_WORDS = ("despues", "antes", "tras", "luego", "desde", "atras")
# Words right before a time span that make it a duration: "descendió durante ocho minutos antes del impacto".
DURATION_LEADS = ("durante",)
# Words that open a relative clause: what it says is said of the noun before it (a date in "la
# Iniciativa Mérida, la cual es un pacto de 2008" is the initiative's). Not "que": "dijo que".
RELATIVE_PRONOUNS = ("cual", "cuales", "quien", "quienes", "cuyo", "cuya", "cuyos", "cuyas", "donde")
# Relative pronouns that stand for a person: after ", " and a name, what their clause says is said
# of that name ("su rival, Xóchitl Gálvez, quien obtuvo el 28%"). Not "que" nor "cual": they may
# stand for any noun of the phrase before them, and "que" is as often "that" (but NAME_RELATIVES).
PERSON_RELATIVES = ("quien", "quienes")
# Relatives that stand for a name right before them and a comma when that name is no noun's
# complement: "a Keiko Fujimori, que alcanza el 49,82%" (not "la compra de Celgene, que …", which
# stands for the purchase). Spanish writes "que" for a person as often as "quien".
NAME_RELATIVES = ("que",)
WHERE = "donde"  # a relative clause on a place: "el condado de Graves, donde murieron 24 personas"
THAT = "que"  # a relative pronoun only right after a noun: "el sismo que sacudió", not "dijo que"
# A share written without its sign: the singular article before the number, and the whole it
# is a share of after it ("ganó con el 55,18 de los votos", "entre el 53 y el 53,8 de los votos").
# A count of votes takes a plural article ("los 55 votos"), so the pair reads as a percentage.
UNSIGNED_SHARE_LEADS = ("el", "del", "al")
UNSIGNED_SHARE_WHOLES = ("de los votos", "de los sufragios", "de las papeletas", "de los apoyos")
# The linking words that are prepositions, not verbs: "subió a 158", "se situó en 113".
VALUE_PREPOSITIONS = ("a", "al", "en", "de", "del", "por", "con")
# Words that open a list of members of a group named before them ("76 muertos, entre ellos
# jugadores del Chapecoense", "incluidos cinco británicos").
INCLUSION_LEADS = (
    "incluidos",
    "incluidas",
    "incluido",
    "incluida",
    "incluyendo",
    "entre ellos",
    "entre ellas",
)
# Of the part markers, the words that name members of a group ("incluidos cinco británicos",
# "entre ellos cinco británicos"): the same as open such a list; not "incluyen" ("Los ocho
# incluyen cinco bomberos") nor "otros".
MEMBER_LEADS = INCLUSION_LEADS
# Words before a count that make it a part of a total: "incluidos seis niños", "entre ellos
# tres menores", "de los cuales tres".
PART_MARKERS = (
    "incluidos",
    "incluidas",
    "incluido",
    "incluida",
    "incluye",
    "incluyen",
    "incluyendo",
    "entre ellos",
    "entre ellas",
    "entre los",
    "entre las",
    "de ellos",
    "de ellas",
    "de los cuales",
    "de las cuales",
    "de quienes",
    "excepto",
    "salvo",
    "sin contar",
    "otro",
    "otra",
    "otros",
    "otras",
)
# Of those, the words that set a count beside another group: "30 personas murieron y otras 300
# resultaron heridas" counts other people, all the injured.
ANOTHER_WORDS = ("otro", "otra", "otros", "otras")
# Of those, the words that add more of a kind after the topic's words: "los fundadores recibirán otros
# 3.000 millones".
INCREMENT_MARKERS = ("otro", "otra", "otros", "otras")
# Words after a count that make it the rest besides someone: "32 más", "los 32 restantes", "32
# compañeros". For a claim that counts the rest itself or charges, the rest may be the claim's
# count: "no logró consenso en otros 10 cargos".
THE_OTHERS = ("mas", "restantes", "companeros", "companeras", "demas")
# Words before the topic's plural noun that count several of it ("ambos sismos", "los sismos
# gemelos" is read by its number only): a toll said of them is of them all.
SEVERAL_WORDS = ("ambos", "ambas")
KINDS_FOLLOW_THE_NOUN = True  # "los costos de emergencia": a kind follows its noun; "dos muertos" is a count
# Nouns counted by kind ("ocho cargos de tráfico sexual", "dos delitos de fraude bancario"): a
# count of one kind the claim never names may be a part of its total.
KIND_COUNTED = ("cargo", "cargos", "delito", "delitos", "acusacion", "acusaciones")
# Words after a value that make it the threshold of a class ("un huracán mayor, categoría 3 o
# superior", "sismos de magnitud 6,5 o mayor"): no value of the topic. Not "o más", which bounds a
# count ("murieron 20 o más personas").
THRESHOLD_TAILS = ("o superior", "o mayor", "o mas fuerte", "o inferior", "o menor")
# Place nouns a one-word topic before them only qualifies: none, since Spanish names the place
# first ("la plataforma de lanzamiento"), which the topic word does not qualify.
PLACE_HEADS: tuple[str, ...] = ()
# Words right before a count that make it a subset of the whole ("los primeros 4 cargos", "los
# otros 32 mineros", "los últimos 10 cargos", "las restantes 17 rehenes"): a part, not the total.
SUBSET_LEADS = ("primeros", "primeras", "ultimos", "ultimas", "otros", "otras", "restantes")
# A word after a count that makes it an increment, so a count before it in the sentence is a
# portion: "una bomba que mató a ocho personas y luego se cobró 69 más".
INCREMENT_WORDS = ("mas",)
# Words before a count that make it the total reached: "el balance subió a 64", "se situó en 90",
# "alcanzó 100", "superó 50".
TOTAL_LINKS = ("a", "en", "alcanzo", "alcanza", "llego", "llega", "supero", "supera", "rebaso", "sobrepaso")
# Words after a count that make it a total of several: "matando a 77 personas en total".
TOTAL_MARKERS = ("en total", "en conjunto", "entre todos", "entre todas", "combinados", "combinadas")
# Words after "de" that make the count before it a part of a group: "67 de los pasajeros", "tres
# de ellos", "30.000 millones de dólares de esa deuda".
PART_OF = (
    "los",
    "las",
    "la",
    "ellos",
    "ellas",
    "estos",
    "estas",
    "esos",
    "esas",
    "este",
    "esta",
    "ese",
    "esa",
    "su",
    "sus",
    "nuestros",
    "nuestras",
)
# A figure "por" the topic is the topic's: '7,8 millones de votos por "Leave"'.
FOR_WORD = "por"
# Words of buying and selling: the amount "por" which their object changes hands is the price
# ("Microsoft compra la empresa de videojuegos Activision Blizzard por 68.700 millones de dólares").
PURCHASE_WORDS = (
    "compra",
    "compran",
    "compro",
    "compraron",
    "comprar",
    "comprando",
    "adquiere",
    "adquieren",
    "adquirio",
    "adquirieron",
    "adquirir",
    "adquiriendo",
    "adquisicion",
    "vende",
    "venden",
    "vendio",
    "vendieron",
    "vender",
    "venta",
)
# Words joining two counted nouns into one count: "150 pasajeros y tripulantes" counts both.
NOUN_JOINERS = ("y", "e", "o", "u")
# A sentence opening that names a whole, so the figures after its comma are parts: "De los 185
# muertos, 115 murieron en el edificio CTV".
PARTITIVE_OPENERS = ("de los", "de las", "de esos", "de esas", "de estos", "de estas", "de ellos", "de ellas")
# Words that place a count: in a list of them, each count is a part ("8 en Oslo y 69 en Utoya",
# "nueve de España, cuatro de Perú").
PLACE_WORDS = ("en", "de", "desde")
# Prepositions that open a phrase saying where an act happened, up to a place's name: "chocó con
# un tren de mercancías cerca de la estación de Bahanaga Bazar en Balasore el 2 de junio".
WHERE_PREPOSITIONS = ("en", "cerca")
# Words right after an amount that give its purpose: beside other amounts of its kind, each is one
# part of a breakdown ("1,7 millones para reparar su reputación y 1 millón en daños"). Not "por",
# which after an amount is as often "per" ("54,20 dólares por acción"). Opening a sentence, set off
# by a comma, they give the purpose of every amount after them: "Para reparar su reputación, el
# jurado le otorgó 1,7 millones" (not "Para 2025,").
PURPOSE_LEADS = ("para",)
# Words right before a topic's noun that make it another occurrence of its kind: "Otro derrumbe
# ocurrió el sábado", "un nuevo sismo". Spanish puts "anterior" and "previo" mostly after the noun.
OTHER_OCCURRENCE = ("otro", "otra", "otros", "otras", "nuevo", "nueva", "anterior", "previo", "previa")
# Those of them that open a noun phrase, however long: "otro lanzamiento tripulado de SpaceX".
OTHER_OCCURRENCE_OPENERS = ("otro", "otra", "otros", "otras")
# Small words a personal name never has: a capitalised run holding one is a title-case headline,
# not a name. Not "de", "del", "la", "las", "los", "y": Spanish names have them ("Ramón y Cajal").
NOT_IN_NAMES = (
    "a",
    "al",
    "ante",
    "con",
    "en",
    "para",
    "por",
    "es",
    "fue",
    "son",
    "era",
    "ser",
    "esta",
    "estan",
    "un",
    "una",
    "que",
    "se",
    "sin",
    "sobre",
)
# Words of POSSIBILITY_WORDS that make a figure a possibility only when it is a penalty, a span of
# time or an amount ("enfrenta hasta 10 años", "arriesga una multa de 5.000 dólares"): charges
# someone faced were brought ("culpable de los siete cargos que enfrentaba").
PENALTY_POSSIBILITIES = (
    "enfrenta",
    "enfrentan",
    "enfrentaba",
    "enfrentaria",
    "afronta",
    "afrontan",
    "arriesga",
    "arriesgan",
)
# Words near a figure that make it a possibility, not what happened: "las directrices recomiendan
# 12,5 años", "los 30 años que había pedido la fiscalía", "enfrenta una pena máxima de 40 años".
POSSIBILITY_WORDS = (
    "recomienda",
    "recomiendan",
    "recomendo",
    "recomendaron",
    "recomendado",
    "pide",
    "piden",
    "pidio",
    "pidieron",
    "pedido",
    "solicita",
    "solicitan",
    "solicito",
    "solicitaron",
    "solicitado",
    "busca",
    "buscan",
    "buscaba",
    "buscaban",
    *PENALTY_POSSIBILITIES,
    "maxima",
    "maximo",
    "minima",
    "minimo",
    "directriz",
    "directrices",
    "propuesto",
    "propuesta",
    "posible",
    "posibles",
    "potencial",
    "potenciales",
    "podria",
    "podrian",
    "planea",
    "planean",
    "pretende",
    "pretenden",
    # An aim is not the result: "ya lleva dos oros y aspira a tres más", "la sonda aspira a
    # recoger unos dos kilogramos". Only the present, as "aims" in English.
    "aspira",
    "aspiran",
)
POSSIBILITY_REACH = 6  # words between a figure and the word that makes it a possibility
# Words of POSSIBILITY_WORDS that, next to the topic's word, name the topic itself as proposed ("la
# propuesta de adquisición por 68.700 millones", "la compra propuesta"): the price as first put.
PROPOSAL_WORDS = ("propuesta", "propuesto")
# Words of expecting or hoping that make a figure what someone counted on before it happened, with
# a word of EARLIER_EXPECTING just before them: "la valorización de 2,000 millones de dólares que
# había llegado a prever el príncipe", "inicialmente se esperaba recaudar 100.000 millones". Not
# estimates ("había calculado"), which may be the figure itself, nor a forecast in the present. A
# finite past form needs no such word before the "que" clause it governs: "esperaba que, en el mejor
# de los casos, el vuelo durara 90 minutos" (not "está previsto que …").
EXPECTATION_WORDS = (
    "prever",
    "previsto",
    "prevista",
    "previstos",
    "previstas",
    "esperaba",
    "esperaban",
    "esperado",
    "esperada",
    "anhelado",
    "anhelada",
)
# Words shortly before an expectation that date it before the fact: a past or pluperfect auxiliary,
# the impersonal "se" of a past expectation or an adverb of a first plan ("había previsto", "había
# llegado a prever", "se esperaba", "era esperado", "inicialmente esperaba").
EARLIER_EXPECTING = ("habia", "habian", "era", "eran", "fue", "fueron", "se", "inicialmente", "originalmente")
# Nouns of a boundary that a figure defines rather than measures: "la línea de Kármán, a 100
# kilómetros sobre el nivel del mar", "consideran una altitud de 80 km como la frontera del espacio".
BOUNDARY_NOUNS = ("frontera", "borde", "linea", "limite")
# Verbs that set a figure as what a boundary is, with a boundary noun after the figure.
DEFINING_VERBS = ("considera", "consideran", "considerada", "considerado", "define", "definen", "definida", "definido")
# Phrases after a figure that make it a threat hanging over someone, what they face rather than
# what they got: "Con una sentencia de casi 40 años sobre su cabeza", "una multa que pende sobre él".
THREAT_PHRASES = ("sobre su cabeza", "sobre sus cabezas", "pende sobre", "penden sobre", "pendiendo sobre")
# Endings of the word that opens a participle clause, which goes on the predicate before it:
# "Aramco podría ofrecer entre el 1% y el 2% de sus acciones, recaudando hasta 40.000 millones";
# "se elevó el lunes, logrando el primer vuelo propulsado" (what happened on that day).
GERUND_ENDINGS = ("ando", "iendo", "yendo")
# Words after a figure that open another predicate of the subject, whose modal is not the
# figure's: "el número de muertos supera los 5.000 y podría llegar a 10.000".
PREDICATE_JOINERS = ("y", "e", "pero", "aunque")
# Words right before a figure that make it a given amount, not what is asked for: "los instó a
# pagar los 15 millones de dólares en cuotas".
GIVEN_MARKERS = (
    "el",
    "la",
    "los",
    "las",
    "este",
    "esta",
    "estos",
    "estas",
    "ese",
    "esa",
    "esos",
    "esas",
    "aquel",
    "aquella",
)
# Words right before a verdict's word that make it what a defendant pleads, not what a court
# decided: "Maxwell se declaró inocente", "se ha declarado no culpable", "declararse culpable"
# ("el jurado lo declaró culpable" is the verdict: only the reflexive form is a plea).
PLEA_PHRASES = (
    "se declaro",
    "se declara",
    "se declaran",
    "se declararon",
    "se ha declarado",
    "se habia declarado",
    "declararse",
    "declarandose",
)
PLEA_NOUNS: tuple[str, ...] = ()  # Spanish puts no plea noun after the word
# Spanish gives the matter at issue as an infinitive or a noun ("el plebiscito para ratificar el
# acuerdo", "sobre el acuerdo"), never a gerund after a preposition: none.
ISSUE_LINKS: tuple[str, ...] = ()
# Words earlier in a figure's clause that make it what someone asks for, however far: "La
# fiscalía había pedido al juez que condenara a Holmes a 15 años", "la defensa abogó por 3 años".
REQUEST_WORDS = (
    "pide",
    "piden",
    "pidio",
    "pidieron",
    "pedir",
    "pidiendo",
    "solicita",
    "solicitan",
    "solicito",
    "solicitaron",
    "solicitud",
    "insta",
    "instan",
    "insto",
    "instaron",
    "urge",
    "urgio",
    "exige",
    "exigen",
    "exigio",
    "exigieron",
    "reclama",
    "reclaman",
    "reclamo",
    "reclamaron",
    "demanda",
    "demandan",
    "demando",
    "busca",
    "buscan",
    "buscaba",
    "buscaban",
    "abogo",
    "abogaron",
    "aboga",
    "argumenta",
    "argumentaron",
    "alega",
    "alego",
    "alegaron",
    "peticion",
    "mocion",
    "demandaron",  # a lawsuit asks for its figure: "Depp demandó a Heard por 50 millones"
    "contrademando",
    "contrademandaron",
)
# Words of wanting earlier in a term's clause: "La fiscalía quería que lo declararan loco", "las
# familias deseaban que fuera condenado". Not the present "quiere", which also means ("quiere decir").
DESIRE_WORDS = ("queria", "querian", "quiso", "quisieron", "deseaba", "deseaban")
# Words that give a figure for each one of several, not their total: "los tres cargos conllevan
# cada uno hasta 10 años", "hasta 20 años de prisión por cada cargo"; with the words after them that
# undo it ("cada vez más").
DISTRIBUTIVE_WORDS = ("cada",)
DISTRIBUTIVE_STOPS = ("vez",)
# Nouns of a suit, whose figure is what is claimed, not what is awarded: "una demanda por 50
# millones de dólares", "la contrademanda de 100 millones", "una querella por 10 millones".
SUIT_NOUNS = ("demanda", "demandas", "contrademanda", "contrademandas", "querella")
# Words earlier in a figure's clause that make it what something can do, not what happened: "una
# grúa capaz de levantar 500 toneladas", "un puente diseñado para soportar 140.000 vehículos al día".
CAPABILITY_WORDS = (
    "puede",
    "pueden",
    "podra",
    "capaz",
    "capaces",
    "disenado",
    "disenada",
    "disenados",
    "disenadas",
    "apto",
    "apta",
)
# Phrases earlier in a figure's clause that make it a choice someone had, what could have been: "el
# juez tenía la opción de condenarlo a un año", "Aramco conservaba la opción de recaudar 29.400
# millones". Not the noun alone, which names a ballot's choice ("la opción Rechazo alcanzó el 61,87%").
CHOICE_PHRASES = ("opcion de", "opciones de")
# Words earlier in a figure's clause that make it a bound set on what may happen: "la pena mínima
# es de diez años", "el máximo al que se enfrentaba era de 15 años".
LIMIT_WORDS = ("minimo", "minima", "maximo", "maxima")
# Spanish puts the limit word after its noun ("condenado a la pena máxima", "una altitud máxima de
# 1.400 km"), so no word right before it tells a limit reached from one set.
LIMIT_REACHED_LEADS: tuple[str, ...] = ()
# Words after a length that make it a distance from somewhere: "a 10 km al sureste de
# Christchurch", "a 20 km de la costa" ("de" is not one: "un puente de 10 km de longitud").
DISTANCE_MARKERS = (
    "al",
    "lejos",
    "fuera",
    "adentro",
    "norte",
    "sur",
    "oeste",
    "noreste",
    "noroeste",
    "sureste",
    "suroeste",
    "sudeste",
    "sudoeste",
    "nordeste",
)
DISTANCE_WORDS = ("distancia", "lejos", "desde")  # a claim about a distance keeps its "desde"
# Words before a topic's noun that leave it the claim's own: "el total", "el último balance". Most
# Spanish adjectives follow the noun ("el costo total", "el balance oficial de muertos"), where
# they leave it the claim's own too.
NEUTRAL_MODIFIERS = (
    "total",
    "final",
    "global",
    "estimado",
    "estimada",
    "inicial",
    "previsto",
    "prevista",
    "proyectado",
    "proyectada",
    "completo",
    "completa",
    "entero",
    "entera",
    "esperado",
    "esperada",
    "real",
    "original",
    "eventual",
    "oficial",
    "confirmado",
    "confirmada",
    "ultimo",
    "ultima",
    "actual",
    "revisado",
    "revisada",
    "nuevo",
    "nueva",
    "creciente",
    "tragico",
    "tragica",
    "conocido",
    "conocida",
    "presunto",
    "presunta",
    "reportado",
    "reportada",
    "inedito",
    "inedita",
    "record",
    "historico",
    "historica",
    "alto",
    "alta",
    "elevado",
    "elevada",
    "fuerte",
    "enorme",
    "masivo",
    "masiva",
    "potente",
    "gran",
    "grande",
    "importante",
    "mortal",
    "mortifero",
    "mortifera",
    "devastador",
    "devastadora",
    # how many of them differ, not which kind: "pasajeros de 33 diferentes países", "33 países distintos"
    "diferentes",
    "distintos",
    "distintas",
)
PRESENT_PARTICIPLE_ENDING = ""  # none: a Spanish gerund ("-ando", "-iendo") never modifies a noun
ADVERB_ENDING = "mente"  # "finalmente costó", "inicialmente estimado": an adverb, not a kind of the noun
# What makes an amount the value of the noun after it: "15 millones de euros en concepto de
# indemnización". ("12.000 millones de dólares en acciones" says it with "en", as English "in".)
WORTH_OF = "en concepto de"
# Words before an amount that make it what their subject is worth: "la empresa, que vale 427.000
# millones de dólares", "una compañía valorada en 5.000 millones".
WORTH_WORDS = (
    "vale",
    "valen",
    "valia",
    "valorada",
    "valorado",
    "valoradas",
    "valorados",
    "valuada",
    "valuado",
    "tasada",
    "tasado",
)
# What an amount is given in that leaves it the amount itself: "24.000 millones de libras en
# efectivo", "32.000 millones en total". Any other noun after "en" names what the money is.
PAYMENT_FORMS = ("efectivo", "metalico", "acciones", "titulos", "total", "conjunto", "todo", "valor")
# What an amount is paid as when it makes good a loss: "5 millones de dólares en daños y
# perjuicios", "150.000 euros en indemnización": the claim's own kind when its words say one, the
# topic's when the topic's noun governs it ("la confiscación de unos 12.600 millones de dólares en
# compensación al tráfico"), another sum beside a fine with nothing tying it to the topic.
COMPENSATION_WORDS = (
    "compensacion",
    "compensaciones",
    "indemnizacion",
    "indemnizaciones",
    "danos",
    "resarcimiento",
    "reparacion",
    "reparaciones",
)
# Shares paid beside cash ("una acción de Bristol-Myers y 50 dólares en efectivo"): a cash amount
# listed with them is one part of the price, not all of it.
PAYMENT_IN_KIND = ("accion", "acciones", "titulo", "titulos")
# Words between two figures that make them a size, not one length: "una ruptura de unos 15 x 15
# km", "una sala de 3 × 4 metros", "una bandera de 20 por 30 pies".
SIZE_JOINERS = ("x", "×", "por")
# What a length measures, from the word after it or the claim's own words: "cayó al río 20 metros
# más abajo" is a drop, "un puente de 581 metros de largo" a length, "40 metros de altura" a
# height, "700 metros bajo tierra" a depth. Measure names are English's.
MEASURES = {
    "length": ("largo", "larga", "longitud", "longitudes", "extension"),
    "depth": ("profundidad", "profundidades", "profundo", "profunda", "hondo", "honda", "bajo", "debajo", "abajo"),
    "height": ("altura", "alturas", "alto", "alta", "altitud", "elevacion", "sobre", "arriba"),
    "width": ("ancho", "ancha", "anchura", "diametro", "diametros"),
}
# Words around the first of two figures that make it the value before a change: "el balance pasó
# de 65 a 75", "la bajó de 9,74 a 9,58".
CHANGE_FROM = "de"
# Words before "de … a …" that make it a range, not a change: "penas que van de 10 a 25 años",
# "oscilan entre".
# Words right after a figure that make it one region's (English "statewide"): Spanish says it in a
# phrase ("en todo el estado", "a nivel estatal") that this one-word reading does not take.
REGION_WIDE_WORDS: tuple[str, ...] = ()
# Words after a figure that name the base it is measured against, as in English ("una prima del
# 44% sobre la media de 30 días (33% sobre su máximo de 52 semanas)", "un 0,4% frente al mes
# anterior").
BASE_LEADS = ("sobre", "frente", "respecto")
RANGE_LEADS = (
    "van",
    "iban",
    "va",
    "oscila",
    "oscilan",
    "oscilaron",
    "oscilaban",
    "varia",
    "varian",
    "variaban",
    "fluctua",
    "fluctuan",
    "abarca",
    "abarcan",
    "rango",
)
CHANGE_TO = "a"
# Verbs of a rise or a fall whose figure right after them (maybe after "un" or "en"), with "a" and
# a new level after it, is the size of the change: "las acciones subieron un 10% a 35,2 riales";
# not "el PP ganó 47 escaños a 136" ("ganó" also gives a result). "bajó" also means "under": left out.
CHANGE_VERBS = (
    "subio",
    "subieron",
    "cayo",
    "cayeron",
    "crecio",
    "crecieron",
    "aumento",
    "aumentaron",
    "avanzo",
    "avanzaron",
    "retrocedio",
    "retrocedieron",
    "disparo",
    "dispararon",
    "desplomo",
    "desplomaron",
)
CHANGE_BY = ("un", "en")  # "subieron un 10% a 35,2 riales", "aumentó en 5 puntos a 67%"
# Words between one side's figure and the other's: "ganó con el 50,2% contra el 49,8%", "el 50,78%
# de los votos, frente al 49,22% del actual presidente", "4 millones … frente a los 4 millones … de
# González". The owner is often named after the figure ("frente al 44,14% conseguido por Kast").
OTHER_SIDE_JOINERS = ("contra", "frente a", "frente al", "versus")
# Words right after the other side's figure that lead to its owner's name: "frente al 47,83% de la
# candidata …, Luisa González", "frente al 44,14% conseguido por Kast".
SIDE_OWNER_LEADS = ("de", "del", "para", "por", "conseguido", "obtenido", "logrado", "alcanzado")
# Nouns after a length that make it a race's name, not a measure of anything in the story: "los
# 100 metros libres", "los 200 m mariposa", "los 110 metros vallas", "los 100 metros masculinos".
RACE_NOUNS = (
    "final",
    "finales",
    "semifinal",
    "semifinales",
    "serie",
    "series",
    "eliminatoria",
    "eliminatorias",
    "carrera",
    "prueba",
    "relevo",
    "relevos",
    "libre",
    "libres",
    "mariposa",
    "espalda",
    "braza",
    "pecho",
    "combinado",
    "estilos",
    "vallas",
    "obstaculos",
    "lisos",
    "titulo",
    "oro",
    "campeon",
    "campeona",
    "record",
    "masculino",
    "masculinos",
    "femenino",
    "femeninos",
    "varonil",
)
# Words between a length and its race noun: none, Spanish puts the qualifier after the noun and
# the length after "de" ("el récord mundial de los 100 metros", "la final olímpica de 200 m").
RACE_QUALIFIERS: tuple[str, ...] = ()
# Words before a length with no noun after it that make it a race's name: none, Spanish says
# "los 100 metros masculinos" (RACE_NOUNS).
RACE_OPENERS: tuple[str, ...] = ()
# Words that make a figure the size of a change, not a level: before it, "rebajando 0,11 segundos
# la marca", "mejoró en 0,11 segundos"; after it, "0,11 segundos menos", "11 centésimas más rápido".
DIFFERENCE_BEFORE = (
    "rebajando",
    "rebajo",
    "rebajo en",
    "recortando",
    "recorto",
    "recorto en",
    "mejorando en",
    "mejoro en",
    "redujo en",
    "reduciendo en",
)
DIFFERENCE_AFTER = ("menos", "mas")
# Words after an amount that make it a rate: "17 libras por acción", "5 dólares la hora",
# "150.000 dólares al mes", "cada semana".
RATE_MARKERS = ("por", "al", "cada")
# Words that set what follows them in the present, whatever earlier time the clause names: "que
# abrió su primera tienda en 1980, ahora tiene 465 tiendas".
NOW_WORDS = ("ahora", "hoy", "actualmente")
# Words that open a clause giving someone's age at another time than the story's: "lo conozco
# desde que tenía 17 años", "cuando tenía 15", "hasta que tenía 12" (no pronoun: "cuando tenía").
EARLIER_AGE_OPENERS = ("desde", "cuando", "hasta", "antes", "despues")
PAST_COPULAS = ("tenia", "tenian", "era", "eran")  # "desde que tenía 17 años": the verb before the age
# None: Spanish writes country adjectives in lower case, after the noun ("la superestrella
# estadounidense de 43 años"), so a capitalised word after an age is a name.
DEMONYM_ENDINGS: tuple[str, ...] = ()
# Words that open a clause dating the one before: "registró 9,69 segundos cuando ganó el oro en
# Pekín en 2008", "mató a 256 personas cuando azotó en 1931".
WHEN_WORDS = ("cuando", "mientras")
# Of those, the ones that open a clause saying what happened at the date just before: "comenzó el
# 1 de mayo, cuando se confirmó que la avioneta … cayó en la selva". Not "mientras", whose clause
# only runs alongside.
DATING_WHEN_WORDS = ("cuando",)
# A country's letters after an amount that say whose currency it is ("157 dólares EEUU por
# acción", "28.000 millones USD EE.UU."): the amount's own words come after them. Compared in
# their normal form, written in capitals in the article.
CURRENCY_COUNTRY_MARKS = ("eeuu",)
# Words of a market's price before a price per share, which is then not an offer's: "las acciones
# cotizaban a 135 dólares por acción", "un máximo de 260 dólares por acción".
MARKET_WORDS = (
    "acciones",
    "accion",
    "titulos",
    "valores",
    "cotizacion",
    "cotizaciones",
    "cotiza",
    "cotizaba",
    "cotizaban",
    "cotizo",
    "precio",
    "precios",
    "bolsa",
    "maximo",
    "cierre",
)
RATE_OPENERS = ("por cada", "dependiendo de", "en funcion de")
# A deal's "cierre" read in the market's sense: the topic word after a security ("las acciones de
# Twitter cerraron a 45,85 dólares") or before a market word ("el cierre bursátil").
CLOSING_WORDS = ("cierre", "cierra", "cierran", "cerro", "cerraron", "cerrar")
SECURITY_WORDS = ("acciones", "accion", "titulos", "valores", "indice", "bolsa", "mercado", "mercados", "futuros")
CLOSING_PRICE_WORDS = ("bursatil", "alcista", "bajista", "positivo", "negativo")
# Adjectives that state a rate's period as one word: a claim of "450 millones de usuarios
# mensuales" compares "450 millones de usuarios al mes". Periods are English's.
RATE_ADJECTIVES = {
    "diario": "day",
    "diaria": "day",
    "diarios": "day",
    "diarias": "day",
    "diariamente": "day",
    "semanal": "week",
    "semanales": "week",
    "semanalmente": "week",
    "mensual": "month",
    "mensuales": "month",
    "mensualmente": "month",
    "anual": "year",
    "anuales": "year",
    "anualmente": "year",
}
# Nouns before "de" that say nothing of what an amount measures: "un total de 185". A noun of the
# claim's own statement does the same when the topic stands just before it ("el sismo tuvo una
# magnitud de 7,8"), so no table lists those.
NEUTRAL_HEADS = (
    "total",
    "numero",
    "cifra",
    "suma",
    "balance",
    "recuento",
    "conteo",
    "cantidad",
    "monto",
    "importe",
    "estimacion",
    "nivel",
    "valor",
    "record",
    "maximo",
    "minimo",
    "promedio",
    "media",
    "altura",
    "tope",
    "lapso",
    "periodo",
    "plazo",
    "espacio",
    "duracion",
    "margen",
)
# Nouns for someone's family: a figure whose clause opens with one after a possessive ("Sus hijos
# recibieron prohibiciones de dos años", "su esposo fue condenado a 10 años") is that relative's,
# not the claim's person's, unless the claim speaks of them.
KIN_NOUNS = (
    "hijo",
    "hijos",
    "hija",
    "hijas",
    "esposa",
    "esposo",
    "marido",
    "padre",
    "madre",
    "padres",
    "hermano",
    "hermanos",
    "hermana",
    "hermanas",
    "familia",
)
# Person nouns that count everyone, of whatever kind: "un avión que transportaba a 189 personas"
# counts passengers and crew, so it is no count of a claim's passengers (nor of its students).
WIDE_PERSON_NOUNS = ("personas", "persona", "individuos")
# Nouns that count people: "90 estudiantes extranjeros", "33 mineros" are head-counts.
PERSON_NOUNS = (
    "personas",
    "persona",
    "residentes",
    "vecinos",
    "habitantes",
    "victimas",
    "estudiantes",
    "alumnos",
    "mineros",
    "trabajadores",
    "obreros",
    "pasajeros",
    "ninos",
    "ninas",
    "menores",
    "adultos",
    "civiles",
    "soldados",
    "militares",
    "turistas",
    "empleados",
    "aficionados",
    "corredores",
    "votantes",
    "electores",
    "ciudadanos",
    "hombres",
    "mujeres",
    "sobrevivientes",
    "supervivientes",
    "cuerpos",
    "cadaveres",
    "pacientes",
    "migrantes",
    "refugiados",
    "reclusos",
    "presos",
    "agentes",
    "policias",
    "bomberos",
    "rescatistas",
    "socorristas",
    "tripulantes",
    "miembros",
    "integrantes",
    "alpinistas",
    "escaladores",
    "atletas",
    "deportistas",
    "espectadores",
)
# Endings of plural nouns that name people by what they do or where they are from ("ocupantes",
# "tripulantes", "trabajadores", "usuarios", "bomberos", "periodistas"): a topic noun without one,
# and in no table of people, names a thing, whose count is no head-count ("16.000 escuelas"). Not
# "-ados", "-idos": participles ("afectados") are the tolls', and things end so too ("tornados").
PERSON_NOUN_ENDINGS = ("antes", "entes", "ores", "oras", "istas", "eros", "eras", "arios", "arias", "anos", "anas")

# Nouns that count a body's members by sex, one count after another, before the body's noun:
# "los siete hombres y cinco mujeres miembros del jurado".
MAKE_UP_NOUNS = ("hombres", "mujeres", "varones", "hombre", "mujer")
# Nouns of a body of people whose members a count after "de" counts: "un jurado de siete hombres
# y cinco mujeres", "una tripulación de 9", "un grupo de 30 turistas".
BODY_NOUNS = ("jurado", "panel", "tripulacion", "equipo", "grupo", "delegacion", "comite", "junta", "familia")
BODY_LINKS = ("formado por", "formada por", "compuesto por", "compuesta por", "integrado por", "integrada por", "de")

# Verbs by which a side wins its figure: "la opción Apruebo obtuvo 4.651.092 votos", "Petro logra
# el 50,44 %". Two sides' figures in one sentence are parts of the whole.
OBTAIN_WORDS = (
    "obtuvo",
    "obtiene",
    "logro",
    "logra",
    "consiguio",
    "consigue",
    "recibio",
    "recibe",
    "sumo",
    "suma",
    "alcanzo",
    "alcanza",
    "gano",
    "gana",
)

# --- attribution -------------------------------------------------------------------------------

SPEECH_VERBS = (
    "dijo",
    "dice",
    "dicen",
    "dijeron",
    "decir",
    "afirmo",
    "afirma",
    "afirman",
    "afirmaron",
    "aseguro",
    "asegura",
    "aseguran",
    "aseguraron",
    "senalo",
    "senala",
    "senalan",
    "senalaron",
    "declaro",
    "declara",
    "declaran",
    "declararon",
    "explico",
    "explica",
    "explican",
    "explicaron",
    "indico",
    "indica",
    "indican",
    "indicaron",
    "informo",
    "informa",
    "informan",
    "informaron",
    "anuncio",
    "anuncia",
    "anuncian",
    "anunciaron",
    "sostuvo",
    "sostiene",
    "sostienen",
    "sostuvieron",
    "agrego",
    "agrega",
    "agregan",
    "agregaron",
    "anadio",
    "anade",
    "anaden",
    "anadieron",
    "preciso",
    "precisa",
    "precisaron",
    "destaco",
    "destaca",
    "destacaron",
    "comento",
    "comenta",
    "comentaron",
    "advirtio",
    "advierte",
    "advierten",
    "advirtieron",
    "reconocio",
    "reconoce",
    "reconocieron",
    "confirmo",
    "confirma",
    "confirman",
    "confirmaron",
    "expreso",
    "expresa",
    "expresaron",
    "manifesto",
    "manifiesta",
    "manifestaron",
    "subrayo",
    "subraya",
    "recalco",
    "recalca",
    "insistio",
    "insiste",
    "insistieron",
    "aclaro",
    "aclara",
    "detallo",
    "detalla",
    "detallaron",
    "apunto",
    "apunta",
    "reitero",
    "reitera",
    "admitio",
    "admite",
    "describio",
    "describe",
    "argumenta",
    "escribio",
    "escribe",
    "tuiteo",
    "reporto",
    "reporta",
    "reportaron",
    "conto",
    "recordo",
    "respondio",
    "contesto",
    "concluyo",
    "puntualizo",
    "abundo",
    "refirio",
    "menciono",
    "expuso",
    "denuncio",
)
# "según fuentes oficiales", "de acuerdo con el Gobierno": phrases that give the source of what follows.
ACCORDING_TO = ("segun", "de acuerdo con", "de acuerdo a")
# Things said at: "un comunicado el jueves" dates the statement, not the event.
# Not "rueda": always "rueda de prensa", whose "de" ends the look-back before it reaches the noun.
COMMUNICATION_NOUNS = (
    "conferencia",
    "comunicado",
    "entrevista",
    "declaraciones",
    "declaracion",
    "llamada",
    "discurso",
    "mensaje",
    "publicacion",
    "comparecencia",
    "mananera",  # the Mexican president's morning press conference
)
# Words that may stand between a speaker and "dijo": "también dijo", "luego dijo".
# Not "ha", "han", "habia", "habian", "habria", "habrian": no participle ("dicho") is a speech verb.
SPEECH_AUXILIARIES = (
    "tambien",
    "ya",
    "luego",
    "despues",
    "posteriormente",
    "anteriormente",
    "previamente",
    "nuevamente",
    "ademas",
    "incluso",
    "entonces",
)
# Words between a speech verb and its date: "dijo el lunes", "dijo a periodistas esta semana".
DATE_GLUE = (
    "el",
    "la",
    "los",
    "las",
    "este",
    "esta",
    "pasado",
    "pasada",
    "a",
    "ante",
    "en",
    "periodistas",
    "reporteros",
    "medios",
    "prensa",
)
TIME_PREPOSITIONS = ("a", "las", "la")  # "a las 10:30 del domingo": glue between a verb and its date
# Parts of a day written beside its date: "En la madrugada del martes, el puente se derrumbó", "El
# domingo por la noche, el barco encalló".
DAY_PARTS = ("mañana", "tarde", "noche", "madrugada", "mediodía", "medianoche", "amanecer", "por")
# Plural nouns that speak as a group: "Funcionarios dijeron", "Las autoridades informaron".
GROUP_NOUNS = (
    "funcionarios",
    "autoridades",
    "policia",
    "expertos",
    "analistas",
    "fuentes",
    "vecinos",
    "residentes",
    "testigos",
    "diplomaticos",
    "criticos",
    "legisladores",
    "diputados",
    "senadores",
    "fiscales",
    "investigadores",
    "cientificos",
    "organizadores",
    "medicos",
    "activistas",
    "observadores",
    "responsables",
    "portavoces",
)

# --- names and titles --------------------------------------------------------------------------

# Posts people hold, written before their names: "el canciller Marcelo Ebrard", "la presidenta
# Claudia Sheinbaum". One word each: "fiscal general", "primer ministro", "secretario de
# Estado" are a title with its qualifier (TITLE_QUALIFIERS).
# Spanish verbs take their object with no particle ("deliberó sobre su veredicto" is a
# preposition's phrase, read as such).
VERB_PARTICLES: tuple[str, ...] = ()
# Words after a title that make it a post someone is about to take ("presidente electo",
# "la presidenta electa"): part of the title, never the topic word sharing their stem.
TITLE_SUFFIXES = ("electo", "electa", "designado", "designada")
# Titles of a trade that several people hold at once in one story, not a post: "el abogado fiscal
# Juan Ruiz" and "la abogada fiscal Ana Gil" are two of one team; "fiscal general" is a post.
PROFESSION_TITLES = ("fiscal",)  # not "portavoz": a ministry's spokesperson is one post
TITLES = (
    "presidente",
    "presidenta",
    "vicepresidente",
    "vicepresidenta",
    "mandatario",
    "mandataria",
    "secretario",
    "secretaria",
    "subsecretario",
    "subsecretaria",
    "ministro",
    "ministra",
    "viceministro",
    "viceministra",
    "canciller",
    "vicecanciller",
    "premier",
    "gobernador",
    "gobernadora",
    "alcalde",
    "alcaldesa",
    "edil",
    "intendente",
    "embajador",
    "embajadora",
    "portavoz",
    "vocero",
    "vocera",
    "director",
    "directora",
    "jefe",
    "jefa",
    "titular",
    "consejero",
    "consejera",
    "comisionado",
    "comisionada",
    "comisario",
    "comisaria",
    "senador",
    "senadora",
    "diputado",
    "diputada",
    "legislador",
    "legisladora",
    "general",
    "fiscal",
    "procurador",
    "procuradora",
    "juez",
    "jueza",
    "magistrado",
    "magistrada",
    "lider",
    "rey",
    "reina",
    "principe",
    "princesa",
    "enviado",
    "enviada",
    "delegado",
    "delegada",
    "asesor",
    "asesora",
    "coordinador",
    "coordinadora",
    "fundador",
    "fundadora",
    "gerente",
    "ceo",
    "cfo",
    "coo",
    "rector",
    "rectora",
    "papa",
    "cardenal",
    "obispo",
    "arzobispo",
    "comandante",
    "coronel",
    "capitan",
    "entrenador",
    "entrenadora",
    "seleccionador",
)
# Words that make a title more precise, but only inside one ("primer ministro", "secretario de
# Estado", "ministro de Exteriores", "consejero delegado", "director ejecutivo").
TITLE_QUALIFIERS = (
    "primer",
    "primera",
    "adjunto",
    "adjunta",
    "estado",
    "exteriores",
    "relaciones",
    "gobernacion",
    "interior",
    "defensa",
    "hacienda",
    "seguridad",
    "delegado",
    "ejecutivo",
    "ejecutiva",
)
# Forms of address and abbreviated titles: "Sr.", "Dra.", "Lic.", "Gral.", "doña".
HONORIFICS = (
    "sr",
    "sra",
    "srta",
    "don",
    "dona",
    "dr",
    "dra",
    "lic",
    "licenciado",
    "licenciada",
    "ing",
    "ingeniero",
    "ingeniera",
    "mtro",
    "mtra",
    "prof",
    "profa",
    "profesor",
    "profesora",
    "doctor",
    "doctora",
    "gral",
    "cnel",
    "tte",
    "dip",
    "sen",
)
# Words that make a capitalised run an institution, a place or a title rather than a person's
# name ("Secretaría de Relaciones Exteriores", "Casa Blanca"), beside the months, weekdays and
# titles. Not "de", "la", "los", "del": Spanish surnames have them ("de la Rúa").
INSTITUTION_WORDS = (
    "ministerio",
    "secretaria",
    "departamento",
    "casa",
    "blanca",
    "rosada",
    "palacio",
    "oficina",
    "asuntos",
    "defensa",
    "justicia",
    "iniciativa",
    "dialogo",
    "marco",
    "agencia",
    "consejo",
    "comite",
    "comision",
    "administracion",
    "gobierno",
    "partido",
    "union",
    "naciones",
    "unidas",
    "unidos",
    "estados",
    "republica",
    "reino",
    "ciudad",
    "universidad",
    "banco",
    "fondo",
    "electoral",
    "independiente",
    "autoridad",
    "fundacion",
    "tribunal",
    "aerolineas",
    "airlines",  # company names kept in English: "la compañía Ethiopian Airlines"
    "airways",
    "corte",
    "suprema",
    "senado",
    "congreso",
    "camara",
    "parlamento",
    "asamblea",
    "ejercito",
    "policia",
    "guardia",
    "fuerza",
    "fuerzas",
    "armada",
    "servicio",
    "servicios",
    "instituto",
    "noticias",
    "diario",
    "prensa",
    "acuerdo",
    "tratado",
    "cumbre",
    "conferencia",
    "organizacion",
    "organismo",
    "desarrollo",
    "cooperacion",
    "economico",
    "economica",
    "nacional",
    "internacional",
    "federal",
    "publico",
    "publica",
    "seguridad",
    "salud",
    "gabinete",
    "equipo",
    "grupo",
    "delegacion",
    "representante",
    "fiscalia",
    "procuraduria",
    "sindicato",
    "federacion",
    "confederacion",
    "asociacion",
    "fundacion",
    "empresa",
    "compania",
    "corporacion",
    "sa",
    "cv",
    "norte",
    "sur",
    "oeste",
    "oriente",
    "occidente",
    "nuevo",
    "nueva",
)
# Country adjectives, which Spanish writes in lower case except where they open a sentence.
NATIONALITIES = (
    "mexicano",
    "mexicana",
    "mexicanos",
    "mexicanas",
    "estadounidense",
    "estadounidenses",
    "norteamericano",
    "norteamericana",
    "canadiense",
    "canadienses",
    "frances",
    "francesa",
    "britanico",
    "britanica",
    "chino",
    "chinos",
    "ruso",
    "rusa",
    "rusos",
    "europeo",
    "europea",
    "europeos",
    "espanol",
    "espanola",
    "espanoles",
    "aleman",
    "alemana",
    "italiano",
    "italiana",
    "colombiano",
    "colombiana",
    "venezolano",
    "venezolana",
    "peruano",
    "peruana",
    "chileno",
    "chilena",
    "cubano",
    "cubana",
    "brasileno",
    "brasilena",
    "argentino",
    "ucraniano",
    "ucraniana",
    "israeli",
    "palestino",
)
# Countries, unions and bodies in their abbreviations: "EE.UU." ("EE", "UU" as words), "EUA",
# "UE", "ONU", "OTAN", "FGR" (the attorney general's office). Not "UN": it is the article.
ABBREVIATED_BODIES = ("eeuu", "ee", "uu", "eua", "ue", "onu", "otan", "oea", "fmi", "fgr", "pgr")
# Small words inside a name: "Andrés Manuel López Obrador", "Fernando de la Rúa", "Úrsula von der
# Leyen", "João dos Santos".
NAME_PARTICLES = (
    "de",
    "del",
    "la",
    "las",
    "los",
    "da",
    "do",
    "dos",
    "das",
    "di",
    "du",
    "le",
    "van",
    "von",
    "bin",
    "al",
    "der",
    "den",
)
NAME_JOINERS = ("de", "del")  # "Secretaría de Gobernación": one name to `discover`
# Words before a title that make it another post: "ex presidente", "vice primer ministro".
# Spanish puts most after it ("el ministro interino", "el presidente electo") or joins them
# ("expresidente", "vicepresidente": TITLES of their own).
ROLE_QUALIFIERS = (
    "ex",
    "vice",
    "adjunto",
    "adjunta",
    "interino",
    "interina",
    "encargado",
    "encargada",
    "suplente",
    "asistente",
    "asociado",
    "asociada",
    "saliente",
    "antiguo",
    "antigua",
    "teniente",
)
# Prefixes joined to a title by a hyphen that make it another post, held beside the title's own
# holder: "la co-presidenta del comité", "el co-piloto Harvino" (mostly written as one word,
# "copiloto", which is no title of the table's).
ROLE_PREFIXES = ("co",)
# Words between an article or an owner and a title that say when its holder holds it, not which
# post: "el nuevo presidente", "la próxima vicepresidenta", "Pedro Sánchez, actual jefe de
# Gobierno", "Victoria Villarruel, ahora vicepresidenta electa". Only the claim's person is read
# from them: another holder may hold it at another time.
ROLE_TIME_WORDS = ("nuevo", "nueva", "proximo", "proxima", "actual", "ahora")
# Words that open a phrase fronted before a sentence's subject: "Durante las conversaciones con
# el canciller, Ebrard dijo …" names no holder after the comma ("Como capataz, Urzúa …" is not
# one: there the subject holds the title).
FRONTING_WORDS = (
    "durante",
    "tras",
    "despues",
    "antes",
    "en",
    "con",
    "pese",
    "frente",
    "para",
    "desde",
    "mientras",
    "cuando",
    "ante",
    "al",
    "a",
    "sobre",
)
# Words between a title and the organisation or country that holds it: "director ejecutivo de
# Pilkington". The first is the commonest.
ROLE_OWNER_LINKS = ("de", "del", "en", "para")
# Words before a title that give it to the subject of their verb: "David Cameron dimite como
# primer ministro", "Segars seguirá como consejero delegado".
ROLE_AS = ("como",)
# Verbs that take a title from the one named after them: "May reemplazó a Cameron como primer
# ministro", "Boric sucedió a Piñera como presidente".
REPLACING_WORDS = (
    "reemplazo",
    "reemplaza",
    "reemplazar",
    "sustituyo",
    "sucedio",
    "relevo",
    "destituyo",
    "derroto",
    "vencio",
)
# Verbs after a title, its subject, that name its holder after them: "El subcampeón fue Mar Roxas",
# "En segunda posición aparece Ricardo Anaya", "en segundo lugar quedó Xóchitl Gálvez".
HOLDER_VERBS = ("es", "fue", "era", "aparece", "figura", "quedo")
# Words after a role noun that name who did it, for a claim whose person does what its role says
# ("Olga Carmona marcó el único gol"): "un gol de Vinicius", "con gol de Ángel Di María", "el gol
# del brasileño Vinicius", "un tanto anotado por Carmona".
DOER_LINKS = ("de", "del", "por")
# Words that give the title after "como" to the name they take: "el nombramiento de Claudio
# Ranieri como entrenador de los Foxes", "nombró a Tim Cook como director ejecutivo"; after a
# copula, the title after them to its subject: "Karin Herrera fue electa vicepresidente".
APPOINTING_WORDS = (
    "nombrado",
    "nombrada",
    "nombro",
    "nombra",
    "nombrar",
    "nombramiento",
    "designado",
    "designada",
    "designo",
    "designa",
    "designacion",
    "elegido",
    "elegida",
    "eligio",
    "electo",
    "electa",
    "contratado",
    "contratada",
    "ratificado",
    "ratificada",
    "investido",
    "investida",
    "investidura",
    "juramentado",
    "juramentada",
)
# First words of a phrase set off after a name that makes the person one of a group the topic
# names: "Nigel Farage, uno de los líderes de la campaña", "Kim Martins, miembro del consejo".
MEMBER_APPOSITIONS = ("uno", "una", "un", "otro", "otra", "entre", "miembro", "integrante", "el", "la", "companero")
# Words in a scope's event before a party to it, as articles print them: "la compra de LinkedIn
# por Microsoft", "la cumbre entre Trump y Kim", "las conversaciones con Irán".
PARTY_OPENERS = ("de", "y", "e", "entre", "con", "por", "contra", "frente a", "versus", "vs")
# "la cumbre entre Trump y Kim" names its parties; "el tramo entre Tezonco y Olivos", places.
BETWEEN_WORDS = ("entre",)
ENCOUNTER_NOUNS = (
    "cumbre",
    "dialogo",
    "reunion",
    "negociaciones",
    "partido",
    "final",
    "encuentro",
    "guerra",
    "debate",
    "acuerdo",
    "fusion",
    "balotaje",
    "segunda vuelta",
    "carrera",
)
# Words joining a given name to another person's full name, whose surname both share: "Barry y
# June Steenkamp"; and two posts one person holds: "Stewart Butterfield, cofundador y consejero
# delegado de Slack". The first is the one a byline joins two authors with.
GIVEN_NAME_JOINERS = ("y", "e", "&")
PARTY_LINKS = ("con",)  # "se reunió con Lee Hsien Loong"
# Words that mark a verb's object before its name, a person's: "derrotó a Medvedev", "venció al
# ruso Daniil Medvedev".
OBJECT_MARKERS = ("a", "al")
# Country adjectives whose country does not begin with the same four letters ("ruso" for Rusia,
# "británico" for Reino Unido); others are matched by their first letters ("mexicano" for México).
DEMONYMS = {
    "britanico": "reino",
    "britanica": "reino",
    "britanicos": "reino",
    "norteamericano": "estados",
    "norteamericana": "estados",
    "holandes": "paises",
    "holandesa": "paises",
    "neerlandes": "paises",
    "neerlandesa": "paises",
    "danes": "dinamarca",
    "danesa": "dinamarca",
    "polaco": "polonia",
    "polaca": "polonia",
    "ruso": "rusia",
    "rusa": "rusia",
    "rusos": "rusia",
    "turco": "turquia",
    "turca": "turquia",
    "griego": "grecia",
    "griega": "grecia",
    "saudi": "arabia",
    "saudita": "arabia",
    "surcoreano": "corea",
    "surcoreana": "corea",
    "norcoreano": "corea",
    "norcoreana": "corea",
    "neozelandes": "zelanda",
    "neozelandesa": "zelanda",
    "kiwi": "zelanda",
}
# Words inside a multi-word name that a misspelling never touches ("Secretaría de Estado").
NAME_FUNCTION_WORDS = ("de", "del", "la", "el", "los", "las", "y", "e", "en")
# Words after "encabezado por", "incluidos", … name members of a group; each cue is a sequence of
# stem beginnings, in normal form.
MEMBER_CUES = (
    ("encabez", "por"),
    ("liderad", "por"),
    ("dirigid", "por"),
    ("inclu",),
    ("acompanad", "por"),
    ("acompanad", "de"),
    ("junto", "a"),
    ("junto", "con"),
    ("entre", "ellos"),
    ("entre", "ellas"),
)
# Of those, the cues that name a sample of the topic's things, not its whole: "llevó cuatro cargas
# internacionales, incluida ICUBE-Q", "entre ellas ICUBE-Q".
SAMPLE_CUES = (("inclu",), ("entre", "ellos"), ("entre", "ellas"))
LIST_WORDS = ("y", "e", "el", "la", "los", "las")  # what may join two names of one list: "X, Y y los Z"
# Words right before a name that make it what a list's member belongs to or comes from, not
# another member: "el candidato de Apruebo Dignidad, Gabriel Boric, y José Antonio Kast".
OWNER_LEADS = ("de", "del", "desde", "en")
ROLE_OWNERS = ("el", "la", "su")  # "Ebrard, el canciller"
# "Lázaro Báez, que era también un socio", "Roxas está en segundo lugar", "seguirá en el cargo de
# presidente".
ROLE_LEADS = ("tambien", "aun", "todavia", "un", "una", "en", "el", "la", "cargo", "puesto", "papel", "de", "del")

# --- statements `discover` compares --------------------------------------------------------------

# Phrases after a figure and before the same figure in another form, said of the same holder:
# "recibió 33 millones de votos, lo que representa el 59,35 por ciento", "2,2 millones de votos,
# es decir, el 59%".
RESTATING_LINKS = (
    "lo que representa",
    "lo que equivale",
    "lo que significa",
    "que representa",
    "que equivale",
    "representando",
    "equivalente",
    "es decir",
    "esto es",
    "o sea",
)
# Nouns a count may be written with for what a claim counts, grouped by the claim's noun (its
# English stem): "136 escaños", "136 diputados" or "122 sillones" count seats.
COUNTED_KINDS = {
    "seat": ("escanos", "diputados", "asientos", "sillones", "bancas", "curules", "mandatos"),
    "vote": ("votos", "sufragios", "papeletas", "boletas"),
    "medal": ("medallas", "preseas"),
    "count": ("cargos", "delitos", "acusaciones"),
}
# The two sides of a novelty statement (English names); the first word of each side is the
# claim term a draft fact sheet writes.
NOVELTY_WORDS = {
    "first": ("primer", "primera", "primero", "primeros", "primeras", "inaugural", "inedito", "inedita", "historico"),
    "revived": (
        "reactivar",
        "reactivo",
        "reactivado",
        "reactivacion",
        "reanudar",
        "reanudo",
        "reanudacion",
        "retomar",
        "retomo",
        "relanzar",
        "relanzamiento",
        "reiniciar",
        "reinicio",
        "restablecer",
        "restablecimiento",
        "reinstaurar",
        "resucitar",
        "revivir",
        "renovar",
        "renovacion",
        "reabrir",
        "reapertura",
    ),
}
NOVELTY_REACH = 4  # words between a novelty word and its subject
# Nouns after "primer" that make it an ordinal of an occasion ("el primer día"), not novelty;
# "por primera vez" is novelty of what came before it.
OCCASIONS = (
    "vez",
    "veces",
    "dia",
    "dias",
    "semana",
    "semanas",
    "mes",
    "meses",
    "ano",
    "anos",
    "mitad",
    "tiempo",
    "trimestre",
    "semestre",
    "ronda",
    "vuelta",
    "paso",
    "etapa",
    "fase",
    "jornada",
)
OCCASION_OF_NOVELTY = ("vez", "veces")
# Spanish ranks mostly with "más" before an adjective ("el más mortífero", "el más largo"), which
# one word cannot say; these are the superlatives of one word.
SUPERLATIVES = (
    "record",
    "mayor",
    "mayores",
    "menor",
    "menores",
    "peor",
    "peores",
    "mejor",
    "mejores",
    "maximo",
    "maxima",
    "minimo",
    "minima",
)
# Words that make the adjective after them a superlative: "la erupción más violenta desde 1974".
RANK_MARKERS = ("mas", "menos")
# A rank below the top: "el segundo mayor", "uno de los mayores".
ORDINALS = (
    "segundo",
    "segunda",
    "tercer",
    "tercero",
    "tercera",
    "cuarto",
    "cuarta",
    "quinto",
    "quinta",
    "sexto",
    "sexta",
    "septimo",
    "septima",
    "octavo",
    "octava",
    "noveno",
    "novena",
    "decimo",
    "decima",
)
ONE_OF_THE = ("uno", "de", "los")
# Owners before an ordinal that make it a count of theirs: "su 24.º título", "su quinto oro".
COUNT_OWNERS = ("su", "sus")
# Words that join a second ordinal to an owner's: "su 14.º Roland Garros y 22.º grande".
ORDINAL_JOINERS = ("y", "e")
# Words right after an ordinal's noun that count it within another frame: "su quinto oro en Río",
# "su tercer grande este año", "su primer título desde 2008".
ORDINAL_FRAMES = ("en", "desde", "este", "esta", "del", "para", "que")
# "ganó Roland Garros por decimocuarta vez", "campeón por 14.ª vez".
OCCURRENCE_NOUNS = ("vez",)
OCCURRENCE_REACH = 5  # words from the topic to the ordinal
OCCURRENCE_FRAMES = ("este", "esta", "en", "desde", "que", "del")  # "por segunda vez este año", "en tres años"
# "ganó el Balón de Oro por octava vez en su carrera", "por cuarta vez en su historia": todo su palmarés.
WHOLE_RECORD_SPANS = ("en su carrera", "en su historia", "en la historia", "de su carrera")
# The value of ordinals in words, both genders, in normal form ("primero" is left out, as in English).
ORDINAL_VALUES = {
    "segundo": 2,
    "segunda": 2,
    "tercer": 3,
    "tercero": 3,
    "tercera": 3,
    "cuarto": 4,
    "cuarta": 4,
    "quinto": 5,
    "quinta": 5,
    "sexto": 6,
    "sexta": 6,
    "septimo": 7,
    "septima": 7,
    "octavo": 8,
    "octava": 8,
    "noveno": 9,
    "novena": 9,
    "decimo": 10,
    "decima": 10,
    "undecimo": 11,
    "undecima": 11,
    "duodecimo": 12,
    "duodecima": 12,
    "decimotercer": 13,
    "decimotercero": 13,
    "decimotercera": 13,
    "decimocuarto": 14,
    "decimocuarta": 14,
    "decimoquinto": 15,
    "decimoquinta": 15,
    "decimosexto": 16,
    "decimosexta": 16,
    "decimoseptimo": 17,
    "decimoseptima": 17,
    "decimoctavo": 18,
    "decimoctava": 18,
    "decimonoveno": 19,
    "decimonovena": 19,
    "vigesimo": 20,
    "vigesima": 20,
}  # "uno de los mayores" ("una de las mayores" is feminine)
# Tens before an ordinal of units, in two words, that add to it: "su décimo cuarto título" is the
# 14th, "su vigésimo segundo grande" the 22nd (not the fourth nor the second).
ORDINAL_TENS = {"decimo": 10, "decima": 10, "vigesimo": 20, "vigesima": 20, "trigesimo": 30, "trigesima": 30}
# Nouns that, owned by the topic, name the very figure a claim gives of it: "su apoyo del 49 %".
OWNED_VALUE_NOUNS = ("apoyo", "respaldo", "cuota", "cosecha")
# Words that end a superlative's head noun: "las peores inundaciones en décadas" ranks floods.
# Read in normal form, and in the text (a vague amount's noun ends before them), so the words
# with an accent are written both ways.
HEAD_STOP = (
    "en",
    "de",
    "del",
    "desde",
    "jamas",
    "jamás",
    "nunca",
    "para",
    "por",
    "a",
    "al",
    "el",
    "la",
    "los",
    "las",
    "un",
    "una",
    "y",
    "e",
    "o",
    "u",
    "que",
    "este",
    "esta",
    "ese",
    "esa",
    "asi",
    "así",
    "con",
    "como",
    "es",
    "fue",
    "son",
    "era",
    "eran",
    "ha",
    "han",
    "habia",
    "había",
    "hasta",
    "sobre",
    "entre",
    "durante",
    "tras",
    "registrado",
    "registrada",
    "registrados",
    "registradas",
    "mundial",
    "mundialmente",
)
# Nouns of a measure written without a unit, beside a fraction: "un sismo de magnitud 7,8", "una
# magnitud de 7,8". Not "grados" ("7,8 grados"), which are also degrees of heat and of angle.
MEASURE_NOUNS = ("magnitud",)
# The scale a measure is read on, right after its fraction, by the noun of MEASURE_NOUNS it
# measures: "un terremoto de 7,6 grados en la escala Richter", "de 8,8 grados en la escala de
# Richter", "7,8 Mw". "Grados" alone stays unread: it is also heat and angle.
MEASURE_SCALES = {
    "magnitud": (
        "en la escala de Richter",
        "en la escala Richter",
        "en escala Richter",
        "grados en la escala de Richter",
        "grados en la escala Richter",
        "Mw",
    )
}
# The words right after a length that make it a dimension of the thing it describes, named by
# MEASURES from their last word: "un puente de unos 270 metros de longitud", "una torre de 62
# metros de altura", "145 metros de largo". Not "bajo" or "sobre", which say where, not how big.
DIMENSION_WORDS = (
    "de longitud",
    "de largo",
    "de altura",
    "de alto",
    "de ancho",
    "de anchura",
    "de profundidad",
)
# Words between a definite article and its noun that are not that noun, or nouns that are no
# subject of their own: "el mismo puente", "la nueva torre" (the noun is looked for after them),
# "el número de pisos", "el día" (none). Spanish writes most adjectives after the noun.
NOUN_SUBJECT_SKIPS = (
    "mismo",
    "misma",
    "nuevo",
    "nueva",
    "antiguo",
    "antigua",
    "propio",
    "propia",
    "otro",
    "otra",
    "único",
    "única",
    "número",
    "total",
    "resto",
    "mayoría",
    "día",
    "semana",
    "mes",
    "año",
    "vez",
    "mañana",
    "noche",
)
# Counts of people that are about the story's event itself, whatever place or body a sentence
# names ("las inundaciones en Valencia han dejado 205 muertos"): grouped by what is counted
# (English names). The words also locate a draft claim about the count.
TOLLS = {
    "death toll": (
        "morir",
        "murio",
        "murieron",
        "muerto",
        "muertos",
        "muerte",
        "muertes",
        "fallecer",
        "fallecio",
        "fallecieron",
        "fallecidos",
        "fallecidas",
        "matar",
        "mato",
        "mataron",
        "decesos",
        "perecieron",
        "mortales",
        "vidas",
        "cadaveres",
    ),
    "injured": ("herir", "herido", "heridos", "heridas", "lesionados", "lesionadas", "lesionado", "lesiones"),
    "missing": ("desaparecido", "desaparecidos", "desaparecidas", "paradero"),
    "displaced": (
        "evacuar",
        "evacuados",
        "evacuadas",
        "evacuacion",
        "desplazados",
        "desplazadas",
        "damnificados",
        "damnificadas",
    ),
    "arrested": (
        "detener",
        "detenido",
        "detenidos",
        "detenidas",
        "detencion",
        "detenciones",
        "arrestado",
        "arrestados",
        "arresto",
        "arrestos",
        "capturados",
        "aprehendidos",
    ),
    "rescued": ("rescatar", "rescatado", "rescatados", "rescatadas", "rescate", "sobrevivientes", "supervivientes"),
}

# Nouns discover counts as one thing, grouped under one name (the same in every language): "un
# inmueble de 24 plantas", "120 viviendas". Not "pisos", which are storeys or flats.
COUNTED_ALIKE = {
    "storey": ("planta", "plantas"),
    "flat": ("vivienda", "viviendas", "apartamento", "apartamentos"),
}

# Words that open the phrase naming a toll's event between the toll and its verb: "el número de
# muertos por el sismo subió a 77", "el balance de muertos en Derna superó los 2.000" (discover reads
# the toll so; check takes the figure for a count of the toll, not of the event the phrase names).
TOLL_PHRASE_OPENERS = ("por", "en", "del", "tras")

# What a count of people aboard, or in a state, is said with, for discover alone ("44 personas a
# bordo", "18 en estado crítico").
CARRIED_COUNTS = {"aboard": ("a bordo",), "critical care": ("en estado crítico",)}

# --- the page around the article ------------------------------------------------------------------

# Capitalised words of a story's names that other stories' articles use as much ("el río Tuo",
# "Nueva York", "las Naciones Unidas"): they do not tell that an article is about this story.
GENERIC_NAME_WORDS = (
    "rio",
    "puente",
    "nuevo",
    "nueva",
    "unidos",
    "unido",
    "estados",
    "estado",
    "reino",
    "republica",
    "norte",
    "sur",
    "oeste",
    "torre",
    "torres",
    "mina",
    "lago",
    "monte",
    "cerro",
    "sierra",
    "isla",
    "islas",
    "valle",
    "puerto",
    "playa",
    "golfo",
    "mar",
    "bahia",
    "plaza",
    "avenida",
    "calle",
    "condado",
    "provincia",
    "municipio",
    "ciudad",
    "nacional",
    "internacional",
    "alto",
    "alta",
    "nivel",
    "seguridad",
    "san",
    "santa",
    "santo",
)

# Credits that make a line a photo caption wherever it stands (written as they appear, case
# kept): the agencies' marks, which Spanish copy writes as English does, and the Spanish labels.
CAPTION_CREDITS = (
    "/ Reuters",
    "/ AP",
    "/ AFP",
    "/ EFE",
    "/EFE",
    "EFE/",
    "REUTERS/",
    "Reuters/",
    "AP Foto/",
    "(AP Foto",
    "(AP Photo",
    "AP Photo/",
    "Foto AP",
    "Foto AFP",
    "Foto EFE",
    "Foto:",
    "FOTO:",
    "Foto/",
    "Fotos:",
    "Fotografía:",
    "Fotografia:",
    "FOTOGRAFÍA:",
    "Foto de archivo",
    "FOTO DE ARCHIVO",
    "Imagen de archivo",
    "Foto ilustrativa",
    "Imagen ilustrativa",
    "Imagen:",
    "IMAGEN:",
    "Crédito:",
    "Credito:",
    "Créditos:",
    "Cortesía",
    "Cortesia",
    "CORTESÍA",
    "Cuartoscuro",
    # not "Europa Press": prose cites the agency ("según informa Europa Press"); "(Europa Press)" is in END_CREDITS
    "vía Getty Images",
    "via Getty Images",
    "Getty Images",
    "/AFP",
    "AFP vía",
    "AFP via",
    "vía REUTERS",
    "via REUTERS",
    "/Pool",
    "EPA-EFE",
    "Shutterstock",
    "photo_camera",
)
# Credits that make a line a caption when they close it, with no full stop after them: the
# agency in brackets ("... durante el referéndum (EFE)"). A sentence that names an agency ends
# with its full stop ("..., informó la agencia EFE.").
END_CREDITS = (
    "(Reuters)",
    "(AFP)",
    "(AP)",
    "(EPA)",
    "(EFE)",
    "(Europa Press)",
    "(Notimex)",
    "(Xinhua)",
    "(Cuartoscuro)",
    "(Especial)",
    "(Archivo)",
    "(Foto de archivo)",
    "(Cortesía)",
    "(Cortesia)",
    "(Getty Images)",
    "(Getty)",
    "[Getty]",
    "[Getty Images]",
    "[EFE]",
    "[AFP]",
    "[Reuters]",
    "[AP]",
    "Getty",
)
# How agencies close a photo caption in Spanish: the day, then where ("Rescatistas buscan entre
# los escombros el sábado 26 de junio de 2021 en Surfside, Florida."). The first word comes before
# the weekday, the second before the place.
CAPTION_DATE_WORDS = ("el", "en")
# Labels opening a caption line, compared in lower case: "Pie de foto, ...", "Fuente de la
# imagen, Getty Images" (BBC Mundo).
CAPTION_LABELS = (
    "pie de foto",
    "pie de imagen",
    "fuente de la imagen",
    "derechos de autor de la imagen",
    "título de la imagen",
    "titulo de la imagen",
    "leyenda:",
)
# Where a person stands in the photo ("Luis Urzúa (en la foto)", "Golborne (izq.)"): a line
# standing alone that holds one and no closing full stop is a caption.
PICTURE_MARKERS = (
    "en la foto",
    "en la imagen",
    "foto",
    "izquierda",
    "derecha",
    "centro",
    "al centro",
    "izq",
    "izq.",
    "izqda",
    "izqda.",
    "izda",
    "izda.",
    "der",
    "der.",
    "dcha",
    "dcha.",
    "arriba",
    "abajo",
)
# Lines that name who wrote or edited the article: "Escrito por …", "Editado por …". ("Con
# información de EFE" is joined with "de", which BYLINE_LINK cannot also be.)
BYLINE_LEADS = ("Escrito", "Redactado", "Editado", "Reportado", "Traducido", "Coordinado", "Texto")
BYLINE_ROLES = (
    "Corresponsal",
    "Editor",
    "Editora",
    "Redactor",
    "Redactora",
    "Reportero",
    "Reportera",
    "Periodista",
    "Colaborador",
    "Colaboradora",
    "Autor",
    "Autora",
    "Enviado especial",
    "Enviada especial",
)
BYLINE_LINK = "por"  # "Escrito por …"; a line "Por Juan Pérez" is a byline too
# Short lines (eight words at most) that are the page, not the article, compared in lower case
# and written as pages print them: the whole line ...
BOILERPLATE_LINES = (
    "publicidad",
    "anuncio",
    "patrocinado",
    "contenido patrocinado",
    "deja un comentario",
    "dejar un comentario",
    "deja tu comentario",
    "compartir",
    "comparte",
    "comentar",
    "comentario",
    "comentarios",
    "leer más",
    "leer mas",
    "lee más",
    "lee mas",
    "lea más",
    "lea mas",
    "seguir leyendo",
    "sigue leyendo",
    "imprimir",
    "enviar",
    "correo",
    "correo electrónico",
    "correo electronico",
    "email",
    "e-mail",
    "copiar enlace",
    "copiar link",
    "enlace copiado",
    "imagen",
    "imagen:",
    "foto",
    "foto:",
    "fotografía",
    "video",
    "vídeo",
    "te puede interesar",
    "también te puede interesar",
    "tambien te puede interesar",
    "te recomendamos",
    "lee también",
    "lee tambien",
    "lea también",
    "lea tambien",
    "más información",
    "mas informacion",
    "síguenos en",
    "siguenos en",
    "comparte esta nota",
    "comparte esta noticia",
    "escucha la noticia",
)
# ... or the line's opening, whatever follows ...
BOILERPLATE_OPENINGS = (
    "haz clic aquí",
    "haz clic aqui",
    "haga clic aquí",
    "haga clic aqui",
    "da clic aquí",
    "da clic aqui",
    "escuchar artículo",
    "escuchar articulo",
    "escucha este artículo",
    "escucha este articulo",
    "escuchar la noticia",
    "suscríbete",
    "suscribete",
    "suscríbase",
    "suscribase",
    "síguenos",
    "siguenos",
    "únete",
    "unete",
    "lee también",
    "lee tambien",
    "lea también",
    "lea tambien",
    "te puede interesar",
    "te recomendamos",
    "todos los derechos reservados",
    "derechos reservados",
    "©",
    "(c) ",
    "copyright ",
    "nuestras normas:",
)
# A line opening with one of these is a link to another story, however long its title ("Lee
# también: La libra se hunde tras el referéndum"), compared in lower case.
RELATED_LINK_LEADS = (
    "lee también:",
    "lee tambien:",
    "lea también:",
    "lea tambien:",
    "leer también:",
    "leer tambien:",
    "lee más:",
    "lee mas:",
    "lea más:",
    "lea mas:",
    "leer más:",
    "leer mas:",
    "te puede interesar:",
    "también te puede interesar:",
    "tambien te puede interesar:",
    "te recomendamos:",
    "te sugerimos:",
    "ver también:",
    "ver tambien:",
    "véase también:",
    "mira también:",
    "mira tambien:",
    "relacionado:",
    "relacionada:",
    "relacionados:",
    "más información:",
    "mas informacion:",
    "noticia relacionada:",
    "nota relacionada:",
)
SHARE_LEADS = ("compartir en", "comparte en", "compartir por", "comparte por", "compartir vía", "compartir via")
# ... "4 min de lectura": a number, the unit, "de lectura" ("Tiempo de lectura: 4 min" and
# "Lectura: 4 min" put the unit after, which this cannot say).
READING_TIME_UNITS = ("min", "min.", "minuto", "minutos")
READ = "de lectura"
SKIP_TO_CONTENT = (
    "saltar al contenido",
    "saltar al contenido principal",
    "ir al contenido",
    "ir al contenido principal",
    "pasar al contenido principal",
    "saltar a contenido",
    "ir a contenido",
)  # a short line holding it is navigation
# A short line heading a list of other stories: it and everything after it, until the article's
# prose comes back, are not the article. Whole lines (a colon may follow) ...
TAIL_HEADINGS = (
    "relacionados",
    "relacionadas",
    "noticias relacionadas",
    "notas relacionadas",
    "artículos relacionados",
    "articulos relacionados",
    "contenido relacionado",
    "temas relacionados",
    "más noticias",
    "mas noticias",
    "otras noticias",
    "últimas noticias",
    "ultimas noticias",
    "lo último",
    "lo ultimo",
    "recomendados",
    "recomendadas",
)
# ... and openings, as whole words. Not "más de", "más en": "Más de 200 personas murieron".
TAIL_OPENINGS = (
    "más sobre",
    "mas sobre",
    "más noticias de",
    "mas noticias de",
    "lo más leído",
    "lo mas leido",
    "lo más visto",
    "lo mas visto",
    "lo más popular",
    "lo mas popular",
    "más leídas",
    "mas leidas",
    "más leídos",
    "mas leidos",
    "más vistas",
    "mas vistas",
    "te puede gustar",
    "también te puede gustar",
    "tambien te puede gustar",
    "quizás te interese",
    "quizas te interese",
    "tendencias",
    "recomendado",
)
# A line giving the publication date: "Publicado: 3 de marzo de 2023", "Actualizado el …".
PUBLISHED_LABELS = ("Publicado", "Publicada", "Fecha de publicación", "Fecha de publicacion")
UPDATED_LABELS = ("Actualizado", "Actualizada", "Última actualización", "Ultima actualizacion", "Modificado")
# A page's date stamp, with the day or the month only: "fecha: 2021-10-04", "date 2023-07" (a saved
# page's stamp is written in English whatever the article's language).
DATE_LABELS = ("fecha", "date")
LABEL_LINK = "el"  # "Actualizado el 4 de marzo"
# What may follow a time: "2:20 a. m.", "12:51pm", "14:32 horas", "10:00 h", "20:00 hrs".
# The marks of a time of day after its number: "at 11.50am", "8.35 a.m." (no amount).
CLOCK_MARKS = ("am", "pm", "a.m.", "p.m.")
TIME_SUFFIXES = ("am", "pm", "a.m.", "p.m.", "a. m.", "p. m.", "h", "hrs", "hrs.", "horas", "hs", "hs.")
# Abbreviations whose full stop does not end a sentence ("Sr.", "Gral.", "Lic."), beside the
# months', compared in lower case as written ("núm.", "pág."). Not "no": "dijo que no." ends one.
ABBREVIATIONS = (
    "sr",
    "sra",
    "sres",
    "srta",
    "dr",
    "dra",
    "lic",
    "licda",
    "ing",
    "arq",
    "mtro",
    "mtra",
    "prof",
    "profa",
    "gral",
    "cnel",
    "tte",
    "sgto",
    "cap",
    "gob",
    "dip",
    "sen",
    "pdte",
    "núm",
    "num",
    "pág",
    "pag",
    "págs",
    "art",
    "arts",
    "av",
    "avda",
    "col",
    "edo",
    "mpio",
    "cía",
    "cia",
    "hnos",
    "etc",
    "aprox",
    "ej",
    "vs",
    "ud",
    "uds",
    "dña",
    "excmo",
    "excma",
    "sto",
    "sta",
    "fig",
    "tel",
    "vol",
    "ee.uu",
)
# Marks that open a question or an exclamation before its first word, and the capital letters a
# sentence opens with, as a character range of a regular expression.
OPENING_MARKS = ("¿", "¡")
CAPITALS = "A-ZÁÉÍÓÚÑÜ"
