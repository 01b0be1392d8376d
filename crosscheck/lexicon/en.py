"""English: every word, phrase and mark crosscheck reads articles and claims with.

Plain tables only, so that a rule's vocabulary can be read, reviewed and
extended in one place; the modules that apply a rule build their regular
expressions from these tables when they are imported. Every entry has
sentences showing where it applies and where it must not in
`examples.yaml` beside this file, and tests/test_lexicon.py runs them.

Words are written in their normal form (lower case, no accents, no dots:
see `crosscheck.text.normalise_word`) unless a table says otherwise.
"""

from __future__ import annotations

STEMMER = "english"  # the snowball stemmer that relates a word's inflections ("revived", "revival")

# --- units and currencies ----------------------------------------------------------------------

# (canonical name, dimension, factor to the dimension's base unit, spellings). Conversion happens
# only inside a dimension, and each currency is a dimension of its own: crosscheck has no exchange
# rates. Every spelling is accepted as a claim's `unit` and read after a number in articles
# ("15 years", "3,155 km"); a spelling of several words may be spaced any way.
UNITS: tuple[tuple[str, str, float, tuple[str, ...]], ...] = (
    ("year", "time", 365.2425, ("year", "years", "yr", "yrs")),
    ("day", "time", 1.0, ("day", "days")),
    ("week", "time", 7.0, ("week", "weeks", "wk", "wks")),
    ("month", "time", 30.436875, ("month", "months")),  # the mean Gregorian month: 12 make a year
    ("hour", "time", 1 / 24, ("hour", "hours", "hr", "hrs")),
    ("minute", "time", 1 / 1440, ("minute", "minutes", "min", "mins")),
    ("second", "time", 1 / 86400, ("second", "seconds", "sec", "secs")),
    ("m", "length", 1.0, ("m", "metre", "metres", "meter", "meters")),
    ("km", "length", 1000.0, ("km", "kms", "kilometre", "kilometres", "kilometer", "kilometers")),
    ("mile", "length", 1609.344, ("mile", "miles", "mi")),
    ("ft", "length", 0.3048, ("ft", "foot", "feet")),
    (
        "km2",
        "area",
        1.0,
        ("km2", "km²", "sq km", "square kilometre", "square kilometres", "square kilometer", "square kilometers"),
    ),
    ("sq mi", "area", 2.589988110336, ("sq mi", "square mile", "square miles")),
    ("hectare", "area", 0.01, ("hectare", "hectares")),
    ("acre", "area", 0.0040468564224, ("acre", "acres")),
    ("kg", "mass", 1.0, ("kg", "kgs", "kilogram", "kilograms", "kilogramme", "kilogrammes")),
    ("tonne", "mass", 1000.0, ("tonne", "tonnes", "metric ton", "metric tons")),
    ("lb", "mass", 0.45359237, ("lb", "lbs")),
    ("g", "mass", 0.001, ("g", "gram", "grams", "gramme", "grammes")),
    ("oz", "mass", 0.028349523125, ("oz", "ounce", "ounces")),
    ("km/h", "speed", 1.0, ("km/h", "kph", "kmh", "km per hour", "kilometres per hour", "kilometers per hour")),
    ("mph", "speed", 1.609344, ("mph", "miles per hour")),
    ("USD", "currency:USD", 1.0, ("usd", "dollar", "dollars", "us dollar", "us dollars")),
    ("EUR", "currency:EUR", 1.0, ("eur", "euro", "euros")),
    ("GBP", "currency:GBP", 1.0, ("gbp", "pound", "pounds", "pound sterling")),
    ("percent", "percent", 1.0, ("%", "percent", "per cent", "pct", "pc")),
    ("people", "people", 1.0, ("people", "person", "persons", "deaths", "dead", "victims")),
)
# Unit symbols read only in lower case: in capitals they name something else ("5G network", "la
# red 5G"); the same in every language.
LOWER_CASE_UNITS = ("g",)
# The symbols of the magnitude scales, written after a magnitude ("upgraded to 7.9 Mw", "8.1 Ms"):
# the scale it is measured on, never part of a name. In their own case ("Ms" is a title too).
MAGNITUDE_SCALES = ("Mw", "Ms", "ML", "Mb", "mb", "Mwc", "Mww", "Mwb", "Mwr", "Mj", "Md", "MJMA")
# Nouns of a measure written without a unit, beside a fraction: "a 7.8-magnitude earthquake",
# "magnitude 7.9", "a magnitude of 7.8". discover compares them as one measure of the story's thing.
MEASURE_NOUNS = ("magnitude",)
# The scale a measure is read on, written right after its fraction, by the noun of MEASURE_NOUNS
# it measures, for discover: "an earthquake measuring 7.9 on the Richter scale", "upgraded to 7.9
# Mw" (the symbols of MAGNITUDE_SCALES agencies give a main shock in). As written: "Ms" is a title
# too, and the scale's name is capitalised.
MEASURE_SCALES = {
    "magnitude": ("on the Richter scale", "on Richter scale", "on the moment magnitude scale", "Mw", "Ms")
}
# The words right after a length that make it a dimension of the thing it describes, named by
# MEASURES: "the 1,907-foot-long bridge", "145 meters long", "the 62m tall structure", "a
# 50.5-metre-high tower". discover compares such lengths as one dimension of the story's thing,
# however the articles name it; a length with none ("20 metres into the river", "12 miles off the
# island", "900 metres down") is a distance or a drop.
DIMENSION_WORDS = ("long", "high", "tall", "wide", "deep")
# The word some copy writes after a magnitude for the steps of the scale ("8,9 grados en la
# escala de Richter"): the measure's unit, not things counted. None in English: "degrees" after
# a number counts diplomas or measures angles and heat far more often than a quake.
MAGNITUDE_STEPS: tuple[str, ...] = ()
# Abbreviations an editor may type as a claim's unit, never read in articles: "3-D printing"
# is not three days.
CLAIM_ONLY_UNITS = {"y": "year", "d": "day", "h": "hour", "s": "second"}

# ISO code -> the symbols articles write before an amount ("S$ 40 million", "€500m"). A code is
# read before or after an amount ("USD 300", "300 USD"); any three capital letters are taken as
# a currency code in claims. discover reads a page that writes a marked sign ("US$", "S$") as
# writing its bare "$" for another dollar.
CURRENCIES: dict[str, tuple[str, ...]] = {
    "USD": ("$", "US$", "USD$", "$US"),  # "$US55 billion": Australian copy marks the US dollar after the sign
    "EUR": ("€",),
    "GBP": ("£",),
    "JPY": ("¥",),
    "CNY": (),
    "INR": ("₹",),
    "MXN": ("MX$",),
    "CAD": ("C$", "CA$"),
    "AUD": ("A$", "AU$"),
    "SGD": ("S$",),
    "CHF": (),
    "BRL": ("R$",),
    "HKD": ("HK$",),
    "NZD": ("NZ$",),
    "KRW": ("₩",),
    "RUB": ("₽",),
    "ZAR": (),
}

# --- amounts -----------------------------------------------------------------------------------

NUMBER_WORDS = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)  # each word's value is its place
TENS_WORDS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")  # 20, 30, …
TENS_JOINERS = ("-", " ")  # "twenty-one", "twenty one"
# Words for hundreds that are numbers of their own, not a scale word after one (Spanish
# "doscientos"); none in English, which says "two hundred".
HUNDREDS_WORDS: tuple[str, ...] = ()
# Words that multiply inside a run of number words: "twelve thousand four hundred", "one hundred and
# eighty-five", "two million three hundred thousand". A run is read whole (by text2num) or not at
# all: "twelve thousand four hundred" is never 12,000.
WORD_SCALES = ("hundred", "thousand", "million", "billion", "trillion")
# Scale words that are a number with nothing before them: none in English, which writes "a
# thousand" or "one thousand" ("thousand people" is no amount).
BARE_SCALES: tuple[str, ...] = ()
# Words that join a scale to the unit it counts: none in English ("20 billion dollars"), Spanish
# "20 mil millones de dólares".
SCALE_UNIT_JOINERS: tuple[str, ...] = ()
# The marks that may end the whole part of a number: English only ".", with "," grouping thousands.
# A language written with either (Spanish: "2.500,5" in Spain, "2,500.5" in Mexico) lists both, and
# each article is read as it writes its numbers.
DECIMAL_MARKS = (".",)
# Words right after a figure that count whole people or votes, in a language written with either
# decimal mark: a mark before the figure's last three digits then groups thousands, whatever the
# article's other figures say ("3,271 evacuadas" beside "1,7 millones"). None in English, which
# marks decimals with a point only, so "3,271 people" is read as grouped already.
WHOLE_COUNT_WORDS: tuple[str, ...] = ()
NUMBER_ARTICLES = ("a", "an")  # "a hundred", "a quarter of a million", "an eighth of a mile": one
NUMBER_JOINER = "and"  # "one hundred and eighty-five", "two and a half"; after a scale word only
# A fraction said after a number and its unit: "a mile and a half", "an hour and a half" (English
# mostly says "two and a half years"; Spanish "dos años y medio", "un millón y medio de personas").
TRAILING_FRACTIONS = {"and a half": 1 / 2}
# "a dozen", "two dozen victims"; "a hundred", "a thousand" are scale words after an article
COUNT_WORDS = {"dozen": 12}
# Fractions in words: "half a billion", "a quarter of a million", "two and a half miles", "three
# quarters of a mile", "two-thirds". Their plurals (word + "s") follow a number ("three quarters").
FRACTION_WORDS = {
    "half": 1 / 2,
    "quarter": 1 / 4,
    "third": 1 / 3,
    "fifth": 1 / 5,
    "eighth": 1 / 8,
    "tenth": 1 / 10,
    "hundredth": 1 / 100,
    "thousandth": 1 / 1000,
}
# Fraction words that are also ordinals ("a third term", "the fifth day"): read as a fraction only
# before "of a" ("a third of a mile"), after "and a" ("two and a third") or in the plural.
ORDINAL_FRACTIONS = ("third", "fifth", "eighth", "tenth", "hundredth", "thousandth")
FRACTION_OF = "of"  # "a quarter of a million"
# Fractions as one character, after digits ("2½ miles") or alone ("½ mile"). "2 1/2" is read too.
VULGAR_FRACTIONS = {
    "½": 1 / 2,
    "¼": 1 / 4,
    "¾": 3 / 4,
    "⅓": 1 / 3,
    "⅔": 2 / 3,
    "⅕": 1 / 5,
    "⅛": 1 / 8,
    "⅜": 3 / 8,
    "⅝": 5 / 8,
    "⅞": 7 / 8,
}
# Scale words after an amount ("3.3 billion", "€500m", "₹615 crore"). The one-letter ones are read
# only in lower case; "m" and "b" only with a currency ("500m" alone is 500 metres) or glued to
# a figure before a unit or people counted ("350m miles", "7m people", not "the 100m runners"),
# "k" always ("12.4k runners") except before a race ("a 10k run" is ten kilometres: K_DISTANCE_NOUNS).
SCALES = {
    "hundred": 1e2,
    "thousand": 1e3,
    "lakh": 1e5,
    "million": 1e6,
    "crore": 1e7,
    "billion": 1e9,
    "trillion": 1e12,
    "bn": 1e9,
    "mn": 1e6,
    "tn": 1e12,
    "k": 1e3,
    "m": 1e6,
    "b": 1e9,
}
K_DISTANCE_NOUNS = ("race", "races", "run", "runs", "fun run", "walk", "road race")  # "a 10k race": kilometres
# ISO 4217 codes that are also English words or well-known names ("TOP 10", "AMD shares", "PHP 8"):
# read as a currency only with a scale word ("PEN 3 million", "TRY 5bn"). Every other ISO 4217 code
# is read before or after any amount ("NOK 500 million", "500 million NOK", "SEK 3bn").
ISO_CODE_WORDS = ("ALL", "AMD", "BAM", "BOB", "CUP", "GEL", "MAD", "MOP", "NIO", "PEN", "PHP", "SOS", "TOP", "TRY")
# Amounts too vague to compare, said instead of a number: "dozens of people", "tens of thousands of
# mourners", "into double figures". Found so that a topic sentence holding one is not silent.
VAGUE_AMOUNTS = (
    "dozens",
    "scores",
    "hundreds",
    "thousands",
    "millions",
    "billions",
    "tens of thousands",
    "hundreds of thousands",
    "tens of millions",
    "hundreds of millions",
    "several dozen",
    "several hundred",
    "several thousand",
    "a few dozen",
    "a few hundred",
    "a few thousand",
    "a handful",
    "double figures",
    "double digits",
    "triple figures",
    "triple digits",
)
VAGUE_NEEDS_OF = ("scores",)  # "scores of people"; "scores" alone is results ("test scores")
# Words that count or bound the number after them, never part of a name with it: "All 150
# passengers", "Only 33 survived", "Each 500 metres" (unlike "Channel 4", "Apollo 11").
QUANTIFIERS = ("all", "only", "just", "each", "every", "both", "another", "exactly")
# Hedges that make the number a lower bound ("more than two years ago"): the bound keeps its stated
# number, a span of that many whole years and some months, which may reach into the year before.
LOWER_BOUNDS = ("more than", "over", "at least", "upwards of", "just over", "well over", "no fewer than")
# Hedges that make the number an upper bound ("up to 40 years", "nearly 11,000 people"): any
# smaller figure agrees with it, as any larger one agrees with a lower bound.
UPPER_BOUNDS = (
    "up to",
    "less than",
    "fewer than",
    "under",
    "just under",
    "as many as",
    "as much as",
    "at most",
    "no more than",
    "nearly",
    "almost",
)
# Hedges that make the number a round approximation of the true one ("about nine minutes" for
# 9:29): a precise figure within APPROXIMATE_SLACK of it agrees with it; not one further off
# ("around 15 years" against 13 years).
APPROXIMATIONS = ("around", "about", "approximately", "roughly", "some", "close to")
# Words before an amount that make it approximate or a bound ("around 15 years", "more than
# 200"): a hedged figure is reported as hedged. "between" also opens a range.
HEDGES = (
    *LOWER_BOUNDS,
    *UPPER_BOUNDS,
    "around",
    "about",
    "approximately",
    "roughly",
    "some",
    "close to",
    "an estimated",
    "estimated",
    "between",
)
RANGE_MARKS = ("-", "–")  # "13-15 years"
RANGE_WORDS = ("to", "and")  # "3 to 4 km"; "and" only after RANGE_OPENER
# Words before a figure in what a clause says of its subject that make it a margin, not the
# subject's own figure: "defeated Kast by more than 10 points", "won with a margin of 3", "beat her by 3%".
MARGIN_LEADS = ("by", "margin", "lead", "beat", "defeated", "outpolled")
RANGE_OPENER = "between"
AGE_WORDS = ("old", "olds")  # "13-year-old", "13 years old"
AGE_PREPOSITIONS = ("for", "after")  # "for 13 years": a span that dates its subject
# Words with which a claim states an age (so "-year-old" figures are compared with it); before a
# bare number in an article they make it an age: "He won the presidency at age 40", "aged 39".
AGE_NOUNS = ("age", "aged")
AGE_OPENERS: tuple[str, ...] = ()  # none: English says an age after its number ("31 years old", "31-year-old")
AGED_NOUNS: tuple[str, ...] = ()  # none: English joins the age to the noun before it ("the 43-year-old golfer")
# Words after which a bare whole number set off by a comma or the sentence's end (or followed by
# AGE_TAILS) is an age in years: "At 35, Boric will become", "Grosskreutz, then 26.", "who is 64 today".
AGE_LEADS = ("at", "then", "who is", "who was", "turned")
AGE_TAILS = ("at the time", "today", "now")  # "who was 26 at the time": the age then, still an age
AGO = "ago"  # "20 years ago"
AGO_BEFORE_SPAN = False  # "20 years ago"; Spanish puts it first: "hace 20 años"
# Nouns after a share that make it how much of a count is in, not a share of the vote: "98% of
# polling stations", "with 94.57 percent of precincts reporting".
PROGRESS_NOUNS = ("polling", "precincts")
# Participles after a share that do the same when a frame word opens it: "With 99% of votes
# counted, Milei had 55.7%", where "Leave won 51.9% of the votes counted" is Leave's share.
PROGRESS_PARTICIPLES = ("counted", "tallied", "reporting", "reported", "processed", "completed", "informed")
PROGRESS_OPENERS = ("with", "after")  # "after 100% of the votes were counted"
# Verbs of counting right before a share that make it how much of the count is in, whatever
# follows it: "After counting 100% of the votes, Castillo beat Fujimori by 44,000 votes".
PROGRESS_VERBS = ("counting", "tallying", "processing")
# The part of a prison term served out of prison, said right after its span: "16 months in prison
# with the possibility of 8 months of supervised release", "30 months' probation". A sentence
# that splits a term so gives parts of it: neither span is the whole term.
TERM_RELEASES = ("supervised release", "release", "probation", "parole", "house arrest")
# Words before a figure that give it to the subject of their clause: "Djokovic remains behind him
# in the Slam count with 20" is Djokovic's count, whoever else the clause names after the verb.
SUBJECT_HOLDING_LINKS = ("with",)
# Verbs whose object is the one beaten: a figure after SUBJECT_HOLDING_LINKS right past that
# object's name is the winner's, the verb's subject ("Orsi has won, beating the candidate of the
# ruling party, Álvaro Delgado, with almost 50 percent"), and past the winner's after "lost to"
# the loser's ("Ruiz lost the run-off to Vidal, with 45.1%").
BEATING_VERBS = (
    "beating",
    "beat",
    "beats",
    "defeating",
    "defeated",
    "defeats",
    "edging out",
    "edged out",
    "ousting",
    "ousted",
    "outpolling",
    "outpolled",
    "trouncing",
    "trounced",
    "lost to",
    "losing to",
)
# Words after a figure that compare it with something else: "the death toll of 214 … is a
# thousand times lower than that of Haiti's" sets the figure against the story's own.
COMPARISON_WORDS = ("than", "compared", "unlike")
# Words after a figure that open the other side of a comparison: "a victory with about 53%, more
# than 20 points than Mesa", "finished in 9.58, 0.11 ahead of Gay", "a win over Ruud". A name
# named only there is what the figure is set against, not its holder.
COMPARED_SIDE_LEADS = ("than", "ahead of", "over", "versus")
# Words after a rank that set what is ranked against another thing: "This is the second largest
# acquisition in Amazon's history, behind the company's purchase of Whole Foods". When the claim's
# topic is named only from the rank on and again after such a word, the rank is of something else.
RANKED_AGAINST = ("behind", "after", "trailing")
# The only words that may stand between a comparing word and what it compares with: "than that of
# Haiti's", "compared with the toll in Haiti"; a figure there makes it a bound ("more than 300").
COMPARISON_FILLERS = ("that", "those", "of", "with", "to", "in", "the")
# Words between a name and a figure that make the figure that name's standing in a count: "with
# Vox on 33 seats and his PP on 136", "current leader Petro Poroshenko on 16%".
STANDING_LINKS = ("on",)
# Words between a rank and a figure that make the figure the result of whoever finished in that
# place: "Daniel Bailey, Bolt's training partner, was fourth in 9.93", "the Social Democrats a
# distant third on 15 per cent", "Roxas came second with 9.9 million votes".
PLACING_LINKS = ("in", "on", "with")
# Verbs that give a share to their subject: "leftist Pedro Castillo had 50.2% of the vote", "Castillo
# appears to have won decisively, winning with 50.2% of the vote". A share after one, held by a
# name of the fact sheet the claim is not about, is that name's, not the claim's topic's (the
# turnout's "voted" is no "of the vote").
SHARE_HOLDER_VERBS = (
    "had",
    "has",
    "won",
    "winning",
    "took",
    "taking",
    "obtained",
    "got",
    "received",
    "garnered",
    "secured",
    "collected",
    "polled",
)
# Pronouns that make someone the object of a verb, to whom a figure after it may be given: "Judge
# Kaplan sentenced him to 25 years", "fined them $355 million".
OBJECT_PRONOUNS = ("him", "her", "them", "us", "me")
# Nouns a bare number after them labels rather than counts: "Powell was on track 6", "in lane 4",
# "gate 12", "page 3"; every number of a list after one too ("articles 75, 80 and 133").
LABEL_NOUNS = (
    "track",
    "lane",
    "gate",
    "page",
    "platform",
    "row",
    "seat",
    "room",
    "chapter",
    "section",
    "article",
    "articles",
    "route",
    "terminal",
    "pier",
    "berth",
    "hole",
    "heat",
    "number",
    "count",
    "counts",
)
# Marks written right before a number that make it a label, not a count: "Jane Doe No. 1",
# "suspect #2", "18 U.S.C. § 1344".
LABEL_MARKS = ("No.", "Nos.", "#", "§")

