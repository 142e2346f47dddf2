"""Word lists the stages share: event triggers, weapons, target categories, known actors.

Patterns are matched case-insensitively on sentence text; each carries an example of what it
matches. Known armed groups are facts (names and aliases), kept here as the actor registry.
"""

from __future__ import annotations

import re

from incidex.schema import ActorKind, EventType, Weapon


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# Event triggers with a weight: how surely the word alone names the event type.
TRIGGERS: tuple[tuple[EventType, float, re.Pattern[str]], ...] = (
    # "assassinated the governor", "assassination attempt"
    (EventType.ASSASSINATION, 3.0, _rx(r"\bassassinat\w*")),
    (EventType.HIJACKING, 3.0, _rx(r"\bhijack\w*")),
    # "gunmen abducted 27 students", "kidnapping of a priest", "taken hostage" (often a kidnap)
    (EventType.KIDNAPPING, 2.5, _rx(r"\b(?:kidnap\w*|abduct\w*|seized and taken)\b")),
    (EventType.HOSTAGE_TAKING, 2.0, _rx(r"\b(?:hostages?|barricaded|siege|standoff)\b")),
    # "a car bomb exploded", "suicide bomber", "IED", "grenade attack", "twin bombings"
    (
        EventType.BOMBING,
        2.5,
        _rx(
            r"\b(?:(?:car |truck |roadside |suicide |pipe |nail |letter |parcel )?bomb(?:s|ing|ings"
            r"|ed|er|ers)?|ieds?|improvised explosive|explosive devices?|grenades?|dynamite"
            r"|detonat\w+|landmines?|mines? explo\w+|booby[- ]trap\w*)\b"
        ),
    ),
    (EventType.EXPLOSION, 1.0, _rx(r"\b(?:explosions?|blasts?|exploded|blew up)\b")),
    # "an air strike", "airstrikes", "drone strike", "warplanes bombed"
    (
        EventType.AIR_STRIKE,
        3.0,
        _rx(
            r"\b(?:air ?strikes?|air[- ]raids?|drone (?:strike|attack)s?|warplanes?|airstrikes?)\b"
        ),
    ),
    # "shelling", "rocket fire", "mortar rounds", "missile strike", "artillery"
    (
        EventType.SHELLING,
        2.0,
        _rx(r"\b(?:shell(?:ing|ed)|rockets?|mortars?|missiles?|artillery|katyusha)\b"),
    ),
    # "gunmen opened fire", "was shot", "shooting", "stabbed", "massacre"
    (
        EventType.ARMED_ASSAULT,
        2.0,
        _rx(
            r"\b(?:shooting|shootings|shot|gunm[ae]n|gunfire|opened fire|fired (?:on|at|into)"
            r"|stabb(?:ed|ing)|massacre[ds]?|gunshots?|machine-?gunned|machete|hacked)\b"
        ),
    ),
    # "a terrorist attack", "the convoy was ambushed", "gunmen raided": an attack of unstated means
    (
        EventType.ARMED_ASSAULT,
        1.0,
        _rx(r"\b(?:attack(?:s|ed)?|ambush(?:ed|es)?|raid(?:s|ed)?|assault(?:s|ed)?)\b"),
    ),
    # "was killed", "gunned down", "shot dead": a killing, by means the text may not say
    (EventType.ARMED_ASSAULT, 1.0, _rx(r"\b(?:killed|gunned down|shot dead|slain)\b")),
    # "the murder of a 3-year-old", "a homicide", "murder-suicide", "the slaying"
    (EventType.ARMED_ASSAULT, 1.5, _rx(r"\b(?:murder\w*|homicides?|slaying|slain)\b")),
    # "clashes between troops and rebels", "fighting", "firefight", "battle"
    (
        EventType.ARMED_CLASH,
        1.5,
        _rx(r"\b(?:clash(?:es|ed)?|firefights?|fighting|skirmish\w*|gun ?battles?|combat)\b"),
    ),
    # "set fire to", "torched", "arson", "burned down", "sabotage", "dynamited the tower"
    (
        EventType.FACILITY_ATTACK,
        2.0,
        _rx(r"\b(?:arson\w*|set fire|set ablaze|torch(?:ed|ing)|burned down|sabotag\w+)\b"),
    ),
    (EventType.RIOT, 2.0, _rx(r"\b(?:riot\w*|mob|looting|looted|rampag\w+)\b")),
    (
        EventType.PROTEST,
        1.5,
        _rx(r"\b(?:protest\w*|demonstrat(?:ion|ions|ors|ed)|marched|rall(?:y|ies))\b"),
    ),
    (EventType.SEXUAL_VIOLENCE, 2.5, _rx(r"\b(?:rap(?:e|ed|es)|sexual(?:ly)? assault\w*)\b")),
    (EventType.UNARMED_ASSAULT, 1.0, _rx(r"\b(?:beat(?:en|ing)? (?:to death|up)|lynch\w*)\b")),
    # "the bus plunged", "a gas explosion", "building collapsed", "crash"
    (
        EventType.ACCIDENT,
        1.0,
        _rx(r"\b(?:accident\w*|crash(?:ed|es)?|collaps\w+|gas leak|derail\w+|accidental\w*)\b"),
    ),
)

