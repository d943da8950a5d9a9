"""An optional short narrative for an insight, from an OpenAI-compatible chat-completions API.

SMATRX computes every number itself; a language model may only put those numbers into a
few sentences. The feature is OFF unless both LLM_BASE_URL and LLM_MODEL are set:

    LLM_BASE_URL          e.g. https://api.openai.com/v1 or http://127.0.0.1:11434/v1;
                          {base_url}/chat/completions is POSTed to. Empty: feature off.
    LLM_API_KEY           sent as "Authorization: Bearer <key>" when set; empty sends none
                          (local servers such as Ollama or llama.cpp need none). Never logged.
    LLM_MODEL             the model name passed in the request. Empty: feature off.
    LLM_TIMEOUT_SECONDS   connect and read timeout, and the limit on the whole answer
                          (default 10; a value that is not a positive number falls back to it).

Privacy: only ``redact(numbers)`` reaches the API. It keeps an allow-list of keys (see
ALLOWED_KEYS below: readiness, confidence, role title, skill names, levels, counts,
percentages, factors), recursively, and drops everything else: people's names, emails,
links, notes, evidence, free text such as "why" lines, ids and slugs. "name" is kept only
inside the lists of skills (missing, below, met, above, items, strengths, stale, categories),
never at the top or under "role", where it could be a person's. Strings it keeps are further
checked to be short labels (no "@", no "://" or "www.", no control characters, ≤ 80
characters), so a planted email or link is dropped even under an allowed key.

Failure is normal here: ``narrate`` answers None (and logs one warning naming the cause,
never the key or a body) when the API is unreachable, slow, answers non-2xx, answers
anything but chat-completions JSON, or an empty text. The page then shows the numbers alone.

Pure: no Flask, no database. HTTP goes through ``requests`` (already a dependency).
"""

from __future__ import annotations

import json
import logging
import math
import re
import time
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import requests

logger = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 10.0
MAX_TIMEOUT = 120.0
TEMPERATURE = 0.2
MAX_TOKENS = 220
MAX_TEXT_CHARS = 1_200
# An 80-word answer is well under 2 kB of JSON; anything far bigger is not worth reading.
MAX_RESPONSE_BYTES = 256 * 1024
MAX_LABEL_CHARS = 80
MAX_MODEL_CHARS = 100

# ----------------------------------------------------------------- the allow-list
# Keys whose value is a dict or a list of dicts: kept and redacted in turn.
NESTED_KEYS = frozenset(
    {
        "role",  # {"title"} (the slug is dropped)
        "confidence",  # {"value", counts}
        "counts",
        "missing",
        "below",
        "met",
        "above",
        "items",  # recommendations
        "factors",  # a recommendation's score factors
        "strengths",
        "stale",
        "categories",
        "gap",  # a combined payload may nest whole analyses
        "profile",
        "recommendations",
    }
)
# Keys whose value is a number (or a yes/no): readiness, confidence, counts, percentages,
# factors. Nothing a person typed can hide in a number.
NUMBER_KEYS = frozenset(
    {
        # readiness and percentages
        "readiness",
        "percentile",
        "percent",
        "share",
        "coverage",
        # confidence
        "value",
        "held",
        "verified",
        "with_evidence",
        "stale",  # a count here; the list of stale skills is nested
        "stale_over_24_months",
        "stale_count",
        "unknown_recency",
        "considered",
        "strength",
        "recency",
        # counts and distances
        "count",
        "peers",
        "total",
        "levels_short",
        "levels_above",
        "distance_levels",
        "retired_ignored",
        "months",
        "months_since",
        "years",
        "weight",
        "score",
        "average",
        "average_score",
        # recommendation factors
        "gap",
        "demand",
        "growth",
        "adjacency",
        "co_held_share",
        "shared_tags",
    }
)
# Keys whose value is a short label: skill names, the role title, levels, importance.
LABEL_KEYS = frozenset(
    {
        "name",  # a skill's name: kept only inside SKILL_LISTS, see below
        "title",  # the role's title
        "category",
        "level",
        "min_level",
        "target_level",
        "held_level",
        "required_level",
        "importance",
        "demand",  # "high" | "medium" | "low" when given as a word
        "noun",
    }
)
# "name" names a skill only inside these lists; anywhere else it may be a person's name.
SKILL_LISTS = frozenset(
    {"missing", "below", "met", "above", "items", "strengths", "stale", "categories"}
)
# Keys whose value is a machine code such as "no_target_role" or "unused".
CODE_KEYS = frozenset({"reason", "salary_reason", "percentile_reason"})
ALLOWED_KEYS = NESTED_KEYS | NUMBER_KEYS | LABEL_KEYS | CODE_KEYS

_CODE = re.compile(r"[a-z][a-z0-9_]{0,39}")
# A label that looks like contact data or a link is dropped even under an allowed key.
_LOOKS_PERSONAL = re.compile(r"@|://|\bwww\.", re.IGNORECASE)
_MAX_DEPTH = 6

