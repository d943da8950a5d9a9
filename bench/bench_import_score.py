"""Score the import readers on corpora of our own: per document, recall of the expected skills,
false positives from ordinary words in prose (names that must not be proposed), and how many
dated skills got years within the defensible band. Pure: no database (the matcher is built
from the shipped catalog).

A hundred and nineteen corpora, each a folder with an expected.json:

* ``resumes`` (bench/corpora/resumes/): three plain-text résumés written while the rules were
  being fixed — an upper bound, not a measure.
* ``heldout`` (bench/corpora/heldout/): documents the matcher was not tuned on, with
  expectations written before the first score. ``*.pdf.txt`` and ``*.docx.txt`` are built into
  a PDF or a Word file here, in memory, and read back through the résumé import's own text
  extraction; a folder of CSVs is zipped into a LinkedIn export and read by the LinkedIn
  source. Expected names are written as a person would ("AWS", "Postgres"); each is resolved
  through the catalog (name or alias, normalised as the matcher does), and names the catalog
  lacks are reported as catalog holes rather than counted as misses.
* ``heldout2`` (bench/corpora/heldout2/): a second held-out corpus built the same way, with
  other people, layouts and traps, written once ``heldout`` had been used to fix the matcher.
* ``heldout3`` (bench/corpora/heldout3/): a third, the same way again, written once both earlier
  held-out corpora had been used to fix the matcher.
* ``heldout4`` (bench/corpora/heldout4/): a fourth, the same way again, written once all three
  earlier held-out corpora had been used to fix the matcher.
* ``heldout5`` (bench/corpora/heldout5/): a fifth, the same way again, written once all four
  earlier held-out corpora had been used to fix the matcher.
* ``heldout6`` (bench/corpora/heldout6/): a sixth, the same way again, written once all five
  earlier held-out corpora had been used to fix the matcher.
* ``heldout7`` (bench/corpora/heldout7/): a seventh, written once all six earlier held-out
  corpora had been used to fix the matcher; its expectations split what must not be proposed
  into ordinary words and names (``absent``) and another party's technology
  (``absent_others``).
* ``heldout8`` (bench/corpora/heldout8/): an eighth, written once all seven earlier held-out
  corpora had been used to fix the matcher, the same way as heldout7.
* ``heldout9`` (bench/corpora/heldout9/): a ninth, written once all eight earlier held-out
  corpora had been used to fix the matcher, the same way.
* ``heldout10`` (bench/corpora/heldout10/): a tenth, written once all nine earlier held-out
  corpora had been used to fix the matcher, the same way.
* ``heldout11`` (bench/corpora/heldout11/): an eleventh, written once all ten earlier
  held-out corpora had been used to fix the matcher, the same way.
* ``heldout12`` (bench/corpora/heldout12/): a twelfth, written once all eleven earlier
  held-out corpora had been used to fix the matcher, the same way.
* ``heldout13`` to ``heldout16`` (bench/corpora/heldout13/ ... heldout16/): four more, written
  side by side while heldout12 was being used, the same way; each is scored once, untuned,
  before it is used, one after the other.
* ``heldout17`` (bench/corpora/heldout17/): a seventeenth, written once heldout12 to heldout16 had
  been used, in English and in languages measured before (French, German, Spanish, Brazilian
  Portuguese, Italian, Dutch), the same way.
* ``heldout18`` to ``heldout20`` (bench/corpora/heldout18/ ... heldout20/): three more, written
  side by side once heldout17 had been used (English from places not used before; languages
  measured before from places not used before; English of people who are not software
  engineers), each scored once, untuned, before any of them was used. Their writers split what
  must not be proposed into ordinary words used as words (``absent_words``, the issue's prose
  words) and names of other things (``absent``).
* ``heldout21`` (bench/corpora/heldout21/): written once heldout18 to heldout20 had been used
  (English, German, French, Spanish, Brazilian Portuguese), the same way.
* ``heldout22`` (bench/corpora/heldout22/): written once heldout21 had been used and the audit
  below had led to its fixes (English, Dutch, Italian, Swiss French, Austrian German), the same
  way; its audit was made at its first score.

* ``heldout23`` to ``heldout25`` (bench/corpora/heldout23/ ... heldout25/): three more, written
  side by side once heldout22 had been used (English from places not used before; other
  languages from places not used before; English of people who are not software engineers,
  whose work is full of words that name technologies), with more ordinary words used as words
  than before, the same way; each is scored once, untuned, and audited at its first score.

* ``heldout26`` to ``heldout28`` (bench/corpora/heldout26/ ... heldout28/): three more, written
  side by side once heldout23 to heldout25 had been used (English from places not used before;
  French, German, Spanish, Brazilian Portuguese, Italian and Dutch from places not used before;
  English of people who are not software engineers), the same way; each scored once, untuned,
  and audited at its first score.

* ``heldout29`` to ``heldout31`` (bench/corpora/heldout29/ ... heldout31/): three more, written
  side by side once heldout26 to heldout28 had been used (English from places not used before;
  French, German, Spanish, Portuguese, Italian and Dutch from places not used before; English
  of people who are not software engineers), the same way; each scored once, untuned, and
  audited at its first score.

* ``heldout32`` to ``heldout34`` (bench/corpora/heldout32/ ... heldout34/): three more, written
  side by side once heldout29 to heldout31 had been used, the same way (English from places
  not used before; French, German, Spanish, Brazilian Portuguese, Italian and Flemish; English
  of people who are not software engineers); each scored once, untuned, and audited at its
  first score.

* ``heldout35`` to ``heldout37`` (bench/corpora/heldout35/ ... heldout37/): three more, written
  side by side once heldout32 to heldout34 had been used, the same way, and scored once at the
  end of that stop with no fix after them (English; French, German, Spanish, Portuguese,
  Italian, Dutch; English of people who are not software engineers); audited at that score.

* ``heldout38`` to ``heldout40`` (bench/corpora/heldout38/ ... heldout40/): three more, written
  side by side once heldout35 to heldout37 had been used, the same way (English from places not
  used before; French, German, Spanish, Portuguese, Italian and Dutch wholly in the language;
  English of people who are not software engineers, half of them in roles around software);
  each scored once, untuned, and audited at its first score.

* ``heldout41`` to ``heldout43`` (bench/corpora/heldout41/ ... heldout43/): three more, written
  side by side while heldout38 to heldout40 were being used, the same way (English from places
  not used before; French, German, Spanish, Portuguese, Italian and Dutch wholly in the
  language; English of people who are not software engineers, half of them in roles around
  software); each scored once, untuned, after every fix made from heldout38 to heldout40, and
  audited at that first score.

* ``heldout44`` to ``heldout46`` (bench/corpora/heldout44/ ... heldout46/): three more, written
  side by side while heldout41 to heldout43 were being used, the same way; each scored once,
  untuned, after every fix made from heldout41 to heldout43, and audited at that first score.

* ``heldout47`` to ``heldout49`` (bench/corpora/heldout47/ ... heldout49/): three more, written
  side by side while heldout44 to heldout46 were being used, the same way; each scored once,
  untuned, after every fix made so far, and audited at that first score.

* ``heldout50`` to ``heldout52`` (bench/corpora/heldout50/ ... heldout52/): three more, written
  side by side while heldout47 to heldout49 were being used, the same way (their writers were
  told years are whole years completed, a band reaching the next year within two months of
  it); each scored once, untuned, after every fix made from heldout47 to heldout49, and
  audited at that first score.

* ``heldout53`` to ``heldout55`` (bench/corpora/heldout53/ ... heldout55/): three more, written
  side by side while heldout50 to heldout52 were being used, the same way (English engineers;
  French, German, Spanish, Portuguese, Italian and Flemish; English of people who are not
  software engineers); each scored once, untuned, after every fix made so far, and audited at
  that first score.

* ``heldout56`` to ``heldout58`` (bench/corpora/heldout56/ ... heldout58/): three more, written
  side by side while heldout53 to heldout55 were being used, the same way; each scored once,
  untuned, after every fix made from heldout53 to heldout55, and audited at that first score.

* ``heldout59`` to ``heldout61`` (bench/corpora/heldout59/ ... heldout61/): three more, written
  side by side while heldout56 to heldout58 were being used, the same way; each scored once,
  untuned, after every fix made so far, and audited at that first score.

* ``heldout62`` to ``heldout64`` (bench/corpora/heldout62/ ... heldout64/): three more, written
  side by side while heldout59 to heldout61 were being used, the same way; each scored once,
  untuned, after every fix made so far, and audited at that first score.

* ``heldout65`` to ``heldout67`` (bench/corpora/heldout65/ ... heldout67/): three more, written
  side by side while heldout62 to heldout64 were being used, the same way; each scored once,
  untuned, after every fix made so far, and audited at that first score.

* ``heldout68`` to ``heldout70`` (bench/corpora/heldout68/ ... heldout70/): three more, written
  side by side in a later session once heldout65 to heldout67 had been used, the same way; each
  scored once, untuned, after every fix made so far, and audited at that first score.

* ``heldout71`` to ``heldout73`` (bench/corpora/heldout71/ ... heldout73/): three more, written
  side by side while heldout68 to heldout70 were being used, the same way; each scored once,
  untuned, after every fix made so far, and audited at that first score.

* ``heldout74`` to ``heldout76`` (bench/corpora/heldout74/ ... heldout76/): three more, written
  side by side while heldout71 to heldout73 were being used, the same way; each scored once,
  untuned, after every fix made so far, and audited at that first score.

* ``heldout77`` to ``heldout79`` (bench/corpora/heldout77/ ... heldout79/): three more, written
  side by side while heldout74 to heldout76 were being used, the same way; each scored once,
  untuned, after every fix made so far, and audited at that first score.

* ``heldout80`` to ``heldout82`` (bench/corpora/heldout80/ ... heldout82/): three more, written
  side by side while heldout77 to heldout79 were being used, the same way; each scored once,
  untuned, after every fix made so far, and audited at that first score.

* ``heldout83`` to ``heldout85`` (bench/corpora/heldout83/ ... heldout85/): three more, written
  side by side while heldout80 to heldout82 were being used, the same way; each scored once,
  untuned, after every fix made so far, and audited at that first score.

* ``heldout86`` to ``heldout88`` (bench/corpora/heldout86/ ... heldout88/): three more, written
  side by side while heldout83 to heldout85 were being used, the same way; each scored once,
  untuned, after every fix made so far, and audited at that first score (not yet used to fix
  anything but three words and names).

* ``heldout89`` to ``heldout94`` (bench/corpora/heldout89/ ... heldout94/): six more, two
  rounds of the same three kinds written side by side while heldout83 to heldout88 were being
  used, the same way; each scored once, untuned, after every fix made so far, and audited at
  that first score.

* ``heldout95`` to ``heldout100`` (bench/corpora/heldout95/ ... heldout100/): six more, two
  rounds of the same three kinds written side by side once heldout89 to heldout94 had been
  used, the same way (their writers' brief states the convention again: completed years,
  bands covering inclusive and end-minus-start month counting); each scored once, untuned,
  on the code as it stood before any fix they led to, and audited at that first score.

* ``heldout101`` to ``heldout103`` (bench/corpora/heldout101/ ... heldout103/): one more round of
  the same three kinds, written side by side once heldout95 to heldout100 had been used, the
  same way (their brief adds the convention's readings of a move: "until 2019, then" switches
  in January, a move "in 2020" anywhere in that year); scored once, untuned, on the code as it
  stood when they were written, and audited at that first score.

* ``heldout104`` to ``heldout106`` (bench/corpora/heldout104/ ... heldout106/): one more round
  of the same three kinds, written side by side once heldout101 to heldout103 had been used,
  from a brief rewritten for them (the same conventions); scored once, untuned, on the code as
  it stood when they were registered.

* ``heldout107`` to ``heldout109`` (bench/corpora/heldout107/ ... heldout109/): one more round
  of the same three kinds, written side by side once heldout104 to heldout106 had been used,
  from a brief rewritten once more with the same conventions; scored once, untuned, on the
  code as it stood when they were registered.

* ``heldout110`` to ``heldout112`` (bench/corpora/heldout110/ ... heldout112/): one more round
  of the same three kinds, written side by side while heldout107 to heldout109 were being used,
  from the brief rewritten once more with the same conventions; scored once, untuned, on the
  code as it stood when they were registered.

* ``heldout113`` to ``heldout115`` (bench/corpora/heldout113/ ... heldout115/): one more round
  of the same three kinds, written side by side while heldout110 to heldout112 were being used,
  from the brief rewritten once more with the same conventions; scored once, untuned, on the
  code as it stood when they were registered.

* ``heldout116`` to ``heldout118`` (bench/corpora/heldout116/ ... heldout118/): one more round
  of the same three kinds, written side by side while heldout113 to heldout115 were being used,
  from the brief rewritten once more with the same conventions; scored once, untuned, on the
  code as it stood when they were registered.

An ``audit.json`` beside a corpus's expectations (2026-12-06, every held-out corpus) lists the
proposals its expectations name neither way that readers who wrote none of the rules judged
wrong: ordinary words, names of other things, another party's, weak inferences. It was written
after the expectations and changes none of them; the scorer prints the judged proposals the
reader still makes, apart from the counts above (a wrong proposal nobody anticipated is
otherwise invisible to a score).

Run: .venv/bin/python bench/bench_import_score.py
  [--corpus resumes|heldout|heldout2|...|heldout118|all]
(the held-out corpora need the dev extra for fpdf2 and python-docx).
"""

