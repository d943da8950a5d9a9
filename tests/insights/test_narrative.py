"""The optional insight narrative against a local chat-completions API over real HTTP:
the request it sends, what it keeps out of it, and None on every kind of failure."""

from __future__ import annotations

import json
import logging
import socket
import time
from datetime import UTC, datetime

import pytest

from smatrx.insights.narrative import (
    DEFAULT_TIMEOUT,
    KINDS,
    MAX_RESPONSE_BYTES,
    MAX_TEXT_CHARS,
    MAX_TOKENS,
    TEMPERATURE,
    Narrative,
    NarrativeSettings,
    build_messages,
    clean_text,
    narrate,
    redact,
    settings_from,
)
from tests.fakes.chat_completions import DEFAULT_MODEL_ANSWERED, DEFAULT_NARRATIVE

KEY = "sk-test-7f3a9c1e5b2d4a6f8e0c"
NOW = datetime(2025, 3, 14, 9, 30, tzinfo=UTC)
PLANTED = (
    "grace@example.com",
    "https://github.com/ghopper",
    "www.linkedin.com/in/ghopper",
    "Grace Hopper",
    "Call me on Tuesdays",
    "ghopper",
    "role-backend-dev",
)

# A gap analysis as Gap.to_data() shapes it, with personal data planted where a careless
# caller might leave it: beside the numbers, inside the lists, even under allowed keys.
GAP_NUMBERS = {
    "version": 1,
    "name": "Grace Hopper",
    "person": {"name": "Grace Hopper", "email": "grace@example.com"},
    "email": "grace@example.com",
    "role": {"slug": "role-backend-dev", "title": "Backend Developer", "name": "Grace Hopper"},
    "readiness": 72,
    "reason": None,
    "confidence": {
        "value": 0.64,
        "held": 8,
        "verified": 3,
        "with_evidence": 5,
        "stale_over_24_months": 1,
        "unknown_recency": 2,
        "considered": 10,
        "noun": "core skills",
        "explanation": "64 % — ask Grace Hopper",
    },
    "missing": [
        {
            "skill_id": "sk1",
            "slug": "kubernetes",
            "name": "Kubernetes",
            "importance": "core",
            "min_level": "intermediate",
            "weight": 4,
            "notes": "Call me on Tuesdays",
        }
    ],
    "below": [
        {
            "skill_id": "sk2",
            "slug": "postgresql",
            "name": "PostgreSQL",
            "importance": "important",
            "min_level": "advanced",
            "weight": 3,
            "level": "intermediate",
            "levels_short": 1,
            "evidence": ["https://github.com/ghopper", "grace@example.com"],
            "links": [{"url": "https://github.com/ghopper", "title": "my repo"}],
        }
    ],
    "met": [
        {
            "skill_id": "sk3",
            "slug": "python",
            "name": "Python",
            "importance": "core",
            "min_level": "advanced",
            "weight": 5,
            "level": "expert",
        },
        # Allowed keys holding contact data: the labels are dropped, the numbers stay.
        {"name": "grace@example.com", "level": "www.linkedin.com/in/ghopper", "weight": 1},
    ],
    "above": [],
    "distance_levels": 3,
    "retired_ignored": 1,
    "why": "Grace Hopper should talk to https://github.com/ghopper",
    "user": {"login": "ghopper", "html_url": "https://github.com/ghopper"},
}

REDACTED_GAP = {
    "role": {"title": "Backend Developer"},
    "readiness": 72,
    "confidence": {
        "value": 0.64,
        "held": 8,
        "verified": 3,
        "with_evidence": 5,
        "stale_over_24_months": 1,
        "unknown_recency": 2,
        "considered": 10,
        "noun": "core skills",
    },
    "missing": [
        {"name": "Kubernetes", "importance": "core", "min_level": "intermediate", "weight": 4}
    ],
    "below": [
        {
            "name": "PostgreSQL",
            "importance": "important",
            "min_level": "advanced",
            "weight": 3,
            "level": "intermediate",
            "levels_short": 1,
        }
    ],
    "met": [
        {
            "name": "Python",
            "importance": "core",
            "min_level": "advanced",
            "weight": 5,
            "level": "expert",
        },
        {"weight": 1},
    ],
    "distance_levels": 3,
    "retired_ignored": 1,
}