# Generic attack words: evidence that something happened, without naming the type.
ATTACK = _rx(r"\b(?:attack(?:s|ed|ers?)?|assault\w*|ambush\w*|raid(?:s|ed)?|killed|wounded)\b")

WEAPONS: tuple[tuple[Weapon, re.Pattern[str]], ...] = (
    (
        Weapon.EXPLOSIVES,
        _rx(
            r"\b(?:bomb\w*|explosi\w+|ieds?|grenades?|dynamite|blasts?|detonat\w+|mortars?"
            r"|rockets?|missiles?|shell(?:s|ing|ed)|landmines?|artillery|air ?strikes?)\b"
        ),
    ),
    (
        Weapon.FIREARMS,
        _rx(
            r"\b(?:gun\w*|shot|shooting|shootings|rifles?|pistols?|firearms?|bullets?|opened fire"
            r"|machine-?gun\w*|ak-?47s?|handguns?|shotguns?|fired (?:on|at|into))\b"
        ),
    ),
    (
        Weapon.INCENDIARY,
        _rx(r"\b(?:arson\w*|set fire|set ablaze|torch(?:ed|ing)|molotov|firebomb\w*|petrol bomb)"),
    ),
    (Weapon.MELEE, _rx(r"\b(?:knife|knives|stabb\w+|machetes?|hacked|axes?|clubs?|sticks)\b")),
    (Weapon.VEHICLE, _rx(r"\b(?:ramm(?:ed|ing)|drove (?:a|his|the) \w+ into|vehicle attack)\b")),
    (Weapon.CHEMICAL, _rx(r"\b(?:chemical|poison(?:ed|ous)? gas|nerve agent|sarin|chlorine)\b")),
)