from __future__ import annotations

import argparse
import io
import json
import multiprocessing
import os
import re
import sys
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

if TYPE_CHECKING:
    from smatrx.imports.matcher import Matcher
    from smatrx.imports.proposals import Proposal

CORPORA = {
    "resumes": Path(__file__).resolve().parent / "corpora" / "resumes",
    "heldout": Path(__file__).resolve().parent / "corpora" / "heldout",
    "heldout2": Path(__file__).resolve().parent / "corpora" / "heldout2",
    "heldout3": Path(__file__).resolve().parent / "corpora" / "heldout3",
    "heldout4": Path(__file__).resolve().parent / "corpora" / "heldout4",
    "heldout5": Path(__file__).resolve().parent / "corpora" / "heldout5",
    "heldout6": Path(__file__).resolve().parent / "corpora" / "heldout6",
    "heldout7": Path(__file__).resolve().parent / "corpora" / "heldout7",
    "heldout8": Path(__file__).resolve().parent / "corpora" / "heldout8",
    "heldout9": Path(__file__).resolve().parent / "corpora" / "heldout9",
    "heldout10": Path(__file__).resolve().parent / "corpora" / "heldout10",
    "heldout11": Path(__file__).resolve().parent / "corpora" / "heldout11",
    "heldout12": Path(__file__).resolve().parent / "corpora" / "heldout12",
    "heldout13": Path(__file__).resolve().parent / "corpora" / "heldout13",
    "heldout14": Path(__file__).resolve().parent / "corpora" / "heldout14",
    "heldout15": Path(__file__).resolve().parent / "corpora" / "heldout15",
    "heldout16": Path(__file__).resolve().parent / "corpora" / "heldout16",
    "heldout17": Path(__file__).resolve().parent / "corpora" / "heldout17",
    "heldout18": Path(__file__).resolve().parent / "corpora" / "heldout18",
    "heldout19": Path(__file__).resolve().parent / "corpora" / "heldout19",
    "heldout20": Path(__file__).resolve().parent / "corpora" / "heldout20",
    "heldout21": Path(__file__).resolve().parent / "corpora" / "heldout21",
    "heldout22": Path(__file__).resolve().parent / "corpora" / "heldout22",
    "heldout23": Path(__file__).resolve().parent / "corpora" / "heldout23",
    "heldout24": Path(__file__).resolve().parent / "corpora" / "heldout24",
    "heldout25": Path(__file__).resolve().parent / "corpora" / "heldout25",
    "heldout26": Path(__file__).resolve().parent / "corpora" / "heldout26",
    "heldout27": Path(__file__).resolve().parent / "corpora" / "heldout27",
    "heldout28": Path(__file__).resolve().parent / "corpora" / "heldout28",
    "heldout29": Path(__file__).resolve().parent / "corpora" / "heldout29",
    "heldout30": Path(__file__).resolve().parent / "corpora" / "heldout30",
    "heldout31": Path(__file__).resolve().parent / "corpora" / "heldout31",
    "heldout32": Path(__file__).resolve().parent / "corpora" / "heldout32",
    "heldout33": Path(__file__).resolve().parent / "corpora" / "heldout33",
    "heldout34": Path(__file__).resolve().parent / "corpora" / "heldout34",
    "heldout35": Path(__file__).resolve().parent / "corpora" / "heldout35",
    "heldout36": Path(__file__).resolve().parent / "corpora" / "heldout36",
    "heldout37": Path(__file__).resolve().parent / "corpora" / "heldout37",
    "heldout38": Path(__file__).resolve().parent / "corpora" / "heldout38",
    "heldout39": Path(__file__).resolve().parent / "corpora" / "heldout39",
    "heldout40": Path(__file__).resolve().parent / "corpora" / "heldout40",
    "heldout41": Path(__file__).resolve().parent / "corpora" / "heldout41",
    "heldout42": Path(__file__).resolve().parent / "corpora" / "heldout42",
    "heldout43": Path(__file__).resolve().parent / "corpora" / "heldout43",
    "heldout44": Path(__file__).resolve().parent / "corpora" / "heldout44",
    "heldout45": Path(__file__).resolve().parent / "corpora" / "heldout45",
    "heldout46": Path(__file__).resolve().parent / "corpora" / "heldout46",
    "heldout47": Path(__file__).resolve().parent / "corpora" / "heldout47",
    "heldout48": Path(__file__).resolve().parent / "corpora" / "heldout48",
    "heldout49": Path(__file__).resolve().parent / "corpora" / "heldout49",
    "heldout50": Path(__file__).resolve().parent / "corpora" / "heldout50",
    "heldout51": Path(__file__).resolve().parent / "corpora" / "heldout51",
    "heldout52": Path(__file__).resolve().parent / "corpora" / "heldout52",
    "heldout53": Path(__file__).resolve().parent / "corpora" / "heldout53",
    "heldout54": Path(__file__).resolve().parent / "corpora" / "heldout54",
    "heldout55": Path(__file__).resolve().parent / "corpora" / "heldout55",
    "heldout56": Path(__file__).resolve().parent / "corpora" / "heldout56",
    "heldout57": Path(__file__).resolve().parent / "corpora" / "heldout57",
    "heldout58": Path(__file__).resolve().parent / "corpora" / "heldout58",
    "heldout59": Path(__file__).resolve().parent / "corpora" / "heldout59",
    "heldout60": Path(__file__).resolve().parent / "corpora" / "heldout60",
    "heldout61": Path(__file__).resolve().parent / "corpora" / "heldout61",
    "heldout62": Path(__file__).resolve().parent / "corpora" / "heldout62",
    "heldout63": Path(__file__).resolve().parent / "corpora" / "heldout63",
    "heldout64": Path(__file__).resolve().parent / "corpora" / "heldout64",
    "heldout65": Path(__file__).resolve().parent / "corpora" / "heldout65",
    "heldout66": Path(__file__).resolve().parent / "corpora" / "heldout66",
    "heldout67": Path(__file__).resolve().parent / "corpora" / "heldout67",
    "heldout68": Path(__file__).resolve().parent / "corpora" / "heldout68",
    "heldout69": Path(__file__).resolve().parent / "corpora" / "heldout69",
    "heldout70": Path(__file__).resolve().parent / "corpora" / "heldout70",
    "heldout71": Path(__file__).resolve().parent / "corpora" / "heldout71",
    "heldout72": Path(__file__).resolve().parent / "corpora" / "heldout72",
    "heldout73": Path(__file__).resolve().parent / "corpora" / "heldout73",
    "heldout74": Path(__file__).resolve().parent / "corpora" / "heldout74",
    "heldout75": Path(__file__).resolve().parent / "corpora" / "heldout75",
    "heldout76": Path(__file__).resolve().parent / "corpora" / "heldout76",
    "heldout77": Path(__file__).resolve().parent / "corpora" / "heldout77",
    "heldout78": Path(__file__).resolve().parent / "corpora" / "heldout78",
    "heldout79": Path(__file__).resolve().parent / "corpora" / "heldout79",
    "heldout80": Path(__file__).resolve().parent / "corpora" / "heldout80",
    "heldout81": Path(__file__).resolve().parent / "corpora" / "heldout81",
    "heldout82": Path(__file__).resolve().parent / "corpora" / "heldout82",
    "heldout83": Path(__file__).resolve().parent / "corpora" / "heldout83",
    "heldout84": Path(__file__).resolve().parent / "corpora" / "heldout84",
    "heldout85": Path(__file__).resolve().parent / "corpora" / "heldout85",
    "heldout86": Path(__file__).resolve().parent / "corpora" / "heldout86",
    "heldout87": Path(__file__).resolve().parent / "corpora" / "heldout87",
    "heldout88": Path(__file__).resolve().parent / "corpora" / "heldout88",
    "heldout89": Path(__file__).resolve().parent / "corpora" / "heldout89",
    "heldout90": Path(__file__).resolve().parent / "corpora" / "heldout90",
    "heldout91": Path(__file__).resolve().parent / "corpora" / "heldout91",
    "heldout92": Path(__file__).resolve().parent / "corpora" / "heldout92",
    "heldout93": Path(__file__).resolve().parent / "corpora" / "heldout93",
    "heldout94": Path(__file__).resolve().parent / "corpora" / "heldout94",
    "heldout95": Path(__file__).resolve().parent / "corpora" / "heldout95",
    "heldout96": Path(__file__).resolve().parent / "corpora" / "heldout96",
    "heldout97": Path(__file__).resolve().parent / "corpora" / "heldout97",
    "heldout98": Path(__file__).resolve().parent / "corpora" / "heldout98",
    "heldout99": Path(__file__).resolve().parent / "corpora" / "heldout99",
    "heldout100": Path(__file__).resolve().parent / "corpora" / "heldout100",
    "heldout101": Path(__file__).resolve().parent / "corpora" / "heldout101",
    "heldout102": Path(__file__).resolve().parent / "corpora" / "heldout102",
    "heldout103": Path(__file__).resolve().parent / "corpora" / "heldout103",
    "heldout104": Path(__file__).resolve().parent / "corpora" / "heldout104",
    "heldout105": Path(__file__).resolve().parent / "corpora" / "heldout105",
    "heldout106": Path(__file__).resolve().parent / "corpora" / "heldout106",
    "heldout107": Path(__file__).resolve().parent / "corpora" / "heldout107",
    "heldout108": Path(__file__).resolve().parent / "corpora" / "heldout108",
    "heldout109": Path(__file__).resolve().parent / "corpora" / "heldout109",
    "heldout110": Path(__file__).resolve().parent / "corpora" / "heldout110",
    "heldout111": Path(__file__).resolve().parent / "corpora" / "heldout111",
    "heldout112": Path(__file__).resolve().parent / "corpora" / "heldout112",
    "heldout113": Path(__file__).resolve().parent / "corpora" / "heldout113",
    "heldout114": Path(__file__).resolve().parent / "corpora" / "heldout114",
    "heldout115": Path(__file__).resolve().parent / "corpora" / "heldout115",
    "heldout116": Path(__file__).resolve().parent / "corpora" / "heldout116",
    "heldout117": Path(__file__).resolve().parent / "corpora" / "heldout117",
    "heldout118": Path(__file__).resolve().parent / "corpora" / "heldout118",
}
# The tuned corpus keeps the table it always printed (its names are catalog names: no holes).
TUNED = "resumes"
TODAY = date(2026, 12, 5)  # the expected years are written as of this day
TABLE_START = "[table]"
TABLE_END = "[/table]"
CELL_SEPARATOR = " | "