def settings_for(api, *, key: str | None = None, timeout: float = 5.0) -> NarrativeSettings:
    return NarrativeSettings(base_url=api.base_url, api_key=key, model="gpt-test", timeout=timeout)


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# ----------------------------------------------------------------- settings


def test_the_feature_is_off_without_a_base_url_or_a_model():
    assert settings_from({}) is None
    assert settings_from({"LLM_BASE_URL": "", "LLM_MODEL": "gpt-4o-mini"}) is None
    assert settings_from({"LLM_BASE_URL": "https://api.example/v1", "LLM_MODEL": " "}) is None
    assert settings_from({"LLM_BASE_URL": None, "LLM_MODEL": None, "LLM_API_KEY": KEY}) is None


def test_settings_are_read_from_the_four_keys():
    settings = settings_from(
        {
            "LLM_BASE_URL": " https://api.example/v1/ ",
            "LLM_API_KEY": KEY,
            "LLM_MODEL": "gpt-4o-mini",
            "LLM_TIMEOUT_SECONDS": "2.5",
        }
    )
    assert settings == NarrativeSettings(
        base_url="https://api.example/v1", api_key=KEY, model="gpt-4o-mini", timeout=2.5
    )
    assert KEY not in repr(settings)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [(None, DEFAULT_TIMEOUT), ("", DEFAULT_TIMEOUT), (3, 3.0), ("soon", DEFAULT_TIMEOUT),
     ("-1", DEFAULT_TIMEOUT), ("0", DEFAULT_TIMEOUT), ("nan", DEFAULT_TIMEOUT), ("9999", 120.0)],
)  # fmt: skip
def test_a_timeout_that_is_not_a_positive_number_falls_back_to_the_default(raw, expected):
    config = {"LLM_BASE_URL": "http://127.0.0.1:1/v1", "LLM_MODEL": "m", "LLM_TIMEOUT_SECONDS": raw}
    settings = settings_from(config)
    assert settings is not None and settings.timeout == expected
    assert settings.api_key is None  # no key given: none is sent


def test_a_base_url_that_is_not_http_keeps_the_feature_off():
    assert settings_from({"LLM_BASE_URL": "file:///etc/passwd", "LLM_MODEL": "m"}) is None


# ----------------------------------------------------------------- the prompt and redaction


def test_redact_keeps_only_the_allow_listed_keys_recursively():
    assert redact(GAP_NUMBERS) == REDACTED_GAP


def test_redact_drops_unsafe_values_under_allowed_keys():
    numbers = {
        "readiness": float("nan"),
        "percentile": "high",  # a number key holding text
        "reason": "Ask grace@example.com",  # a code key holding free text
        "confidence": "0.5",  # a nested key holding a scalar
        "items": [{"name": "Line\nbreak", "category": "x" * 81, "score": 0.5}, "loose text"],
        "strengths": [{"name": "Go", "factors": {"gap": 0.0, "demand": "high", "why": "…"}}],
        "stale": [{"name": "Perl", "reason": "unused", "months_since": 30}],
        "categories": [[[[[[[{"name": "deep"}]]]]]]],
    }
    assert redact(numbers) == {
        "items": [{"score": 0.5}],
        "strengths": [{"name": "Go", "factors": {"gap": 0.0, "demand": "high"}}],
        "stale": [{"name": "Perl", "reason": "unused", "months_since": 30}],
    }


