"""Word lists the stages share: event triggers, weapons, target categories (known actors and
agencies are in `actor_words`).

Patterns are matched case-insensitively on sentence text; each carries an example of what it
matches.
"""

from __future__ import annotations

import functools
import itertools
import re

from incidex.nlp import NUMBER
from incidex.schema import EventType, Weapon


def spaced(pattern: str) -> str:
    """`pattern` with each space matching any run of whitespace (wire text breaks lines
    anywhere: "CLAIMED\\nRESPONSIBILITY"), " ?" any or none; a space in a class such as [- ]
    any one whitespace ("BOOBY\\nTRAPS"); look-behinds (which must keep a fixed width) are left
    as they are."""

    def swap(m: re.Match[str]) -> str:
        if m.group(0).startswith("["):
            return m.group(0).replace(" ", r"\s")
        if m.group(0).startswith("(?<"):
            return m.group(0)
        return r"\s*" if m.group(0) == " ?" else r"\s+"

    return re.sub(r"\[[^\]]*\]|\(\?<[!=][^)]*\)| \?| ", swap, pattern)


def rx(pattern: str) -> re.Pattern[str]:
    """`pattern`, case-insensitive, with `spaced` whitespace."""
    return re.compile(spaced(pattern), re.IGNORECASE)


# Event triggers with a weight: how surely the word alone names the event type. The long lists of
# words start "\b(?=\w)": tried only where a word starts (each word does), not also where one
# ends, which costs a long list as much again.
TRIGGERS: tuple[tuple[EventType, float, re.Pattern[str]], ...] = (
    # "assassinated the governor", "assassination attempt"
    (EventType.ASSASSINATION, 3.0, rx(r"\b(?:assassinat\w*|attempt on (?:the |his |her )?life)")),
    (EventType.HIJACKING, 3.0, rx(r"\bhijack\w*")),
    # "gunmen abducted 27 students", "kidnapping of a priest", "taken hostage" (often a kidnap)
    (EventType.KIDNAPPING, 2.5, rx(r"\b(?:kidnap\w*|abduct\w*|seized and taken)\b")),
    # a forced disappearance is a kidnapping: "deplored the disappearance of the party leader",
    # "his car was intercepted by heavily armed men"
    (
        EventType.KIDNAPPING,
        1.0,
        rx(
            r"\b(?:disappearance of|forced disappearances?|(?:was|were|been) (?:forcibly )?"
            r"disappeared|intercepted by (?:[\w-]+ ){0,3}armed (?:men|individuals|persons))\b"
        ),
    ),
    # "held 12 hostages", "a siege of the hotel"; not the legal "state of siege"
    (
        EventType.HOSTAGE_TAKING,
        2.0,
        rx(r"\b(?:hostages?|barricaded|(?<!state of )siege|standoff)\b"),
    ),
    # "a car bomb exploded", "suicide bomber", "IED", "grenade attack", "twin bombings", "two
    # devices exploded on campus", "planted the device", "a powerful explosive charge", "a
    # homemade device damaged the bank", "a home-made timing device", "an explosive compound",
    # "an explosive was thrown at", "the device was defused", "tried to plant gas canisters"
    (
        EventType.BOMBING,
        2.5,
        rx(
            r"\b(?=\w)(?:(?:car |truck |roadside |suicide |pipe |nail |letter |parcel )?"
            r"bomb(?:s|ing|ings|ed|er|ers)?|ieds?|improvised explosive|explosives"
            r"|explosive (?:devices?|charges?|compounds?|mixtures?)"
            r"|(?:an|the) explosive(?= (?:was|were|went|exploded|detonated|blew|hit|struck)\b)"
            r"|(?:home-?made|makeshift|crude) (?:[\w-]+ )?devices?"
            r"|devices? (?:was|were|had been) (?:defused|disarmed|deactivated)"
            r"|(?:place[sd]?|placing|plant(?:s|ed|ing)?) (?:[\w-]+ ){0,2}?(?:gas )?(?:canisters"
            r"|cylinders)|(?:cars?|vehicles?|trucks?"
            r"|vans?|bags?|packages?|parcels?|suitcases?|briefcases?) (?:loaded|packed|filled"
            r"|rigged|stuffed|laden) with (?:[\w-]+ ){0,2}?explosives"
            r"|grenades?"
            r"|dynamit(?:e|ed|ing)"
            r"|detonat\w+|landmines?|mines? explo\w+|booby[- ]trap\w*|devices? (?:exploded|went off"
            r"|blew up)|(?:exploded|planted|placed) (?:\w+ )?devices?)\b"
        ),
    ),
    # not a "social explosion"
    (EventType.EXPLOSION, 1.0, rx(r"(?<!social )\b(?:explosions?|blasts?|exploded|blew up)\b")),
    # "an air strike", "airstrikes", "drone strike", "warplanes bombed"
    (
        EventType.AIR_STRIKE,
        3.0,
        rx(r"\b(?:air ?strikes?|air[- ]raids?|drone (?:strike|attack)s?|warplanes?|airstrikes?)\b"),
    ),
    # "shelling", "rocket fire", "mortar rounds", "missile strike", "artillery"; "guerrillas
    # rocketed the embassy" (not "prices rocketed"), "launched two homemade projectiles at"
    (
        EventType.SHELLING,
        2.0,
        rx(
            r"\b(?:shell(?:ing|ed)|rockets?|mortars?|missiles?|artillery|katyusha"
            r"|(?:rocket|mortar)(?:ed|ing)(?= (?:the|a|an|its|their|his|her)\b)"
            r"(?! the (?:following|next|same|previous)\b)"
            r"|launch(?:ed|es|ing)? (?:[\w-]+ ){0,3}?projectiles?)\b"
        ),
    ),
    # "gunmen opened fire", "was shot", "fired three shots", "shooting", "a drive-by", "stabbed",
    # "massacre"; "shoots" and "stabs", a headline's present tense
    (
        EventType.ARMED_ASSAULT,
        2.0,
        rx(
            r"\b(?=\w)(?:shooting|shootings|shot|shots|shoots|shooters?|drive-bys?|gunm[ae]n"
            r"|gunfire|opened fire"
            r"|fired (?:on|upon|at|into)|fired (?:[\w.-]+ ){0,3}(?:projectiles?|rounds|volleys?"
            r"|bursts|salvos?|(?:weapons?|guns?|rifles?|pistols?|shotguns?) (?:at|on|upon|into))"
            r"|stabb(?:ed|ing)|stabs|massacre[ds]?|gunshots?|machine-?gunned|machete|hacked"
            r"|bullet[- ]riddled|riddled with bullets|(?:bullet|gunshot|stab) wounds?"
            r"|(?:rifle|machine-?gun|automatic weapons?) fire|bullets)\b"
        ),
    ),
    # "gunned down", "shot dead": a killing with firearms; "a shootout", which also ends an
    # arrest ("arrested following a shoot-out with policemen") and decides less
    (EventType.ARMED_ASSAULT, 1.0, rx(r"\b(?:gunned down|shot dead|shoot-?outs?)\b")),
    # "the murder of a 3-year-old", "a homicide", "murder-suicide", "the slaying"
    (EventType.ARMED_ASSAULT, 1.5, rx(r"\b(?:murder(?!ous)\w*|homicides?|slaying|slain)\b")),
    # "clashes between troops and rebels", "fighting", "firefight", "battle"
    (
        EventType.ARMED_CLASH,
        1.5,
        rx(r"\b(?:clash(?:es|ed)?|firefights?|fighting|skirmish\w*|gun ?battles?|combat)\b"),
    ),
    # "set fire to", "torched", "arson", "burned down", "sabotage", "threw a firebomb"; "set the
    # town hall on fire", "was set afire", "a fire was set at the store", "doused the door with
    # flammable liquid"
    (
        EventType.FACILITY_ATTACK,
        2.0,
        rx(
            r"\b(?:arson\w*|set(?:s|ting)? fire|torch(?:ed|ing)|burn(?:ed|t) down|sabotag\w+"
            r"|set(?:s|ting)? (?:[^.;:!?]{1,80}? )?(?:on fire|afire|alight|ablaze)"
            r"|(?:fires?|blaze) (?:was|were) (?:deliberately )?set|(?:in)?flammable liquids?"
            r"|fire-?bomb\w*|petrol bombs?|molotov cocktails?|incendiary (?:bombs?|devices?))\b"
        ),
    ),
    # damage done on purpose, of unstated means: "vandalized the cars", "cut the overhead power
    # cable of the railway line" (not "a storm cut power lines": lines, not cables)
    (
        EventType.FACILITY_ATTACK,
        1.0,
        rx(r"\b(?:vandali[sz]\w*|cut (?:the |a |an |two |several )?(?:[\w-]+ ){0,2}?cables?)\b"),
    ),
    (EventType.RIOT, 2.0, rx(r"\b(?:riot\w*|mob|looting|looted|rampag\w+)\b")),
    (
        EventType.PROTEST,
        1.5,
        rx(r"\b(?:protest\w*|demonstrat(?:ion|ions|ors|ed)|marched|rall(?:y|ies))\b"),
    ),
    (EventType.SEXUAL_VIOLENCE, 2.5, rx(r"\b(?:rap(?:e|ed|es)|sexual(?:ly)? assault\w*)\b")),
    # "beaten to death", "lynched", "was dragged from his car and beaten"
    (
        EventType.UNARMED_ASSAULT,
        1.0,
        rx(
            r"\b(?:beat(?:en|ing)? (?:to death|up)|lynch\w*|(?:was|were|been|being|and|badly"
            r"|severely|brutally|savagely) beaten)\b"
        ),
    ),
    # "the bus plunged", "a gas explosion", "building collapsed", "crash"; not a "collapse" of
    # talks, illusions or agreements, nor "found by accident" (by chance)
    (
        EventType.ACCIDENT,
        1.0,
        rx(
            r"\b(?=\w)(?:(?<!by )accident\w*|crash(?:ed|es)?|gas leak|derail\w+|accidental\w*"
            r"|(?:building|bridge|house|home|roof|mine|wall|tunnel|dam|ceiling|structure|stand"
            r"|tower|scaffold\w*|church|school|hotel|factory|stadium|block)s? (?:\w+ ){0,2}?"
            r"collaps\w+|collapse of (?:a|an|the) (?:\w+ )?(?:building|bridge|house|roof|mine"
            r"|wall|tunnel|dam|ceiling|structure|tower|church|school|hotel|factory|stadium))\b"
        ),
    ),
)