# --- the catalog ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Catalog:
    """The matcher and a name index over the same catalog: normalised name or alias → slug."""

    matcher: Matcher
    index: Mapping[str, str]
    names: Mapping[str, str]  # slug → catalog name

    def resolve(self, name: str) -> str | None:
        """The catalog skill an expected name means, or None (a catalog hole)."""
        from smatrx.imports.matcher import normalise

        return self.index.get(normalise(name))


def load_catalog() -> Catalog:
    from smatrx.imports.matcher import Matcher, terms_from_catalog
    from smatrx.seed.data import read_catalog

    rows = [
        {"id": skill.slug, "name": skill.name, "aliases": skill.aliases}
        for skill in read_catalog().skills
    ]
    return Catalog(
        matcher=Matcher(terms_from_catalog(rows)),
        index=name_index(rows),
        names={row["id"]: row["name"] for row in rows},
    )


def name_index(rows: Iterable[Mapping[str, Any]]) -> dict[str, str]:
    """normalise(name or alias) → skill id; the first skill to claim a key keeps it, as in
    the matcher."""
    from smatrx.imports.matcher import normalise

    index: dict[str, str] = {}
    for row in rows:
        for variant in (row["name"], *(row.get("aliases") or ())):
            key = normalise(variant.strip())
            if key:
                index.setdefault(key, row["id"])
    return index


