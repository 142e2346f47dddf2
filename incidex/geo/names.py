"""Place-name normalisation, demonyms, country aliases and the common-word stoplist (data).

Facts only: countries' adjectival forms and common English names, and words that are also the
names of some populated place but almost never mean it in a news story.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Suffixes that name the kind of an area: "Kerman Province" is the admin1 area "Kerman".
AREA_SUFFIXES = (
    "province",
    "state",
    "region",
    "governorate",
    "department",
    "oblast",
    "prefecture",
    "district",
    "county",
    "municipality",
    "division",
    "territory",
    "parish",
    "emirate",
    "krai",
    "voivodeship",
)
_SUFFIX = re.compile(rf"\s+(?:{'|'.join(AREA_SUFFIXES)})$")


@functools.lru_cache(maxsize=1 << 16)  # asked ~2,000 times an article, mostly for the same words
def normalise(name: str) -> str:
    """The lookup key of a name: no accents, case-folded, punctuation as spaces ("St." stays)."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    plain = re.sub(r"[’'`]", "", plain.casefold())
    return " ".join(re.sub(r"[^a-z0-9]+", " ", plain).split())


def strip_area_suffix(key: str) -> str:
    """ "kerman province" -> "kerman"; other keys unchanged."""
    return _SUFFIX.sub("", key) if has_area_suffix(key) else key


# what a key with a suffix ends with (`$` also matches before a final line break)
_SUFFIX_ENDS = AREA_SUFFIXES + tuple(f"{s}\n" for s in AREA_SUFFIXES)


def has_area_suffix(key: str) -> bool:
    """Whether `strip_area_suffix` changes `key`, told first by its last letters (the scan of
    upper-case text asks this of every group of words)."""
    return key.endswith(_SUFFIX_ENDS) and _SUFFIX.search(key) is not None


# Words that name an area's kind before its name in the packages' local forms ("Province of
# Pampanga", "Provincia de Granada", "Departement de l'Herault", "Amphoe Mae Sai", "Muhafazat
# Dumyat"), with the words that join them: the news names the area without them. Not the
# communes and municipalities ("Comuna Baia", "Gemeente Ede"): their towns bear the name, and
# thousands of small areas a letter away from any "X district" would only mislead
_KIND_PREFIX = re.compile(
    r"^(?:province|provincia|provincie|departement|departamento|department|partido|amphoe|"
    r"changwat|muhafazat|sha.biyat|mintaqat|baladiyat|okres|politischer bezirk|"
    r"regierungsbezirk|bezirk|nomos|rrethi|canton|distrito|kabupaten|raionul|county|borough|"
    r"city)\s+(?:(?:of|de|del|di|du|des|i|e|la|las|los|le|les|della|delle|dello|degli|dei)\s+)*"
    r"(?:(?:d|l|dell)[’'`]\s*)?",
    re.IGNORECASE,
)


def area_core(name: str) -> str:
    """An area's name without the kind word before it, as a lookup key: "Province of Pampanga"
    -> "pampanga", "Departement de l'Herault" -> "herault"; other names' keys unchanged."""
    rest = _KIND_PREFIX.sub("", name, count=1)
    key = normalise(rest)
    return key if rest != name and len(key) >= _CORE_MIN else normalise(name)


_CORE_MIN = 4  # "Gorod Ob" is no reason to call every "ob" a place


# Letters that transliterations of one name swap: "Dawlatabad"/"Dowlatabad", "Fariab"/"Faryab",
# "Wardag"/"Wardak", "Kunduz"/"Kondooz", "Zabol"/"Zabul", "Rajouri"/"Rajauri", and South
# Asia's "-pore" for "-pur" ("Sopore"/"Sopur", "Awantipore"/"Awantipur")
_SPELLINGS = (
    ("aw", "ow"), ("ow", "aw"), ("ia", "ya"), ("ya", "ia"), ("iya", "ia"), ("ou", "u"), ("oo", "u"),
    ("o", "u"), ("ou", "au"), ("pore$", "pur"), ("pora$", "pur"),
    ("g$", "k"), ("k$", "g"), ("ah$", "a"), ("a$", "ah"), ("w", "v"), ("v", "w"),
    (r"(\w)\1", r"\1"), ("e", "i"), ("i", "e"),
)  # fmt: skip


# The Arabic article ("Al Mahmudiyah", "An Najaf", "Ash Shatrah") and the words that name a
# town's administrative rank in GeoNames' transliterations ("Nahiyat al Iskandariyah" is the
# subdistrict of Iskandariyah, "Alaqahdari Shah Joy" the district seat of Shah Joy): the news
# names the town without them
_PREFIX = re.compile(r"^(?:(?:nahiyat|alaqahdari|qadaa|qada|markaz)\s+)?(?:a[lnrstdz]|ash|adh)\s+")
_RANK_PREFIX = re.compile(r"^(?:nahiyat|alaqahdari|qadaa|qada|markaz)\s+")
# how every key that _RANK_PREFIX or _PREFIX matches begins
_PREFIX_STARTS = ("a", "nahiyat", "qada", "markaz")
_BARE_MIN = 4  # a shorter rest ("Al Ain" -> "ain") names too many other things


def bare_names(key: str) -> set[str]:
    """A lookup key without its Arabic article or rank word: "al mahmudiyah" -> "mahmudiyah",
    "nahiyat al iskandariyah" -> "al iskandariyah" and "iskandariyah"; else nothing."""
    out: set[str] = set()
    if not key.startswith(_PREFIX_STARTS):
        return out  # most keys: told by the first letters
    for pattern in (_RANK_PREFIX, _PREFIX):
        rest = pattern.sub("", key, count=1)
        if rest != key and len(rest) >= _BARE_MIN:
            out.add(rest)
    return out


def written_whole(key: str) -> list[str]:
    """The forms of a key that the news splits or articles: its words run together ("paya
    thonzu" -> "payathonzu", "tul karm" -> "tulkarm"), and a short name without its Arabic
    article ("al tuz" -> "tuz", too short for `bare_names`)."""
    out = [key.replace(" ", "")] if " " in key else []
    rest = _PREFIX.sub("", key, count=1) if key.startswith(_PREFIX_STARTS) else key
    if rest != key and len(rest) == _BARE_MIN - 1 and rest.isalpha():
        out.append(rest)
    return out


def with_article(key: str) -> list[str]:
    """A Spanish town's key with the article the news drops or the "del" it adds: "carmen de
    atrato" -> "el carmen de atrato" (GeoNames' El Carmen de Atrato), "carmen del apicala" ->
    "carmen de apicala"; nothing for names without "de"."""
    if not _SPANISH_OF.search(key) or key.startswith(("el ", "la ", "los ", "las ")):
        return []
    plain = key.replace(" del ", " de ")
    return [v for v in dict.fromkeys((plain, f"el {plain}", f"la {plain}")) if v != key]


_SPANISH_OF = re.compile(r"\w \bdel? \w")


def hebrew_variants(key: str) -> list[str]:
    """A Hebrew place name's key with its first word ("house of", "village of", "town of")
    spelled the other ways the news and GeoNames write it: "bet el" -> "beit el", "kefar
    azza" -> "kfar azza"; nothing for other names."""
    first, _, rest = key.partition(" ")
    forms = next((f for f in _HEBREW_PREFIXES if first in f), ())
    return [f"{f} {rest}" for f in forms if f != first] if rest else []


_HEBREW_PREFIXES = (("beit", "bet", "beth"), ("kfar", "kefar"), ("kiryat", "qiryat"))


def transposed(key: str) -> list[str]:
    """A lookup key with two neighbouring consonants inside it swapped, as transliterations
    and typists do: "ghanzi" -> "ghazni"."""
    out = []
    for i in range(1, len(key) - 2):
        a, b = key[i], key[i + 1]
        if a != b and a.isalpha() and b.isalpha() and not {a, b} & set("aeiouy"):
            out.append(key[:i] + b + a + key[i + 2 :])
    return out


def spellings(key: str) -> list[str]:
    """Other transliterations of a lookup key, each one change away: "fariab" -> "faryab"."""
    out = []
    for old, new in _SPELLINGS:
        variant = re.sub(old, new, key)
        if variant != key and variant not in out:
            out.append(variant)
    return out


# Demonym / adjective -> ISO code. "American" is the United States, as in news usage.
DEMONYMS = {
    "afghan": "AF",
    "albanian": "AL",
    "algerian": "DZ",
    "angolan": "AO",
    "argentine": "AR",
    "argentinian": "AR",
    "armenian": "AM",
    "australian": "AU",
    "austrian": "AT",
    "azerbaijani": "AZ",
    "azeri": "AZ",
    "bahraini": "BH",
    "bangladeshi": "BD",
    "belarusian": "BY",
    "belgian": "BE",
    "beninese": "BJ",
    "bolivian": "BO",
    "bosnian": "BA",
    "brazilian": "BR",
    "british": "GB",
    "bulgarian": "BG",
    "burkinabe": "BF",
    "burmese": "MM",
    "burundian": "BI",
    "cambodian": "KH",
    "cameroonian": "CM",
    "canadian": "CA",
    "central african": "CF",
    "chadian": "TD",
    "chilean": "CL",
    "chinese": "CN",
    "colombian": "CO",
    "congolese": "CD",
    "costa rican": "CR",
    "croatian": "HR",
    "cuban": "CU",
    "cypriot": "CY",
    "czech": "CZ",
    "danish": "DK",
    "dominican": "DO",
    "dutch": "NL",
    "ecuadorian": "EC",
    "egyptian": "EG",
    "emirati": "AE",
    "eritrean": "ER",
    "estonian": "EE",
    "ethiopian": "ET",
    "filipino": "PH",
    "finnish": "FI",
    "french": "FR",
    "gabonese": "GA",
    "gambian": "GM",
    "georgian": "GE",
    "german": "DE",
    "ghanaian": "GH",
    "greek": "GR",
    "guatemalan": "GT",
    "guinean": "GN",
    "haitian": "HT",
    "honduran": "HN",
    "hungarian": "HU",
    "indian": "IN",
    "indonesian": "ID",
    "iranian": "IR",
    "iraqi": "IQ",
    "irish": "IE",
    "israeli": "IL",
    "italian": "IT",
    "ivorian": "CI",
    "jamaican": "JM",
    "japanese": "JP",
    "jordanian": "JO",
    "kazakh": "KZ",
    "kenyan": "KE",
    "kosovar": "XK",
    "kuwaiti": "KW",
    "kyrgyz": "KG",
    "lao": "LA",
    "laotian": "LA",
    "latvian": "LV",
    "lebanese": "LB",
    "liberian": "LR",
    "libyan": "LY",
    "lithuanian": "LT",
    "malagasy": "MG",
    "malawian": "MW",
    "malaysian": "MY",
    "malian": "ML",
    "mauritanian": "MR",
    "mexican": "MX",
    "moldovan": "MD",
    "mongolian": "MN",
    "montenegrin": "ME",
    "moroccan": "MA",
    "mozambican": "MZ",
    "namibian": "NA",
    "nepalese": "NP",
    "nepali": "NP",
    "nicaraguan": "NI",
    "nigerian": "NG",
    "nigerien": "NE",
    "north korean": "KP",
    "norwegian": "NO",
    "omani": "OM",
    "pakistani": "PK",
    "palestinian": "PS",
    "panamanian": "PA",
    "paraguayan": "PY",
    "peruvian": "PE",
    "polish": "PL",
    "portuguese": "PT",
    "qatari": "QA",
    "romanian": "RO",
    "russian": "RU",
    "rwandan": "RW",
    "salvadoran": "SV",
    "salvadorean": "SV",
    "saudi": "SA",
    "senegalese": "SN",
    "serbian": "RS",
    "sierra leonean": "SL",
    "singaporean": "SG",
    "slovak": "SK",
    "slovenian": "SI",
    "somali": "SO",
    "south african": "ZA",
    "south korean": "KR",
    "south sudanese": "SS",
    "spanish": "ES",
    "sri lankan": "LK",
    "sudanese": "SD",
    "swedish": "SE",
    "swiss": "CH",
    "syrian": "SY",
    "taiwanese": "TW",
    "tajik": "TJ",
    "tanzanian": "TZ",
    "thai": "TH",
    "togolese": "TG",
    "tunisian": "TN",
    "turkish": "TR",
    "turkmen": "TM",
    "ugandan": "UG",
    "ukrainian": "UA",
    "uruguayan": "UY",
    "american": "US",
    "uzbek": "UZ",
    "venezuelan": "VE",
    "vietnamese": "VN",
    "yemeni": "YE",
    "zambian": "ZM",
    "zimbabwean": "ZW",
    "kurdish": "IQ",
    "chechen": "RU",
    "corsican": "FR",
    "basque": "ES",
    "kashmiri": "IN",
    "balochi": "PK",
    "baloch": "PK",
    "pashtun": "AF",
    "sinhalese": "LK",
    "tamil": "LK",
    "yazidi": "IQ",
    "rohingya": "MM",
    "tigrayan": "ET",
}

# Common English names of countries that GeoNames spells otherwise.
COUNTRY_ALIASES = {
    "us": "US",
    "u s": "US",
    "usa": "US",
    "u s a": "US",
    "america": "US",
    "united states of america": "US",
    "the united states": "US",
    "uk": "GB",
    "u k": "GB",
    "britain": "GB",
    "great britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    "ivory coast": "CI",
    "cote divoire": "CI",
    "drc": "CD",
    "dr congo": "CD",
    "democratic republic of congo": "CD",
    "democratic republic of the congo": "CD",
    "congo brazzaville": "CG",
    "burma": "MM",
    "russia": "RU",
    "russian federation": "RU",
    "syria": "SY",
    "iran": "IR",
    "south korea": "KR",
    "north korea": "KP",
    "vietnam": "VN",
    "laos": "LA",
    "bolivia": "BO",
    "venezuela": "VE",
    "tanzania": "TZ",
    "palestine": "PS",
    "gaza": "PS",
    "west bank": "PS",
    "gaza strip": "PS",
    "palestinian territories": "PS",
    "czech republic": "CZ",
    "czechia": "CZ",
    "east timor": "TL",
    "holland": "NL",
    "the netherlands": "NL",
    "turkiye": "TR",
    "the philippines": "PH",
    "the gambia": "GM",
    "macedonia": "MK",
    "moldova": "MD",
    "swaziland": "SZ",
    "cape verde": "CV",
    "vatican": "VA",
    "micronesia": "FM",
    "the bahamas": "BS",
    "kosovo": "XK",
    "taiwan": "TW",
    "brunei": "BN",
    "federal republic of germany": "DE",
    "west germany": "DE",
    "east germany": "DE",
    "german democratic republic": "DE",
    "soviet union": "RU",
    "ussr": "RU",
    "u s s r": "RU",
    "yugoslavia": "RS",
    "republic of china": "TW",
    "zaire": "CD",
    "rhodesia": "ZW",
    "ceylon": "LK",
    "kampuchea": "KH",
    "dahomey": "BJ",
    "upper volta": "BF",
}

# The AP style abbreviations of US states that datelines use: "CHESAPEAKE, Va. (WAVY) -".
US_STATE_ABBREVIATIONS = {
    "ala": "Alabama", "ariz": "Arizona", "ark": "Arkansas", "calif": "California",
    "colo": "Colorado", "conn": "Connecticut", "del": "Delaware", "fla": "Florida",
    "ga": "Georgia", "ill": "Illinois", "ind": "Indiana", "kan": "Kansas", "kans": "Kansas",
    "ky": "Kentucky", "la": "Louisiana", "md": "Maryland", "mass": "Massachusetts",
    "mich": "Michigan", "minn": "Minnesota", "miss": "Mississippi", "mo": "Missouri",
    "mont": "Montana", "neb": "Nebraska", "nev": "Nevada", "n h": "New Hampshire",
    "n j": "New Jersey", "n m": "New Mexico", "n y": "New York", "n c": "North Carolina",
    "n d": "North Dakota", "okla": "Oklahoma", "ore": "Oregon", "pa": "Pennsylvania",
    "r i": "Rhode Island", "s c": "South Carolina", "s d": "South Dakota", "tenn": "Tennessee",
    "tex": "Texas", "va": "Virginia", "vt": "Vermont", "wash": "Washington",
    "w va": "West Virginia", "wis": "Wisconsin", "wyo": "Wyoming", "d c": "District of Columbia",
}  # fmt: skip

# The postal codes of US states, as page titles and mastheads write them after a town:
# "Columbus, GA News", "Miller County, AR teen".
US_STATE_CODES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa",
    "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland",
    "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi",
    "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire",
    "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina",
    "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
    "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee",
    "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington",
    "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
}  # fmt: skip

