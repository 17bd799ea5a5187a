"""Sourced examples of what care teams write, shown as examples only, never as defaults.

Every example names its publisher, the page's title and its address. The screens say
"for example" and whose example it is; the family's own team's numbers are the ones that count.
"""

from __future__ import annotations

from dataclasses import dataclass

from companion.translation import QT_TRANSLATE_NOOP

TR_CONTEXT = "Examples"


@dataclass(frozen=True)
class ExampleSource:
    """A public page: who published it, its title, its address."""

    publisher: str
    title: str
    url: str

    @property
    def label(self) -> str:
        return f"{self.publisher}: {self.title}"


@dataclass(frozen=True)
class Example:
    """What the page says, in plain words (marked for translation), and the page."""

    text: str
    source: ExampleSource


CHOP_HOME_CARE = ExampleSource(
    "Children's Hospital of Philadelphia",
    "Caring for Your Child with Cancer at Home",
    "https://www.chop.edu/pfe/caring-your-child-cancer-home",
)
ALSF_LOW_COUNTS = ExampleSource(
    "Alex's Lemonade Stand Foundation",
    "Childhood Leukemia: Low Blood Cell Counts",
    "https://www.alexslemonade.org/childhood-cancer/guides/childhood-leukemia/"
    "chapter-14-common-side-effects-treatment/low-blood-cell",
)
ASH_PLATELETS = ExampleSource(
    "American Society of Hematology, Hematology: ASH Education Program",
    "How well do platelets prevent bleeding?",
    "https://pmc.ncbi.nlm.nih.gov/articles/PMC7727555/",
)
CCS_WHEN_TO_CALL = ExampleSource(
    "Canadian Cancer Society",
    "Childhood cancer: When to call the doctor",
    "https://www.cancer.ca/en/cancer-information/cancer-type/childhood-cancer-information/"
    "when-to-call-the-doctor/",
)
NCI_WHEN_TO_CALL = ExampleSource(
    "National Cancer Institute",
    "Young People with Cancer: A Handbook for Parents - When to Call the Doctor",
    "http://www.cancer.gov/cancertopics/coping/youngpeople/page8/print",
)

#: Count thresholds: field -> examples (no hemoglobin example: no primary source was found).
COUNT_EXAMPLES: dict[str, tuple[Example, ...]] = {
    "anc": (
        Example(
            QT_TRANSLATE_NOOP(
                "Examples",
                "An ANC below 500 per uL (0.5 x10^9/L): the ANC needs to be higher than 500 "
                "for a child to best fight infections.",
            ),
            CHOP_HOME_CARE,
        ),
        Example(
            QT_TRANSLATE_NOOP(
                "Examples", "A child is called neutropenic when the ANC is below 500."
            ),
            ALSF_LOW_COUNTS,
        ),
    ),
    "platelets": (
        Example(
            QT_TRANSLATE_NOOP(
                "Examples",
                "Platelets below 10 x10^9/L (10,000 per uL): a level at which platelet "
                "transfusions to prevent bleeding have been shown to be safe in stable patients.",
            ),
            ASH_PLATELETS,
        ),
    ),
    "hemoglobin": (),
}

#: "Call us if" rules other teams give.
CALL_EXAMPLES: tuple[Example, ...] = (
    Example(
        QT_TRANSLATE_NOOP("Examples", "Less urine, or no urine for 6 to 8 hours."),
        CCS_WHEN_TO_CALL,
    ),
    Example(QT_TRANSLATE_NOOP("Examples", "Severe nausea or vomiting."), CCS_WHEN_TO_CALL),
    Example(
        QT_TRANSLATE_NOOP(
            "Examples",
            "Bleeding, including nosebleeds, red or black bowel movements, or many bruises.",
        ),
        NCI_WHEN_TO_CALL,
    ),
    Example(
        QT_TRANSLATE_NOOP("Examples", "Constipation that lasts more than 2 days."), NCI_WHEN_TO_CALL
    ),
)