# --- building the documents ----------------------------------------------------------------------


def _cp1252(line: str) -> str:
    """The PDF core fonts are single-byte: letters outside cp1252 ("ś") lose their accent."""
    out = []
    for char in line:
        try:
            char.encode("cp1252")
        except UnicodeEncodeError:
            base = unicodedata.normalize("NFKD", char)
            char = "".join(c for c in base if not unicodedata.combining(c)) or "?"
            try:
                char.encode("cp1252")
            except UnicodeEncodeError:
                char = "?"
        out.append(char)
    return "".join(out)


def build_pdf(source: str) -> bytes:
    """A text PDF of the source, one paragraph per line, long lines wrapped as a word
    processor would (so a sentence may break across lines, as in real résumés)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.core_fonts_encoding = "windows-1252"  # has the en dash, em dash and bullet
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for line in source.split("\n"):
        if line.strip():
            pdf.multi_cell(0, 5, _cp1252(line), new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.ln(3)
    return bytes(pdf.output())


def build_docx(source: str) -> bytes:
    """A Word file: a paragraph per line; lines between [table] and [/table] become the rows
    of a table, cells split on " | " (the two-column date | role layout)."""
    import docx

    document = docx.Document()
    rows: list[list[str]] | None = None
    for line in source.split("\n"):
        if line.strip() == TABLE_START:
            rows = []
        elif line.strip() == TABLE_END:
            if rows:
                table = document.add_table(rows=0, cols=max(len(row) for row in rows))
                for row in rows:
                    for cell, value in zip(table.add_row().cells, row, strict=False):
                        cell.text = value
            rows = None
        elif rows is not None:
            rows.append([cell.strip() for cell in line.split(CELL_SEPARATOR.strip())])
        else:
            document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def build_linkedin_zip(folder: Path) -> bytes:
    """The folder's CSVs zipped as LinkedIn sends them: inside a dated sub-folder."""
    from tests.imports.linkedin_fixtures import EXPORT_FOLDER, zip_bytes

    files = sorted(path for path in folder.iterdir() if path.is_file())
    return zip_bytes(
        ((f"{EXPORT_FOLDER}/{path.name}", path.read_bytes()) for path in files),
        directories=[EXPORT_FOLDER],
    )


