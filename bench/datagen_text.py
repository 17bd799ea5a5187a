"""The words of generated journals: sentences a tired parent might write, names, medicines.

Templates are filled on demand from small word lists, so a note costs only the choices it
uses and a run of 100,000 entries still has a realistic spread of common and rare words for
full-text search. Everything here is made up; no phone numbers.
"""

from __future__ import annotations

import random


def _words(text: str) -> tuple[str, ...]:
    """A word list written as one string, items separated by semicolons."""
    return tuple(item.strip() for item in text.split(";"))


POOLS: dict[str, tuple[str, ...]] = {
    "food": _words(
        "toast; pasta; yoghurt; rice; banana; an ice lolly; tomato soup; crackers; chips; "
        "cereal; pancakes; noodles; scrambled egg; apple slices; a milkshake; porridge; "
        "fish fingers; grapes"
    ),
    "activity": _words(
        "lego; drawing; a board game; cards; the tablet; a film; baking; puzzles; "
        "a short walk; the swings; reading; painting; play dough"
    ),
    "person": _words(
        "Dr Okafor; Dr Lindqvist; Nurse Priya; Dr Haddad; the play specialist; the dietitian; "
        "the community nurse; the night nurse; the social worker; the physio; Dr Mensah; "
        "the registrar; the pharmacist"
    ),
    "feeling": _words(
        "tired; grumpy; cheerful; quiet; clingy; anxious; brave; restless; teary; chatty; "
        "flat; giggly"
    ),
    "body": _words("tummy; legs; back; head; mouth; left arm; knees; feet; jaw; chest; hips; neck"),
    "when": _words(
        "this morning; after lunch; at bedtime; in the night; around 3am; after school; "
        "at tea time; before the appointment; on the drive home"
    ),
    "weekday": _words("Monday; Tuesday; Wednesday; Thursday; Friday; Saturday; Sunday"),
    "test": _words(
        "MRI; CT scan; bone marrow test; lumbar puncture; echo; hearing test; MIBG scan; "
        "blood test; PET scan; kidney function test; chest X-ray"
    ),
    "place": _words(
        "the day unit; ward 4; the clinic; radiology; the pharmacy; the hospital cafe; "
        "the local hospital; the treatment room"
    ),
    "friend": _words("Lily; Omar; cousin Ben; Ava; Noah; Zara; Mateo; Freya"),
    "med": _words(
        "ondansetron; paracetamol; movicol; omeprazole; cyclizine; melatonin; nystatin; "
        "the mouthwash; lorazepam; dexamethasone; fluconazole"
    ),
    "book": _words("The Gruffalo; Harry Potter; the dinosaur book; Matilda; Paddington"),
    "club": _words("swimming; football practice; dance class; Brownies; art club"),
    "drink": _words("squash; apple juice; water with a straw; warm milk; a smoothie"),
}

