"""Fixtures for the insights tests: a local chat-completions API for the narrative."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.fakes.chat_completions import FakeChatCompletions


@pytest.fixture(scope="session")
def chat_completions_server() -> Iterator[FakeChatCompletions]:
    """One local OpenAI-compatible API for the whole session."""
    server = FakeChatCompletions()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def chat_api(chat_completions_server: FakeChatCompletions) -> Iterator[FakeChatCompletions]:
    """The API answering with success and an empty request log, for one test."""
    chat_completions_server.reset()
    yield chat_completions_server
    chat_completions_server.reset()