def document_kind(path: Path) -> str:
    """ "linkedin", "pdf", "docx" or "text", from how the source is stored."""
    if path.is_dir():
        return "linkedin"
    if path.name.endswith(".pdf.txt"):
        return "pdf"
    if path.name.endswith(".docx.txt"):
        return "docx"
    return "text"


def upload_bytes(path: Path) -> bytes:
    """What a person would upload for this source document."""
    kind = document_kind(path)
    if kind == "linkedin":
        return build_linkedin_zip(path)
    if kind == "pdf":
        return build_pdf(path.read_text(encoding="utf-8"))
    if kind == "docx":
        return build_docx(path.read_text(encoding="utf-8"))
    return path.read_bytes()


def read_proposals(path: Path, matcher: Matcher) -> list[Proposal]:
    """The proposals the import would make: the same reading and proposal code as the job."""
    from smatrx.imports.proposals import linkedin_proposals, resume_proposals
    from smatrx.imports.sources.linkedin import parse_export
    from smatrx.imports.sources.resume import extract_text

    data = upload_bytes(path)
    if document_kind(path) == "linkedin":
        export = parse_export(data, filename=path.name + ".zip")
        return linkedin_proposals(export, matcher, today=TODAY)[0]
    return resume_proposals(extract_text(data), matcher, today=TODAY)[0]