SENTENCES = (
    "{name} slept badly and woke {when} with a sore {body}.",
    "Gave {med} at {clock} and {she} settled within the hour.",
    "Counts today: neutrophils {neut}, platelets {plt}, haemoglobin {hb}.",
    "{person} said the {test} results look stable, which was a huge relief.",
    "Good day overall, {she} played {activity} with {friend} for an hour.",
    "Only managed a few bites of {food} at lunch and some {food} later.",
    "Feeling really anxious about the {test} on {weekday}.",
    "Talked to {person} about how {she} has been feeling {feeling} lately.",
    "Port dressing changed at {place}; the site looks clean with no redness.",
    "Hair is coming out on the pillow every morning now.",
    "{name} was {feeling} after school and wanted to be carried upstairs.",
    "Mouth looks sore on the left side, used the mouthwash twice.",
    "Weight today {weight} kg, a little different from last week.",
    "We drove to {place} for bloods and waited nearly two hours.",
    "{person} wants us to keep a closer eye on temperatures this week.",
    "Nausea was worse in the evening, sick once after {food}.",
    "Remember to ask about the trial paperwork and the next {test}.",
    "Tummy ache again around {clock}, the heat pad helped a bit.",
    "Skin on {her} hands is dry and peeling, using cream morning and night.",
    "Ate a whole bowl of {food}, best appetite in weeks!",
    "Very pale and tired, slept most of the afternoon on the sofa.",
    "Nose bleed for about ten minutes, stopped with pressure.",
    "{person} phoned back about the rash and said to send a photo.",
    "School sent home a work pack; {she} did some {activity} instead.",
    "Blood transfusion went smoothly, {she} had more colour by the evening.",
    "Night sweats again, changed the sheets at {clock}.",
    "Pain in {her} {body} was {sev} out of 10 before {med}.",
    "Grandma Rosa came to stay, which made everyone calmer.",
    "Bad dreams about needles, we read {book} together until {she} fell asleep.",
    "Steroid week: hungry all the time and short-tempered.",
    "Tingling in {her} fingers, struggling with buttons.",
    "We got the dates for the next cycle: starting {weekday} at {place}.",
    "Constipated for three days now, started {med}.",
    "Temperature stayed under 37.5 all day, no fever.",
    "Kept fluids up with {drink} and ice lollies.",
    "{name} wants to go back to {club} when {her} counts allow it.",
    "Feeling exhausted myself, need to ask about respite care.",
    "Cough is a little better, still worse at night.",
    "{friend} sent a card and {name} kept it by the bed all day.",
    "Walked to the end of the road and back without stopping.",
)
QUESTIONS = (
    "Is it normal to feel this {feeling} in the week after chemo?",
    "Can {name} go to {club} while counts are low?",
    "How long should we wait after {med} before calling about a fever?",
    "What does the {test} look for this time?",
    "Should we worry about the pain in {her} {body}?",
    "Could the {med} be causing the tummy aches?",
    "Is there a trial that {name} might be able to join?",
    "When will we know the results of the {test}?",
    "Can we get help with travel costs to {place}?",
    "Is it safe for {friend} to visit if they have a cold?",
)
CARE_TEAM = _words(
    "Dr Okafor; Dr Lindqvist; Nurse Priya; Dr Haddad; Dr Mensah; the dietitian; the physio; "
    "the psychologist; the radiographer"
)
PURPOSES = _words(
    "Blood count check; Chemo cycle, day 1; MRI scan; Bone marrow test; Port flush; "
    "Clinic review; Physio; Dietitian; Hearing test; Echo (heart scan); Lumbar puncture; "
    "CAR-T consultation; Trial screening visit; Platelet transfusion; Radiotherapy planning; "
    "Second opinion"
)
PLACES = _words(
    "Children's hospital, oncology day unit; Radiology, 2nd floor; Clinic 4; "
    "Local hospital, children's ward; Home visit; Teenage and young adult unit"
)
#: name | dose | schedule | given only when needed
MEDICINES = [
    (name, dose, schedule, needed == "yes")
    for name, dose, schedule, needed in (
        line.split(" | ")
        for line in _words(
            "Ondansetron | 4 mg | When feeling sick | yes; "
            "Paracetamol | 240 mg | For pain or fever, as the team said | yes; "
            "Co-trimoxazole | 1 tablet | Twice a day on Sat and Sun | no; "
            "Chlorhexidine mouthwash | 10 ml | After each meal | no; "
            "Omeprazole | 10 mg | Every morning | no; Movicol | 1 sachet | When needed | yes; "
            "Dexamethasone | 2 mg | Twice a day for 5 days | no; "
            "Mercaptopurine | 50 mg | Every evening | no; Fluconazole | 50 mg | Once a day | no; "
            "Melatonin | 2 mg | At bedtime | yes; Nystatin | 1 ml | Four times a day | no; "
            "Cyclizine | 25 mg | Up to three times a day | yes; "
            "Gabapentin | 100 mg | Three times a day | no; Lorazepam | 0.5 mg | Before scans | yes"
        )
    )
]
AMOUNTS = _words("1 tablet; 5 ml; 10 ml; 2 tablets; half a tablet; 1 sachet")
DOSE_NOTES = _words(
    "with breakfast; spat a little out; late, was asleep; mixed with yoghurt; "
    "took it without fuss; needed two tries; before school"
)
TEMP_NOTES = _words(
    "after a nap; felt warm to touch; cheeks flushed; rechecked, same; shivery; just after a bath"
)
FAMILY = (("Maya", "she", "her"), ("Sam", "he", "his"))


class _Slots(dict[str, str]):
    """Fills template slots on demand, so a sentence costs only the choices it uses."""

    def __init__(self, rng: random.Random, name: str, she: str, her: str) -> None:
        super().__init__(name=name, she=she, her=her)
        self.rng = rng

    def __missing__(self, key: str) -> str:
        r = self.rng
        if key == "clock":
            return f"{r.randint(6, 23)}:{r.choice(('00', '15', '30', '45'))}"
        if key in ("neut", "hb", "plt", "weight", "sev"):
            low, high, digits = {
                "neut": (0.1, 3.5, 1),
                "hb": (70, 130, 0),
                "plt": (8, 320, 0),
                "weight": (17, 32, 1),
                "sev": (1, 9, 0),
            }[key]
            value = r.uniform(low, high)
            return f"{value:.1f}" if digits else str(round(value))
        return r.choice(POOLS[key])


class Writer:
    """Sentences a tired parent writes: short mostly, sometimes a long evening entry."""

    def __init__(self, rng: random.Random, children: list[tuple[str, str, str]]) -> None:
        self.rng = rng
        self.slots = [_Slots(rng, *child) for child in children]

    def sentence(self, child: int, pool: tuple[str, ...] = SENTENCES) -> str:
        slots = self.slots[child]
        text = self.rng.choice(pool).format_map(slots)
        for key in [k for k in slots if k not in ("name", "she", "her")]:
            del slots[key]  # fresh picks for the next sentence
        return text[0].upper() + text[1:]

    def sentences(self, child: int, count: int) -> str:
        return " ".join(self.sentence(child) for _ in range(count))

    def note(self, child: int) -> str:
        roll = self.rng.random()
        count = (
            self.rng.randint(1, 3)
            if roll < 0.6
            else self.rng.randint(4, 8)
            if roll < 0.92
            else self.rng.randint(9, 25)
        )
        if count < 6 or self.rng.random() < 0.5:
            return self.sentences(child, count)
        half = count // 2
        return self.sentences(child, half) + "\n\n" + self.sentences(child, count - half)


def sample_notes(count: int, seed: int = 5) -> list[str]:
    """Notes like the generated ones, for benchmarks that add entries one at a time."""
    text = Writer(random.Random(seed), [("Maya", "she", "her")])
    return [text.note(0) for _ in range(count)]
