"""The signs of an emergency in English (a visitor, a foreign teacher, a worker from abroad).

Composed like the Chinese ones (nlp.urgent): a hazard × a person in danger now. Each sign has the
kind and weight of its Chinese counterpart in nlp.urgent_signs, so that "my son is locked in a
hot car" (danger + person), "bitten by a snake … his leg is swelling" (body) and "water is coming
in … my mother can't walk" (water + danger) are urgent, and a past or a fear told in English
(last night, years ago, I'm worried that) stays routine (nlp.urgent's _ROUTINE).
`ROUTING` holds the English words that tell whose an emergency is (a flood, a live wire, a
building site, a machine, a chemical cloud, vehicles colliding, an attack going on), matched
beside their Chinese forms in nlp.urgent.
"""

from __future__ import annotations

import re

from nlp.regex import quick

__all__ = ["ENGLISH_NAMED", "ENGLISH_PAST", "ENGLISH_SIGNS", "ROUTING", "spelt"]

_KID = r"(son|daughter|child(ren)?|kids?|bab(y|ies)|toddler|boy|girl|pupils?|students?)"
# Things that spark, smoke or swell when they fail (a charger, a socket, a heater), and limbs a
# machine can catch: the words of 充电宝冒烟 and 胳膊卷进去了.
_THING = (r"(charger|battery|batteries|power bank|socket|plug|outlet|adapter|wire|cable|heater|"
          r"blanket|scooter|e-?bike|meter|fuse ?box|transformer|stove|oven|motor|engine|fan|laptop)")
_LIMB = r"(arm|hand|leg|foot|feet|finger|hair|sleeve|clothe|head)"

# What a cry of a few words may name alone (nlp.urgent_signs NAMED_KINDS says its kind), and the
# words after it that make it a safety matter instead (fire station, drowning prevention).
# (fire as praise is no cry: that song is fire, you're on fire)
_CRY_DANGER = (r"(?:(?<!\bis )(?<!'s )(?<!\bso )(?<!'re on )(?<!\bare on )(?<!'m on )(?<!\bam on )fire|"
               r"flames|drowning|drowned|electrocuted|electric shock|explosion|gas leak|car crash|"
               r"crash|snake ?bite|stabbing|stabbed|shooting|overdose|heart attack|not breathing)")
_CRY_NOT = (r"station|safety|extinguishers?|alarms?|brigade|hydrants?|drills?|exits?|escape|doors?|"
            r"insurance|inspections?|hazards?|prevention|department|service|number|works|wood|pit|"
            r"place|risks?|course|class|training|test|report|claim|investigation|scene photos|sale|emoji|"
            r"therapy|treatment|me|him|her|them|you|us|the (?:staff|workers|manager|boss)|range|stars?|"
            r"photos?|videos?|hoops|practice|club|"
            r"in (?:work|debt|paperwork|homework|e-?mails|bills|tears)")