# --- scoring -------------------------------------------------------------------------------------


@dataclass
class DocumentScore:
    document: str
    expected: int = 0  # expected skills the catalog has
    hits: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    false: list[str] = field(default_factory=list)  # prose false positives and undated-with-years
    words: list[str] = field(default_factory=list)  # of those, ordinary words ("absent_words")
    # Another party's technology proposed as the person's ("absent_others": heldout7 on).
    others: list[str] = field(default_factory=list)
    # Listed apart, unticked, as someone else's (not proposals: not counted either way).
    apart: list[str] = field(default_factory=list)
    dated: int = 0  # expected year bands on skills the catalog has
    in_band: list[str] = field(default_factory=list)
    wrong_years: dict[str, int | None] = field(default_factory=dict)  # skill → years proposed
    holes: list[str] = field(default_factory=list)  # expected names the catalog lacks
    # Not scored, shown so a reader can judge them: proposals neither expected nor absent, and
    # evidence quoting a passage in which the matcher does not find the skill it supports.
    unexpected: list[str] = field(default_factory=list)
    prose_evidence: list[str] = field(default_factory=list)
    # Of the unexpected, those an audit (audit.json, written after the expectations) judged
    # wrong and that are still proposed, by kind: words, names, others, weak.
    audited: dict[str, list[str]] = field(default_factory=dict)


