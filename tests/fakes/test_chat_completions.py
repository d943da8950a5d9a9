"""Tests of the fake chat-completions API itself, over real HTTP and without the SMATRX app.

The narrative tests lean on its behaviours; if it stopped speaking OpenAI's shapes, or a
switch stopped doing what it says, those tests would prove nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import requests

from tests.fakes.chat_completions import (
    DEFAULT_MODEL_ANSWERED,
    DEFAULT_NARRATIVE,
    FakeChatCompletions,
)

CHAT = {"model": "gpt-test", "messages": [{"role": "user", "content": "{}"}]}


@pytest.fixture(scope="module")
def server() -> Iterator[FakeChatCompletions]:
    fake = FakeChatCompletions()
    fake.start()
    yield fake
    fake.stop()


@pytest.fixture
def api(server: FakeChatCompletions) -> Iterator[FakeChatCompletions]:
    server.reset()
    yield server
    server.reset()


def post(api: FakeChatCompletions, body, **kw) -> requests.Response:
    return requests.post(f"{api.base_url}/chat/completions", json=body, timeout=5, **kw)


def test_success_answers_a_chat_completion_and_records_the_request(api):
    answer = post(api, CHAT, headers={"Authorization": "Bearer k"})
    assert answer.status_code == 200
    data = answer.json()
    assert data["object"] == "chat.completion"
    assert data["model"] == DEFAULT_MODEL_ANSWERED
    assert data["choices"][0]["message"] == {"role": "assistant", "content": DEFAULT_NARRATIVE}
    assert api.bodies == [CHAT]
    assert api.last["headers"]["Authorization"] == "Bearer k"


def test_each_behaviour_answers_as_documented(api):
    api.switch("error")
    answer = post(api, CHAT)
    assert answer.status_code == 500 and answer.json()["error"]["type"] == "server_error"
    api.switch("garbage")
    answer = post(api, CHAT)
    assert answer.status_code == 200
    with pytest.raises(ValueError):
        answer.json()
    api.switch("no_choices")
    answer = post(api, CHAT)
    assert answer.status_code == 200 and "choices" not in answer.json()
    api.switch("slow")
    api.slow_seconds = 0.5
    with pytest.raises(requests.Timeout):
        requests.post(f"{api.base_url}/chat/completions", json=CHAT, timeout=0.1)
    assert len(api.requests) == 4


def test_an_unknown_behaviour_is_refused(api):
    with pytest.raises(ValueError, match="unknown behaviour"):
        api.switch("flaky")


def test_a_request_that_is_not_a_chat_completion_is_a_400(api):
    assert post(api, {"messages": []}).status_code == 400
    answer = requests.post(f"{api.base_url}/chat/completions", data=b"not json", timeout=5)
    assert answer.status_code == 400
    assert api.bodies == [{"messages": []}, None]


def test_a_required_key_refuses_a_missing_or_wrong_bearer_token(api):
    api.api_key = "sk-right"
    assert post(api, CHAT).status_code == 401
    assert post(api, CHAT, headers={"Authorization": "Bearer sk-wrong"}).status_code == 401
    assert post(api, CHAT, headers={"Authorization": "Bearer sk-right"}).status_code == 200


def test_other_paths_are_404(api):
    answer = requests.get(f"{api.base_url}/models", timeout=5)
    assert answer.status_code == 404 and "error" in answer.json()