# Words that are the name of some populated place but in news text almost always mean something
# else: common English words, titles, weekdays and months, frequent personal names, and oceans
# ("on the Atlantic", not Atlantic, Iowa).
COMMON_WORDS = frozenset(
    """
    a an and the of in on at to for from by with as or but not no yes all any some one two three
    four five six seven eight nine ten man men woman women people police army navy military
    union republic state states nation national government president minister ministry official
    officials court judge law media news post press times daily wire reuters associated agency
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december today tonight yesterday morning evening
    night day week month year street road avenue square hospital school university college
    church mosque temple market station airport center centre home house office building city
    town village district province county region area north south east west central northern
    southern eastern western upper lower new old great little big mobile best hope bath reading
    nice split mission commerce independence liberty industry opportunity paradise eagle garden
    park lake river valley beach bridge port bay fort mount island coast border camp base field
    hill rock spring springs said says told report reports text source sources security health
    security forces guard guards fire water power energy oil gas food aid ali mohammed muhammad
    ahmed ahmad omar hassan hussein abdullah john david maria jose juan paul george martin
    charles james michael peter mark luke matthew thomas joseph mary christian islam islamic
    muslim jewish catholic arab arabs kurd kurds shia sunni attack attacks bomb bombs killed
    dead victims victim suspect suspects gunman gunmen armed forces force troops soldiers rebels
    guerrillas terrorists terrorist group front liberation movement party council committee
    commission command battalion brigade unit units region service services department general
    colonel captain major sergeant chief leader leaders member members team club company bank
    hotel restaurant bar downtown uptown midtown side shore northside southside eastside westside
    northeast northwest southeast southwest broadway christmas easter thanksgiving halloween
    federal metropolitan capitol transit border traffic campus royal capital same time date ago
    store normal metro loop atlantic pacific
    """.split()  # noqa: SIM905 (a word list reads better as text)
)