# A threat against particular people or a target, an event whose outcome is "threatened" (MUC-4,
# GTD): "threatened to kill 10 judges", "has sworn to murder the mayor", "threatening to bomb the
# embassy"; not one against anyone at all or only on a condition told in its place ("threatened
# to shoot to kill if ...", "threatened to kill anyone who ..."), nor a vague "threatened to carry
# out attacks".
THREAT = rx(
    r"\b(?:(?:publicly|openly) )?(?:threaten(?:s|ed|ing)?|swore|(?:has|have|had) sworn)"
    r"(?: (?:publicly|openly|again))? to"
    r" (?:kill|murder|assassinate|execute|kidnap|abduct|bomb|blow up|dynamite|attack)"
    r"(?! (?:anyone|anybody|everyone|everybody|whoever|all who|those who|if|unless)\b)(?= [\w\"])"
    # a death list's sentence on those it names: "these people will be executed"
    r"|\b(?:these|those) (?:people|persons|men|individuals|traitors|terrorists) will be"
    r" (?:executed|killed|assassinated|eliminated)\b"
)

# Words that say something violent happened without saying how (weight as in TRIGGERS): they
# establish an event, but name its type only when nothing more specific does (then an armed
# assault). "A roadside bomb killed a general" is a bombing, however often "attack" recurs.
GENERIC_TRIGGERS: tuple[tuple[float, re.Pattern[str]], ...] = (
    # "a terrorist attack", "the convoy was ambushed", "gunmen raided": an attack of unstated means
    (
        1.0,
        rx(r"\b(?:attack(?:s|ed|ing)?|ambush(?:ed|es)?|raid(?:s|ed)?|assault(?:s|ed)?|stormed)\b"),
    ),
    # "was killed", "slain", "the killing of": a killing, by means the text may not say;
    # "found dead", "the body of a man was found", "bodies found": a killing come to light
    # "were summarily executed", "beheaded", "tortured to death": a killing told by its manner;
    # "hanged by militants", "wounded by an assailant", "police recovered the body"
    (
        1.0,
        rx(
            r"\b(?:killed|slain|killings?|(?:was|were|been|being) (?:summarily )?executed"
            r"|beheaded|decapitated|strangled|burned alive|hanged by|(?:wounded|injured) by (?:an?"
            r" |the |two |three |unknown |unidentified )?(?:[\w-]+ )?(?:assailants?|attackers?"
            r"|gunm[ae]n|militants?|terrorists?|guerrillas?)"
            r"|(?:tortured|beaten|hacked|stabbed) to death"
            # deaths a party's deeds caused: "two children died as a result of the rebels' actions"
            r"|died (?:[\w-]+ ){0,2}?(?:as a (?:direct )?result|because) of (?:the )?"
            r"(?:[\w-]+ ){0,3}?[\w-]+(?:'s|s') (?:[\w-]+ )?(?:actions?|attacks?|aggression|bombs?"
            r"|shots|bullets|fire)"
            # a harm the deed did, in the gerund: "sprayed them with gas, injuring three officers"
            rf"|(?:injuring|wounding) (?:at least |some |about )?(?:{NUMBER}|several|dozens))\b"
        ),
    ),
    # "threatened to kill 10 judges": the deed is named as surely as a murder's, only its outcome
    # differs (see THREAT)
    (2.0, THREAT),
    (
        1.5,
        rx(
            r"\b(?:found (?:dead|murdered|executed|tortured)|(?:found|discovered|recovered) the"
            r" (?:bod(?:y|ies)|corpses?)\b|bod(?:y|ies) (?:of [\w ,.'-]{1,60}?)?"
            r"(?:was|were|has been|have been|had been) (?:found|discovered))\b"
        ),
    ),
)