ENGLISH_SIGNS: tuple[tuple[str, float, re.Pattern[str]], ...] = tuple(
    (kind, weight, quick(pattern)) for kind, weight, pattern in (
        ("fire", 2.5, r"\bon fire\b|\b(a|the) fire (in|at|on|near)\b|there is a fire|\bburning\b|"
                      r"\bfire (in|at) (the|our|my|his|her|their|a|an)\b|"
                      r"\bflames?\b|\bsmoke\b|"
                      # a thing that smokes or melts, as 冒烟 (a smoker is no fire: he is smoking)
                      rf"\b{_THING}s? (is |are |was |were |just |started |keeps |kept )*"
                      r"(smoking|smouldering|smoldering|melting)\b"),
        ("gas", 1.5, r"\bgas (smell|leak|is leaking)|smell(s)? (of )?gas\b|gas smell|"
                     r"\bsmell(s|ing)? (very |really |so |quite |too )?(strong(ly)? |bad(ly)? )?of gas\b|"
                     r"gas (tank|cylinder|bottle|pipe)('s| is)? (hissing|leaking)|\bhissing\b"),
        ("water", 1.5, r"\bdrown|fell (in|into|through) (the |a )?(\w+ )?(river|water|lake|pond|well|sea|"
              r"canal|ice)|"
                       r"\bice is (cracking|breaking|too thin)|"
                       # as a learner writes it: drop into the river, the dam have crack, water come out fast
                       r"\bdrop(ped|s)? (into|in) (the |a )?(\w+ )?(river|water|lake|pond|well|sea|canal|"
                       r"reservoir)\b|"
                       r"\b(dam|dike|dyke|embankment|river ?bank)s? (have|has|is|got)( a)? (crack|cracks|"
                       r"cracked|"
                       r"break|broken|hole)|\bwater (come|comes|coming) (out|in)( very)? (fast|quick)|"
                       r"\bin the (river|water|lake|pond|canal)\b|"
                       r"(?<!stop )\bflood(?!\w* (of|with|(the |this |our )?"
                       r"(chat|group|thread|channel|inbox))\b)|into the (canal|river|pond|lake)|"
                       r"water (is )?(coming|pouring|rushing|flowing) (in|over|into)|"
                       r"flooding (the|our) (house|home|village|street|basement|garage|yard|room|flat)|"
                       r"\bsinking\b|(knee|waist|chest) deep|"
                       r"\b(swept|washed|carried|pulled) (away|off|downstream)\b|\bunder the water\b|"
                       r"\b(coming|pouring|spilling|rushing) over the (bank|dike|dyke|dam|wall|top|road)|"
                       r"\bburst (its|their) banks?\b|\bwater is (already )?(in|inside) (the|our|my) \w+|"
                       r"(river ?bank|dike|dyke|dam|embankment) (broke|burst|has broken|collapsed)"),
        ("traffic", 1.5, r"\b(car|truck|lorry|bus|van|minivan|motorbike|scooter|tractor) (just )?"
                         r"(hit|ran over|crashed|knocked( down)?|went off)|hit by a (car|truck|bus|van)|"
                         r"\bcar crash|\baccident\b|hit and run|knocked (him|her|them)? ?down|\bcollided\b|"
                         r"drunk driv(er|ing)|\bswerving\b|wrong way down|"
                         r"\b(rolled|flipped|turned|tipped) over\b|\boverturned\b|"
                         r"\bdriver (is|was|'s) drunk\b"),
        ("blast", 2.0, r"\bexplo(ded|des|ding|sion)\b|\bblew up\b|\bblown up\b|"
                       r"\b(loud|big|huge) (bang|boom)\b|\bwent bang\b"),
        ("fall", 2.0, r"\bfell (down|off|from|through|into|in)\b|\bslipped (and|in|on|off|into)\b|"
                      r"\bcollapsed?\b|\bburied\b|\b(ceiling|wall|roof|building|house|floor|bridge)s? "
                      r"(is |are )?(cracking|shaking|caving in|sagging|coming down|falling down)\b|"
                      r"under the (beams|rubble|wall|roof)|collapsed onto|"
                      # a structure giving way (the floor gave way, the trench caved in, a tree came down on)
                      r"\b(came|has come) (crashing )?down on\b|\bfell (in )?on(to)?\b|\b(landslide|mudslide|"
                      r"rockfall)s?\b|\bfall(s)? (down|off|from|into|in)\b"),
        ("power", 1.5, r"\bgot a shock|\belectrocuted|\bsparks?\b|\bsparking\b|live wire|"
                       # a shock taken, a fallen wire touched: 被电了, 摸了掉下来的电线
                       r"\b(got )?shocked by\b|\btouched (the|a) (fallen |live |broken |loose )?"
                       r"(wire|cable|power line)|\bfallen (wire|power line|cable)|"
              r"power line (is )?down|"
                       r"wires? (is |are )?down|"
                       # a live fence or puddle, a thing crackling or popping, as 漏电 or 滋滋响
                       r"\b(fence|railing|pole|gate|water|puddle|door|handrail|pipe|metal|tap|"
                       r"lamp ?post|street ?light|box)s? (is |are |was |were )?(live|electrified)\b|"
                       r"\belectrified\b|\blive (fence|railing|pole|water|puddle)|"
                       r"\belectric (shock|current)|\bcurrent (is )?(running|going) through|"
                       r"\bshocked (him|her|me|us|them)\b|\b(getting|got) shock(s|ed)?\b|"
                       r"\bleak(s|ing)? (electricity|current)\b|"
                       r"\b(power line|wire|cable)s? (just )?(snapped|broke|came down|fell)|"
                       rf"\b{_THING}s? (is |are |was |keeps |kept |started )*(crackling|buzzing|popping|"
                       r"swelling|swollen)|\bpopping sounds?|\bcrackling\b"),
        ("violence", 2.5, r"(?<!heart )(?<!panic )\battack(ing|ed)?\b|"
                          r"\bknives\b|\bknife\b|\b(machete|axe|cleaver)s?\b|"
                          r"\bstab(bed|bing|s)?\b|\bgun\b|"
                          r"\b(beating|kicking|punching|stomping( on)?) "
                          r"(me|him|her|(a|an|the|my|his|her|our) \w+)|"
                          r"\bbeat(ing)? (him|her|a \w+) (up|to death)|"
                          r"\bhit me\b|\brob(bed|bing)\b|\bkidnap|breaking into|followed me|\bcrowbars?\b|"
                          r"forcing (the|my|our|a|his|her) (door|window|lock)|"
                          r"fighting with (bricks|sticks|knives|bats|bottles|iron bars|pipes)|"
                          r"fighting with (a|an) (broken )?"
                          r"(bottle|brick|stick|knife|bat|bar|pipe|chain|shovel)|"
                          r"\bhit[- ]and[- ]run\b|(car|driver|van|truck) (just )?(drove|sped|ran|run) away|"
                          r"(push|force|break)(ing)? (into|in) my (door|room|house|flat)|"
                          r"('ll|will|going to|wants? to) kill (me|him|her|us)"),
        ("body", 1.5, r"not breathing|can'?t breathe|cannot breathe|\bunconscious|\bseizure|\bbleeding|"
                      r"heart attack|\bstroke\b|\bchoking|passed out|\bfainted|\boverdose|\bpoison|\bdizzy|"
                      r"bitten by a (snake|dog)|snake ?bite|"
                      r"\bswallowed\b|\bswelling\b|lying on the (floor|ground)|\bchoked on\b|"
                      r"\bswallow (a|the|coin|battery|magnet)\b|\bsweat(ing|s)? (a lot|so much|very much)\b|"
                      r"\b(very much|a lot of|much|have|has|got) blood\b|\bheart (is )?(very |so )?(pain|"
                      r"hurts?)\b|"
                      r"\bface (is )?(white|pale)\b|"
                      r"not making sense|"
                      r"\bvomiting|foam(ing)? (coming )?(out of|at) (the|his|her) mouth|"
                      r"blood everywhere|face (suddenly )?droops|slurred|hit (his|her) head|eyes burning|"
                      r"face (is )?drooping|can'?t speak properly|throwing up|"
                      r"lips (are |going |turning )?blue|"
                      r"\bblood (is )?(coming|pouring|gushing|running|spurting|pumping) (out|from)|"
                      r"\bblood (all )?(over|everywhere|on (his|her|the))|\bconvuls|"
                      r"\b(is|are|was|started|keeps) fitting\b|(coughing|vomiting|throwing) up blood|"
                      r"\b(terrible|bad|splitting|awful) headache|\bfeel(s|ing)? (sick|faint)\b|\bnause|"
                      r"\b(turned|turning|gone) (pale|grey|gray|white)\b|"
                      r"\b(face|lips|skin) (is |are )?(pale|grey|white)\b"),
        ("poison", 2.0, r"\bdrank (pesticide|poison|bleach|weedkiller)|sleeping pills|\boverdose|"
                        r"\b(drank|drunk|ate|eaten|swallowed|took|taken) (some |a lot of |"
                        r"a (whole )?bottle of |the )?"
                        r"(rat poison|poison|pesticide|insecticide|weedkiller|herbicide|bleach|disinfectant|"
                        r"detergent|antifreeze|paraquat|kerosene|drain cleaner)\b|"
                        r"\bate (some )?(wild |poisonous |strange )?(mushrooms|fungi|berries)\b|"
                        r"too many (pills|tablets)|"
                        r"\b(eat|ate|eaten|drink|drank|take|took|taken|swallow(ed)?) (too much|too many|"
                        r"a lot of|"
                        r"lots of|many|much|the whole) (medicine|pills|tablets|drugs)\b|"
                        r"coal (stove|fire|burner|heater)|charcoal (stove|burner|fire)|carbon monoxide|"
                        r"swallowed (a|an|the|some|his|her|my) [a-z ]{0,12}(pills|tablets|medicine|bleach|"
                        r"batter(y|ies)|"
                        r"coins?|magnets?|buttons?|pins?|needles?|nails?|screws?|marbles?|beads?)"),
        ("burn", 2.5, r"\bscald(ed|ing|s)?\b|\bblisters?\b|(boiling|hot) (water|oil|soup) "
                      r"(spilled|splashed|poured|went) (on|over|all over)"),
        ("animal", 2.0, r"\bbitten\b|\bbit (him|her|me|my|our|his|a)\b|\bstung\b|\b(wasps?|hornets?)\b|"
                        r"\b(bull|cow|ox|horse|buffalo|dog|boar)s? (is |are )?(charging|went mad|gone mad|"
                        r"running amok|loose)|\bgored\b|\bmauled\b"),
        ("crowd", 2.0, r"\btrampl(ed|ing)\b|\bstampede\b|\bcrush(ed)? (of people|in the crowd|against)"),
        ("ill", 0.5, r"\b(shaking|shivering|trembling)\b|\bswollen\b"),
        ("birth", 2.5, r"giving birth|\bin labou?r\b|waters? (has |have |just )*(broke|broken)\b|"
                       r"contractions"),
        ("leak", 1.5, r"white cloud|(toxic|chemical|yellow|green) (cloud|fumes|smoke|gas)|\bfumes\b|"
                      r"\b(septic|sewage|manure) (tank|pit)|\bcess(pit|pool)\b|\bsilo\b|\bmanhole\b|"
                      r"\b(strange|chemical|strong|weird) (smell|odou?r)\b"),
        ("despair", 2.5, r"\b(he|she)('ll| will| is going to|'s going to) jump|wants? to (die|jump)|"
                         r"threatening to (jump|kill (himself|herself))|about to jump|"
                         r"\bsuicide|kill (himself|herself|myself)|end (his|her|my) life"),
        ("danger", 3.0, r"can'?t breathe|cannot breathe|\bnot answering\b|\bno answer\b|"
                        # run into on the road, or lying out in the cold: 撞了三个人, 躺在雪地里
                        r"\b(hit|ran over|knocked down|mowed down) (two|three|four|five|several|some|"
                        r"a few|\d+) (people|kids|children|pedestrians)|"
                        r"\b(lying|collapsed|passed out) in the (snow|road|street|ditch|mud|cold|ice)\b|"
                        r"\b(sitting|asleep|sleeping) (out )?in the (snow|ice|cold)\b|"
                        r"can'?t wake (him|her|them|up)|(won'?t|doesn'?t|isn'?t) (wake|waking) up|"
                        r"\b(he|she|they|and) (can'?t|cannot) (answer|respond|talk|speak)\b|"
                        r"\blying (there|still|motionless|next to|beside|by|face ?down|in a pool)\b|"
                        rf"\b{_LIMB}s? (got |was |is |has been |just )*(pulled|caught|sucked|dragged|"
                        r"stuck|trapped|crushed|jammed) (in|into|under|between)\b|"
                        r"\b(nobody|no one) can (stop|turn off|switch off|shut off) (it|the)\b|"
                        r"\b(dropped|fell|dropping) (down )?dead\b|hypotherm|frostbit|frozen stiff|"
                        r"\b(pinned|crushed|wedged) (under|beneath|between|against|down)\b|"
                        r"\bhanging (from|off|onto|on to) (the|a) \w+|\bno adults?\b|"
                        r"\b(can'?t|cannot|won'?t let (us|me|them)) get (off|out)\b|"
                        r"\b(are|is) (still )?upstairs\b|"
                        r"\blocked (in|inside) (a|the) (hot )?car\b|"
                        r"\bcan'?t feel (his|her|my|their) (legs|arms|body)|\b(is|are) screaming\b|"
                        r"\b(neither|nobody|no one|none of them) (is |are |has |have )?"
                        r"(coming|come|came) (up|out)\b|"
                        r"\b(he|she|they)( is|'s| are|'re)? not (coming|come) (up|out)\b|"
                        r"\band (isn'?t|hasn'?t|is not|has not) (come |coming )(back )?(up|out)\b|"
                        r"\b(he|she|they) (isn'?t|aren'?t|hasn'?t|haven'?t|didn'?t) (coming|come) (up|out)\b|"
                        r"\b(is|are) (trapped |stuck )?(under|beneath|underneath) (it|them|the)\b|"
                        r"\b(a lot of|lots of|so much|pool of) blood\b|\b(is|'s) not (talking|speaking)\b|"
                        r"\btrapped\b|\bstuck (in|under|on|between|inside)\b|not breathing|\bunconscious|"
                        r"bleeding (badly|a lot|heavily|from)|\bcan'?t (get out|move|see (him|her))|"
                        r"not moving|won'?t wake|"
                        r"(?<!nobody )(?<!no one )\b(is|are|still) (inside|in there)\b(?! any ?more)|"
                        rf"\b({_KID}|someone|people|family|(old )?(man|woman|lady)|(two|three|four|five|"
                        rf"some|several|\d+) \w+) "
                        r"(are |is )?(still )?inside\b|"
                        r"locked in (a|the) (hot )?car|can'?t (walk|swim|get up)|water is rising|"
                        r"isn'?t (breathing|moving|answering|responding)|"
                        r"is not (breathing|moving|responding)(?! to)|"
                        r"\bunresponsive\b|down on the (ground|floor)|"
                        r"\bon the (\w+ )?floor\b|turning (blue|purple)|\bi'?m hiding\b|"
                        r"strapped in|upside down|"
                        r"only (his|her) head|(door|doors) (won'?t|will not|doesn'?t|can'?t) open|"
                        r"(people|someone|workers?|kids?|children) (are |is )?(underneath|beneath)|"
                        r"banging on the window|standing on the (roof|edge|ledge)|"
                        # who is under, in or on what gives way: with people on it, caved in on a worker
                        r"\b(with|while|when|as) (a |an |the |some |two |three |\d+ )?(people|someone|"
                        r"somebody|"
                        r"family|man|woman|lady|kids?|child(ren)?|boy|girl|baby|workers?|men|women|"
                        r"passengers?|"
                        r"cars?|vehicles?|bus|truck) (was |were |are |is )?(still )?(in|on|under|inside|"
                        r"underneath) "
                        r"(it|them|there)\b|"
                        r"\b(caved in|fell|came( crashing)? down|collapsed) on(to)? (him|her|them|(a|an|the|"
                        r"some|my|"
                        r"his|her|our|two|three|four|several|\d+) (\w+ )?(workers?|m[ae]n|wom[ae]n|kids?|"
                        r"child(ren)?|"
                        r"boys?|girls?|people|family|car|house|grand\w+|mother|father|mum|dad|son|daughter|"
                        r"uncle|"
                        r"aunt|brother|sister|wife|husband))\b|"
                        r"\b(are|is) (still )?(underground|down there|down the (well|shaft|mine|hole|pit))\b|"
                        r"\b(car|bus|van|truck|house|home|people|someone|somebody|man|woman|child|kids?|"
                        r"children|"
                        r"workers?|family|he|she|they) (is|are|got|has been|have been|was|were) buried\b|"
                        r"\b(bus|car|van|truck|minibus|tractor) (has |just )?(gone|went|drove|plunged|fell|"
                        r"rolled|"
                        r"veered|skidded) (off [a-z ]{0,12}?)?into (the|a) (\w+ )?(river|canal|reservoir|"
                        r"lake|pond|"
                        r"sea|water|ditch)\b|"
                        r"\b(kids|children|child|boy|girl|someone|people|man|"
                        r"woman) (\w+ ){0,2}on the (thin )?ice\b|"
                        # as a learner writes it: no move, not wake, two worker under, locked in car
                        r"\b(and|but|he|she|they|him|her) (no|not|cannot|can not) move\b|\b(is )?not (wake|"
                        r"waking)( up)?\b|\bno wake\b|"
                        r"\b(cannot|can'?t|no) breath\b(?! well)|"
                        r"\bcannot see (him|her|them)\b|\b(lie|lies|lay) on (the )?(road|ground|floor|"
                        r"street)\b|"
                        r"\b(worker|man|men|people|person|child|kid|mother|father|grandma|grandpa)s? under"
                        r"(\s*[,.!]|\s*$| it| them)|\block(ed)? in (a |the )?car\b|\bhand in (the |"
                        r"a )?machine\b|"
                        r"\b(he|she|they|and|but) (cannot|can not) (move|get up|get out|breathe|walk|"
                        r"stand)\b|"
                        # a child shut in a box: climbed into an old fridge, shut inside a metal box
                        r"\b(climbed|crawled|got|went) (in|into|inside) (a|an|the|our|my|his|her) (\w+ ){0,2}"
                        r"(freezer|fridge|refrigerator|chest|trunk|boot|wardrobe|cupboard|washing machine|"
                        r"dryer|"
                        r"suitcase|barrel)s?\b|"
                        r"\b(shut|locked|trapped|stuck) (himself |herself |themselves )?(in|into|inside) "
                        r"(a|an|the|our|my|his|her) (\w+ ){0,2}(freezer|fridge|refrigerator|chest|trunk|boot|"
                        r"box|"
                        r"wardrobe|cupboard|container|washing machine|dryer|suitcase|tank|barrel|drain|"
                        r"pipe)s?\b|"
                        r"\b(kids|children|people|pupils|students|workers|men|someone|somebody) (all )?fell "
                        r"(through|in|into|down)\b|"
                        r"\b(trouble|difficulty|struggling|labou?red) (breathing|to breathe)|\bgasping\b|"
                        r"\b(face|lips|skin) (is |are |went |has gone |turned |is going |"
                        r"is turning )?(purple|blue)\b|"
                        r"won'?t (respond|answer|move)(?! to)|\bgone (all )?(floppy|limp)\b|"
                        r"\bfell( over| down)? and (hasn'?t|has not|can'?t|cannot|couldn'?t|won'?t) "
                        r"(got|gotten|get|stood|stand) up|"
                        r"\bcut (his|her|my|their|a) (\w+ )?(hand|finger|arm|leg|foot|head|wrist|throat)s? "
                        r"(badly|deeply|open|off|to the bone)|\b(fingers?|hand|thumb) (was |is )?(cut|"
                        r"chopped|sliced) off\b|"
                        r"can hear (him|her) "
                        r"(crying|calling|shouting)|caught in the"),
        ("missing", 2.5, r"\bbeen missing\b|\bmissing for\b|\bis missing\b|\bgone missing\b|"
                         r"\b(disappeared|vanished)\b|nowhere to be (found|seen)|\bno sign of (him|her)\b|"
                         r"\bphone is (off|switched off|turned off|dead)\b|"
                         r"\b(hasn'?t|has not) (opened|answered) (his|her|the) (door|phone)\b|"
                         r"\bstill (not|isn'?t|hasn'?t) (back|home|come)|"
                         r"can'?t find (my|him|her)|\blost my (son|daughter|child|kid|mother|father)|"
                         r"now (she|he)'?s gone|(hasn'?t|has not|didn'?t) come (back|home)|"
                         r"(walked|wandered) (off|away)"),
        ("lift", 0.5, r"\b(the|a|in|of) (lift|elevator)\b|"
                      r"\b(lift|elevator) (suddenly |just )?(dropped|fell|stopped|stuck|broke)|fairground|"
                      r"\bride (stopped|stuck)|roller ?coaster|"
                      r"ferris wheel|cable car"),
        ("person", 0.5, rf"\b({_KID}|little one|father|mother|dad|mom|mum|grandma|grandpa|granny|wife|"
                        rf"husband|"
                        r"friend|neighbou?r|colleague|worker|guys?|lady|someone|man|woman|people|crowd|"
                        r"(room|flat|class)mates?|uncle|aunt|brother|sister|grand(son|daughter)|"
                        r"men|women|workers|driver|rider|cyclist|"
                        r"grand(father|mother)|"
                        r"passengers?|he|she)\b|\bold (man|woman|lady|people)\b|dementia"),
        ("now", 1.0, r"\bhelp\b|\bplease\b|\bnow\b|\bstill\b|\burgent|\bhurry|\bquick|\bambulance|"
                     r"\bpolice\b|what (do|should) (we|i) do|just now|right now|\bcrying\b|\bsuddenly\b|"
                     r"\bfast\b|!!|\b(is|are|'s|'re) (still )?(asleep|sleeping)\b|"
                     # someone coming towards it, as 正往这边走
                     r"\b(is|are|'re|'s) (walking|coming|heading|playing|riding|driving) (right )?"
                     r"(through|past|towards|toward|near|next to|under|over|this way)\b|"
                     r"\bgetting (dark|worse|sleepy|weaker)|minutes (already|ago)"),
    ))