# --- dates -------------------------------------------------------------------------------------

# Holidays that name one day of the year (month, day): "launched on Christmas morning", "sank on
# New Year's Eve". A bare "Christmas" is a season as often as a day, and names an island too.
HOLIDAYS = {
    "Christmas Eve": (12, 24),
    "Christmas Day": (12, 25),
    "Christmas morning": (12, 25),
    "Boxing Day": (12, 26),
    "New Year's Eve": (12, 31),
    "New Year’s Eve": (12, 31),
    "New Year's Day": (1, 1),
    "New Year’s Day": (1, 1),
    "Valentine's Day": (2, 14),
    "Valentine’s Day": (2, 14),
    "Halloween": (10, 31),
}

MONTH_NAMES = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)  # in order: month 1 first
MONTH_ABBREVIATIONS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}  # read with or without a dot
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")  # Monday first
# Words before a weekday saying which one: "next Friday", "the coming Tuesday".
WEEKDAY_RELATIVES = {"next": "next", "last": "last", "this": "this", "coming": "next", "past": "last"}
THIS_WEEKDAY_BY_TENSE = True  # "will vote this Friday": the coming one; "became this Sunday" (translated news): gone
LAST = "last"  # "last May 25", written in April: a year before
# Words between a month's qualifier and the month that name the month as a period: "in the month
# of April".
MONTH_NOUN_LINKS = ("the month of",)
# Words before a bare month ("last June", "early August"); "mid-" is written joined.
MONTH_QUALIFIERS = (
    "last",
    "next",
    "this",
    "early",
    "late",
    "in",
    "since",
    "until",
    "by",
    "from",
    "during",
    "before",
    "after",
)
MONTH_PREFIX = "mid-"
# Qualifiers of MONTH_QUALIFIERS that count a bare month from the publication's: "last June" is
# the latest June before it (-1), "next June" the first after (1).
MONTH_SHIFTS = {"last": -1, "next": 1}
MONTH_WITHIN = ("in", "during", "mid")  # "in June", "mid-June": the date is the month itself, not a bound
ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")  # "8th": a day, never an amount
DAY_WORDS = ("the", "of")  # "Friday, the 8th of October"
# Words between a month and its year: none in English ("June 3, 2021", "in November last year"),
# "de" in Spanish ("en noviembre del año pasado").
YEAR_JOINERS: tuple[str, ...] = ()
# Whether month and weekday names are written in lower case (Spanish "el viernes 8 de octubre"),
# not only capitalised as English writes them.
DATE_NAMES_IN_LOWER_CASE = False
# Days counted from the publication date.
RELATIVE_DAYS = {
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "tomorrow": 1,
    "yesterday": -1,
}
# Words before a date that make it a bound of some other period, not the date of the event:
# "stalled since 2016", "until June".
DATE_RELATIONS = ("since", "until", "till", "before", "after", "from", "through", "by")
# Of those, the ones that end a span: "president of Mexico until 2024" says how long a term runs,
# not when the clause's figure was reached.
SPAN_ENDS = ("until", "till", "through")
# Coarse relative dates: a period (week, month, year) counted from the publication date,
# "last week", "earlier this month", "next year", "late last year".
PERIODS = {"week": "week", "month": "month", "year": "year"}  # as written -> the period it is
PERIOD_SHIFTS = {"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1}
SHIFT_AFTER_PERIOD = False  # "last week"; Spanish also "la semana pasada"
# Which part of the period: "earlier this month" (up to the publication date), "late last year".
PERIOD_PARTS = {"earlier": "earlier", "later": "later", "early": "early", "mid": "mid", "late": "late"}
# "a decade ago", "a year ago": the period a span before the publication date (a decade is ten years).
AGO_SPANS = {"a week": "week", "a month": "month", "a year": "year", "a decade": "decade"}
DECADE_YEARS = 10
# Decades: "in the 1960s", "the early 2000s", "in the seventies" (a word names one of the 1900s).
DECADE_WORDS = {
    "twenties": 1920,
    "thirties": 1930,
    "forties": 1940,
    "fifties": 1950,
    "sixties": 1960,
    "seventies": 1970,
    "eighties": 1980,
    "nineties": 1990,
}
# Words before a date that make it the date of a figure or a status, not of the event:
# "(as at 25 February 2011)", "as of Monday, 158 people had died".
DATE_STATUS = ("as of", "as at")
# Words right before a span of years that make it the period an act is for, not when it was done:
# "proclaimed Maduro president for 2025 to 2031", "the budget for 2024–2025", "for the period
# 2019 - 2025". Without such a word a span may still hold the act's year ("from 2017 to 2018").
PERIOD_LEADS = ("for", "for the period", "for the term")
# Words before "since" that make "since YEAR" the start of the topic itself ("in force since
# 2004", "operating since 2004"), not the bound of another period ("stalled since 2016").
SINCE_STATES = (
    "in force",
    "in place",
    "in operation",
    "in existence",
    "in service",
    "operating",
    "operational",
    "existed",
    "running",
)
# Words that open a clause of their own: a date there dates that clause's verb, not the topic
# in another clause ("Aftershocks rocked the city Tuesday where ... the Feb. 22 earthquake").
CLAUSE_OPENERS = (
    "where",
    "when",
    "while",
    "whereas",
    "which",
    "who",
    "whom",
    "whose",
    "because",
    "although",
    "though",
    "after",
    "but",
    "versus",
    "vs",
)
# Words of CLAUSE_OPENERS that open a phrase with no subject of its own, never a clause (Spanish
# "tras"). None in English: "after" opens clauses too ("the toll was 300 after the quake killed
# 1,000"), so the subject of a verb after it is never looked for before it.
PHRASE_OPENERS: tuple[str, ...] = ()
# A topic named as the complement of another noun ("Results from the EU referendum on Friday",
# "the anniversary of the quake on Tuesday"): a date just after it may be that noun's.
NOUN_LINKS = ("from", "of")
# Prepositions that make the topic what a noun is about when a date stands earlier in the same
# clause: "Jurors on Thursday found him guilty of all charges in the death of George Floyd",
# "Crowds on Sunday marched over the killing", "An inquiry opened on Friday into the collapse",
# "On June 23, the regulator cleared the way for the closing of the merger" (a fronted date too).
# The date belongs to the clause's verb; the topic is only what its noun concerns.
COMPLEMENT_LINKS = ("of", "from", "in", "over", "into", "for")
# Words before a full date that make it a deadline or a plan ("before Jan. 30, 2022", "by March
# 2025", "due on 4 May 2023", "scheduled for 3 June 2021"): never a source's reference date.
PLAN_WORDS = (
    "before",
    "by",
    "until",
    "due on",
    "due by",
    "scheduled for",
    "set for",
    "planned for",
    "deadline of",
    "no later than",
)
# Words before a date that make it a plan when written ("Kelly is scheduled to be sentenced on May
# 4", "targeted to close in the first half of next year"): a plan the event may not have kept, so
# a date that disagrees is a question. A company's own expectation in the present is one too:
# "Broadcom expects to close its acquisition of VMware on Wednesday", "we expect the deal to be
# completed in the second half of 2017".
PLAN_VERBS = ("scheduled", "slated", "due", "planned", "targeted", "expected", "expect", "expects")
# Words between an event and its date that only say it happened, or is set to, then: "The disaster
# struck Friday", "The inauguration is scheduled for Jan. 1". The date is the event's own, where
# another verb of the topic's thing ("The bridge collapsed on Aug. 1") dates another of its acts.
HAPPENED_PHRASES = (
    "struck",
    "occurred",
    "happened",
    "took place",
    "came",
    "came in",
    "was held",
    "were held",
    "scheduled for",
    "scheduled to take place",
)
# Nouns of those who act ("the jury ended", "the European Commission asked"): a date in their clause
# dates what they did, which is the claim's event only when the claim's statement names that act.
AGENT_NOUNS = (
    "jury",
    "jurors",
    "panel",
    "judge",
    "court",
    "commission",
    "committee",
    "council",
    "board",
    "regulators",
    "prosecutors",
    "government",
    "parliament",
)
# Verbs that start an activity ("the jury began to deliberate on Oct. 6", "They began deliberating
# on Friday", "Jurors resumed their deliberations on Friday"): the date is when the activity
# started, which for a claim that does not speak of a start may come long before its event.
START_WORDS = (
    "began",
    "begun",
    "begin",
    "begins",
    "beginning",
    "started",
    "start",
    "starts",
    "starting",
    "resumed",
    "resume",
    "resumes",
    "commenced",
)
# Gerunds whose object comes about by the act of the dated clause before them, so that the date is
# the object's own: "…on Monday, achieving the first powered flight", "…on Sunday, breaking his own
# world record". Not those that act on what was there before ("calling off the summit", "ending
# the trial"), nor those that only follow it ("following the verdict"): their date is not its own.
RESULT_GERUNDS = (
    "achieving",
    "making",
    "setting",
    "breaking",
    "completing",
    "clinching",
    "sealing",
    "securing",
    "winning",
    "reaching",
    "returning",
    "delivering",
)
# Prepositions that open a clause of another act after the topic, with the verb form that act
# takes there (ACT_CLAUSE_FORMS): "sued the former president for raping her ... in 1996", "his
# conviction of lying to police about a staged hate crime in Jan. 2019". A date that closes such a
# clause dates that act (the charge, the cause), not the topic.
ACT_CLAUSE_LEADS = ("for", "of")
ACT_CLAUSE_FORMS = ("ing",)
# Articles a date opens with after a bound word ("desde el 5 de mayo" in Spanish); none in English,
# where "after the 4 August blast" dates the blast, not a bound.
DATE_ARTICLES: tuple[str, ...] = ()
# Verbs of serving out a term right before the topic's noun: "since" after it bounds the serving,
# which may have begun before the topic ("has been serving a 25-year prison sentence since 2007",
# with time in custody before the conviction counted), not the topic's own start.
SERVING_WORDS = ("serving", "served", "serves", "serve")
# Verbs that undo what they take as object: a date of their clause dates the undoing, not the
# topic they undo ("In October 2018, the Supreme Court annulled the pardon", "the court on
# Wednesday overturned his conviction", "overturned Cosby's conviction in June"). A date inside
# the object's own phrase is still the topic's ("overturned his 2020 rape conviction").
UNDOING_VERBS = (
    "annul",
    "annuls",
    "annulled",
    "annulling",
    "revoke",
    "revokes",
    "revoked",
    "revoking",
    "overturn",
    "overturns",
    "overturned",
    "overturning",
    "quash",
    "quashes",
    "quashed",
    "quashing",
    "rescind",
    "rescinds",
    "rescinded",
    "rescinding",
    "vacate",
    "vacates",
    "vacated",
    "vacating",
    "nullified",
)
# Words between an undoing verb and its object's noun: "overturned Harvey Weinstein's 2020 rape conviction".
UNDOING_REACH = 5
SINCE_WORD = "since"  # "in force since 2004": the start of the topic itself, or a bound of another period
# Words before a four-digit number that make it a year a statement is about ("signed in 2008").
YEAR_PREPOSITIONS = ("in", "from", "a", "an", "the")

# --- tense -------------------------------------------------------------------------------------

# Irregular verbs: base -> past forms the stemmer cannot relate to it ("rebuilt" is to "rebuild"
# as "revived" is to "revive"). Only forms that are not also common nouns or adjectives (not
# "left", "saw", "rose"); "found" is news's "found guilty", "found dead" far more than "to found".
IRREGULAR_VERBS = {
    "find": "found",
    "build": "built",
    "meet": "met",
    "hold": "held",
    "begin": "began begun",
    "take": "took taken",
    "make": "made",
    "win": "won",
    "pay": "paid",
    "sell": "sold",
    "spend": "spent",
    "send": "sent",
    "bring": "brought",
    "buy": "bought",
    "grow": "grew grown",
    "run": "ran",
    "give": "gave given",
    "go": "went gone",
    "come": "came",
    "know": "knew known",
    "tell": "told",
    "keep": "kept",
    "think": "thought",
    "feel": "felt",
    "stand": "stood",
    "write": "wrote written",
    "choose": "chose chosen",
    "break": "broke broken",
    "speak": "spoke spoken",
    "draw": "drew drawn",
    "fight": "fought",
    "seek": "sought",
    "teach": "taught",
    "catch": "caught",
    "drive": "drove driven",
    "fly": "flew flown",
    "fall": "fell fallen",
    "freeze": "froze frozen",
    "throw": "threw thrown",
    "strike": "struck",
    "sink": "sank sunk",
    "rise": "rose risen",
    "shake": "shook",
    "lead": "led",
    "say": "said",
    "undertake": "undertook undertaken",
}
PARTICIPLE_ENDING = "en"  # "taken", "given": a participle, not a past form
REPEAT_PREFIX = "re"  # "rebuilt", "remade": an irregular verb again
# Words that make a sentence speak of what is to come ("will meet on Friday") ...
FUTURE_MARKERS = (
    "will",
    "would",
    "shall",
    "'ll",
    "going",
    "expected",
    "scheduled",
    "set",
    "upcoming",
    "ahead",
    "plans",
    "plan",
    "due",
)
# ... or of what happened ("was held on Friday").
PAST_MARKERS = ("was", "were", "had", "did", "earlier", "last", "ago", "yesterday")
# A later round of a vote ("the runoff", "a second round"; "run-off" is read as "run off"). An
# article that tells one as still to come, after a word of what is to come ("the two candidates who
# will enter the second round", "who will participate in the presidential runoff") or with a plan
# right after it ("the runoff scheduled for April 11", "a run-off to be held on April 11"), was
# written before it: its figures of the vote are an earlier round's, so for a claim whose statement
# names a later round, one that disagrees is a question.
LATER_ROUNDS = ("runoff", "runoffs", "run off", "second round", "second ballot")
# Words right after a figure that make it one region's, a part of a wider total: "an estimated
# damage cost of over $59.6 billion statewide", "1,200 homes lost countywide".
REGION_WIDE_WORDS = ("statewide", "countywide", "citywide", "province-wide", "provincewide")
ROUND_PLANS = ("to be held",)  # after the round, beside PLAN_VERBS: "a runoff to be held on April 11"
ROUND_REACH = 8  # words from what is to come to the round: "will have to determine the presidency in a second round"
# Words before a participle that make it no finite past verb: "was opened", "has met".
AUXILIARIES_BEFORE_PARTICIPLE = ("be", "been", "being", "is", "are", "has", "have", "will", "would", "to")
# Words before a `term` claim's word that make it what may, must or is meant to happen, not what
# happened: "the agreement must be ratified", "voters are likely to ratify it", "a referendum to
# approve the deal" ("to" after a verb in the past tells what was done: "Scotland voted to remain";
# "the bridge would replace a ferry link" says what it is for, not whether it happens).
PROSPECT_WORDS = ("must", "should", "could", "can", "may", "might", "likely", "expected", "need", "needs", "needed")
INFINITIVE_MARKER = "to"
# Words before a participle that make it a report of what has happened: "has climbed to seven".
PERFECT_AUXILIARIES = ("has", "have")
# Endings of a participle after a perfect auxiliary that the past endings miss: none in English
# ("has climbed", "has met" are read as past forms).
PERFECT_PARTICIPLE_ENDINGS: tuple[str, ...] = ()
WRITTEN_PAST_ENDINGS: tuple[str, ...] = ()  # endings only the word as written shows (Spanish "anunció")
PAST_ENDINGS = ("ed",)  # endings of a past form: "scrambled", "found" being irregular
# Words after a count's noun that say which kind it counts: "2 counts of wire fraud and 2 counts
# of conspiracy" are two groups of the counts, not the total.
COUNT_KIND_LINKS = ("of",)
# Nouns whose figure after "of" counts the entries of a list drawn up: "a list of more than 70
# witnesses ready to testify", "a list of 279 dead who had been identified": those listed, a part
# or a plan, maybe not the count the claim gives.
LIST_NOUNS = ("list", "lists", "roster")
# Words after a clause's figures that hand them out in turn to several holders: "They received
# sentences of 19 and 21 years respectively", "Poe and Binay trailed with 13 and 5 votes
# respectively". Which figure is whose takes counting the lists: a question, never a conflict.
RESPECTIVE_WORDS = ("respectively",)
# Nouns of a place, and verbs of where one lies, before a distance: "The municipality is roughly
# 22 miles from the airport", "the beachside town that sits around 9.6 km north of Miami Beach"
# give where that place lies, not the crash site's or the epicentre's distance.
PLACE_NOUNS = ("town", "village", "city", "municipality", "area", "district", "region", "prison", "hamlet")
LYING_VERBS = ("is", "lies", "sits", "located", "situated")
# Words before a count that make it the number of a group's members: "a delegation made up of 50
# people", "a jury consisting of 12": for a claim counting the dead, a group's size, not the toll.
MEMBERSHIP_LEADS = ("made up of", "consisting of", "composed of", "comprising")
# Words naming an opinion rating: a figure in a sentence that names one ("enjoys one of the highest
# favorability ratings in the region, regularly polling above 70%", "a favorability of 62%", "a
# popularity rating below 20 percent") may be the rating, never a share of the vote nor a count.
# Not "approval" alone: "regulators gave their approval to the deal".
RATING_WORDS = ("approval rating", "approval ratings", "favorability", "favourability", "popularity")
# Words after a number whose noun is left out, in a list after a figure with its noun: "three
# counts of cocaine trafficking, one for organized crime and another for making false statements",
# "80 killed by the quake, 12 by the tsunami", "10 titles from Melbourne, seven from Wimbledon":
# each figure is one part of a breakdown, not the total.
BREAKDOWN_LINKS = ("for", "by", "from", "of")
# Words after "of" that make the number a share of the figure before, not a part beside it: "five
# counts, one of them for perjury", "80 people, 12 of whom were children", "one of his lawyers".
PARTITIVE_HEADS = ("them", "those", "these", "which", "whom", "us", "his", "her", "their", "its", "our")
NEGATING_PREFIXES = ("non",)  # "89 non-student passengers": a word joined by a hyphen that denies the noun
PLURAL_ENDING = "s"  # "200 shipping containers": a count of a plural noun
# Words that count a noun without a number, so that a noun after them is counted apart: "150
# passengers and several crew", "58 missing and numerous injured" are two counts, not one.
MANY_WORDS = ("many", "several", "numerous", "countless", "some", "other", "few")
HEAD_NOUN_LAST = True  # the noun a number counts ends the words after it: "200 shipping containers"
AGENT_WORD = "by"  # "led by": a participle, not a finite verb

# --- negation and condition --------------------------------------------------------------------

# A word used under these ("not the first") is no evidence; so is every word ending in "n't".
NEGATIONS = (
    "not",
    "no",
    "never",
    "neither",
    "nor",
    "without",
    "hardly",
    "cannot",
    "lacked",
    "lacks",
    "lacking",
    "omitted",
)
# Adjectives that a negation right before them joins into one adjective, a kind of figure rather
# than a denial. None in English: it writes them as one word ("the unofficial toll", "unconfirmed
# reports"), and "no official toll was given" is a denial; Spanish writes "la cifra no oficial".
NEGATED_ADJECTIVES: tuple[str, ...] = ()
# A negated infinitive denies the verb phrase it opens, further than a plain negation reaches:
# "disappointed not to have secured a premeditated murder conviction", "chose not to declare a
# national emergency".
NEGATED_INFINITIVE = ("not", "to")
NEGATED_INFINITIVE_REACH = 6  # words from "not to" to the word it denies
# Two words that deny what follows: "investigators ruled out corrosion", "they rule out an attack".
# "a ruling that paints him as a terrorist instead of a psychotic murderer": the alternative denied.
NEGATING_PHRASES = (
    "ruled out",
    "rule out",
    "rules out",
    "ruling out",
    "instead of",
    "rather than",
    "fails to",
    "failed to",
    "fail to",
    "failing to",
)
NEGATED_ENDING = "n't"
# Words that join the items of a list a denial reaches as a whole: "do not suspect terrorism or
# arson", "ruled out arson and possible terror-related motives", "neither X nor Y".
LIST_JOINERS = ("or", "and", "nor")
# The word between a number of years and the topic that makes it how long the topic has lasted:
# "52 years of war", "13 years of cooperation".
LASTING_OF = "of"
# What joins two values offered as alternatives, neither said to be the one: "their verdict on
# either July 20 or August 24", "on 23 June or 30 June".
ALTERNATIVE_JOINERS = ("or", "or on", "or else")
CONDITIONALS = ("if", "unless", "whether")
# Phrases that open a sentence with a condition, as "if" does: what follows holds only if it holds.
CONDITION_OPENERS = ("in case", "in the event")
NOT_CONDITION_OPENERS: tuple[str, ...] = ()  # none: "if" always sets one
# Phrases that set a condition anywhere in a clause, as "if" does: "the unrest may return in the
# event that he is acquitted", "In order for Bankman-Fried to be found guilty, the jury must …".
CONDITION_PHRASES = ("in the event that", "in order for", "on condition that", "provided that")
CONDITION_REACH = 12  # words between "if" and the word it conditions
# Words before a verb that say it did not happen, or only was to: "would have anchored it",
# "was supposed to fire", "designed to hold". Matched as whole phrases right before the word.
COUNTERFACTUALS = (
    "would have",
    "could have",
    "should have",
    "might have",
    "supposed to",
    "designed to",
    "meant to",
    "intended to",
    "was to",
    "were to",
    "due to be",
    "expected to",
)

# --- clauses and continuation ------------------------------------------------------------------

# Marks between two words that end a clause. Readers differ on the comma, which also sets off an
# apposition: attribution and evidence quotes stop at any of CLAUSE_MARKS and QUOTATION_MARKS
# (quotes too, and evidence at a spaced dash); `discover` stops at CLAUSE_MARKS and BRACKETS but
# at a comma only before a space, and reads past quotation marks.
CLAUSE_MARKS = (",", ";", ":", "(", ")")
QUOTATION_MARKS = ('"', "“", "”")
BRACKETS = ("[", "]")
DASHES = ("-", "–", "—")  # a clause break when spaced: "the talks - first held in 2008 - resume"
# Words that open a sentence without changing its subject: "However, it …".
DISCOURSE = (
    "however",
    "but",
    "and",
    "also",
    "still",
    "meanwhile",
    "additionally",
    "moreover",
    "yet",
    "so",
    "instead",
    "further",
    "furthermore",
    "indeed",
)
# Determiners that, opening a sentence before a noun of an occurrence (RECALLED_NOUNS), point back
# at the one the sentence before named: "… the 2015 burst of another dam near Mariana. That
# accident killed 19 people". When that sentence is excluded, so is this one.
RECALLING_DETERMINERS = ("that", "this", "those", "these")
RECALLED_NOUNS = (
    "accident",
    "disaster",
    "tragedy",
    "catastrophe",
    "burst",
    "breach",
    "collapse",
    "crash",
    "earthquake",
    "quake",
    "fire",
    "explosion",
    "attack",
    "election",
    "vote",
    "referendum",
    "trial",
    "deal",
    "final",
    "race",
    "flight",
)
# Nouns for a person by role or trade that a sentence opens with, after "the", to speak of the
# one person the sentence before named: "… victory of President-elect Andres Manuel Lopez Obrador.
# The leftist candidate won … with 53 percent", "The economist swept the runoff".
EPITHET_NOUNS = (
    "candidate",
    "leader",
    "economist",
    "politician",
    "libertarian",
    "leftist",
    "conservative",
    "populist",
    "incumbent",
    "challenger",
    "winner",
    "banker",
    "businessman",
    "businesswoman",
)
# Words that point back at what the previous sentence named: "He said …", "Its budget …".
ANAPHORS = ("he", "she", "it", "they", "this", "these", "those", "its", "their", "his", "her", "such", "both")
# None: English writes the subject it carries on ("He has won 59%"); "Has won 59%" is a headline's
# shorthand, not a sentence that carries on the one before.
SUBJECTLESS_OPENERS: tuple[str, ...] = ()
PERSONAL_PRONOUNS = ("he", "she", "they")  # "He said": the person named just before
POSSESSIVES = ("its", "their", "his", "her", "our", "your", "my", "whose")
OF = "of"  # a noun's complement: "308 of 382 areas", "a depth of 5km", "X's purchase of Y"
GIVEN_IN = "in"  # what an amount is given in: "$65 million in federal aid", "$4bn in cash"
DEFINITE_ARTICLES = ("the",)  # "The deal …": a sentence that goes on about the topic's noun
# Words between a modal and a participle: "must be ratified", "would have passed".
MODAL_LINKS = ("be", "been", "being", "have", "has")
POSSESSIVE_ENDINGS = ("'s", "’s")  # "Yahoo's purchase", "New Zealand’s Prime Minister": whose it is
DETERMINERS = ("a", "an", "the")
SPEECH_NEGATIONS = ("not",)  # "Price did not say" is still Price
# Words that start a sentence or a name without being part of it ("The", "During", "On").
SENTENCE_OPENERS = (
    "the",
    "a",
    "an",
    "on",
    "in",
    "at",
    "of",
    "for",
    "to",
    "by",
    "with",
    "from",
    "into",
    "during",
    "after",
    "before",
    "since",
    "until",
    "while",
    "when",
    "as",
    "but",
    "and",
    "or",
    "this",
    "that",
    "these",
    "those",
    "his",
    "her",
    "their",
    "its",
    "our",
    "my",
    "your",
    "both",
    "earlier",
    "later",
    "meanwhile",
    "however",
    "also",
    "according",
    "said",
    "says",
    "if",
    "than",
    "then",
    "so",
    "yet",
)
# A sentence opening with a time frame is about that time: "In 1957, floods …", "Back in 2008, …".
FRAME_LEADS = ("back", "early", "late")
# The past perfect with a word of an earlier time ("officials had earlier reported at least 70
# deaths", "He'd previously talked about a valuation of $2 trillion"): what was said or done before
# the story's news, a figure since revised or another occurrence's. The auxiliary, or the ending of
# its contraction ("He'd"), and the words of an earlier time beside it.
PLUPERFECT_AUXILIARIES = ("had",)
PLUPERFECT_CONTRACTIONS = ("'d",)
PLUPERFECT_EARLIER = ("previously", "earlier", "initially", "originally")
# Words after a span of years that put a sentence's time frame that far back: "A year earlier,",
# "Two years ago,", "Ten years before,".
EARLIER_WORDS = ("earlier", "before", "ago", "previously")
FRAME_PREPOSITIONS = ("in", "during", "by")
# Kinds of deadly event: a toll "in" one the claim and the scope's event do not name is another
# event's ("At least 18 people died in the avalanche" for the earthquake's toll).
# Participles that end a hyphenated modifier without "-ed": "quake-hit areas", "war-torn", "storm-swept".
MODIFIER_PARTICIPLES = ("hit", "torn", "stricken", "struck", "swept")
EVENT_NOUNS = {
    "earthquake": ("earthquake", "quake", "tremor"),
    "aftershock": ("aftershock", "aftershocks"),
    "avalanche": ("avalanche",),
    "landslide": ("landslide", "mudslide"),
    "tsunami": ("tsunami",),
    "flood": ("flood", "floods", "flooding"),
    "fire": ("fire", "blaze", "inferno"),
    "explosion": ("explosion", "blast", "bombing"),
    "shooting": ("shooting",),
    "crash": ("crash", "collision", "derailment"),
    "collapse": ("collapse",),
    "stampede": ("stampede",),
    "storm": ("storm",),
    "sinking": ("sinking",),
}
# Nouns of occasions that a place before them names: "the Beijing Olympics", "the Beijing Olympic
# champion", "the London Games", "the Minsk agreement". A venue claim's rival place used so names
# another occasion, not where the claim's took place.
OCCASION_NOUNS = (
    "olympics",
    "olympic",
    "games",
    "championships",
    "championship",
    "summit",
    "marathon",
    "agreement",
    "agreements",
    "accord",
    "accords",
    "talks",
    "conference",
)
EVENT_LINKS = ("in", "after", "by")  # "died in the avalanche", "killed after an avalanche", "killed by a landslide"
# Words opening a sentence with a place, set off by a comma: "In Bangladesh, four deaths have been
# reported". The figures after it are that place's.
PLACE_OPENERS = ("in",)
# Nouns of a country's parts: a share or a count of votes in a sentence that ties its figures to one
# ("the province of Zamboanga del Norte", "his home state", "among the four provinces") may be that
# part's result, not the whole's. Lower case only: "the United States" is the whole.
DIVISION_NOUNS = (
    "province",
    "provinces",
    "state",
    "states",
    "county",
    "counties",
    "district",
    "districts",
    "constituency",
    "constituencies",
    "municipality",
    "municipalities",
    "region",
    "regions",
    "commune",
    "communes",
    "department",
    "departments",
    "prefecture",
    "prefectures",
)
# The word between the topic's noun and a weekday that dates the noun, whatever the sentence's
# tense: "the death toll from the original earthquake on Saturday could rise".
NOUN_DAY_LINK = "on"
FRAME_QUALIFIERS = ("early", "late", "mid")
# Words between a figure and a date that date the figure: "rose to 158 on Thursday".
FIGURE_DATE_LINKS = ("on", "by", "as of", "in", "at")

# --- what a value is about ------------------------------------------------------------------------

# Words that may stand between a topic and its value: "the toll rose to 148", "turnout was 72.2%",
# "Leave won 51.9%", "65 had been killed".
VALUE_LINKS = (
    "is",
    "was",
    "are",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "now",
    "worth",
    "already",
    "still",
    "to",
    "at",
    "of",
    "on",
    "by",
    "stood",
    "stands",
    "stand",
    "rose",
    "rises",
    "risen",
    "soared",
    "soars",
    "surged",
    "surges",
    "swelled",
    "mounted",
    "grew",
    "past",
    "climbed",
    "climbs",
    "reached",
    "reaches",
    "hit",
    "hits",
    "jumped",
    "increased",
    "fell",
    "dropped",
    "totalled",
    "totaled",
    "totals",
    "topped",
    "passed",
    "passes",
    "exceeded",
    "exceeds",
    "surpassed",
    "surpasses",
    "tops",
    "won",
    "wins",
    "took",
    "got",
    "gained",
    "secured",
    "obtained",
    "received",
    "garnered",
    "polled",
    "put",
    "puts",
    "set",
    "estimated",
    "reportedly",
    "officially",
    "confirmed",
    "reported",
    "just",
    "received",
    "receiving",
    "receives",
    "garnered",
    "polled",
    "taking",
    "getting",
    "winning",
    "with",
)
# Verbs that make the noun after them stand for their subject: "the bridge is a 0.75-mile span".
COPULAS = ("is", "was", "are", "were", "be", "been", "remains", "remained", "becomes", "became")
# "will remain CEO", "will stay chairman", "will continue in the role of chairman"
REMAIN_WORDS = ("remain", "become", "stays", "stayed", "stay", "continue", "continues", "continued")
# Words after a time span that make it an offset dating something else: "17 days after the collapse".
OFFSET_WORDS = ("after", "before", "later", "earlier", "since", "into", "ago")
# Words right before a time span that make it a duration, whatever offset word follows: "descended
# for eight minutes before impact" is how long the descent lasted, not when something happened.
DURATION_LEADS = ("for",)
# Words that open a relative clause: what it says is said of the noun before it (a date in "the
# Merida Initiative, which is a 2008 pact" is the initiative's).
RELATIVE_PRONOUNS = ("which", "who", "whom", "whose", "where")  # not "that": "said that" opens no relative clause
# Relative pronouns that stand for a person: after ", " and a name, what their clause says is said
# of that name ("his rival, Xóchitl Gálvez, who won 28%"). "which" and "that" may stand for any
# noun of the phrase before them ("the purchase of Celgene, which earned $15 billion").
PERSON_RELATIVES = ("who",)
# Relatives that stand for a name right before them and a comma when that name is no noun's
# complement. None in English: "who" is a person's already (above); "which" stands for a thing.
NAME_RELATIVES: tuple[str, ...] = ()
WHERE = "where"  # a relative clause on a place: "Graves County, where 24 people were killed"
THAT = "that"  # a relative pronoun only right after a noun: "the quake that hit", not "said that"
# A share written without its sign (Spanish "ganó con el 55,18 de los votos"): English puts no
# article before a share that marks it as one ("the 55.18 of the vote" is not written), and a
# bare "55.18 of the votes" may count votes, so English has no such reading.
UNSIGNED_SHARE_LEADS: tuple[str, ...] = ()
UNSIGNED_SHARE_WHOLES: tuple[str, ...] = ()
# The linking words that are prepositions, not verbs: "rose to 158", "stood at 113".
VALUE_PREPOSITIONS = ("to", "at", "of", "by", "with")
# Marks that end a clause for good, where a comma or a dash only sets a phrase off.
STRONG_CLAUSE_MARKS = (";", "(", ")")
# The brackets that set a short label off right after a name: a party, a ticker, a country code,
# an acronym ("Pedro Castillo (Perú Libre) obtuvo el 50.126%", "Celgene Corporation
# (NasdaqGS:CELG) for $73 billion"). A label of a few capitalised words with no figure is part of
# the name, so it neither cuts the name off from what the clause says of it nor stands between.
NAME_LABEL_BRACKETS = ("(", ")")
# Marks after which a sentence makes another statement, so that what follows is not said of the
# subject it opens with: "the CDU again achieved one of the worst results: 16.1%".
STATEMENT_MARKS = (";", ":")
# Words before a count that make it a part of a total: "including six children", "of whom three".
PART_MARKERS = (
    "including",
    "includes",
    "include",
    "among them",
    "among",
    "of whom",
    "of which",
    "excluding",
    "other",
    "another",
    "additional",
    "further",
)
# Words that open a list of members of a group named before them: the topic named only there
# ("76 dead including Brazil's Chapecoense football team", "200 people on board, including five
# Britons") makes the counts outside the list totals of which the topic is a part.
INCLUSION_LEADS = ("including", "among them")
# Of those, the words that name members of a group: a count after them that counts the topic's own
# noun is the topic's ("including five Britons", "among the 149 passengers"); after a verb of
# including ("The eight include five firefighters") the group may be another's, with its own verb
# (the missing), and after "another" or "additional" the count is of more of the kind.
MEMBER_LEADS = ("including", "among them", "among")
# Of those, the words that set a count beside another group: "another 300 were injured" after
# "30 died" counts other people, all the injured; after "20 were killed" it counts more dead.
ANOTHER_WORDS = ("another",)
# Of those, the words that add more of a kind: after the topic's words in the same clause the amount
# is more of the topic ("will invest another $10 billion", "founders and employees will also receive
# another $3 billion", "special rights for a further $9 in cash"), which may be the claim's own figure
# or a part of its whole: evidence where it agrees, a question where it does not.
INCREMENT_MARKERS = ("another", "additional", "further")
# Words that say a try failed ("he missed on his first attempt", "NASA scrubbed its second attempt
# to launch"): a term said of that try is not said of the one the claim counts.
FAILURE_WORDS = ("failed", "missed", "scrubbed", "aborted", "unsuccessful")
# Words after a count that make it the rest besides someone: "him and 32 others", "he and 32 fellow
# miners", "32 more". For a claim that counts the rest itself ("a mistrial on the other 10 counts")
# or charges (KIND_COUNTED), which a verdict splits into parts, the rest may be the claim's count:
# "failed to reach a verdict on 10 other charges", "on three more".
THE_OTHERS = ("others", "other", "fellow", "more", "remaining")
# Words before the topic's plural noun that count several of it ("both quakes", "the twin
# attacks"), as a number does ("two deadly earthquakes"): a toll said of them is of them all.
SEVERAL_WORDS = ("both", "twin")
KINDS_FOLLOW_THE_NOUN = False  # "the emergency response costs": the word before a noun may make it a kind
# Nouns counted by kind ("eight counts of sex trafficking", "two charges of bank fraud"): a count
# of one kind the claim never names may be a part of its total.
KIND_COUNTED = (
    "count",
    "counts",
    "charge",
    "charges",
    "felony",
    "felonies",
    "offence",
    "offences",
    "offense",
    "offenses",
)
# Words after a value that make it the threshold of a class ("a major hurricane, category 3 or
# higher", "19 earthquakes of magnitude 6.5 or larger"): no value of the topic. Not "or more",
# which bounds a count ("20 or more people died").
THRESHOLD_TAILS = (
    "or higher",
    "or above",
    "or greater",
    "or larger",
    "or stronger",
    "or worse",
    "or lower",
    "or below",
)
# Place nouns a one-word topic before them only qualifies ("at the launch pad on April 22", "the
# launch site"): the place, not the event.
PLACE_HEADS = ("pad", "pads", "site", "sites", "complex", "facility")
# Words right before a count that make it a subset of the whole ("guilty on the first 4 charges",
# "the other 32 miners", "the last 10 counts", "the remaining 17 hostages"): a part, not the
# total (a count only: "over the last 13 years" is the topic's own span, "the last 30 metres" a stretch).
SUBSET_LEADS = ("first", "last", "other", "remaining")
# A word after a count that makes it an increment, so a count before it in the sentence is a
# portion: "a bomb that killed eight people and then took 69 more lives".
INCREMENT_WORDS = ("more",)
# Words before a count that make it the total reached, whatever more is counted after it: "the toll
# rose to 64 after crews recovered 10 more", "stood at 90", "reached 100", "topped 50".
TOTAL_LINKS = ("to", "at", "reached", "reaches", "hit", "topped", "passed", "surpassed", "exceeded")
# Words after a count that make it a total of several: "killing 77 people in total" (the claim's
# figure, for one of the several, may be a part of it).
TOTAL_MARKERS = ("in total", "in all", "altogether", "combined")
# Words after "of" that make the count before it a part of a group: "67 of the passengers",
# "three of them", "$30 billion of that debt".
PART_OF = ("the", "those", "these", "them", "that", "its", "their", "our")
# A figure "for" the topic is the topic's: '7.8 million for "Leave"', "51.9% for Leave".
FOR_WORD = "for"
# Words of buying and selling: the amount "for" which their object changes hands is the price,
# however long the object's name ("Facebook is purchasing the popular messaging app WhatsApp for
# $16 billion", "Amazon's acquisition of Whole Foods for $13.7 billion").
PURCHASE_WORDS = (
    "buy",
    "buys",
    "buying",
    "bought",
    "purchase",
    "purchases",
    "purchased",
    "purchasing",
    "acquire",
    "acquires",
    "acquired",
    "acquiring",
    "acquisition",
    "takeover",
    "sell",
    "sells",
    "selling",
    "sold",
    "sale",
)
# Words joining two counted nouns into one count: "150 passengers and crew" counts both.
NOUN_JOINERS = ("and", "or")
# A sentence opening that names a whole, so the figures after its comma are parts:
# "Of the 185 dead, 115 died in the CTV building".
PARTITIVE_OPENERS = ("of the", "of those", "of these", "of them")
# Words that place a count: in a list of them, each count is a part ("8 in Oslo and 69 on Utoya",
# "nine from Spain, four from Peru").
PLACE_WORDS = ("in", "on", "at", "from")
# Prepositions that open a phrase saying where an act happened, up to a place's name: between the
# topic and a date, "collided with a freight train near the Bahanaga Bazar railway station in
# Balasore on May 2" or "the explosion at a chemical plant in Tianjin on August 14" says where and
# when the same act happened, so the phrase does not set the date farther from the topic.
WHERE_PREPOSITIONS = ("in", "at", "near", "outside")
# Words right after an amount that give its purpose: beside other amounts of its kind, each is one
# part of a breakdown ("$1.7 million for reputational repair and $1 million in compensatory damages").
# Opening a sentence, set off by a comma, they give the purpose of every amount after them: "For
# repairing her reputation, Ms Carroll was awarded $1.7m" (not "For example," nor "For now,").
PURPOSE_LEADS = ("for",)
# Words right before a topic's noun that make it another occurrence of its kind: "Another collapse
# occurred on Saturday", "an earlier explosion at the mine".
OTHER_OCCURRENCE = ("another", "earlier", "previous", "prior")
# Those of them that open a noun phrase, however long: "another SpaceX crew launch", "Another
# SpaceX crew will launch" (not "earthquakes earlier this month killed").
OTHER_OCCURRENCE_OPENERS = ("another",)
# Marks that join a party's one letter to a state after a lawmaker's name ("Rep. James Comer,
# R-Kentucky", "Sen. Dianne Feinstein (D-Calif.)"): an affiliation, never a person. The same in
# every language.
AFFILIATION_JOINERS = ("-",)
# Small words a personal name never has: a capitalised run holding one is a title-case headline
# ("Miner Foreman Last To Be Freed"), not a name.
NOT_IN_NAMES = (
    "to",
    "be",
    "is",
    "was",
    "are",
    "for",
    "in",
    "on",
    "at",
    "of",
    "the",
    "a",
    "an",
    "and",
    "with",
    "as",
    "by",
    "i",  # "What I Saw"; "I Wafula Chebukati, Chairperson … hereby declare": the speaker, no given name
)
# Words near a figure that make it a possibility, not what happened: "guidelines recommend 12.5
# years", "the 30 years that prosecutors had requested", "faces a maximum of 40 years", "aims to
# collect two kilograms".
POSSIBILITY_WORDS = (
    "recommend",
    "recommends",
    "recommended",
    "request",
    "requests",
    "requested",
    "seek",
    "seeks",
    "seeking",
    "sought",
    "asked",
    "face",
    "faces",
    "faced",
    "facing",
    "maximum",
    "minimum",
    "guideline",
    "guidelines",
    "proposed",
    "possible",
    "potential",
    "could",
    "might",
    "planning",
    "plans",
    "intend",
    "intends",
    "intending",
    # An aim is not the result: "Chang'e-6 aims to collect around two kilograms", "the minister said it
    # aims to raise $1 billion". Only the finite present: "a $53 billion deal aimed at boosting
    # production", "acquires Discover for $35 billion, aiming to become ..." say what a done deal is for.
    "aim",
    "aims",
)
POSSIBILITY_REACH = 6  # words between a figure and the word that makes it a possibility
# Words of POSSIBILITY_WORDS that, next to the topic's word, name the topic itself as proposed ("the
# proposed acquisition for $68.7 billion"), or as planned before its verb and the infinitive's marker
# ("Kroger plans to buy Albertsons for $24.6 billion", "intends to acquire Splunk for $157 per share"):
# the price as first put, which the claim may be about.
PROPOSAL_WORDS = ("proposed", "plans", "planning", "intends", "intending", "intend")
# Words of POSSIBILITY_WORDS that make a figure a possibility only when it is a penalty, a span of
# time or an amount ("faces up to 10 years", "faced a $5,000 fine"): charges or accusers someone
# faces were brought ("convicted on all seven counts he faced", "Spacey has faced four accusers").
PENALTY_POSSIBILITIES = ("face", "faces", "faced", "facing")
# Words of expecting or hoping that make a figure what someone counted on before it happened, with
# a word of EARLIER_EXPECTING just before them: "was initially expected to raise as much as $100
# billion", "the $2 trillion valuation that the prince had initially hoped for", "who had eyed a
# $2.0 trillion valuation". Not estimates ("initially estimated the cost to be around $20 million"),
# which may be the figure itself, nor a forecast in the present ("are expected to own 69%"). A finite
# past form needs no such word before the "that" clause it governs: "SpaceX hoped that, at best,
# the flight would last 90 minutes" (not "it is expected that …", after AUXILIARIES_BEFORE_PARTICIPLE).
EXPECTATION_WORDS = ("expected", "hoped", "eyed", "envisaged", "envisioned")
# Words just before an expectation that date it before the fact: a past or pluperfect auxiliary
# or an adverb of a first plan ("was expected to remain for about 40 seconds", "had hoped",
# "initially expected", "originally envisaged"); not the present's "is expected".
EARLIER_EXPECTING = ("was", "were", "had", "initially", "originally")
# Nouns of a boundary that a figure defines rather than measures: "the Kármán line, 100 kilometers
# above sea level", "consider an altitude of 50 miles to be the boundary", "considers 100
# kilometers, or 62 miles, the edge of space". Not "mark" nor "threshold", which bound a figure
# that happened ("passed the 1,000 mark", "passing the 326 threshold").
BOUNDARY_NOUNS = ("boundary", "edge", "line", "frontier")
# Verbs that set a figure as what a boundary is, with a boundary noun after the figure.
DEFINING_VERBS = ("consider", "considers", "considered", "define", "defines", "defined")
# Phrases after a figure that make it a threat hanging over someone, what they face rather than
# what they got: "with a 40-year sentence hanging over her", "a $50 million fine looming over them".
THREAT_PHRASES = ("hanging over", "looming over")
# Endings of the word that opens a participle clause, which goes on the predicate before it: "Aramco
# could offer 1%-2% of its shares, raising as much as $20 billion" (a possibility, as its predicate);
# "rose into the air on Monday, achieving the first powered flight" (what happened on that day).
GERUND_ENDINGS = ("ing",)
# How many times larger or smaller than the claim's a figure is, in an article that states the
# claim's value, to be read as another figure (a part, a fee, another deal) rather than a
# contradiction: "$1bn" beside "$19 billion" (a break fee), not "15 years" beside "13 years".
FAR_FROM_CLAIM = 3
# Words after a figure that open another predicate of the subject, whose modal is not the figure's:
# "the number killed exceeds 5,000 and could amount to 10,000", "has surpassed 4,000 but is expected to rise".
PREDICATE_JOINERS = ("and", "but")
# Words right before a figure that make it a given amount, not what is asked for: "urged them to
# pay the $15 million in assessments".
GIVEN_MARKERS = ("the", "this", "that", "those", "these")
# Words right before a verdict's word that make it what a defendant pleads, not what a court
# decided: "Murdaugh has pleaded not guilty", "she pled guilty", "a plea of not guilty"; and the
# nouns right after it that do the same: "entered a not guilty plea".
PLEA_PHRASES = ("plead", "pleads", "pleaded", "pled", "pleading", "plea of", "pleas of")
PLEA_NOUNS = ("plea", "pleas")
# Prepositions after which a verb's "-ing" form is the matter at issue, not what was done: "the
# contest over ratifying the government's peace deal", "a referendum on accepting the final deal".
ISSUE_LINKS = ("over", "on", "about")
# Words earlier in a figure's clause that make it what someone asks for, however far: "Prosecutors
# had asked Judge Edward Davila to sentence Holmes to 15 years", "Prosecutor urges California
# federal judge to give Holmes 15-year sentence", "the defence argued for a sentence of 3 years",
# "Heard countersued Depp for $100 million".
REQUEST_WORDS = (
    "ask",
    "asks",
    "asked",
    "asking",
    "urge",
    "urges",
    "urged",
    "urging",
    "argue",
    "argues",
    "argued",
    "demand",
    "demands",
    "demanded",
    "calling",
    "seek",
    "seeks",
    "seeking",
    "sought",
    "request",
    "requests",
    "requested",
    "motion",
    "motions",
    "petition",
    "sue",  # a suit asks for its figure: "Depp had sued Heard for $50 million"
    "sues",
    "sued",
    "suing",
    "countersue",
    "countersues",
    "countersued",
    "countersuing",
)
# Words of wanting earlier in a term's clause that make the term what someone wished for, not what
# was decided or done: "The prosecution wanted judges to deem him insane", "the families wished
# him found guilty". Read for terms only: a wish for one's own act ("Bristol wants to purchase
# Celgene in a deal valued at $74 billion") still gives the act's figure.
DESIRE_WORDS = ("want", "wants", "wanted", "wanting", "wish", "wishes", "wished")
# Nouns of a suit, whose figure is what is claimed, not what is awarded: "Heard had filed a $100
# million countersuit", "a $50 million libel lawsuit", "a suit for $10 million". The figure stands
# right before the noun, or after it and a complement's link.
SUIT_NOUNS = ("lawsuit", "lawsuits", "suit", "suits", "countersuit", "countersuits", "counterclaim")
# Words earlier in a figure's clause that make it what something can do, not what happened: "a
# crane able to lift 500 tonnes", "a rescue chamber that can reach a bottomed submarine at depths
# of 850 feet", "a span designed to carry 140,000 vehicles a day", "a capsule capable of holding one man".
CAPABILITY_WORDS = ("can", "able", "capable", "designed")
# Phrases earlier in a figure's clause that make it a choice someone had, what could have been:
# "Linn had the option of sentencing him to the jail for up to one year", "Aramco would retain the
# option of an even bigger offering". Not the noun alone, which names a ballot's choice in a vote
# ("the Leave option won 51.9%").
CHOICE_PHRASES = ("option of", "option to", "options of")
# Words that give a figure for each one of several, not their total: "The three felony counts each
# carry a 10-year sentence", "up to 10 years in prison on each count", "cost $4.1 billion each",
# "the semifinalists each got $775k"; with the words after them that undo it ("each other").
DISTRIBUTIVE_WORDS = ("each", "apiece")
DISTRIBUTIVE_STOPS = ("other",)
# Words earlier in a figure's clause that make it a bound set on what may happen: "The minimum term
# that society will be happy with is ten years", "the maximum he faced was 15 years".
LIMIT_WORDS = ("minimum", "maximum")
# Words right before a limit word's noun phrase that make it the limit reached, not one set: "sentencing
# Murray to the maximum of four years", "climbed to its prescribed maximum altitude of 10 feet", "sending
# four crew members to a maximum altitude of 1,400 kilometers". Not after an upper bound's first word
# ("up to a maximum of 10 years", a bound again).
LIMIT_REACHED_LEADS = ("to",)
# Words after a length that make it a distance from somewhere: "10km south-east of Christchurch".
DISTANCE_MARKERS = (
    "from",
    "away",
    "off",
    "offshore",
    "inland",
    "outside",
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
    "northern",
    "southern",
    "eastern",
    "western",
)
DISTANCE_WORDS = ("distance", "far", "away", "from")  # a claim about a distance keeps its "from"
# Words before a topic's noun that leave it the claim's own: "the total cost", "the official death
# toll". Any other lower-case word there names another kind of it ("the emergency response costs",
# "the injury toll", "the search costs"): a figure of that is not clearly the claim's.
NEUTRAL_MODIFIERS = (
    "total",
    "final",
    "overall",
    "estimated",
    "initial",
    "projected",
    "full",
    "whole",
    "expected",
    "actual",
    "original",
    "eventual",
    "official",
    "confirmed",
    "latest",
    "current",
    "revised",
    "new",
    "rising",
    "grim",
    "known",
    "voter",  # who took part: "the voter turnout"
    # how sure or how large, not which kind: "58 feared dead", "an unprecedented turnout of 90%"
    "feared",
    "presumed",
    "reported",
    "unprecedented",
    "record",
    "historic",
    "high",
    "heavy",
    "huge",
    "massive",
    "powerful",
    "strong",
    "major",
    "deadly",
    "devastating",
    # how many of them differ, not which kind: "passengers from 33 different countries"
    "different",
    "separate",
)
PRESENT_PARTICIPLE_ENDING = "ing"  # "anchoring harpoons": a word of a term used as the topic's modifier
ADVERB_ENDING = "ly"  # "eventually cost", "initially estimated": an adverb, not a kind of the noun
# What makes an amount the value of the noun after it: "$12 billion worth of Facebook shares".
WORTH_OF = "worth of"
# Words before an amount that make it what their subject is worth: "The company, which is worth $427
# billion", "Acton is worth at least $3 billion", "a company valued at $5bn".
WORTH_WORDS = ("worth", "valued")
# What an amount is given in that leaves it the amount itself: "£24bn in cash", "$32bn in total".
# Any other noun after "in" names what the money is: "$65 million in federal aid", "$5m in damages".
PAYMENT_FORMS = ("cash", "stock", "shares", "total", "all", "full", "value")
# What an amount is paid as when it makes good a loss: "$965 million in damages", "$2 million in
# compensation". Given in one of these, an amount is the claim's own kind when the claim's words
# say one, and the topic's when the topic's noun governs it ("a forfeiture of $12.6 billion in
# compensation for the drugs"); beside a fine with nothing tying it ("and $24 million in
# restitution"), another sum.
COMPENSATION_WORDS = ("compensation", "compensatory", "damages", "restitution", "reparations")
# Shares paid beside cash ("one Bristol-Myers Squibb share and $50 in cash", "$53.75 in cash and
# $53.75 in AT&T stock"): a cash amount listed with them is one part of the price, not all of it.
PAYMENT_IN_KIND = ("share", "shares", "stock")
# Words between two figures that make them a size, not one length: "a rupture of about 15 x
# 15km", "a 3 × 4 metre room", "a 20 by 30 foot flag".
SIZE_JOINERS = ("x", "×", "by")
# What a length measures, from the word after it or the claim's own words: "fell into the river
# 20 meters below" is a drop, "a 1,907-foot bridge" … "40 metres high" a height, "700 metres
# underground" a depth. A length said of another of these is no figure of the claim's.
MEASURES = {
    "length": ("long", "length", "lengths"),
    "depth": ("deep", "depth", "depths", "below", "beneath", "underground", "underwater", "down"),
    "height": ("high", "height", "tall", "above", "altitude", "up"),
    "width": ("wide", "width", "across", "diameter", "diameters", "broad"),
}
# Words around the first of two figures that make it the value before a change: "the toll rose
# from 65 to 75", "dropped it from 9.74 to 9.58".
CHANGE_FROM = "from"
# Words before "from … to …" that make it a range, not a change: "sentences ranging from 10 to 25
# years", "somewhere between".
# Words after a fact sheet's figure that name the base it is measured against: "a premium of
# about 44% to the 30-day average (about 33% to its 52-week high)", "0.4% over the previous
# month". An article's figure equal to such a second figure is that measure on its other base.
BASE_LEADS = ("to", "over", "above", "against")
RANGE_LEADS = ("ranging", "range", "ranged", "ranges", "varying", "varied", "anywhere", "somewhere")
CHANGE_TO = "to"
# Verbs of a rise or a fall whose figure right after them (maybe after a word of CHANGE_BY), with
# "to" and a new level after it, is the size of the change: "Aramco shares rose 10 percent to 35.2
# riyals", "the Conservatives gained 47 seats to 365". The level after "to" is read as it stands.
# Not "won" nor "lost", which also give a score ("lost 98 to 105").
CHANGE_VERBS = (
    "rose",
    "rises",
    "risen",
    "fell",
    "falls",
    "fallen",
    "jumped",
    "climbed",
    "dropped",
    "gained",
    "surged",
    "soared",
    "slumped",
    "plunged",
    "tumbled",
    "increased",
    "decreased",
    "declined",
)
CHANGE_BY = ("by",)  # "rose by 10 percent to 35.2 riyals"
# Words between one side's figure and the other's: "won 50.2% of the vote to 49.8%", "garnering
# 7,034,664 votes against his rival's 4,012,417", "50.9% versus 49.1%". The figure after one is
# the other side's, unless the words around it name the topic as its owner ("to Biden's 51.3%",
# "against 44.13% of the far-right candidate José Antonio Kast").
OTHER_SIDE_JOINERS = ("to", "against", "versus")
# Words right after the other side's figure that lead to its owner's name: "against 44.13% of the
# far-right candidate José Antonio Kast", "versus 49.1% for Bolsonaro".
SIDE_OWNER_LEADS = ("of", "for", "by")
# Nouns after a length that make it a race's name, not a measure of anything in the story: "the
# 100m final", "the 200m butterfly", "the 100 meters dash", "the 4x100m medley relay".
RACE_NOUNS = (
    "final",
    "finals",
    "semi-final",
    "semifinal",
    "heat",
    "heats",
    "race",
    "dash",
    "sprint",
    "hurdles",
    "relay",
    "freestyle",
    "butterfly",
    "backstroke",
    "breaststroke",
    "medley",
    "title",
    "gold",
    "champion",
    "record",
    "event",
)
# Words between a length and its race noun that qualify the race's title or record: "the 100m
# world record", "his 200m Olympic title" (not "a 50m Olympic pool": no race noun after).
RACE_QUALIFIERS = ("world", "olympic", "national", "european", "commonwealth")
# Words before a length with no noun after it that make it a race's name: "the men's 100 metres",
# "the women's 200m".
RACE_OPENERS = ("men", "women", "men's", "women's")
DEFAULT_MEASURE = "length"  # what a figure of length measures unless its sentence says: "stretches 2 km"
# Words that make a figure the size of a change, not a level: before it, "lopping off 0.11sec from
# the time", "shaved 0.11 seconds"; after it, "0.11 seconds off the record", "eleven hundredths of
# a second faster than his previous record". A claim that states a change is read as one.
DIFFERENCE_BEFORE = ("lopping off", "lopped off", "shaving", "shaved", "knocking", "knocked", "slicing", "sliced")
DIFFERENCE_AFTER = ("off", "faster", "slower", "quicker", "clear", "ahead", "behind")
# Words after an amount that make it a rate: "£17 a share", "$5 per hour", "£17 for every share".
RATE_MARKERS = ("per", "a", "an", "each")
RATE_SLASH = "/"  # "$150,000/month": per month
# Words that set what follows them in the present, whatever earlier time the clause names: "which
# opened its first store in 1980, now has 465 stores".
NOW_WORDS = ("now", "today", "currently", "presently")
# Words that open a clause giving someone's age at another time than the story's: "I've known him
# since he was 17 years old", "when she was 15", "until he was 12", "before she was 20".
EARLIER_AGE_OPENERS = ("since", "when", "until", "till", "before", "after")
PAST_COPULAS = ("was", "were")  # "since he was 17": the verb between the opener and the age
# Endings of country adjectives, which a capitalised word after an age may be rather than a name:
# "the 43-year-old American superstar", "the 29-year-old Japanese golfer"; in the plural after a
# count, a people: "75 Kentuckians were confirmed dead".
DEMONYM_ENDINGS = ("an", "ese", "ish", "ian")
# Words that open a clause dating the one before: "posted 9.69 seconds when winning gold in
# Beijing in 2008", "killed 256 people when it struck in 1931".
WHEN_WORDS = ("when", "while", "as")
# Of those, the ones that open a clause saying what happened at the date just before: "a shock
# defeat Sunday when they voted", "a black Sunday for Kenya, when the country lost 32 of its citizens
# in the crash". Not "as" nor "while", whose clause only runs alongside ("its fourth day of
# deliberations Tuesday as the guessing game of when it will return with a verdict continues").
DATING_WHEN_WORDS = ("when",)
# A country's letters after an amount that say whose currency it is, as Canadian and Australian
# outlets write it ("$119.59 U.S. per share", "$27 million US to settle"): the amount's own words
# come after them. Compared in their normal form, written in capitals in the article.
CURRENCY_COUNTRY_MARKS = ("us",)
# Words of a market's price before a price per share, which is then not an offer's: "shares were
# trading at $135 per share", "share prices dropped to $101 per share", "a peak of $260 a share".
MARKET_WORDS = ("shares", "stock", "stocks", "price", "prices", "trading", "traded", "trade", "peak", "closing")
RATE_OPENERS = ("for each", "for every", "depending on")
# A deal's "closing" read in the market's sense: the topic word after a security ("Twitter shares
# closed at $45.85", "the stock closed up 3%") or before a price ("Twitter's closing price on 1
# April", "before the closing bell") is the trading day's end, not the deal's completion.
CLOSING_WORDS = ("close", "closed", "closes", "closing")
SECURITY_WORDS = ("shares", "share", "stock", "stocks", "index", "market", "markets", "futures")
CLOSING_PRICE_WORDS = ("price", "prices", "bell", "level", "high", "low")
# Adjectives that state a rate's period as one word: a claim of "450 million monthly users"
# compares "450 million users a month".
RATE_ADJECTIVES = {
    "hourly": "hour",
    "daily": "day",
    "weekly": "week",
    "monthly": "month",
    "yearly": "year",
    "annual": "year",
    "annually": "year",
}
# Nouns before "of" that say nothing of what an amount measures: "a total of 185". A noun of the
# claim's own statement does the same when the topic stands just before it ("the quake had a
# magnitude of 7.1" for "a moment magnitude of 7.1"), so no table lists those.
NEUTRAL_HEADS = (
    "total",
    "number",
    "figure",
    "sum",
    "tally",
    "count",
    "amount",
    "estimate",
    "level",
    "value",
    "record",
    "maximum",
    "minimum",
    "average",
    "height",
    "high",
    "low",
    "course",
    "period",
    "space",
    "span",
    "duration",
    "margin",
)
# Nouns for someone's family: a figure whose clause opens with one after a possessive ("His adult
# sons received two-year bans", "her husband was sentenced to 10 years") is that relative's, not
# the claim's person's, unless the claim speaks of them.
KIN_NOUNS = (
    "son",
    "sons",
    "daughter",
    "daughters",
    "children",
    "child",
    "wife",
    "husband",
    "father",
    "mother",
    "brother",
    "brothers",
    "sister",
    "sisters",
    "parents",
    "family",
)
# Person nouns that count everyone, of whatever kind: "a plane carrying 188 people" counts
# passengers and crew, so it is no count of a claim's passengers (nor of its students, miners).
WIDE_PERSON_NOUNS = ("people", "persons", "person", "individuals")
# Nouns that count people: "90 international students", "33 miners" are head-counts.
PERSON_NOUNS = (
    "people",
    "persons",
    "person",
    "residents",
    "victims",
    "students",
    "miners",
    "workers",
    "passengers",
    "children",
    "adults",
    "civilians",
    "soldiers",
    "tourists",
    "staff",
    "employees",
    "fans",
    "runners",
    "voters",
    "citizens",
    "men",
    "women",
    "survivors",
    "bodies",
    "patients",
    "pupils",
    "migrants",
    "refugees",
    "inmates",
    "officers",
    "firefighters",
    "rescuers",
    "crew",
    "members",
    "climbers",
    "athletes",
    "spectators",
)
# Endings of plural nouns that name people by what they do or where they are from ("crewmembers",
# "users", "jurors", "occupants", "residents", "employees", "Canadians"): a topic noun without one,
# and in no table of people, names a thing, whose count is no head-count ("16,000 schools").
PERSON_NOUN_ENDINGS = ("ers", "ors", "ists", "ants", "ents", "ees", "ans", "ives", "ates")

# Nouns that count a body's members by sex, one count after another, before the body's noun: "the
# nine men and three women jurors", "the six-man, six-woman panel": the body's make-up.
MAKE_UP_NOUNS = ("men", "women", "man", "woman", "male", "female", "males", "females")
# Nouns of a body of people whose members a count after "of" counts: "the jury of nine men and
# three women", "a panel of seven men", "a crew of 9", "a group of 30 tourists". The count is the
# body's make-up, not a count of the claim's people, unless the body is the claim's topic.
BODY_NOUNS = ("jury", "panel", "crew", "team", "squad", "group", "delegation", "committee", "board", "family")
BODY_LINKS = ("made up of", "composed of", "consisting of", "of")  # "a jury made up of nine men"

# Verbs by which a side wins its figure: "Leave won 17.4 million votes", "Duterte got 38.5%",
# "Roxas received 23.5%". Two sides' figures in one sentence are parts of the whole.
OBTAIN_WORDS = ("won", "got", "received", "obtained", "secured", "garnered", "took", "polled", "gets", "wins")

# --- attribution -------------------------------------------------------------------------------

SPEECH_VERBS = (
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "stated",
    "states",
    "announced",
    "announces",
    "noted",
    "notes",
    "explained",
    "explains",
    "confirmed",
    "confirms",
    "described",
    "describes",
    "insisted",
    "insists",
    "argued",
    "argues",
    "warned",
    "warns",
    "wrote",
    "writes",
    "tweeted",
    "informed",
    "informs",
    "reported",
    "reports",
    "claimed",
    "claims",
    "stressed",
    "stresses",
    "emphasized",
    "emphasised",
)
ACCORDING_TO = ("according to",)  # phrases that give the source of what follows
# Things said at: "a phone briefing on Thursday" dates the statement, not the event.
COMMUNICATION_NOUNS = ("briefing", "statement", "interview", "conference", "call", "speech", "remarks", "post")
# Words that may stand between a speaker and "said": "had also said", "reportedly said".
SPEECH_AUXILIARIES = (
    "had",
    "has",
    "have",
    "also",
    "later",
    "earlier",
    "then",
    "would",
    "will",
    "previously",
    "reportedly",
    "again",
    "once",
    "further",
)
# Words between a speech verb and its date: "said on Monday", "told reporters this week".
DATE_GLUE = ("on", "earlier", "late", "this", "last", "reporters", "journalists", "the", "a", "news", "press")
TIME_PREPOSITIONS = ("at",)  # "at 10:30 p.m. Sunday": glue between a verb and its date
# Parts of a day written beside its date, which tell its hour and make no phrase of their own: "Early
# Tuesday morning, the bridge collapsed", "On Sunday night, the ship went aground".
DAY_PARTS = ("morning", "afternoon", "evening", "night", "noon", "midnight", "dawn", "overnight")
# Plural nouns that speak as a group: "Officials said".
GROUP_NOUNS = (
    "officials",
    "authorities",
    "police",
    "experts",
    "analysts",
    "sources",
    "residents",
    "witnesses",
    "diplomats",
    "critics",
    "lawmakers",
    "prosecutors",
    "researchers",
    "scientists",
    "investigators",
    "organisers",
    "organizers",
    "doctors",
    "activists",
    "observers",
)

# --- names and titles --------------------------------------------------------------------------

# Titles of a trade that several people hold at once in one story, not a post: "prosecuting
# attorney Steve Schleicher" and "prosecuting attorney Jerry Blackwell" are two lawyers of one team.
# A title whose title words are all of these names no one holder; "Attorney General Keith Ellison"
# ("general") and "chief prosecutor" ("chief") are posts, and so is "State Department spokesman".
PROFESSION_TITLES = ("attorney", "prosecutor", "counsel", "officer")
# Posts people hold, written before their names: "Foreign Minister Marcelo Ebrard".
TITLES = (
    "minister",
    "secretary",
    "president",
    "vice",
    "premier",
    "chancellor",
    "governor",
    "mayor",
    "ambassador",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "director",
    "chief",
    "head",
    "chairman",
    "chairwoman",
    "chair",
    "ceo",
    "commissioner",
    "senator",
    "general",
    "attorney",
    "prosecutor",
    "counsel",
    "administrator",
    "judge",
    "justice",
    "leader",
    "king",
    "queen",
    "prince",
    "envoy",
    "adviser",
    "advisor",
    "coordinator",
    "officer",
    "founder",
    "chairperson",
    "cfo",
    "coo",
    "manager",
    "captain",
    "coach",
)
# Words between a verb and its object that make one verb of the two ("mulled over their verdict",
# "signed off on the deal", "voted on the measure"): the object is still that verb's.
VERB_PARTICLES = ("over", "on", "off", "about", "up", "out", "through")
# Words after a title that make it a post someone is about to take ("President-elect Biden",
# "Chancellor-designate Scholz"): part of the title, never the topic word sharing their stem
# ("election"); someone else there is no conflict with the claim's holder.
TITLE_SUFFIXES = ("elect", "designate")
# Words that make a title more precise, but only inside one ("Prime Minister", "Homeland Security
# Secretary"); `discover` does not count them as titles on their own.
TITLE_QUALIFIERS = ("prime", "deputy", "foreign", "homeland", "security", "state", "special")
# Forms of address and abbreviated titles: "Dr.", "Sen.", "Lt. Col.".
HONORIFICS = (
    "dr",
    "mr",
    "mrs",
    "ms",
    "sir",
    "dame",
    "sen",
    "rep",
    "gov",
    "gen",
    "lt",
    "col",
    "capt",
    "prof",
    "professor",
)
# Words that make a capitalised run an institution, a place or a title rather than a person's
# name ("Homeland Security", "White House"), beside the months, weekdays and titles.
INSTITUTION_WORDS = (
    "department",
    "house",
    "white",
    "office",
    "ministry",
    "affairs",
    "defense",
    "defence",
    "justice",
    "initiative",
    "dialogue",
    "framework",
    "agency",
    "council",
    "committee",
    "commission",
    "administration",
    "government",
    "party",
    "union",
    "nations",
    "united",
    "states",
    "republic",
    "kingdom",
    "city",
    "university",
    "bank",
    "fund",
    "court",
    "senate",
    "congress",
    "parliament",
    "army",
    "police",
    "force",
    "forces",
    "service",
    "services",
    "news",
    "times",
    "post",
    "press",
    "agreement",
    "treaty",
    "summit",
    "conference",
    "organization",
    "organisation",
    "development",
    "cooperation",
    "economic",
    "national",
    "international",
    "federal",
    "public",
    "safety",
    "health",
    "cabinet",
    "team",
    "group",
    "delegation",
    "side",
    "representative",
    "lady",
    "lord",
    "north",
    "south",
    "east",
    "west",
    "market",
    "holdings",
    "company",
    "corporation",
    "inc",
    "plc",
    "ltd",
    "independent",
    "electoral",
    "boundaries",
    "supreme",
    "authority",
    "institute",
    "foundation",
    "federation",
    "confederation",
    "association",
    "league",
    "club",
    "tribunal",
    "business",
    "airlines",
    "airways",
    "new",
    "the",
)
NATIONALITIES = ("mexican", "american", "canadian", "french", "british", "chinese", "russian", "european")
ABBREVIATED_BODIES = ("us", "uk", "eu", "un", "ag")  # countries, unions and "AG" (attorney general)
# Small words inside a name: "Andrés Manuel López Obrador", "Ursula von der Leyen".
NAME_PARTICLES = ("de", "del", "la", "le", "da", "di", "du", "van", "von", "bin", "al", "der", "den")
NAME_JOINERS = ("of",)  # "Secretary of State": one name to `discover`
# Words before a title that make it another post: "Deputy Prime Minister", "former president",
# "Lt. Gov. Sylvia Luke".
ROLE_QUALIFIERS = (
    "deputy",
    "vice",
    "former",
    "acting",
    "assistant",
    "interim",
    "shadow",
    "junior",
    "ex",
    "associate",
    "lieutenant",
    "lt",
)
# Prefixes joined to a title by a hyphen that make it another post, held beside the title's own
# holder: "commanded by Captain Suneja, with co-pilot Harvino", "co-chair", "co-founder".
ROLE_PREFIXES = ("co",)
# Words between an article or an owner and a title that say when its holder holds it, not which
# post: "will be the UK's next prime minister", "sworn in as the new vice president", "Gary
# Steele, Splunk's current CEO", "Victoria Villarruel, now vice president-elect". Only the
# claim's person is read from them: another holder may hold it at another time.
ROLE_TIME_WORDS = ("new", "next", "current", "incoming", "now")
# Words that open a phrase fronted before a sentence's subject: "During talks with the foreign
# minister, Ebrard said …" names no holder after the comma ("As shift foreman, Urzua …" is
# not one: there the subject holds the title).
FRONTING_WORDS = (
    "during",
    "after",
    "before",
    "at",
    "in",
    "on",
    "with",
    "following",
    "despite",
    "unlike",
    "like",
    "for",
    "since",
    "while",
    "when",
    "amid",
    "ahead",
)
# Words between a title and the organisation, country or case that holds it: "chief executive of
# Pilkington", "the judge in the case, Lewis Kaplan".
ROLE_OWNER_LINKS = ("of", "at", "for", "in")
# Words before a title that give it to the subject of their verb: "David Cameron resigns as Prime
# Minister", "Segars will stay on as chief executive", "Cameron has said he will resign as prime
# minister" ("May replaced Cameron as prime minister" is not one: no verb between the name and it;
# the claim's own person there holds it unless a REPLACING_WORDS verb stands before the name).
ROLE_AS = ("as",)
# Verbs that take a title from the one named after them: "May replaced Cameron as prime minister",
# "Key succeeded Clark as prime minister" (the claim's person named right before "as" and the title
# otherwise holds it: "elected Karin Herrera as vice president").
REPLACING_WORDS = (
    "replaced",
    "replaces",
    "replacing",
    "succeeded",
    "succeeds",
    "ousted",
    "unseated",
    "defeated",
    "beat",
    "beating",
    "sacked",
    "fired",
)
# Verbs after a title, its subject, that name its holder after them: "The runner-up was Mar Roxas",
# "at a distant second was former interior minister Mar Roxas" (a plural lists members, not one holder).
HOLDER_VERBS = ("is", "was")
# Words after a role noun that name who did it, for a claim whose person does what its role says
# ("Olga Carmona scored the only goal"): "a first-half goal from defender Olga Carmona", "a goal by
# Vinicius".
DOER_LINKS = ("from", "by")
# Words that give the title after "as" to the name they take: "the appointment of Claudio Ranieri as
# the Foxes manager", "named Tim Cook as chief executive" ("May replaced Cameron as prime minister"
# gives it to May); after a copula, the title after them to its subject: "Olaf Scholz was elected
# chancellor".
APPOINTING_WORDS = (
    "appointed",
    "appoint",
    "appoints",
    "appointment",
    "named",
    "names",
    "elected",
    "hired",
    "hires",
    "installed",
)
# First words of a phrase set off after a name that makes the person one of a group the
# topic names: "Nigel Farage, one of the leaders of the Leave campaign", "Kim Martins, a
# member of the board" ("Judy Johnston, who delivered many closings" is not one).
MEMBER_APPOSITIONS = ("one", "a", "an", "another", "among", "fellow", "the")
# Words in a scope's event before a party to it (Matcher parties): "Microsoft's acquisition of
# LinkedIn", "the summit between Trump and Kim", "talks with Iran" (not "touchdown on comet 67P").
PARTY_OPENERS = ("of", "and", "between", "with", "by", "against", "versus", "vs")
# Nouns of an encounter whose "between X and Y" names its parties ("the summit between Trump and
# Kim", "talks between Iran and the United States"); after any other noun "between X and Y" says
# where ("the overpass of the Metro between Tezonco and Olivos", "the ferry's route between Incheon
# and Jeju"): places, no parties.
BETWEEN_WORDS = ("between",)
ENCOUNTER_NOUNS = (
    "summit",
    "talks",
    "dialogue",
    "meeting",
    "negotiations",
    "match",
    "final",
    "game",
    "fight",
    "war",
    "debate",
    "deal",
    "merger",
    "agreement",
    "run-off",
    "race",
)
# Words joining a given name to another person's full name, whose surname both share: "Barry
# and June Steenkamp", "Bill & Hillary Clinton"; and two posts one person holds: "John Mackey,
# Whole Foods Market co-founder and CEO".
GIVEN_NAME_JOINERS = ("and", "&")
# Words between a verb and the person it is done to: "met with Lee Hsien Loong".
PARTY_LINKS = ("with",)
# Words that mark a verb's object before its name: none in English ("beat Daniil Medvedev"); Spanish
# marks a person it: "derrotó a Medvedev", "venció al ruso Daniil Medvedev".
OBJECT_MARKERS: tuple[str, ...] = ()
# Country adjectives whose country does not begin the same way ("French" for France); others are
# matched by their first letters ("Mexican" for Mexico, "Australian" for Australia).
DEMONYMS = {
    "french": "france",
    "dutch": "netherlands",
    "swiss": "switzerland",
    "welsh": "wales",
    "scottish": "scotland",
    "irish": "ireland",
    "spanish": "spain",
    "danish": "denmark",
    "swedish": "sweden",
    "finnish": "finland",
    "polish": "poland",
    "british": "uk",
    "filipino": "philippines",
    "kiwi": "zealand",
}
# Words inside a multi-word name that a misspelling never touches ("Secretary of State").
NAME_FUNCTION_WORDS = ("of", "on", "the", "and", "y")
# Letters English copy writes two ways: anyascii gives the first spelling (Utøya → Utoya, Müller →
# Muller); this table the second, with an e or a doubled letter (Utoeya, Mueller, Aeroe, Haakon).
# A name written with one of them in the claims matches both spellings in articles.
SECOND_TRANSLITERATIONS = {"ø": "oe", "ö": "oe", "ä": "ae", "ü": "ue", "å": "aa", "æ": "ae"}
# Words after "led by", "including", … name members of a group; each cue is a sequence of stem
# beginnings.
MEMBER_CUES = (("led", "by"), ("includ",), ("accompani", "by"), ("join", "by"), ("along", "with"))
# Of those, the cues that name a sample of the topic's things, not its whole: "carried four
# international payloads, including ICUBE-Q". A name there not among the members may be a member's
# own thing or part under its own name (Pakistan's ICUBE-Q): a question, not a conflict.
SAMPLE_CUES = (("includ",),)
LIST_WORDS = ("and", "the")  # what may join two names of one list: "X, Y and the Z"
# Words right before a name that make it what a list's member belongs to, comes from or goes to,
# not another member: "Jeff Bewkes, the chairman and CEO of Time Warner, and Randall Stephenson",
# "the candidate of Apruebo Dignidad, Gabriel Boric, and José Antonio Kast", "the return of
# Pinochetism to La Moneda, 'Kast …'".
OWNER_LEADS = ("of", "at", "from", "to", "in")
ROLE_OWNERS = ("the", "his", "her")  # "Ebrard, the foreign secretary"
# Words between a copula and a role that may make it one post of several or a place in a ranking,
# so that only the claim's own person is read there: "Lázaro Báez, who was also a business
# associate", "Manuel Roxas is in second place", "McMullen will continue in the role of chairman".
ROLE_LEADS = ("also", "still", "a", "an", "in", "the", "role", "post", "of")

# --- statements `discover` compares --------------------------------------------------------------

# Phrases after a figure and before the same figure in another form, said of the same holder:
# "won 31.7% of the vote, or 122 seats", "1.2 million votes, representing 52%".
RESTATING_LINKS = ("or", "that is", "representing", "which represents", "equivalent to", "equal to")
# Nouns a count may be written with for what a claim counts, grouped by the claim's noun (its
# English stem): "12 seats" or "12 mandates" count seats; "votes" and "ballots" count votes; a
# trial's "counts", "charges", "felonies" and "offences" count the same.
COUNTED_KINDS = {
    "seat": ("seats", "mandates"),
    "vote": ("votes", "ballots"),
    "count": ("counts", "charges", "felonies", "offences", "offenses"),
}
# The two sides of a novelty statement; the first word of each side is the claim term a draft
# fact sheet writes.
NOVELTY_WORDS = {
    "first": ("first", "inaugural", "maiden", "unprecedented"),
    "revived": (
        "revive",
        "revived",
        "revival",
        "resume",
        "resumed",
        "resumption",
        "relaunch",
        "restart",
        "reactivate",
        "reactivation",
        "reinstate",
        "resurrect",
        "renew",
        "renewal",
    ),
}
NOVELTY_REACH = 4  # words between a novelty word and its subject
# Nouns after "first" that make it an ordinal of an occasion ("the first day"), not novelty;
# "for the first time" is novelty of what came before it.
OCCASIONS = (
    "time",
    "times",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "half",
    "quarter",
    "round",
    "step",
    "stage",
    "phase",
)
OCCASION_OF_NOVELTY = ("time", "times")
SUPERLATIVES = (
    "record",
    "largest",
    "biggest",
    "highest",
    "lowest",
    "smallest",
    "deadliest",
    "worst",
    "best",
    "longest",
    "shortest",
    "oldest",
    "youngest",
    "fastest",
    "slowest",
    "strongest",
    "weakest",
    "heaviest",
    "costliest",
)
# Words that make the adjective after them a superlative: "the most violent explosion since 1974".
RANK_MARKERS = ("most", "least")
# A rank below the top: "the second-largest", "one of the largest".
ORDINALS = (
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "2nd",
    "3rd",
    "4th",
    "5th",
)
ONE_OF_THE = ("one", "of", "the")
# Owners before an ordinal that make it a count of theirs: "his 24th Grand Slam title", "her
# fifth Olympic gold" (a name's possessive does the same: "Woods's 15th major").
COUNT_OWNERS = ("his", "her", "their", "its")
# Words that join a second ordinal to an owner's, which then counts for the same owner: "his 14th
# Roland Garros crown and 22nd grand-slam title overall".
ORDINAL_JOINERS = ("and",)
# Words right after an ordinal's noun that count it within another frame: "his fifth gold of Rio",
# "his third major this year", "his first title since 2008", "his 7th goal in the tournament".
ORDINAL_FRAMES = ("of", "in", "at", "since", "this", "for", "from", "on", "that")
# Nouns of an occurrence an ordinal counts right before them, after the topic: "won the Masters
# for a fifth time", "a French Open champion for the 14th time". Not with a word between ("for the
# second straight time": a streak, not the count).
OCCURRENCE_NOUNS = ("time",)
OCCURRENCE_REACH = 5  # words from the topic to the ordinal: "champion for the 14th time"
# Words right after an occurrence's noun that count within a frame: "for the second time this year",
# "for the third time in a row", "for the first time since 2008". Not a place or an age ("for the
# fifth time at Augusta", "for the 14th time at age 36"): the count is still the whole one.
OCCURRENCE_FRAMES = ("this", "in", "since", "that", "of")
# Phrases after an ordinal's or an occurrence's noun that span the owner's whole record, no
# frame within it: "won the Ballon d'Or for the eighth time in his career", "reached the final
# for the 14th time in their history". The count is the whole one.
WHOLE_RECORD_SPANS = (
    "in his career",
    "in her career",
    "in their career",
    "in its history",
    "in his history",
    "in their history",
    "of his career",
    "of her career",
)
# The value of ordinals in words ("first" is left out: "his first major" is more often a
# retrospective than a count).
ORDINAL_VALUES = {
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
}
# Tens before an ordinal of units, hyphened or not, that add to it: "his twenty-second major" is 22.
ORDINAL_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
# Nouns that, owned by the topic, name the very figure a claim gives of it: "López Obrador's
# support at 49 percent", "Labour's share was 33.7%", "Phelps's medal haul stands at 28".
OWNED_VALUE_NOUNS = ("support", "share", "backing", "tally", "haul")
# Words that end a superlative's head noun: "the deadliest floods in decades" ranks floods.
HEAD_STOP = (
    "in",
    "of",
    "since",
    "ever",
    "for",
    "on",
    "at",
    "to",
    "the",
    "a",
    "an",
    "and",
    "or",
    "than",
    "this",
    "that",
    "yet",
    "so",
    "by",
    "from",
    "with",
    "as",
    "is",
    "was",
    "are",
    "were",
    "has",
    "have",
    "had",
    "across",
    "around",
    "over",
    "against",
    "throughout",
    "within",
    "worldwide",
    "nationwide",
    "globally",
)
# Words written between a definite article and the noun it introduces that are not that noun,
# or nouns that are no subject of their own: "the same bridge", "the new tower" (the noun is looked
# for after them), "the number of flats", "the day the bridge fell" (none). discover compares the
# figures of a noun that several sources introduce with an article ("the bridge was 1,907 feet
# long", "the 24-storey tower") as those of a name.
NOUN_SUBJECT_SKIPS = (
    "same",
    "new",
    "former",
    "old",
    "other",
    "whole",
    "entire",
    "main",
    "only",
    "latest",
    "previous",
    "next",
    "following",
    "original",
    "early",
    "earlier",
    "later",
    "number",
    "total",
    "rest",
    "majority",
    "day",
    "week",
    "month",
    "year",
    "time",
    "morning",
    "night",
)
# Counts of people that are about the story's event itself, whatever place or body a sentence
# names ("the floods in Valencia have killed 205 people"): grouped by what is counted. The words
# also locate a draft claim about the count. discover reads them as written, not by stem ("lives"
# is not "living").
TOLLS = {
    "death toll": (
        "die",
        "died",
        "dead",
        "death",
        "deaths",
        "kill",
        "killed",
        "killing",
        "toll",
        "fatalities",
        "lives",
        "perished",
        "bodies",
    ),
    "injured": ("injure", "injured", "injuries", "injury", "wounded", "hurt"),
    "missing": ("missing", "unaccounted"),
    "displaced": ("evacuate", "evacuated", "evacuation", "evacuees", "displaced", "homeless"),
    "arrested": ("arrest", "arrested", "arrests", "detained", "detention"),
    "rescued": ("rescue", "rescued", "survivors"),
}

# Nouns discover counts as one thing, whichever an article writes, grouped under one name (the same
# in every language): "the 24-storey tower", "the 24-floor tower", "un inmueble de 24 plantas";
# "120 flats", "120 apartments", "120 viviendas". (Tonnes are a unit of mass, read as amounts.)
COUNTED_ALIKE = {
    "storey": ("storey", "storeys", "story", "stories", "floor", "floors"),
    "flat": ("flat", "flats", "apartment", "apartments"),
}

# Words that open the phrase naming a toll's event between the toll and its verb: "the death toll
# from the quake rose to 148", "the toll in Derna had surpassed 2,000" (discover reads the toll so;
# check takes the figure for a count of the toll, not of the event the phrase names).
TOLL_PHRASE_OPENERS = ("from", "in")

# What a count of people aboard, or in a state, is said with, for discover alone (a ship's or a
# plane's people are one figure: "459 people aboard", "carrying 477 people"; so are the patients in
# critical care: "18 in critical care", "Five were in critical condition"); `check` reads tolls,
# not these. Phrases of up to three words.
CARRIED_COUNTS = {
    "aboard": ("aboard", "onboard", "on board", "carrying"),
    "critical care": ("in critical care", "in critical condition"),
}

# --- languages -------------------------------------------------------------------------------

# English function words: the share of a text's words that are one of these tells English text
# (a quarter or more of its words, names included) from text in another language (a few per
# cent) without loading a language detector. Words that are also frequent in Spanish ("a", "he",
# "no", "me", "son") are left out; the few that other languages share ("in", "was", "an" in
# German) are far too rare in their text to make it pass for English.
ENGLISH_FUNCTION_WORDS = (
    "the",
    "of",
    "and",
    "to",
    "in",
    "is",
    "was",
    "were",
    "are",
    "that",
    "for",
    "on",
    "with",
    "as",
    "by",
    "at",
    "it",
    "its",
    "from",
    "this",
    "which",
    "who",
    "have",
    "has",
    "had",
    "been",
    "be",
    "will",
    "would",
    "not",
    "but",
    "or",
    "an",
    "they",
    "their",
    "his",
    "her",
    "she",
    "after",
    "than",
    "into",
    "about",
    "there",
    "these",
    "those",
    "we",
    "our",
    "said",
)

# --- the page around the article ------------------------------------------------------------------

# Capitalised words of a story's names that other stories' articles use as much ("the Tuo River",
# "New York", "the United Nations"): they do not tell that an article is about this story.
GENERIC_NAME_WORDS = (
    "river",
    "bridge",
    "new",
    "united",
    "states",
    "state",
    "kingdom",
    "republic",
    "north",
    "south",
    "east",
    "west",
    "tower",
    "towers",
    "mine",
    "lake",
    "mount",
    "island",
    "county",
    "city",
    "national",
    "international",
    "high",
    "level",
    "security",
    "san",
)

# Credits that make a line a photo caption wherever it stands (written as they appear, case kept).
CAPTION_CREDITS = (
    "/ Reuters",
    "/ AP",
    "/ AFP",
    "REUTERS/",
    "Reuters/",
    "PHOTO:",
    "Photo:",
    "Photo by",
    "Photograph:",
    "Picture:",
    "Pictures:",
    "(AP Photo",
    "AP Photo/",
    "via Getty Images",
    "via AP)",
    "via AP,",
    "Getty Images",
    "photo_camera",
    "IMAGE:",
    "Image:",
    "File photo",
    "FILE PHOTO",
    "/AFP",
    "AFP via",
    "via REUTERS",
    "Pool via",
    "/Pool",
    "EPA-EFE",
    "Shutterstock",
    "Credit:",
    "PA Images",
    "PA Wire",
)
# Credits that make a line a caption when they close it, with no full stop after them: the
# agency in brackets, or Getty's name on its own ("... in the EU referendum Getty"). A
# sentence that names an agency ends with its full stop ("..., according to Reuters.").
END_CREDITS = (
    "(Reuters)",
    "(AFP)",
    "(AP)",
    "(EPA)",
    "(PA)",
    "(Getty Images)",
    "(Getty)",
    "[Getty]",
    "[Getty Images]",
    "[AFP]",
    "[Reuters]",
    "[AP]",
    "Getty",
)
# How agencies close a photo caption, credit or not: the day the photo was taken, with its year,
# then where ("Workers search in the rubble, Saturday, June 26, 2021, in Surfside, Fla.", "Teams
# look for survivors on July 07, 2021 in Surfside, Florida."). Prose dates an event by its
# weekday or without the place: a line whose first sentence ends so is a caption.
CAPTION_DATE_WORDS = ("on", "in")
# Labels opening a caption line, compared in lower case and glued to the caption in some
# scrapes ("image captionThe rescue effort involved ...").
CAPTION_LABELS = ("image caption", "media caption", "image source", "image copyright", "caption:")
# Where a person stands in the photo ("Luis Urzua (pictured)", "Golborne (L)"): a line standing
# alone that holds one and no closing full stop is a caption. In running text the sentence
# ends with its stop ("Simon Segars (pictured), who has a seat on the board.").
PICTURE_MARKERS = ("pictured", "left", "right", "centre", "center", "l", "r", "c", "above", "below", "top")
IMAGE_EXTENSIONS = ("jpg", "jpeg", "png", "gif", "webp")
# Lines that name who wrote or edited the article: "Reporting by …", "Editing by …".
BYLINE_LEADS = ("Reporting", "Reported", "Writing", "Written", "Editing", "Edited", "Additional reporting", "Compiled")
BYLINE_ROLES = ("Coordinator", "Correspondent", "Editor", "Reporter", "Contributor", "Author")
BYLINE_LINK = "by"  # "Reporting by …"; a line "By Jane Doe" is a byline too
# Short lines (eight words at most) that are the page, not the article, compared in lower case:
# the whole line ...
BOILERPLATE_LINES = (
    "advertisement",
    "advert",
    "sponsored",
    "skip to content",
    "skip to main content",
    "leave a reply",
    "leave a comment",
    "share",
    "comment",
    "comments",
    "read more",
    "print",
    "email",
    "e-mail",
    "copy link",
    "image",
    "image:",
    "photo",
    "photo:",
)
# ... or the line's opening, whatever follows ...
BOILERPLATE_OPENINGS = (
    "click here",
    "listen to article",
    "listen to this article",
    "sign up",
    "subscribe",
    "follow us",
    "all rights reserved",
    "©",
    "(c) ",
    "copyright ",
    "our standards:",
)
# A line opening with one of these is a link to another story, however long its title
# ("Read more: Weak sterling helps reel in foreign buyers"), compared in lower case.
EMBEDDED_POST_DASHES = ("—", "–", "-")  # how an embedded post's signature opens: "— Name (@handle) date"
RELATED_LINK_LEADS = ("read more:", "read also:", "also read:", "see also:", "related:")
SHARE_LEADS = ("share this", "share on")  # ... "Share on Facebook": and one word ...
READING_TIME_UNITS = ("min", "mins", "minute", "minutes")  # ... "4 min read": a number, the unit, "read".
READ = "read"
SKIP_TO_CONTENT = ("skip to content", "skip to main content")  # a short line holding it is navigation
# A short line heading a list of other stories: it and everything after it are not the article.
# Whole lines (a colon may follow) ...
TAIL_HEADINGS = (
    "related",
    "related stories",
    "related articles",
    "related coverage",
    "related content",
    "related news",
    "related posts",
    "read next",
    "latest news",
)
# ... and openings, as whole words.
TAIL_OPENINGS = (
    "more from",
    "more in",
    "more on",
    "recommended",
    "most read",
    "most popular",
    "most viewed",
    "you may also like",
    "trending",
)
# A line giving the publication date: "Published: 3 March 2023", "Updated on …".
PUBLISHED_LABELS = ("Published", "Posted", "First published")
UPDATED_LABELS = ("Updated", "Last updated", "Last modified")
# A page's date stamp, with the day or the month only: "date: 2021-10-04", "date 2023-07".
DATE_LABELS = ("date",)
LABEL_LINK = "on"  # "Updated on 4 March"
# A line holding only a date or a time stamp is the page's metadata, never evidence
# ("Monday, February 28, 2011; 2:20 AM", "16:00, Feb 23 2011", a live blog's "12:51pm").
# What may follow a time: "2:20 AM", "12:51pm", "14:32 GMT" ...
# The marks of a time of day after its number: "at 11.50am", "8.35 a.m." (no amount).
CLOCK_MARKS = ("am", "pm", "a.m.", "p.m.")
TIME_SUFFIXES = ("am", "pm", "a.m.", "p.m.")
TIME_ZONES = ("gmt", "utc", "bst", "cet", "et", "est", "edt", "nzdt", "aedt", "myt")
# ... and the marks that separate its parts.
DATE_LINE_MARKS = (",", ";", "|", "·", "•", "@", "(", ")", "-", "–", "—", "/")
# Agency datelines: "LIMA, Oct 5 (EFE).-", "KIEV, November 13 /TASS/.", "WASHINGTON, Oct 4 (Reuters) -".
DATELINE_ENDS = ("-", "--", "—", "–", ".-", ".", ":")
# A text line opening with one of these is a list item: its own paragraph ("• Leave won 51.9% …").
BULLETS = ("•", "·", "▪", "◦", "‣", "*", "-")
# Abbreviations whose full stop does not end a sentence ("Dr.", "Gen."), beside the months'.
ABBREVIATIONS = (
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "jr",
    "sr",
    "gen",
    "sen",
    "rep",
    "gov",
    "lt",
    "col",
    "capt",
    "prof",
    "inc",
    "corp",
    "co",
    "ltd",
    "no",
    "vs",
    "etc",
    "mt",
    "ft",
    "adm",
    "sgt",
    "maj",
    "rev",
    "hon",
    "pres",
    "supt",
    "dept",
    "approx",
    "est",
    "fig",
    "al",
)
SENTENCE_END_MARKS = (".", "!", "?")
# Marks that may open a sentence before its capital (Spanish "¿", "¡"; none in English), and the
# capital letters a sentence opens with, as a character range of a regular expression.
OPENING_MARKS: tuple[str, ...] = ()
CAPITALS = "A-Z"