# Attacks told by their damage alone, the means unstated (weight as in TRIGGERS): "the station
# was damaged by the group", "seven pylons were destroyed", "partially destroyed the plant",
# "caused heavy damage to the bank", "damaging over sixty cars". They establish an event and make
# it a facility attack only when no other word names one. Not the damage of a storm or a quake,
# nor of an economy or a hope (DAMAGE_FIGURATIVE, read after the word).
DAMAGE = rx(
    r"\b(?:(?:was|were|been|being|got) (?:[\w-]+ ){0,2}?(?:damaged|destroyed|demolished|wrecked"
    r"|gutted|blown up)|(?:damaged|destroyed|demolished|wrecked|gutted|damaging|destroying)"
    r"(?= (?:(?:over|more than|some|about|nearly|at least) )?(?:the|a|an|its|their|his|her"
    rf"|several|{NUMBER})\b)|caus(?:ed|ing) (?:[\w-]+ ){{0,2}}?damage)\b"
)
DAMAGE_WEIGHT = 1.0
DAMAGE_FIGURATIVE = rx(
    r"^ (?:to )?(?:(?:the|a|an|its|their|his|her|our|any) )?(?:[\w-]+ )?(?:economy|economic"
    r"|hopes?|peace|confidence|credibility|reputation|image|morale|trust|relations|prestige"
    r"|process|talks|dialogue|negotiations?|democracy|institutions|efforts?|chances?|plans?)\b"
    r"|^ (?:by|in) (?:the |a |an )?(?:[\w-]+ )?(?:earthquakes?|quakes?|storms?|floods?|flooding"
    r"|hurricanes?|tornado\w*|cyclones?|typhoons?|rains?|landslides?|lightning|winds?|tremors?)\b"
    # what anti-drug forces destroy: "destroyed 1,200 kg of cocaine", "destroyed 8 laboratories"
    r"|^ (?:[\w,.-]+ ){0,3}?(?:(?:kg|kilos?|kilograms?|tons?|pounds?|hectares?) of (?:\w+ )?)?"
    r"(?:cocaine|drugs?|marijuana|coca|poppy|poppies|opium|heroin|laborator\w+|labs?|airstrips?"
    r"|crops?|plantations?)\b"
)