# Emergencies named outright in English, each enough on its own like 煤气泄漏 or 叫不醒 (nlp.urgent_signs
# NAMED): told in the present, as a call; "last year he choked" names none of them.
ENGLISH_NAMED = (
    r"\bgas (is )?(leaking|hissing)|\b(strong |a )?(smell|stink) of gas\b|\bstrong gas smell|"
    r"\bgas (is )?hissing out|hissing out of the (gas )?(meter|pipe)",
    r"won'?t wake( up)?|can'?t wake (him|her|them)( up)?|\b(is|are|isn'?t|not|stopped) breathing\b|"
    r"\bcan'?t breathe|\bis choking\b|"
    r"\bchoking on\b|(face|mouth) (is )?(drooping|droops)|can'?t speak properly|"
    r"lips (are |going |turning )?blue|"
    r"(took|swallowed) (a whole|the whole|all|a (box|bottle|packet) of) [a-z ]{0,20}(pills|tablets|medicine)",
    r"\bis drowning\b|\bdrowning in (the|a)\b|went under (twice|again|the water)|"
    r"\b(house|flat|room|kitchen|building|shop|car|home) (is )?on fire\b",
    r"\bhit[- ]and[- ]run\b|forcing (the|my|our|a|his|her) (door|window|lock)|\bcrowbars?\b",
    r"\blift (suddenly )?(dropped|fell|plunged)|\bstuck (in|inside) (the|a) (lift|elevator)|"
    rf"\b{_LIMB}s? (got |was |has been |just )*(pulled|sucked|dragged) (in|into) (the|a)\b|"
    r"(got|getting) a shock\b|\bstuck to (it|the (cable|wire))|\bis (exploding|sparking)\b",
    r"\b(dike|dyke|dam|embankment|river ?bank)\b[^.!?,]{0,30}\b(breaking|bursting|giving way)\b",
    r"\b(power line|live wire|cable|wire)s? (is |are )?(down|broken|snapped|hanging)\b[^.!?]{0,60}\bspark",
    # a fire or a gas leak told as there now, a call of one word, water breaking in, someone just
    # hit or injured on the road, a child's fever with a fit (as 着火了, 煤气泄漏, 水进屋了, 撞人了)
    r"\bthere(?:'s| is) (?:a )?(?:big |huge )?fire\b|\b(?:big|huge) fire (?:in|at|on)\b|\bfire\s*!|"
    r"^\W*fire (?:in|at|on) (?:the|our|my|a)\b|"
    r"\bgas leak\b|\bsmell(?:s|ing)? gas\b|\bgas smell (?:everywhere|in)\b",
    r"\bwater is (?:coming|pouring|rushing|flooding) (?:in|into)\b",
    r"\b(?:got|get|gets|was|been|just) (?:hit|run over|knocked down) by an? "
    r"(?:car|truck|lorry|bus|van|motorbike)|\bpeople (?:are )?(?:injured|hurt)\b|\binjured people\b",
    r"\b(?:fever|temperature)\b[^.!?]{0,30}\b(?:shaking|fitting|seizure|convuls\w*)|"
    r"\bhaving a (?:seizure|fit|heart attack|stroke)\b",
    # a cry of a few words naming the danger alone, as 着火了 or 救命 (fire!, kitchen fire, drowning,
    # electrocuted, car crash, snake bite, help me!); not a question, nor a safety matter named by it
    rf"^(?=[^?]{{1,40}}$)\W*(?:[a-z']+ ){{0,3}}{_CRY_DANGER}\b(?! (?:{_CRY_NOT})\b)[^?]{{0,24}}$",
    r"^\W*(?:please )?(?:help (?:me|us)\b|help\s*!|sos\b|gas\s*!)[\s!.]*(?:please|now|quick)?[\s!.]*$",
    # someone in the water, a stranger in the home, told in a few words: 孩子掉河里了, 家里进贼了
    rf"\b(?:{_KID}|someone|somebody|(?:a |an |old )?(?:man|woman|lady|person)|he|she|grandma|grandpa|"
    r"(?:my|our) \w+) (?:just |has |have )?(?:fell|fallen|slipped|jumped) (?:in|into|through) (?:the |"
    r"a )?(?:\w+ )?"
    r"(?:river|water|lake|pond|well|sea|canal|reservoir|ice)\b",
    r"\b(?:burglars?|intruders?|robbers?|thie(?:f|ves)|a stranger) (?:is |are )?(?:in|inside|breaking into|"
    r"in the) (?:my|our|the) (?:house|home|flat|apartment|room|yard|shop)\b",
    # someone saying they will end their life (不想活了, 活着没意思): a person at risk (nlp.urgent_taken)
    r"\b(?:don'?t|do not|doesn'?t|does not|no longer) (?:want|wanna) to (?:live|be alive|go on)\b|"
    r"\bwants? to (?:die|end (?:it all|my life|his life|her life))\b|\bkill(?:ing)? (?:my|him|her)self\b|"
    r"\b(?:suicidal|suicide note|commit suicide)\b|\bend(?:ing)? (?:it all|my life)\b|\bbetter off dead\b|"
    r"\bno (?:reason|point) (?:to live|in living|in going on)\b|"
    r"\b(?:jump|jumping) off (?:the|a|this) (?:bridge|roof|building|tower)\b",
)