def is_common_word(name: str) -> bool:
    """True when `name` alone should not be taken as a place ("Ali", "Union", "May", "Mobile")."""
    key = normalise(name)
    return key in COMMON_WORDS or len(key) < 2 or key.isdigit()


# Representative points of large countries (the geographic-centre coordinates that reference
# atlases and GeoNames give; whole degrees mostly). A centre computed from towns drifts towards
# where towns are (Egypt's Nile valley, Russia's west, Canada's south), hundreds of km away; small
# countries are computed from their towns (see build._centre).
COUNTRY_POINTS = {
    "AF": (33.0, 65.0), "AO": (-12.5, 18.5), "AR": (-34.0, -64.0), "AU": (-25.0, 135.0),
    "BO": (-17.0, -65.0), "BR": (-10.0, -55.0), "BW": (-22.0, 24.0), "CA": (60.0, -95.0),
    "CF": (7.0, 21.0), "CL": (-30.0, -71.0), "CM": (6.0, 12.0), "CN": (35.0, 105.0),
    "CO": (4.0, -73.25), "DE": (51.5, 10.5), "DZ": (28.0, 3.0), "EG": (27.0, 30.0),
    "ES": (40.0, -4.0), "ET": (9.0, 39.5), "FI": (64.0, 26.0), "FR": (46.0, 2.0),
    "GB": (54.75844, -2.69531), "IN": (22.0, 79.0), "IQ": (33.0, 44.0), "IR": (32.0, 53.0),
    "IT": (42.83333, 12.83333), "KE": (1.0, 38.0), "KZ": (48.0, 68.0), "LY": (28.0, 17.0),
    "MA": (32.0, -5.0), "MG": (-20.0, 47.0), "ML": (17.0, -4.0), "MM": (22.0, 98.0),
    "MN": (46.0, 105.0), "MR": (20.0, -12.0), "MX": (23.0, -102.0), "MZ": (-18.25, 35.0),
    "NA": (-22.0, 17.0), "NG": (10.0, 8.0), "NO": (62.0, 10.0), "OM": (21.0, 57.0),
    "PE": (-10.0, -75.25), "PK": (30.0, 70.0), "PL": (52.0, 20.0), "PY": (-23.0, -58.0),
    "RU": (60.0, 100.0), "SA": (25.0, 45.0), "SD": (15.0, 30.0), "SE": (62.0, 15.0),
    "SO": (6.0, 48.0), "SY": (35.0, 38.0), "TD": (15.0, 19.0), "TH": (15.0, 100.0),
    "TM": (40.0, 60.0), "TR": (39.0, 35.0), "TZ": (-6.0, 35.0), "UA": (49.0, 32.0),
    "US": (39.76, -98.5), "UZ": (41.0, 64.0), "VE": (8.0, -66.0), "VN": (16.16667, 107.83333),
    "YE": (15.5, 47.5), "ZA": (-29.0, 24.0), "ZM": (-14.0, 28.0), "ZW": (-19.0, 29.0),
}  # fmt: skip