# Trigger words that speak of violence in general when they stand bare ("the war has provoked
# terrorist attacks and murders", "indiscriminate bombings"); counted or pointed at ("the attacks",
# "two bombings", "these killings") they may tell one incident. Bare "clashes", "fighting" and
# "explosions" usually report one ("clashes broke out in the north"), so they are not here.
GENERAL_PLURAL = rx(
    r"(?:attacks|murders|killings|kidnappings|bombings|assassinations|massacres|abductions"
    r"|ambushes|raids|assaults|shootings|sabotage|violence|hostilities)"
)
# What points a plural at particular events, read just before it: "the", "these", "two", "twin";
# or the charges or arrests they brought: "men charged in shootings", "suspects in killings".
POINTED = rx(
    rf"\b(?:the|these|those|both|twin|several|{NUMBER}"
    r"|(?:charged|arrested|indicted|suspects?|suspected) (?:in|for|over))\s+(?:[\w-]+\s+){0,2}$"
)


def bare_plural(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is a bare plural of violence in general ("terrorist attacks and
    murders"), not one counted or pointed at ("the bombings", "two attacks")."""
    return bool(GENERAL_PLURAL.fullmatch(text, start, end)) and not POINTED.search(
        text, max(0, start - 40), start
    )


# Words before a trigger that say the violence did not (yet) happen, or is only charged or
# denied: "if the air force continues to bomb", "the rebels would attack", "plans to kill",
# "denied the report that the army is bombing", "extradited on charges of murder and kidnapping"
# (a list of crimes, not an event), "charged with murder", "a decree prohibiting rallies", "we
# will not allow the city to be bombed", "not the bombing of", "measures aimed at stopping
# kidnappings", "the fight against terrorism", "to prevent judges from being murdered",
# "promised to refrain from attacks", "suspend its armed attacks", "the possibility of the use of
# missiles", "had the mission of assassinating the president", "faces charges of kidnapping",
# "denied charges by the president that the air force bombed", "ready to repel any attack", "will
# have a policy of killings".
# Modal words count only right before the trigger ("police will investigate the attack" tells one).
UNREAL = rx(
    r"(?:\b(?:if|unless|whether|den(?:y|ies|ied|ying)(?: [\w'-]+){0,8}? that|(?:on )?charges of"
    r"|charged with|accused of|convicted of|sentenced for"
    # "implicated in murders" (crimes in general; "implicated in the murder of six priests" cites
    # one)
    r"|implicated in(?! (?:the|a|an|this|that|these|those)\b)"
    r"|prohibit\w*|banned|banning|forb[ia]d\w*|not (?:\w+ ){0,2}allow\w*"
    r"|refrain\w* from|suspen(?:d|ds|ded|ding|sion of)|renounc\w+|(?:possibility|mission|threats?"
    r"|fear|risk|policy|strategy) of"
    # a comparison with another event: "arms supplied to the rebels, as was the case of the
    # missiles fired last year"
    r"|as (?:was|is) the case (?:of|with))\b"
    r"[^.;:!?]{0,60}"
    r"|\b(?:will|would|could|might|should|must|plan(?:s|ned|ning)? to|intend\w* to|in order to"
    r"|so as to|capable of|risk of|danger of|from being"
    # a wish, not a deed: "the rebels are willing to attack", "they want to kill him" (a threat,
    # "threatened to bomb the embassy", stays an event whose outcome is threatened)
    r"|(?:ready|prepared|willing|want\w*|wish\w*) to"
    # a purpose: "gave them weapons to continue killing people", "vowed to continue attacking"
    r"|to continue)(?: \w+)?"
    # a negated verb: "the group does not take hostages", "they have not participated in any
    # fighting" (not "not only killed", "not far from the blast", "has not claimed the attack",
    # "did not say who fired the shots")
    r"|(?:\bnot|\bnever|n't)(?! (?:only|far|long|just|least|until|yet|even|immediately|clear"
    r"|known|since|before|after|claim\w*|confirm\w*|identif\w*|disclos\w*|reveal\w*|say|said"
    r"|know|knew|specif\w*|give|gave)\b)(?: [\w-]+){0,2}(?: (?:the|a|an|any|all))?"
    r"|\b(?:stop(?:s|ped|ping)?|halt\w*|prevent\w*|curb\w*|not|instead of|fight\w* against"
    r"|ceas(?:e|es|ed|ing)|desist\w* from|(?:an )?end to"
    r"|call(?:s|ed|ing)? for"
    r"|measures against|crackdown on|war on)(?: (?:the|a|an|all|any|new|further))?"
    r"|\b(?:any|no)"
    # a denial of the deed itself ("denied the killing of peasants", "denied, however, that the
    # shooting occurred"), a purpose ("maps for carrying out attacks"), a negation ("without a
    # shot being fired", "not by shooting at them"), words of criticism, not of force ("harshly
    # attacked the president")
    r"|\bden(?:y|ies|ied|ying)(?:,? [\w'-]+,?){0,8}? that\b[^.;:!?]{0,60}"
    r"|\bden(?:y|ies|ied|ying)(?: the| any| reports? (?:of|about)| (?:allegations?|claims?) of)?"
    r"|\bfor (?:carrying out|committing|perpetrating|staging|launching)(?: \w+)?"
    r"|\bwithout(?: \w+){0,2}?|\bnot (?:by|through)"
    r"|\b(?:harshly|sharply|verbally|bitterly|strongly|openly|publicly|roundly) ) ?$"
)
# A trigger heard, not seen: "explosions were heard", "the sound of machineguns"; it says that
# there is fighting, not which kind of attack.
HEARD_BEFORE = rx(r"\b(?:sounds?|noise|echo(?:es)?) of (?:\w+ )?$")
# "troops heard two shots", "residents heard an explosion"; not "heard that a bomb exploded"
HEARD_VERB = rx(r"\bheard (?!that\b|about\b|of\b)(?:[\w-]+ ){0,2}$")
# "explosions were heard", "blasts have also been heard", "the explosions, one after another, were
# first heard at dawn", "the 'explosions' heard last night were flares"
HEARD_AFTER = rx(
    r"^[\"'”’]?(?: [\w'-]+){0,4}?(?:, [\w' -]{1,30},)? (?:is|are|was|were|could (?:still )?be"
    r"|can be|(?:had|has|have) (?:also |now |still )?been)"
    r" (?:still |currently |now |also |clearly |first |again )?heard\b"
    r"|^[\"'”’]? heard\b(?! (?:that|about|of)\b)"
)
# A protest as a motive or a statement, not a gathering: "resigned in protest of the law", "we add
# our protest to".
PROTEST_MOTIVE = rx(r"\b(?:in|our|their|his|her|its|a formal|lodged a|filed a|note of) $")
# A diplomatic protest, not a gathering: "sent a protest note", "a letter of protest".
PROTEST_NOTE = rx(r"\w* (?:note|letters?|messages?|cables?)\b")

# "charges of dynamite": explosive charges, not a court's charges.
EXPLOSIVE_CHARGE = rx(r"\bcharges? of (?:\w+ )?$")
# The incident a charge is brought for, which did happen whoever did it: "charged with murder in
# the shooting", "accused of manslaughter for Saturday's stabbing", "charged with attempted murder
# in drive-by shooting" (the charge's own offence, "murder", stays alleged).
CHARGED_FOR = rx(
    r"\b(?:charged with|accused of|convicted of|sentenced for|(?:on )?charges? of)\b[^.;:!?]{0,60}?"
    r"\b(?:in|for|over)(?: connection with)? (?:the |a |an |[\w-]+['’]s )?(?:[\w-]+ ){0,2}$"
)
# A charge for a deed done to someone, which did happen: "accused of fatally shooting his
# stepson", "charged with killing two officers", "accused of masterminding the killing of the
# six priests" (the deed is `CHARGED_DEED`, then `DONE_TO`); not an offence's name alone ("on
# charges of kidnapping and drug trafficking").
CHARGED_DEED = rx(
    r"\b(?:charged with|accused of|convicted of|sentenced for) (?:\w+ly )?"
    r"(?:(?:masterminding|ordering) the )?$"
)
DONE_TO = rx(r"\s+(?:of\s+)?(?:his|her|their|its|a|an|the|two|three|four|five|six|\d+)\b")
# A weapon or force word that only names a unit or a kind of gear: "the artillery battalion",
# "assault troops", "combat units", "riot police", "attack helicopters", "grenade launchers".
UNIT_AFTER = rx(
    r"^ (?:battalions?|brigades?|regiments?|units?|troops|weapons?|rifles?|batter(?:y|ies)"
    r"|compan(?:y|ies)|corps|divisions?|forces|teams?|helicopters?|police\w*|gear|control"
    r"|shields?|aircraft|planes?|zones?|readiness|training|boats?|ships?|vessels?|launchers?)\b"
)
# A court's matter named by the deed it tries, not the deed: "a murder trial", "the kidnapping
# hearing" ("dynamite charges" are explosives).
COURT_AFTER = rx(r"^ (?:trials?|hearings?|indictments?)\b")
# A rank after a weapon noun names a soldier of that arm, not its use: "an artillery lieutenant",
# "the mortar sergeant", "artillery officers".
RANK_AFTER = rx(
    r"^ (?:(?:first |second )?lieutenants?|captains?|majors?|colonels?|sergeants?|corporals?"
    r"|officers?|commanders?)\b"
)
# A fight that is a struggle or a policy, not a clash: "fighting a desperate battle against
# cocaine barons", "fighting against drug trafficking", "fighting this menace".
STRUGGLE_AFTER = rx(
    r"^ (?:(?:a|an|the|this|that|its|their|our|his|her) (?:[\w-]+ ){0,2}(?:battles?|wars?"
    r"|struggles?|campaigns?|fight|menace|scourge|plague|evil)"
    # "fighting for national independence", "fighting for his life"
    r"|for (?:the |his |her |their |its |our )?(?:[\w-]+ ){0,2}?(?:independence|democracy"
    r"|freedom|liberation|justice|rights|sovereignty|peace|survival|life|lives)"
    r"|against (?:the )?(?:drug\w*|narco\w*|corruption|crime|poverty"
    r"|terrorism|impunity|inflation|cocaine|illiteracy|disease|hunger|unemployment|subversion))\b"
)
# A diplomatic protest, not a gathering: "protested to the ambassador over his remarks", "issued a
# note to protest the statements", "sent a formal protest", "by way of protest".
PROTEST_DIPLOMATIC_BEFORE = rx(
    r"\b(?:(?:note|letter|message|cable|communiqu\w+) to|(?:sent|delivered|presented|issued|made"
    r"|handed|registered|expressed|voiced) (?:a |an |its |his |her |their )?(?:formal |strong "
    r"|energetic |official |diplomatic )?|way of \W?) ?$"
)
PROTEST_DIPLOMATIC_AFTER = rx(
    r"^(?:,? (?:on \w+|yesterday|today|this \w+|last \w+|formally|strongly|officially),?)?"
    r" (?:to|with) (?:the )?(?:[\w-]+ ){0,3}?(?:ambassador|embassy|envoy|charg\w+|government"
    r"|minist\w+|foreign|authorities|president|consul\w*)\b"
)
# A figurative blast: "the crisis exploded", "a political confrontation exploded", "the population
# explosion".
FIGURATIVE_BLAST = rx(
    r"\b(?:population|demographic|political|economic|social|crisis|confrontation|scandal"
    r"|tensions?|anger|debate|controversy|conflict|rage|violence|prices?|inflation)\b"
    r"(?: [\w'-]+){0,2}? $"
)
# "demonstrated" as "shown": "this was clearly demonstrated by the report", "it demonstrated
# that"; not "students demonstrated outside the ministry".
SHOWN_BEFORE = rx(r"\b(?:was|were|been|be|is|are|clearly|amply|fully) $")
SHOWN_AFTER = rx(
    r"^ (?:that|how|what|whether|by|the|a|an|its|their|his|her|our|this|these|once|clearly"
    r"|again|his|great|its)\b"
)

# Weapons held, not used: "seized 330 pounds of explosives", "a cache of grenades", "turned in
# two rifles and explosives", "materials to manufacture explosives"; said of a weapon noun after
# these words. Not "found a bomb", which is often a foiled attack.
HELD = rx(
    r"\b(?:seiz\w*|confiscat\w*|captur\w*|turned in|handed over|cache|arsenal|stockpiles?"
    r"|possession of|smuggl\w*|traffick\w*|carrying|supplied|suppl(?:y|ies)|provided|shipments?"
    r"|purchas\w*|bought|buy(?:s|ing)?|stor(?:ed|ing)|consist\w* of|manufactur\w*|fabricat\w*"
    # "youths armed with revolvers", "they carried knapsacks with bombs" (not "carried out a
    # grenade attack"), "a truck loaded with explosives", "surrendering their explosives"
    r"|armed with|equipped with|loaded with|carried(?! out)|knapsacks?|surrender\w*)\b"
    # a long list of the arms seized: "seized 6 rifles, 12,485 rounds of ammunition, 330 pounds
    # of explosives, 16 grenades, 1,520 dynamite caps"
    r"(?:[^.;:!?]{0,100}|(?:[^.;:!?,]{0,60},){2,}[^.;:!?,]{0,60})$"
    # "the two men who had bombs and maps" (not "who had planted bombs")
    r"|\bha(?:d|s|ve|ving) (?:(?:\d+|two|three|four|five|several|some|many|more) )?$"
)
# Weapon nouns a trigger may be (HELD applies to these, not to "bombing" or "exploded"): "found a
# car loaded with explosives" is a bomb found, "seized a truck loaded with explosives" one held.
WEAPON_NOUN = rx(
    r"^(?:bombs?|explosives?|explosive devices?|grenades?|dynamite|landmines?|mines?|rockets?"
    r"|mortars?|missiles?|ieds?|bullets|\w+ (?:loaded|packed|filled|rigged|stuffed|laden) with"
    r" .*)$"
)

# Aircraft that drop the bombs: "the air force is bombing", "A-37 planes bombed the village",
# "bombings carried out by helicopters" make a bombing word an air strike; the air force's
# grounds and people do not ("a bomb at the entrance to Andrews Air Force Base", "an air force
# officer was killed by a car bomb").
AIRCRAFT = rx(
    r"\b(?:air ?force(?! (?:bases?|stations?|academy|headquarters|barracks|compound|facility"
    r"|installation|hospital|school|club|officers?|personnel|colonel|general|captain|major"
    r"|sergeant|commander|chief|member|members|employees?|staff|bus|vehicles?|truck|van)\b)"
    r"|aircraft|air ?planes?|planes|warplanes?|helicopters?|gunships?|jets|bombers|a-37s?|aerial)\b"
)

# Words that make a blast an attack rather than an accident: "the attack", "militants".
HOSTILE = rx(
    r"\b(?:attack\w*|assault\w*|ambush\w*|raid(?:s|ed)?|stormed|terroris\w+|militants?"
    r"|insurgents?|gunm[ae]n|rebels?|guerrillas?|claimed responsibility)\b"
)

# Generic attack words: evidence that something happened, without naming the type.
ATTACK = rx(r"\b(?:attack(?:s|ed|ers?)?|assault\w*|ambush\w*|raid(?:s|ed)?|killed|wounded)\b")

WEAPONS: tuple[tuple[Weapon, re.Pattern[str]], ...] = (
    (
        Weapon.EXPLOSIVES,
        rx(
            r"\b(?:bomb\w*|explosi\w+|ieds?|grenades?|dynamite|blasts?|detonat\w+|mortars?"
            r"|rockets?|missiles?|shell(?:s|ing|ed)|landmines?|artillery|air ?strikes?)\b"
        ),
    ),
    (
        Weapon.FIREARMS,
        rx(
            r"\b(?:gun\w*|shot|shooting|shootings|rifles?|pistols?|firearms?|bullets?|opened fire"
            r"|machine-?gun\w*|ak-?47s?|handguns?|shotguns?|fired (?:on|at|into))\b"
        ),
    ),
    (
        Weapon.INCENDIARY,
        rx(r"\b(?:arson\w*|set fire|set ablaze|torch(?:ed|ing)|molotov|firebomb\w*|petrol bomb)"),
    ),
    (Weapon.MELEE, rx(r"\b(?:knife|knives|stabb\w+|machetes?|hacked|axes?|clubs?|sticks)\b")),
    (Weapon.VEHICLE, rx(r"\b(?:ramm(?:ed|ing)|drove (?:a|his|the) \w+ into|vehicle attack)\b")),
    (Weapon.CHEMICAL, rx(r"\b(?:chemical|poison(?:ed|ous)? gas|nerve agent|sarin|chlorine)\b")),
)

# (pattern, GTD-like target category); the first match in a sentence names the target.
TARGETS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        rx(
            r"\b(?:mosques?|churche?s?|shrines?|temples?|synagogues?|worshipp\w+|pilgrims?"
            r"|priests?|imams?|clerics?)\b"
        ),
        "religious",
    ),
    (
        rx(r"\b(?:police (?:stations?|posts?)|police\w*|officers?|constables?|patrolm[ae]n)\b"),
        "police",
    ),
    (rx(r"\b(?:soldiers?|troops|army|military|checkpoints?|convoy|barracks)\b"), "military"),
    (rx(r"\b(?:schools?|students?|universit\w+|college|pupils|teachers?)\b"), "educational"),
    (rx(r"\b(?:journalists?|reporters?|newspaper|broadcaster)\b"), "journalists"),
    (rx(r"\b(?:buses|bus|trains?|airport|railway|station|passengers?)\b"), "transportation"),
    (
        rx(
            r"\b(?:ministry|governor|mayor|officials?|government|parliament|embassy"
            r"|diplomats?|council)\b"
        ),
        "government",
    ),
    (
        rx(
            r"\b(?:banks?|shops?|stores?|hotels?|restaurants?|businesses|company|factory"
            r"|bar|nightclub)\b"
        ),
        "business",
    ),
    (
        rx(
            r"\b(?:power (?:line|station|plant)|pylons?|pipelines?|electricity|water supply"
            r"|telephone|towers?)\b"
        ),
        "utilities",
    ),
    (rx(r"\b(?:aid workers?|ngo|charity|red cross|red crescent)\b"), "ngo"),
    (
        rx(
            r"\b(?:market\w*|civilians?|villagers?|residents?|mourners|crowds?|people|shoppers"
            r"|famil(?:y|ies)|children|wom[ae]n|m[ae]n|peasants|farmers?)\b"
        ),
        "private_citizens",
    ),
)

# A sentence that says something, as opposed to a dateline ("SAN SALVADOR, 3 JAN 90 --") or a
# bracketed note ("[NEWS CONFERENCE WITH THE PRESIDENT]"), also a dateline with its notes
# ("SAN SALVADOR, NO DATE (FBIS) -- [EDITORIAL REPORT]"): four words and more, counted one by
# one (no backtracking on page noise), whatever stands between them: "Man wounded in
# 'accidental' shooting dies", "Brother shot 12-year-old, police say".
_DATELINE = re.compile(r"\s*[^.!?]{3,120}(?:--|—)\s*(?:\[[^\]]*\]\s*)*")
_NOTE = re.compile(r"\[[^\]]*\]")
_SAYS_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_SAYS_WORDS = 4


@functools.lru_cache(maxsize=1024)  # asked of each sentence by events and by relevance
def says_something(text: str) -> bool:
    """False for a dateline, a bracketed note or a scrap of fewer than four words."""
    if _DATELINE.fullmatch(text):
        return False
    words = _SAYS_WORD.finditer(_NOTE.sub(" ", text))
    return sum(1 for _ in itertools.islice(words, _SAYS_WORDS)) == _SAYS_WORDS