# A past or a fear told in English: an emergency named there is told, not called for (my son got
# hit by a car last month, who pays?; I'm worried about a gas leak).
ENGLISH_PAST = quick(r"\blast (year|month|week|night|summer|winter|spring|autumn|time)\b|"
                     r"\b(years?|months?|weeks?|days?) ago\b|\bused to\b|\byesterday\b|"
                     r"\b(worried|afraid|scared)\b|"
                     # a future, a drill or a story: fire drill tomorrow, the fire in the movie, lol
                     r"\b(tomorrow|next (week|month|year|time)|drill|rehearsal|simulation|movie|film|"
                     r"game|song|dream(ed|t)?|joke|kidding|lol|haha|meme)\b")

# Whose an emergency is, in English: joined to the Chinese patterns of nlp.urgent.
ROUTING = {
    "flood": r"river ?bank|\bdike|\bdyke|\bdam\b|embankment|(underground )?garage|basement|"
             r"pouring into (our|the) (houses|homes|village|yard)|(knee|waist|chest) deep|"
             r"water (is )?(coming|pouring|rushing) (in|into)\b|water is rising|\bflood(ed|ing)? (in|into)\b",
    "in_water": r"fell (in|into|through)|into the (canal|river|pond|water|lake)|\bsinking\b|\bdrown|"
                r"can'?t swim|through the ice",
    "live": r"power line|\bwires?\b|transformer|socket|electrocut|got a shock",
    "site": r"construction site|building site|scaffold|tower crane|\bcrane\b|at the site",
    "chemical": r"chemical|ammonia|chlorine|fumes|white cloud|\bplant\b",
    "collision": r"hit a (car|van|minivan|truck|bus|motorbike)|\bcollided|collision|head-on|crashed into",
    "limb": rf"\b{_LIMB}s? (got |was |has been |just )*(caught|pulled|sucked|dragged) in",
    "machine": r"machine|slicer|mixer|conveyor",
    "beneath": r"(people|someone|workers?|kids?|children) (are |is )?(underneath|beneath)",
    "reckless": r"drunk driv(er|ing)|\bswerving\b|wrong way down",
    "still": r"drove off|drove away|sped off|ran off|\bfled\b|still (hitting|beating|attacking|chasing)|"
             r"\bstabbed\b|\bbeen shot\b|"
             r"trying to (get|push|break)",
    "ongoing": r"right now|outside the (bedroom |bathroom )?door|has a (knife|gun)|with knives|\bfighting\b|"
               r"with an? (knife|gun|machete|axe|cleaver|hammer)|"
               r"\b(is|are) (attacking|stabbing|chasing|beating|kicking|punching|stomping)|"
               r"\bstabbed\b|\bbeen shot\b|"
               # a group's blows at one person are going on as they are told, in either language
               # (nlp.urgent keeps its own Chinese list at its size limit): 往死里踢, 围殴一个学生
               r"往死里(打|踢|踹|揍|掐|砸)|围殴|群殴|(踢|踹|揍)[一两几](个|名)",
}


def spelt(text: str) -> int:
    """The length of normalised text as Chinese counts it: in latin letters (English, pinyin) a word
    spells out what Chinese writes in a character or two, about three letters to a character, so
    a letter of 200 Chinese characters is one of some 600 in English (nlp.urgent's _LETTER)."""
    return len(text) // 3 if text.isascii() else len(text)