def test_the_user_message_holds_only_the_redacted_numbers_as_json():
    system, user = build_messages("gap", GAP_NUMBERS)
    assert system["role"] == "system" and user["role"] == "user"
    assert json.loads(user["content"]) == REDACTED_GAP
    for planted in PLANTED:
        assert planted not in user["content"]
        assert planted not in system["content"]


def test_the_system_prompt_is_a_short_analyst_brief():
    for kind in KINDS:
        prompt = build_messages(kind, {})[0]["content"]
        assert "80 words" in prompt
        assert "plain text" in prompt
        assert "Never invent" in prompt
        assert '"you"' in prompt
        assert KINDS[kind] in prompt


def test_an_unknown_kind_is_a_programming_error():
    with pytest.raises(ValueError, match="unknown narrative kind"):
        build_messages("horoscope", {})


def test_clean_text_strips_control_characters_and_caps_the_length():
    assert clean_text("  You\x00 hold\u200b 5\tskills.\r\n\x1b[31mGood\u202e.  ") == (
        "You hold 5 skills. [31mGood."
    )
    long = clean_text("word " * 400)
    assert len(long) <= MAX_TEXT_CHARS and long.endswith("word…")


# ----------------------------------------------------------------- over HTTP


def test_success_returns_the_narrative_and_sends_a_chat_completions_request(chat_api):
    narrative = narrate(settings_for(chat_api), "gap", GAP_NUMBERS, now=NOW)

    assert narrative == Narrative(
        text=DEFAULT_NARRATIVE, model=DEFAULT_MODEL_ANSWERED, generated_at=NOW
    )
    assert len(chat_api.requests) == 1
    sent = chat_api.last
    assert sent["method"] == "POST" and sent["path"] == "/v1/chat/completions"
    assert sent["headers"]["Content-Type"] == "application/json"
    body = sent["json"]
    assert set(body) == {"model", "messages", "temperature", "max_tokens"}
    assert body["model"] == "gpt-test"
    assert body["temperature"] == TEMPERATURE == 0.2
    assert body["max_tokens"] == MAX_TOKENS == 220
    assert body["messages"] == build_messages("gap", GAP_NUMBERS)


def test_generated_at_defaults_to_now_in_utc_and_the_model_to_the_one_asked(chat_api):
    chat_api.model_answered = None
    before = datetime.now(UTC)
    narrative = narrate(settings_for(chat_api), "profile", {"readiness": 50})
    assert narrative is not None
    assert narrative.model == "gpt-test"
    assert before <= narrative.generated_at <= datetime.now(UTC)
    assert Narrative.from_data(json.loads(json.dumps(narrative.to_data()))) == narrative


def test_the_answer_text_is_trimmed_cleaned_and_capped(chat_api):
    chat_api.narrative = "\n\n  You are   72 % ready.\x07\n" + "More. " * 400
    narrative = narrate(settings_for(chat_api), "gap", {"readiness": 72}, now=NOW)
    assert narrative is not None
    assert narrative.text.startswith("You are 72 % ready. More.")
    assert len(narrative.text) <= MAX_TEXT_CHARS
    assert "\x07" not in narrative.text and "\n" not in narrative.text


def test_planted_personal_data_never_reaches_the_request_body(chat_api):
    numbers = {**GAP_NUMBERS, "items": [{"name": "Go", "score": 0.8, "notes": PLANTED[4]}]}
    assert narrate(settings_for(chat_api), "recommendations", numbers, now=NOW) is not None
    raw = chat_api.last["raw"].decode("utf-8")
    for planted in PLANTED:
        assert planted not in raw
    sent = json.loads(json.loads(raw)["messages"][1]["content"])
    assert sent["readiness"] == 72 and sent["role"] == {"title": "Backend Developer"}
    assert sent["items"] == [{"name": "Go", "score": 0.8}]