def score_document(
    document: str, wants: Mapping[str, Any], proposals: Iterable[Proposal], catalog: Catalog
) -> DocumentScore:
    """Compare one document's proposals with what a reader expects, by catalog skill.
    A technology the import lists apart as someone else's (unticked, not proposed) counts
    as not found: neither a hit nor a false positive."""
    proposals = list(proposals)
    got = {proposal.skill_id: proposal for proposal in proposals if not proposal.someone_elses}
    score = DocumentScore(document)
    holes: list[str] = []

    def resolved(names: Iterable[str]) -> list[tuple[str, str]]:
        # Two names for one catalog skill ("Spark" and "PySpark") count once, as the first.
        pairs: dict[str, str] = {}
        for name in names:
            slug = catalog.resolve(name)
            if slug is None:
                if name not in holes:
                    holes.append(name)
            else:
                pairs.setdefault(slug, name)
        return [(name, slug) for slug, name in pairs.items()]

    for name, slug in resolved(wants["skills"]):
        score.expected += 1
        (score.hits if slug in got else score.misses).append(name)
    score.false = [name for name, slug in resolved(wants["absent"]) if slug in got]
    # From heldout18 on, the writer splits what must not be proposed: ordinary words of the
    # document's language used as words ("absent_words": the "prose words", bar 0)
    # apart from names of other things (people, firms, products, hobbies: "absent").
    score.words = [name for name, slug in resolved(wants.get("absent_words", [])) if slug in got]
    score.false += score.words
    score.others = [name for name, slug in resolved(wants.get("absent_others", [])) if slug in got]
    score.apart = [proposal.name for proposal in proposals if proposal.someone_elses]
    score.false += [
        f"{name} {got[slug].years} y (undated)"
        for name, slug in resolved(wants.get("no_years", []))
        if slug in got and got[slug].years is not None
    ]
    bands = dict(wants["years"])
    for name, slug in resolved(bands):
        score.dated += 1
        low, high = bands[name]
        years = got[slug].years if slug in got else None
        if years is not None and low <= years <= high:
            score.in_band.append(name)
        else:
            score.wrong_years[name] = years
    score.holes = holes
    known = {
        slug
        for _, slug in resolved(
            [
                *wants["skills"],
                *wants["absent"],
                *wants.get("absent_words", []),
                *wants.get("absent_others", []),
            ]
        )
    }
    score.unexpected = [p.name for p in got.values() if p.skill_id not in known]
    score.prose_evidence = [
        f"{proposal.name}: {quoted}"
        for proposal in got.values()
        for quoted in unmatched_evidence(proposal, catalog.matcher)
    ]
    return score


_QUOTE = re.compile(r"«([^»]*)»")
# What precedes the quote in an evidence line: "Line 12: " (résumé), "Position: Title at
# Company: ", "Project: Title: ", "Certification: Name: " (LinkedIn).
_EVIDENCE_PREFIX = re.compile(r"^(?:Line \d+: |(?:Position|Project|Certification): [^:]*: )")


def unmatched_evidence(proposal: Proposal, matcher: Matcher) -> list[str]:
    """The evidence quotes («word» marked) in which the matcher, reading the quote alone, does
    not find the proposed skill: the quote shows an everyday word, not what matched.
    Approximate: a quote is at most ~120 characters, so context further away is not seen."""
    found = []
    for line in proposal.evidence:
        if _QUOTE.search(line) is None:
            continue
        quoted = _EVIDENCE_PREFIX.sub("", line, count=1)
        plain = _QUOTE.sub(r"\1", quoted).strip("… ")
        if proposal.skill_id not in {match.skill_id for match in matcher.find(plain)}:
            found.append(quoted)
    return found


AUDIT_KINDS = ("words", "names", "others", "weak")


def score_corpus(folder: Path, catalog: Catalog) -> list[DocumentScore]:
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    audit_file = folder / "audit.json"
    audit = json.loads(audit_file.read_text(encoding="utf-8")) if audit_file.exists() else {}
    scores = []
    for name, wants in expected.items():
        if name == "about":
            continue
        proposals = read_proposals(folder / name, catalog.matcher)
        score = score_document(name, wants, proposals, catalog)
        score.audited = audited_still_proposed(audit.get(name, {}), proposals, catalog)
        scores.append(score)
    return scores


_SHARED_CATALOG: Catalog | None = None