# (pattern, GTD-like target category); the first match in a sentence names the target.
TARGETS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        _rx(
            r"\b(?:mosques?|churche?s?|shrines?|temples?|synagogues?|worshipp\w+|pilgrims?"
            r"|priests?|imams?|clerics?)\b"
        ),
        "religious",
    ),
    (_rx(r"\b(?:police\w*|officers?|constables?|patrolm[ae]n|police station)\b"), "police"),
    (_rx(r"\b(?:soldiers?|troops|army|military|checkpoints?|convoy|barracks)\b"), "military"),
    (_rx(r"\b(?:schools?|students?|universit\w+|college|pupils|teachers?)\b"), "educational"),
    (_rx(r"\b(?:journalists?|reporters?|newspaper|broadcaster)\b"), "journalists"),
    (_rx(r"\b(?:buses|bus|trains?|airport|railway|station|passengers?)\b"), "transportation"),
    (
        _rx(
            r"\b(?:ministry|governor|mayor|officials?|government|parliament|embassy"
            r"|diplomats?|council)\b"
        ),
        "government",
    ),
    (
        _rx(
            r"\b(?:banks?|shops?|stores?|hotels?|restaurants?|businesses|company|factory"
            r"|bar|nightclub)\b"
        ),
        "business",
    ),
    (
        _rx(
            r"\b(?:power (?:line|station|plant)|pylons?|pipelines?|electricity|water supply"
            r"|telephone|towers?)\b"
        ),
        "utilities",
    ),
    (_rx(r"\b(?:aid workers?|ngo|charity|red cross|red crescent)\b"), "ngo"),
    (
        _rx(
            r"\b(?:market\w*|civilians?|villagers?|residents?|mourners|crowds?|people|shoppers"
            r"|famil(?:y|ies)|children|wom[ae]n|m[ae]n|peasants|farmers?)\b"
        ),
        "private_citizens",
    ),
)

# Known armed groups and forces: canonical name, kind, aliases (regex alternatives).
ACTORS: tuple[tuple[str, ActorKind, str], ...] = (
    (
        "Islamic State",
        ActorKind.ARMED_GROUP,
        r"islamic state(?: group)?|isis|isil|daesh|is militants|islamic state of iraq",
    ),
    ("Islamic State West Africa Province", ActorKind.ARMED_GROUP, r"iswap"),
    ("Taliban", ActorKind.ARMED_GROUP, r"(?<!pakistani )taliban"),
    (
        "Tehrik-i-Taliban Pakistan",
        ActorKind.ARMED_GROUP,
        r"tehrik-?[ei]-?taliban(?: pakistan)?|ttp|pakistani taliban",
    ),
    ("Boko Haram", ActorKind.ARMED_GROUP, r"boko haram"),
    ("al-Shabaab", ActorKind.ARMED_GROUP, r"al[- ]?shabaa?b|shabaab|shabab"),
    ("al-Qaeda", ActorKind.ARMED_GROUP, r"al[- ]?qa[ei]?da|al-qaida|aqap|aqim"),
    ("Hamas", ActorKind.ARMED_GROUP, r"hamas|izz ad-din al-qassam brigades|qassam brigades"),
    ("Hezbollah", ActorKind.ARMED_GROUP, r"hezbollah|hizbollah|hizballah"),
    ("Palestinian Islamic Jihad", ActorKind.ARMED_GROUP, r"islamic jihad"),
    ("Al-Aqsa Martyrs Brigades", ActorKind.ARMED_GROUP, r"al-aqsa martyrs'? brigades?"),
    ("Houthis", ActorKind.ARMED_GROUP, r"houthis?|ansar allah"),
    (
        "Farabundo Marti National Liberation Front",
        ActorKind.ARMED_GROUP,
        r"fmln|farabundo marti national liberation front",
    ),
    ("Shining Path", ActorKind.ARMED_GROUP, r"shining path|sendero luminoso"),
    (
        "Tupac Amaru Revolutionary Movement",
        ActorKind.ARMED_GROUP,
        r"mrta|tupac amaru revolutionary movement",
    ),
    (
        "Revolutionary Armed Forces of Colombia",
        ActorKind.ARMED_GROUP,
        r"farc|revolutionary armed forces of colombia",
    ),
    ("National Liberation Army", ActorKind.ARMED_GROUP, r"\beln\b|national liberation army"),
    ("Medellin Cartel", ActorKind.CRIMINAL, r"medell[ií]n cartel|extraditables"),
    ("Kurdistan Workers' Party", ActorKind.ARMED_GROUP, r"pkk|kurdistan workers'? party"),
    ("ETA", ActorKind.ARMED_GROUP, r"\beta\b|basque separatists?"),
    ("Irish Republican Army", ActorKind.ARMED_GROUP, r"\bira\b|irish republican army"),
    ("Lashkar-e-Taiba", ActorKind.ARMED_GROUP, r"lashkar-?e-?tayy?iba|\blet\b militants"),
    ("Jaish-e-Mohammed", ActorKind.ARMED_GROUP, r"jaish-?e-?moh?amm?ed"),
    ("Communist Party of India (Maoist)", ActorKind.ARMED_GROUP, r"maoists?|naxal\w*"),
    ("Jama'at Nasr al-Islam wal Muslimin", ActorKind.ARMED_GROUP, r"jnim|support group for islam"),
    ("Hayat Tahrir al-Sham", ActorKind.ARMED_GROUP, r"hayat tahrir al-sham|hts|nusra front"),
    ("Liberation Tigers of Tamil Eelam", ActorKind.ARMED_GROUP, r"ltte|tamil tigers"),
    ("New People's Army", ActorKind.ARMED_GROUP, r"new people'?s army|\bnpa\b"),
    ("Abu Sayyaf", ActorKind.ARMED_GROUP, r"abu sayy?af"),
    ("Chechen rebels", ActorKind.ARMED_GROUP, r"chechen (?:rebels|separatists|militants)"),
    ("Baloch Liberation Army", ActorKind.ARMED_GROUP, r"baloch liberation army|\bbla\b"),
    ("Allied Democratic Forces", ActorKind.ARMED_GROUP, r"allied democratic forces|\badf\b"),
    ("M23", ActorKind.ARMED_GROUP, r"\bm23\b"),
    ("Fulani militants", ActorKind.ARMED_GROUP, r"fulani (?:militants|herdsmen|gunmen)"),
)