def test_the_bearer_key_is_sent_when_set(chat_api):
    chat_api.api_key = KEY
    assert narrate(settings_for(chat_api, key=KEY), "gap", GAP_NUMBERS, now=NOW) is not None
    assert chat_api.last["headers"]["Authorization"] == f"Bearer {KEY}"


def test_no_authorization_header_is_sent_without_a_key(chat_api):
    assert narrate(settings_for(chat_api, key=None), "gap", GAP_NUMBERS, now=NOW) is not None
    assert "Authorization" not in chat_api.last["headers"]


def test_the_feature_off_sends_nothing(chat_api):
    assert narrate(None, "gap", GAP_NUMBERS, now=NOW) is None
    assert chat_api.requests == []


# ----------------------------------------------------------------- failures


def test_http_500_gives_no_narrative(chat_api, caplog):
    chat_api.switch("error")
    assert narrate(settings_for(chat_api), "gap", GAP_NUMBERS, now=NOW) is None
    assert len(chat_api.requests) == 1
    assert "HTTP 500" in caplog.text


def test_a_slow_api_times_out(chat_api, caplog):
    chat_api.switch("slow")
    chat_api.slow_seconds = 1.0
    started = time.monotonic()
    assert narrate(settings_for(chat_api, timeout=0.3), "gap", GAP_NUMBERS, now=NOW) is None
    assert time.monotonic() - started < 0.9
    assert "no answer within 0.3 s" in caplog.text


def test_an_answer_that_is_not_json_gives_no_narrative(chat_api, caplog):
    chat_api.switch("garbage")
    assert narrate(settings_for(chat_api), "gap", GAP_NUMBERS, now=NOW) is None
    assert "not JSON" in caplog.text


def test_json_without_choices_gives_no_narrative(chat_api, caplog):
    chat_api.switch("no_choices")
    assert narrate(settings_for(chat_api), "gap", GAP_NUMBERS, now=NOW) is None
    assert "no choices" in caplog.text


@pytest.mark.parametrize("text", ["", "   \n\t ", "\x00\x1b\u200b"])
def test_an_empty_text_gives_no_narrative(chat_api, caplog, text):
    chat_api.narrative = text
    assert narrate(settings_for(chat_api), "gap", GAP_NUMBERS, now=NOW) is None
    assert "text is empty" in caplog.text


def test_an_oversized_answer_gives_no_narrative(chat_api, caplog):
    chat_api.narrative = "x" * (MAX_RESPONSE_BYTES + 1)
    assert narrate(settings_for(chat_api), "gap", GAP_NUMBERS, now=NOW) is None
    assert "larger than" in caplog.text


def test_a_refused_connection_gives_no_narrative(caplog):
    settings = NarrativeSettings(
        base_url=f"http://127.0.0.1:{closed_port()}/v1", api_key=KEY, model="m", timeout=2
    )
    assert narrate(settings, "gap", GAP_NUMBERS, now=NOW) is None
    assert "request failed (ConnectionError)" in caplog.text


@pytest.mark.parametrize("behaviour", ["success", "error", "slow", "garbage", "no_choices"])
def test_the_key_and_the_bodies_never_reach_the_logs(chat_api, caplog, behaviour):
    caplog.set_level(logging.DEBUG)  # every logger, requests' and urllib3's included
    chat_api.switch(behaviour)
    # A wrong key too: the 401 is logged, the key is not.
    chat_api.api_key = "sk-the-right-one" if behaviour == "success" else None
    narrate(settings_for(chat_api, key=KEY, timeout=0.3), "gap", GAP_NUMBERS, now=NOW)
    assert chat_api.requests, "the request reached the API"
    assert caplog.records, "the failure was logged"
    logged = caplog.text + " ".join(str(record.args) for record in caplog.records)
    assert KEY not in logged
    assert "Bearer" not in logged
    for fragment in ("Backend Developer", "Kubernetes", DEFAULT_NARRATIVE[:30], "502 Bad"):
        assert fragment not in logged
