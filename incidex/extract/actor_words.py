"""Words about actors the actors and sources stages share: the registry of known armed groups
and forces (facts: canonical names, kinds, aliases), the shapes of organisations' names, the
words that make a state's forces or a generic group the agent, and news agencies.

Split from `lexicon` (event triggers, weapons, targets), which had outgrown one module.
"""

from __future__ import annotations

import re

from incidex.extract.lexicon import rx
from incidex.schema import ActorKind

# Known armed groups and forces: canonical name, kind, aliases (regex alternatives).
ACTORS: tuple[tuple[str, ActorKind, str], ...] = (
    # before "Islamic State": the longer name of the province wins at the same place
    (
        "Islamic State West Africa Province",
        ActorKind.ARMED_GROUP,
        r"islamic state west africa(?: province)?|iswap",
    ),
    (
        "Islamic State",
        ActorKind.ARMED_GROUP,
        r"islamic state(?: group)?|isis|isil|daesh|is militants|islamic state of iraq",
    ),
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
    ("Medellin Cartel", ActorKind.CRIMINAL, r"medell[ií]n cartel"),
    ("The Extraditables", ActorKind.CRIMINAL, r"(?:los |the )?extraditables"),
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
# "a<i>" names ACTORS[i]. One word boundary before all the names, tried once at each place, and
# only where a word starts ("(?=\w)": every name does), not also where one ends: half the time.
ACTOR_PATTERN = rx(
    r"\b(?=\w)(?:"
    + "|".join(rf"(?P<a{i}>{aliases})\b" for i, (_, _, aliases) in enumerate(ACTORS))
    + ")"
)

# Generic perpetrators the text names without an identity: kept as such (issue: not dropped).
# "unidentified gunmen", "a suicide bomber", "heavily armed men", "two individuals", "kidnappers"
# ("(?=\w)": tried only where a word starts, as ACTOR_PATTERN)
GENERIC_ACTORS = rx(
    r"\b(?=\w)(?:(?:unidentified |unknown |suspected |armed |masked |heavily armed |hooded "
    r"|alleged )*"
    r"(?:gunm[ae]n|assailants?|attackers?|suicide bombers?|bombers?|militants|insurgents"
    r"|rebels|terrorists|guerrillas|extremists|subversives|jihadists|bandits|shooters?"
    r"|armed men|hooded men|kidnappers|abductors|assassins|hit ?men|holdup men|robbers"
    r"|death squads?|paramilitar(?:y|ies)(?: groups?| squads?)?|commandos?(?! unit)|commandoes"
    r"|drug (?:traffickers|cartels?|mafias?)|drug[- ]trafficking (?:mafias?|capos|cartels?|gangs?"
    r"|groups?|bands?)|(?:cocaine|narcotics) (?:cartels?|traffickers)|narco-?terrorists"
    r"|hit squads?|sicarios)"
    r"|(?:unidentified|unknown|armed|masked|hooded|heavily armed)\s+(?:individuals|persons|people"
    r"|youths|subjects|men)"
    r"|(?:two|three|four|five|six|several|a group of|\d+)\s+(?:young |armed |masked )?"
    r"(?:individuals|men|youths|subjects)(?!\s+(?:were|was|had been|have been|who were)\b))\b"
)

# Words that end an organisation's name: "... Liberation Front", "Jewish Defense League",
# "People's War Group", "the Gerardo Barrios Commando Unit", "Secret Anticommunist Army".
GROUP_HEADS = (
    r"Front|Army|Group|Party|League|Movement|Brigades?|Organi[sz]ation|Committees?|Council"
    r"|Youth|Commandos?|Command|Unit|Alliance|Cells?|Faction|Resistance|Forces|Jihad"
    r"|Mujahideen|Tigers|Union|Nuclei|Wing|Squads?|Battalion|Militia|Revolutionaries"
)
_HEADS = GROUP_HEADS
_CAP = r"(?:[A-Z][\w'’-]*|al-\w+|el-\w+)"
# A capitalised name ending in a head word, with an optional "of/for the X Y" tail and an
# acronym in brackets: "Corsican National Liberation Front (FLNC)", "Organization of Arab
# Nationalist Youth for the Liberation of Palestine". Case-sensitive: capitals mark the name.
GROUP_NAME = re.compile(
    rf"(?<![\w'’-])(?P<name>(?:{_CAP}\s+(?:(?:of|for|and|de|del|la|the)\s+)*){{0,6}}(?:{_HEADS})"
    rf"(?:\s+(?:{_HEADS}))?\b"
    rf"(?:\s+(?:of|for)\s+(?:the\s+)?{_CAP}(?:\s+(?:(?:of|and|the)\s+)*{_CAP}){{0,4}})?)"
    r"(?:[\"”']?\s*[(\[](?P<acronym>[A-Z][A-Za-z-]{1,9})[)\]])?"
)
# In upper-case text capitals say nothing: a name is the run of words before a head word.
GROUP_NAME_UPPER = re.compile(
    rf"(?<![\w'’.-])(?P<name>(?:[A-Z][A-Z'’.-]*\s+){{1,5}}(?:{_HEADS.upper()})(?:\s+(?:{_HEADS.upper()}))?\b)"
    r"(?:[\"”']?\s*[(\[](?P<acronym>[A-Z][A-Z-]{1,9})[)\]])?"
)
# Words that say what kind of group, not which: in upper-case text, where capitals mark no name,
# a name of only these and head words ("ALLEGED ORGANIZATION", "GUERRILLA GROUP") names no one.
UNNAMING_WORDS = frozenset(
    re.findall(
        r"[\w-]+",
        "alleged so-called no same religious guerrilla terrorist rebel leftist rightist political "
        "clandestine armed military paramilitary extremist insurgent subversive urban another "
        "other new local small large elite special",
    )
)
# Words that cannot stand inside an organisation's name read from upper-case text.
NAME_STOPWORDS = frozenset(
    re.findall(
        r"\w+",
        "the a an by of for and to in on at from with that which who its their his her has have "
        "had was were is are said claimed called calling itself as this these those one two three "
        "four five when where after before against during yesterday today tonight morning "
        "neither nor any another report reports indicates states adds notes",
    )
)
# A name followed by these did the violence ("People's War Group (PWG) stormed ..."), or a name
# after these did it ("damaged by the Organization of ...").
AGENT_AFTER = rx(
    r"^\W{0,3}(?:\w+\s+){0,2}?(?:rebels\s+|militants\s+|guerrillas\s+|members\s+)?"
    r"(?:stormed|attacked|bombed|kill(?:ed|ing)|shot|ambushed|raided|kidnapp?ed|abducted"
    r"|detonated|exploded|set fire|burned|torched|fired|opened fire|planted|hurled|threw"
    r"|dynamited|massacred|murdered|assassinated|seized|took over|blew up|destroyed|hijacked"
    r"|launched|carried out|staged|occupied)\b"
)
AGENT_BEFORE = rx(
    r"\b(?:by|calling itself|called|known as|identifying itself as|named)\s+(?:the\s+)?\W?$"
)

# State forces as perpetrators: only as the doers of violence ("soldiers opened fire", "killed by
# the army", "the air force is bombing", "soldiers began shooting"); police who investigate are
# no perpetrators.
_FORCES = (r"(?:the\s+)?(?:\w+\s+)?(?:soldiers|troops|army|armed forces|military|air force"
           r"|police(?:men)?|security forces|death squads?|paramilitar(?:y|ies)(?: groups?)?"
           r"|national guard|riot police|militiam[ae]n)")  # fmt: skip
STATE_ACTORS = rx(
    rf"\b(?P<a>{_FORCES})\s+(?:(?!(?:were|was|been|are|is|being)\b)\w+\s+){{0,2}}?"
    r"(?:killed|shot|opened fire|fired on|attacked|bombed"
    r"|shelled|raided|massacred|murdered|tortured|beat|executed|abducted"
    r"|(?:is|are|was|were|began|started|kept) (?:bombing|shelling|shooting|firing|attacking))\b"
    rf"|\b(?:killed|shot|attacked|murdered|massacred|abducted|executed) by (?P<b>{_FORCES})\b"
)

NEWS_AGENCIES = rx(
    r"\b(?:reuters|associated press|\(ap\)|agence france-presse|afp|xinhua|irna|tasnim|fars"
    r"|anadolu|dpa|efe|ansa|itar-tass|tass|interfax|kyodo|yonhap|bernama|upi|pti|ani"
    r"|al jazeera|bbc|cnn|wafa|sana|isna|mehr|kuna|spa|wam|ptv|nan)\b"
)
