"""First-person claims: an armed group's own communique or radio bulletin telling its attacks.

When a group issues the statement ("the FMLN reports that", "a communique of the X said", a
clandestine radio named after the group) and a sentence of the event tells an attack with a
first-person plural agent ("our units ambushed", "after our attack", "we carried out the
operation"), the group is claiming that attack. A government or army spokesman's "our troops
repelled the attack" is not: the speaker must be the armed group, and a sentence that names an
official speaker is left alone.
"""

from __future__ import annotations

import re

from incidex.extract.lexicon import spaced

_FIGHTERS = (
    r"(?:forces|units?|guerrillas?|combatants|columns?|fighters|commandos?|comrades"
    r"|militants|detachments?|squads?)"
)
_ATTACK_VERB = (
    r"(?:attack(?:ed|s)?|ambush(?:ed|es)?|stag(?:ed|es)|launch(?:ed|es)|carr(?:ied|ies) out"
    r"|opened fire|fired|shelled|bombed|blew up|dynamited|sabotaged|destroyed|raided|stormed"
    r"|harass(?:ed|es)|overran|executed|kidnapped|used (?:\w+ ){0,3}(?:mortars|rockets|explosives"
    r"|grenades|mines)|struck|hit)"
)
_ATTACK_NOUN = r"(?:attacks?|ambush(?:es)?|offensive|operations?|assault|raid|sabotage|actions?)"
# "our guerrillas also used mortars", "our antiaircraft units opened fire", "after our attack",
# "we carried out the operation", "we have attacked"
FIRST_PERSON_ATTACK = re.compile(
    spaced(
        r"\bour (?:[\w-]+ ){0,2}?" + _FIGHTERS + r"\b(?: [\w-]+){0,8}? " + _ATTACK_VERB + r"\b"
        r"|\b(?:after|during|in|with) our (?:[\w-]+ )?" + _ATTACK_NOUN + r"\b"
        r"|\bwe (?:(?:also|then|have|had|successfully) )*" + _ATTACK_VERB + r"\b"
    ),
    re.IGNORECASE,
)
# An official speaker in the sentence: the first person is the government's or army's.
_OFFICIAL = re.compile(
    r"\b(?:spokes(?:man|woman|person)|officials?|colonel|col\.|major|captain|lieutenant"
    r"|minister|ministry|president|governor|mayor|police chief|army chief|high command"
    r"|armed forces press)\b",
    re.IGNORECASE,
)
_STATEMENT = (
    r"(?:communiqu[eé]s?|statements?|bulletins?|broadcasts?|messages?|war reports?"
    r"|military reports?|reports?|announcements?)"
)
_SAYS = r"(?:reports?|reported|says|said|states|stated|announce[sd]?|adds|added|informs?)"


def first_person_attack(text: str) -> re.Match[str] | None:
    """The first-person words telling an attack in a sentence, unless an official speaks."""
    m = FIRST_PERSON_ATTACK.search(text)
    if m is None or _OFFICIAL.search(text):
        return None
    return m


def speaks(text: str, names: list[str], dateline_end: int) -> bool:
    """True when the article presents the group (under any of `names`) as issuing the statement:
    "the X reports that", "a communique of the X", "X's bulletin", or a clandestine radio whose
    name the dateline gives and the group's name begins with ("RADIO FARABUNDO MARTI")."""
    radio = re.search(r"\(?clandestine\)?[^\n]{0,40}?\bradio\s+([\w ]+)", text[:300], re.I)
    if radio is None and dateline_end:
        radio = re.search(r"\bradio\s+([\w ]+)", text[:dateline_end], re.IGNORECASE)
    station = (
        re.split(r"\s+(?:in|to|at|on|network)\b", radio.group(1), maxsplit=1, flags=re.I)[0]
        if radio
        else ""
    )
    said_by = [w.casefold() for w in station.split()]
    for name in {n for n in names if len(n) >= 3}:
        said = re.escape(name).replace(r"\ ", r"\s+")
        rx = re.compile(
            rf"\b{said}(?:\s*\[[^\]]{{1,20}}\])?\s+(?:has\s+|have\s+)?{_SAYS}\b"
            rf"|\b{_STATEMENT}\s+(?:\w+\s+){{0,2}}?(?:of|by|from)\s+(?:the\s+)?{said}\b"
            rf"|\b{said}(?:'s|\s+(?:\w+\s+)?){_STATEMENT}\b",
            re.IGNORECASE,
        )
        if rx.search(text):
            return True
        if len(said_by) >= 2 and [w.casefold() for w in name.split()[: len(said_by)]] == said_by:
            return True
    return False