# One pattern for the whole registry (one pass over a sentence, not one per group): group
# "a<i>" names ACTORS[i].
ACTOR_PATTERN = _rx(
    "|".join(rf"\b(?P<a{i}>{aliases})\b" for i, (_, _, aliases) in enumerate(ACTORS))
)

# Generic perpetrators the text names without an identity: kept as such (issue: not dropped).
GENERIC_ACTORS = _rx(
    r"\b(?:unidentified |unknown |suspected |armed |masked |heavily armed )*"
    r"(?:gunm[ae]n|assailants?|attackers?|suicide bombers?|bombers?|militants|insurgents"
    r"|rebels|terrorists|guerrillas|extremists|subversives|jihadists|bandits|shooters?"
    r"|armed men|hooded men)\b"
)

# State forces as perpetrators: only as the doers of violence ("soldiers opened fire", "killed by
# the army"); police who investigate are no perpetrators.
_FORCES = (r"(?:the\s+)?(?:\w+\s+)?(?:soldiers|troops|army|armed forces|military|police(?:men)?"
           r"|security forces|death squads?|paramilitar(?:y|ies)(?: groups?)?|national guard"
           r"|riot police|militiam[ae]n)")  # fmt: skip
STATE_ACTORS = _rx(
    rf"\b(?P<a>{_FORCES})\s+(?:\w+\s+){{0,2}}?(?:killed|shot|opened fire|fired on|attacked|bombed"
    r"|shelled|raided|massacred|murdered|tortured|beat|executed|abducted)\b"
    rf"|\b(?:killed|shot|attacked|murdered|massacred|abducted|executed) by (?P<b>{_FORCES})\b"
)

NEWS_AGENCIES = _rx(
    r"\b(?:reuters|associated press|\(ap\)|agence france-presse|afp|xinhua|irna|tasnim|fars"
    r"|anadolu|dpa|efe|ansa|itar-tass|tass|interfax|kyodo|yonhap|bernama|upi|pti|ani"
    r"|al jazeera|bbc|cnn|wafa|sana|isna|mehr|kuna|spa|wam|ptv|nan)\b"
)