def _score_named(name: str) -> list[DocumentScore]:
    assert _SHARED_CATALOG is not None
    return score_corpus(CORPORA[name], _SHARED_CATALOG)


def score_corpora(names: list[str], catalog: Catalog) -> dict[str, list[DocumentScore]]:
    """Each corpus scored on its own, one process per core: the corpora are independent, and
    scoring all of them one after the other takes minutes. Forked, so the workers share the
    catalog already built here instead of building their own."""
    global _SHARED_CATALOG
    _SHARED_CATALOG = catalog
    processes = min(len(names), os.cpu_count() or 1)
    if processes <= 1:
        return {name: _score_named(name) for name in names}
    with multiprocessing.get_context("fork").Pool(processes) as pool:
        return dict(zip(names, pool.map(_score_named, names, chunksize=1), strict=True))


def audited_still_proposed(
    judged: Mapping[str, Any], proposals: Iterable[Proposal], catalog: Catalog
) -> dict[str, list[str]]:
    """The proposals an audit judged wrong (by kind) that the reader still makes."""
    got = {p.skill_id for p in proposals if not p.someone_elses}
    return {
        kind: [
            item["skill"] for item in judged.get(kind, []) if catalog.resolve(item["skill"]) in got
        ]
        for kind in AUDIT_KINDS
    }


def _problems(score: DocumentScore) -> str:
    years = [f"{name} {y} y" for name, y in score.wrong_years.items()]
    others = [f"{name} (another's)" for name in score.others]
    false = [f"{name} (word)" if name in score.words else name for name in score.false]
    return ", ".join(sorted(score.misses) + years + false + others)


def _audited(score: DocumentScore) -> str:
    return ", ".join(f"{name} ({kind})" for kind, names in score.audited.items() for name in names)


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole:.2f}" if whole else "n/a"


def print_table(scores: list[DocumentScore], *, holes: bool) -> None:
    if holes:
        print(
            "| document | recall | prose false positives | another's technology proposed "
            "| years within band | misses, years out of band, false positives | catalog holes | "
            "proposed, not expected | listed apart as someone else's | unmatched evidence "
            "| audited as wrong, still proposed |"
        )
        print("|---|---:|---:|---:|---:|---|---|---|---|---:|---|")
    else:
        print("| document | recall | false positives | years within band | misses |")
        print("|---|---:|---:|---:|---|")
    for score in scores:
        others = f"| {len(score.others)} " if holes else ""
        row = (
            f"| {score.document} | {len(score.hits)}/{score.expected} | {len(score.false)} "
            f"{others}| {len(score.in_band)}/{score.dated} | " + _problems(score) + " |"
        )
        if holes:
            row += (
                f" {', '.join(score.holes)} | {', '.join(score.unexpected)} "
                f"| {', '.join(score.apart)} | {len(score.prose_evidence)} "
                f"| {_audited(score)} |"
            )
        print(row)


def print_totals(scores: list[DocumentScore], *, holes: bool) -> None:
    expected = sum(score.expected for score in scores)
    found = sum(len(score.hits) for score in scores)
    dated = sum(score.dated for score in scores)
    in_band = sum(len(score.in_band) for score in scores)
    band = f"{in_band / dated:.0%}" if dated else "n/a"
    line = (
        f"\nrecall {_ratio(found, expected)}, "
        f"false positives {sum(len(score.false) for score in scores)}, "
        f"years within band {band}"
    )
    others = sum(len(score.others) for score in scores)
    if holes:
        words = sum(len(score.words) for score in scores)
        line += f" (ordinary words {words}), another's technology proposed {others}"
        audited = {
            kind: sum(len(score.audited.get(kind, [])) for score in scores) for kind in AUDIT_KINDS
        }
        if any(audited.values()):
            line += "; audited, still proposed: " + ", ".join(
                f"{kind} {count}" for kind, count in audited.items()
            )
    if holes:
        line += (
            f" ({found}/{expected} found, {in_band}/{dated} in band; "
            f"{sum(len(score.holes) for score in scores)} catalog holes not counted)"
        )
    print(line)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", choices=[*CORPORA, "all"], default=TUNED)
    args = parser.parse_args(argv)
    catalog = load_catalog()
    names = list(CORPORA) if args.corpus == "all" else [args.corpus]
    everything: list[DocumentScore] = []
    scored = score_corpora(names, catalog)
    for position, name in enumerate(names):
        scores = scored[name]
        everything += scores
        if len(names) > 1:
            print(("\n" if position else "") + f"## {name}\n")
        print_table(scores, holes=name != TUNED)
        print_totals(scores, holes=name != TUNED)
    if len(names) > 1:
        print("\n## all")
        print_totals(everything, holes=True)
    quoting = [(s.document, line) for s in everything for line in s.prose_evidence]
    if quoting and args.corpus != TUNED:
        print(
            "\nEvidence quotes in which the matcher, reading the quote alone, finds no such skill:"
        )
        for document, line in quoting:
            print(f"- {document}: {line}")


if __name__ == "__main__":
    main()