# ----------------------------------------------------------------- the prompt
KINDS: dict[str, str] = {
    "gap": (
        "The numbers are a skills gap analysis against the reader's target role: readiness "
        "in percent, the required skills they miss, hold below the required level, meet or "
        "exceed, and how confident the analysis is."
    ),
    "profile": (
        "The numbers are an overview of the reader's skill profile: their strongest skills, "
        "skills not used or reviewed for a long time, the balance across categories, where "
        "they stand among peers aiming at the same role, and how confident the analysis is."
    ),
    "recommendations": (
        "The numbers are ranked skill recommendations, each with a score from 0 to 1 and the "
        "factors behind it (gap for the target role, market demand, growth, adjacency to "
        "skills the reader already holds)."
    ),
}

SYSTEM_PROMPT = (
    "You are a careful career analyst writing a short brief for one person about their "
    "skills. {focus}\n"
    "Rules:\n"
    "- Use only the numbers and skill names in the JSON you are given. Never invent, "
    "estimate, round differently or recompute a number; if something is not in the JSON, "
    "do not mention it.\n"
    '- Address the reader as "you" (second person).\n'
    "- At most 80 words, plain text: no Markdown, no lists, no headings, no emoji.\n"
    "- Say what stands out and the most useful next step. When confidence is low, say the "
    "picture is uncertain.\n"
    "- Do not greet, do not sign off, do not mention these rules or the JSON."
)


@dataclass(frozen=True)
class NarrativeSettings:
    base_url: str
    # Kept out of repr so a logged or printed settings object never shows the key.
    api_key: str | None = field(repr=False)
    model: str
    timeout: float = DEFAULT_TIMEOUT


@dataclass(frozen=True)
class Narrative:
    text: str
    model: str
    generated_at: datetime

    def to_data(self) -> dict[str, str]:
        return {
            "text": self.text,
            "model": self.model,
            "generated_at": self.generated_at.isoformat(),
        }

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Narrative:
        return cls(
            text=str(data["text"]),
            model=str(data["model"]),
            generated_at=datetime.fromisoformat(str(data["generated_at"])),
        )


def settings_from(config: Mapping[str, Any]) -> NarrativeSettings | None:
    """The narrative settings from a config mapping (Flask's app.config or os.environ), or
    None when the feature is off: LLM_BASE_URL or LLM_MODEL empty, or the URL not http(s)."""
    base_url = str(config.get("LLM_BASE_URL") or "").strip().rstrip("/")
    model = str(config.get("LLM_MODEL") or "").strip()
    if not base_url or not model:
        return None
    if not base_url.lower().startswith(("http://", "https://")):
        logger.warning("LLM_BASE_URL is not an http(s) URL: the narrative stays off")
        return None
    api_key = str(config.get("LLM_API_KEY") or "").strip() or None
    return NarrativeSettings(
        base_url=base_url,
        api_key=api_key,
        model=model,
        timeout=_timeout(config.get("LLM_TIMEOUT_SECONDS")),
    )


def _timeout(raw: Any) -> float:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return DEFAULT_TIMEOUT
    try:
        seconds = float(raw)
    except (TypeError, ValueError):
        logger.warning("LLM_TIMEOUT_SECONDS is not a number: using %s s", DEFAULT_TIMEOUT)
        return DEFAULT_TIMEOUT
    if not math.isfinite(seconds) or seconds <= 0:
        logger.warning("LLM_TIMEOUT_SECONDS must be positive: using %s s", DEFAULT_TIMEOUT)
        return DEFAULT_TIMEOUT
    return min(seconds, MAX_TIMEOUT)


# ----------------------------------------------------------------- redaction


def redact(numbers: Mapping[str, Any]) -> dict[str, Any]:
    """Only the allow-listed keys of numbers, recursively (see the module docstring).

    Numbers must be finite; labels short and free of "@", "://", "www." and control
    characters; codes snake_case. A dict or list under a key not in NESTED_KEYS is dropped
    whole, as is anything nested deeper than a few levels. Empty containers are dropped too.
    """
    return _redact_mapping(numbers, depth=0, parent=None)


def _redact_mapping(data: Mapping[str, Any], *, depth: int, parent: str | None) -> dict[str, Any]:
    kept: dict[str, Any] = {}
    for key, value in data.items():
        if not isinstance(key, str) or key not in ALLOWED_KEYS:
            continue
        if key == "name" and parent not in SKILL_LISTS:
            continue
        clean = _redact_value(key, value, depth)
        if clean is not None:
            kept[key] = clean
    return kept


def _redact_value(key: str, value: Any, depth: int) -> Any:
    if isinstance(value, Mapping | list | tuple):
        if key not in NESTED_KEYS or depth >= _MAX_DEPTH:
            return None
        if isinstance(value, Mapping):
            return _redact_mapping(value, depth=depth + 1, parent=key) or None
        items = [_redact_value(key, item, depth + 1) for item in value]
        kept = [item for item in items if item is not None]
        return kept or None
    if isinstance(value, bool):
        return value if key in NUMBER_KEYS else None
    if isinstance(value, int | float):
        return value if key in NUMBER_KEYS and math.isfinite(value) else None
    if isinstance(value, str):
        if key in CODE_KEYS:
            return value if _CODE.fullmatch(value) else None
        if key in LABEL_KEYS and _is_label(value):
            return value
    return None


