"""A Board decision request as the cockpit's Meldung delivers it, split into its four parts.

The Meldung writes `board_decision_text` as "Frage: … | Optionen: … | Kosten: … | Empfehlung: …"
(cockpit.reporting.rules.board_decision_text); older deliveries and other senders give free text, which is
shown as it is. Either way the text is data: the slides escape it when they draw it.
"""

import re
from dataclasses import dataclass

REQUEST = re.compile(
    r"\s*Frage:\s*(?P<question>.*?)\s+\|\s+Optionen:\s*(?P<options>.*?)\s+\|\s+Kosten:\s*(?P<costs>.*?)"
    r"\s+\|\s+Empfehlung:\s*(?P<recommendation>.*?)\s*",
    re.DOTALL,
)


@dataclass(frozen=True)
class DecisionRequest:
    question: str
    options: str
    costs: str
    recommendation: str


def parse_request(text: str | None) -> DecisionRequest | None:
    """The four parts of a request in the Meldung's form; None for any other text (show that as it is)."""
    found = REQUEST.fullmatch(text or "")
    if found is None or not found["question"]:
        return None
    return DecisionRequest(**found.groupdict())
