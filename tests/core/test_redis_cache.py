"""The production cache against a real Redis server of the test's own, which the tests stop,
pause (a Redis that accepts connections but never answers) and bring back: values live in
Redis while it answers, in the process's memory while it is away, and in Redis again when it
is back, with nothing stale brought back."""

import logging
import os
import shutil
import signal
import socket
import subprocess
import time

import pytest
import redis
from django_redis.cache import RedisCache

from core.cache import RedisWithLocalFallback

REDIS_SERVER = shutil.which("redis-server")
TIMEOUT = 0.5  # seconds, production's socket timeouts
RETRY_AFTER = 1  # seconds; production waits 5 before trying Redis again


class RedisServer:
    """A throwaway Redis server on a free port, without persistence."""

    def __init__(self, directory):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.directory = directory
        self.process = None

    def start(self):
        args = ["--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        self.process = subprocess.Popen([REDIS_SERVER, *args, "--dir", str(self.directory)], stdout=subprocess.DEVNULL)
        client = redis.Redis(port=self.port)
        deadline = time.monotonic() + 10
        while True:
            try:
                client.ping()
                return
            except redis.ConnectionError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)

    def pause(self):
        """It keeps accepting connections but answers nothing, like a Redis that hangs."""
        self.process.send_signal(signal.SIGSTOP)

    def resume(self):
        self.process.send_signal(signal.SIGCONT)


@pytest.fixture
def redis_server(tmp_path):
    """A missing redis-server skips these tests on a laptop, but fails them in CI, where a
    silent skip would hide that nothing was tested."""
    if REDIS_SERVER is None:
        what = "redis-server is not installed (`make test-sqlite` installs it)"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{what} (CI=true, so this is an error, not a skip)", pytrace=False)
        pytest.skip(what)
    server = RedisServer(tmp_path)
    server.start()
    yield server
    server.resume()
    server.process.kill()
    server.process.wait(timeout=10)


@pytest.fixture
def cache(redis_server):
    """The production backend with production's timeouts, trying Redis again sooner."""
    backend = RedisWithLocalFallback(
        redis_server.url, {"OPTIONS": {"SOCKET_CONNECT_TIMEOUT": TIMEOUT, "SOCKET_TIMEOUT": TIMEOUT}}
    )
    backend.retry_after = RETRY_AFTER
    return backend


@pytest.fixture
def another_server(redis_server):
    """Another app server's view of the same Redis: django-redis alone, no memory of its own."""
    return RedisCache(redis_server.url, {})


def wait_to_retry():
    time.sleep(RETRY_AFTER + 0.1)


def test_while_redis_answers_every_app_server_sees_the_same_values_and_counts(cache, another_server):
    cache.set("greeting", "hello")
    assert cache.add("responses:203.0.113.7", 1, timeout=60)

    assert another_server.get("greeting") == "hello"
    assert not another_server.add("responses:203.0.113.7", 1, timeout=60)
    assert another_server.incr("responses:203.0.113.7") == 2
    assert cache.incr("responses:203.0.113.7") == 3
    assert cache.get_or_set("site-paths", lambda: ["/"]) == ["/"]
    assert another_server.get("site-paths") == ["/"]


def test_while_redis_is_stopped_memory_answers_and_redis_is_used_again_once_back(
    cache, another_server, redis_server, caplog
):
    cache.set("greeting", "hello")
    redis_server.stop()

    with caplog.at_level(logging.INFO, logger="core.cache"):
        assert cache.get("greeting") is None  # Redis's copy is out of reach; nothing breaks
        assert cache.get_or_set("site-paths", lambda: ["/"]) == ["/"]
        assert cache.add("responses:203.0.113.7", 1, timeout=60)
        assert cache.incr("responses:203.0.113.7") == 2
        cache.set_many({"a": 1, "b": 2})
        assert cache.get_many(["a", "b"]) == {"a": 1, "b": 2}
        assert cache.has_key("a") and cache.touch("a", timeout=60)
        assert cache.decr("responses:203.0.113.7") == 1
        wait_to_retry()
        assert cache.get("site-paths") == ["/"]  # tried Redis again, still away
        warnings = [record for record in caplog.records if record.levelno == logging.WARNING]

        redis_server.start()
        assert cache.get("site-paths") == ["/"]  # Redis is not tried until the wait is over
        wait_to_retry()
        assert cache.get("site-paths") is None  # from Redis, which lost it all when stopped
        cache.set("greeting", "hello again")

    assert len(warnings) == 1
    assert "not answering" in warnings[0].getMessage()
    assert "Connection refused" in warnings[0].getMessage()
    (back,) = [record.getMessage() for record in caplog.records if record.levelno == logging.INFO]
    assert back.startswith("The Redis cache is back after")
    assert another_server.get("greeting") == "hello again"


def test_a_redis_that_never_answers_costs_one_short_wait_every_few_seconds(cache, redis_server):
    cache.set("greeting", "hello")
    redis_server.pause()

    started = time.monotonic()
    assert cache.get("greeting") is None
    first_call = time.monotonic() - started
    started = time.monotonic()
    for number in range(50):
        cache.set(f"key-{number}", number)
        assert cache.get(f"key-{number}") == number
    next_hundred_calls = time.monotonic() - started

    assert TIMEOUT <= first_call < TIMEOUT + 1
    assert next_hundred_calls < TIMEOUT  # none of them waited for Redis


def test_a_key_deleted_while_redis_was_away_is_not_brought_back(cache, another_server, redis_server):
    cache.set("site-paths", ["/old-home/"], version=2)
    cache.set("locale-names", {"en-gb": "English"})
    redis_server.pause()

    cache.delete("site-paths", version=2)  # Wagtail deletes its paths when a site changes
    cache.delete_many(["locale-names"])
    assert cache.get("site-paths", version=2) is None

    redis_server.resume()
    wait_to_retry()
    assert cache.get("site-paths", version=2) is None
    assert another_server.get("site-paths", version=2) is None
    assert another_server.get("locale-names") is None