def _is_label(text: str) -> bool:
    return (
        0 < len(text) <= MAX_LABEL_CHARS
        and not _LOOKS_PERSONAL.search(text)
        and not any(unicodedata.category(ch)[0] == "C" for ch in text)
    )


# ----------------------------------------------------------------- the request


def build_messages(kind: str, numbers: Mapping[str, Any]) -> list[dict[str, str]]:
    """The chat messages for one insight: the analyst's brief, then ONLY the redacted numbers
    as JSON. ValueError for a kind not in KINDS (a programming error, not an outage)."""
    if kind not in KINDS:
        raise ValueError(f"unknown narrative kind {kind!r}; expected one of {sorted(KINDS)}")
    payload = json.dumps(redact(numbers), ensure_ascii=False, sort_keys=True)
    return [
        {"role": "system", "content": SYSTEM_PROMPT.format(focus=KINDS[kind])},
        {"role": "user", "content": payload},
    ]


def narrate(
    settings: NarrativeSettings | None,
    kind: str,
    numbers: Mapping[str, Any],
    *,
    now: datetime | None = None,
    session: requests.Session | None = None,
) -> Narrative | None:
    """A short narrative of the numbers, or None: feature off (settings None) or any failure
    of the API (logged as one warning without the key or any body).

    now stamps generated_at (UTC now when None); session lets a caller reuse connections.
    """
    if settings is None:
        return None
    body = {
        "model": settings.model,
        "messages": build_messages(kind, numbers),
        "temperature": TEMPERATURE,
        "max_tokens": MAX_TOKENS,
    }
    answer = _post(settings, body, session)
    if answer is None:
        return None
    text = _narrative_text(answer)
    if text is None:
        return None
    reported = answer.get("model")
    model = settings.model
    # The API may name the exact model version that answered; show that when it is sane.
    if isinstance(reported, str) and _is_label(reported) and len(reported) <= MAX_MODEL_CHARS:
        model = reported
    return Narrative(text=text, model=model, generated_at=now or datetime.now(UTC))


def _post(
    settings: NarrativeSettings, body: dict[str, Any], session: requests.Session | None
) -> dict[str, Any] | None:
    """The decoded JSON object the API answered, or None after logging why not."""
    headers = {"Content-Type": "application/json", "Accept": "application/json"}
    if settings.api_key:
        headers["Authorization"] = f"Bearer {settings.api_key}"
    url = f"{settings.base_url}/chat/completions"
    http = session if session is not None else requests.Session()
    started = time.monotonic()
    try:
        # No redirects: a 3xx is a misconfigured URL, and following it could carry the
        # request body elsewhere. stream=True so a huge or dripping answer can be cut off.
        with http.post(
            url,
            json=body,
            headers=headers,
            timeout=settings.timeout,
            allow_redirects=False,
            stream=True,
        ) as response:
            if not 200 <= response.status_code < 300:
                _warn("the API answered HTTP %s", response.status_code)
                return None
            raw = _read_capped(response, started, settings.timeout)
    except requests.Timeout:
        _warn("no answer within %s s", settings.timeout)
        return None
    except requests.RequestException as exc:
        # The exception's text can hold the URL; its type is enough to tell the cause.
        _warn("the request failed (%s)", type(exc).__name__)
        return None
    finally:
        if http is not session:
            http.close()
    if raw is None:
        return None
    try:
        answer = json.loads(raw)
    except (UnicodeDecodeError, ValueError):
        _warn("the answer is not JSON")
        return None
    if not isinstance(answer, dict):
        _warn("the answer is not a JSON object")
        return None
    return answer


def _read_capped(response: requests.Response, started: float, timeout: float) -> bytes | None:
    """The body, unless it outgrows MAX_RESPONSE_BYTES or arrives after the timeout (the
    per-read timeout alone would let a server dripping bytes hold the caller forever)."""
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_content(chunk_size=16 * 1024):
        size += len(chunk)
        if size > MAX_RESPONSE_BYTES:
            _warn("the answer is larger than %s bytes", MAX_RESPONSE_BYTES)
            return None
        if time.monotonic() - started > timeout:
            _warn("no answer within %s s", timeout)
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def _narrative_text(answer: Mapping[str, Any]) -> str | None:
    choices = answer.get("choices")
    if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
        _warn("the answer has no choices")
        return None
    message = choices[0].get("message")
    content = message.get("content") if isinstance(message, dict) else None
    if not isinstance(content, str):
        _warn("the answer's first choice has no text")
        return None
    text = clean_text(content)
    if not text:
        _warn("the answer's text is empty")
        return None
    return text


def clean_text(text: str, limit: int = MAX_TEXT_CHARS) -> str:
    """Plain text fit for a page: whitespace runs (line breaks included) become one space,
    control and format characters (zero-width, bidi overrides) go, and the text is cut at a
    word boundary to at most limit characters, ending with "…" when cut."""
    text = " ".join(text.split())
    text = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C").strip()
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + "…"


def _warn(reason: str, *args: Any) -> None:
    logger.warning("Insight narrative skipped: " + reason, *args)
