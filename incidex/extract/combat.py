"""Combat: does a report tell only a fight between armed forces?

A codebook call, made deliberately. MUC-4 and GTD-style attack records take no incident from
a report of army-guerrilla combat, of an attack on military positions, or of a fight whose dead
are all soldiers and rebels ("FMLN troops clashed with a cavalry company, killing three enemy
soldiers"); ACLED codes the same report as a battle. By default (`relevance_scope =
"conflict"`) incidex follows ACLED and its own codebook (DESIGN.md: armed clashes are events), so
that a battle is never lost; `relevance_scope = "attacks"` follows the attack records and gives
such a report no event (on MUC-4 development data: about +2.7 points of relevance).

The test is narrow, so that an attack on people is never lost: the first sentence that tells the
incident must show the fight (a clash, combat, an attack on troops or their positions, the
enemy's dead), and no sentence of the main events that speaks of violence may name a civilian victim
or target (civilians, peasants, a mayor, a bus, a house, a town bombed, a kidnapping, a murder) or
the police (a police patrol or post is a target for MUC-4, GTD and GVA alike). A convoy, a patrol
or a post is military only when the text says so: "gunmen fired on a convoy" may be one of cars.
Persons who tell of the event ("the defence minister said", "according to officials") and
places where a fight went on ("in the town of", "near the villages") are not its victims.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from incidex.extract.lexicon import ATTACK, GENERIC_TRIGGERS, TRIGGERS, rx

# Armed forces as a target or as the dead of a fight; a convoy, patrol or post alone is not.
_FORCES = (
    r"(?:soldiers?|troops?|army|armed forces|military|battalions?|brigades?|regiments?"
    r"|garrisons?|barracks|platoons?|detachments?|national guard|marines?|navy|air force|enemy"
    r"|positions)"
)
# Signs of a fight: "clashed with", "combat", "fighting between", "attacked army positions",
# "ambushed a military convoy", "killing three enemy troops"; not "the attack was claimed by the
# military wing" (the forces must be the attack's object), nor soldiers killed alone (by a bomb).
_FIGHT = rx(
    r"\b(?:clash(?:es|ed)?|combat|fighting|battles?|skirmish\w*|confrontations?|firefights?"
    r"|harass\w*|engaged)\b"
    r"|\b(?:attack(?:s|ed|ing)?|ambush(?:es|ed|ing)?|assault(?:s|ed)?|raid(?:s|ed)?|bomb(?:ed|ing)"
    r"|shell(?:ed|ing)|struck|hit)(?: (?:on|against|at))?"
    rf"(?: (?!was\b|were\b|by\b|claimed\b)[\w'-]+){{0,4}}? {_FORCES}\b"
    # the dead of a fight in war-report words; "a bomb killed three soldiers" is an attack
    r"|\b(?:enemy|casualties on the army)\b"
)
# Victims and targets that make an act an attack on civilians, civil property or the police.
_CIVIL = rx(
    r"\b(?:civilians?|peasants?|people(?!'s)|persons?|residents?|villagers?|inhabitants"
    r"|population|children|women|woman|men|man|boys?|girls?|youths?|students?|workers?"
    r"|employees?|passengers?|teachers?|journalists?|reporters?|newsm[ae]n|priests?|nuns?"
    r"|bishops?|archbishop|monsignor|mayors?|judges?|magistrates?|councilm[ae]n|candidates?"
    r"|deputies|deputy|senators?|congressm[ae]n|attorneys?|presidency|unionists?|businessm[ae]n"
    r"|farmers?|famil(?:y|ies)|wife|wives|relatives?|tourists?|diplomats?|ambassadors?|police\w*"
    r"|policem[ae]n|agents?|(?<!national )(?<!national\n)guards?|homes?|houses?|residences?"
    r"|shacks?|buildings?|banks?|stores?|shops?|supermarkets?|markets?|church(?:es)?|schools?"
    r"|universit\w+|offices?|embass(?:y|ies)|hotels?|restaurants?|factor(?:y|ies)|plants?"
    r"|pipelines?|power|electric\w*|pylons?|towers?|bridges?|bus(?:es)?|cars?|trains?|airports?"
    r"|cooperatives?|towns?|villages?|hamlets?|neighborhoods?|communit(?:y|ies)|mosques?"
    r"|temples?|synagogues?|worshipp?ers|crowds?|shoppers|pilgrims|settlements?|sabotage\w*"
    r"|kidnap\w*|massacre\w*|murder\w*|assassinat\w*|set (?:on fire|ablaze)|burned|burning)\b"
)
# "army trucks", "military police", "our men", "the enemy's vehicles": the forces' own.
_FORCES_OWN = rx(
    r"\b(?:army|military|troop|enemy|air force|navy|guerrilla|rebel|our|their|his|my)s?'?s? "
    r"(?:[\w-]+ )?$"
)
# A person who tells of the event, not its victim: "the minister said", "according to officials",
# "told reporters", "[REPORTER]".
_SPEAKS_AFTER = rx(
    r"(?: [\w,'-]+){0,4}? (?:said|says|stated|reported|told|announced|confirmed|admitted|denied"
    r"|added|explained|declared|indicated|noted)\b"
)
_SPEAKS_BEFORE = rx(r"(?:\baccording to (?:[\w'-]+ ){0,3}|\btold |\[)$")
# A place where a fight went on, not its target: "in the town of", "near the villages of".
_PLACE = rx(r"(?:towns?|villages?|hamlets?|neighborhoods?|communit(?:y|ies))")
_WHERE = rx(r"\b(?:in|near|at|from|between|across|around|outside|throughout|of)(?: [\w'-]+){0,5} $")


def combat_only(told: Sequence[str], framed: Iterable[str]) -> bool:
    """True when a report tells only a fight between armed forces: the first of the `told`
    sentences (those that state the incident, in text order) shows a fight, and none of the
    `framed` sentences (every sentence of the main events) that speaks of violence names a
    civilian victim or target."""
    if not told or not _FIGHT.search(told[0]):
        return False
    return not any(_violent(s) and civil(s) for s in framed)


def civil(text: str) -> bool:
    """True when the sentence names a civilian, civil property or the police, not as the forces'
    own, the teller of the news or the place of a fight."""
    for m in _CIVIL.finditer(text):
        before = max(0, m.start() - 40)
        if _FORCES_OWN.search(text, max(0, m.start() - 30), m.start()):
            continue
        if _SPEAKS_AFTER.match(text, m.end()) or _SPEAKS_BEFORE.search(text, before, m.start()):
            continue
        if _PLACE.fullmatch(m.group(0)) and _WHERE.search(text, before, m.start()):
            continue
        return True
    return False


def _violent(text: str) -> bool:
    return bool(
        ATTACK.search(text)
        or any(r.search(text) for _, _, r in TRIGGERS)
        or any(r.search(text) for _, r in GENERIC_TRIGGERS)
    )
