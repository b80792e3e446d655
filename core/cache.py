"""The production cache: Redis, shared by every app process, with this process's own memory
standing in while Redis cannot be reached, so that an outage breaks no page.

While Redis is away every cache call is answered from local memory (Django's LocMemCache),
and Redis is tried again only every few seconds, so a stopped or hung Redis costs one short
timeout (production sets half a second) now and then, not one on every call. A warning is
logged once when an outage starts, and a line when Redis answers again.

Rate limits in an outage, a deliberate choice: django-ratelimit's limits, allauth's log-in
limits and lock-out, and the forum's waits between posts keep counting in each process's
memory. They still hold, but per process, so a client may get up to the limit times the
number of app processes; nobody is locked out and nothing is refused just because Redis is
away. Counts made during the outage are dropped when it ends, and counting carries on from
what Redis held.

Keys deleted during the outage are deleted from Redis when it is back (Wagtail, for one,
deletes its cached site paths when a site changes), so Redis never brings back a value the
site had thrown away. Redis-only calls (ttl, lock, sets and the like) have no fallback: the
site does not use them.
"""

import collections
import dataclasses
import logging
import time

from django.core.cache.backends.locmem import LocMemCache
from django_redis.cache import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)


@dataclasses.dataclass
class Outage:
    """What the threads of one process know about one Redis being away."""

    began: float | None = None  # time.monotonic() when noticed; None while Redis answers
    retry_at: float = 0.0  # Redis is not tried before this time.monotonic()
    deleted: set = dataclasses.field(default_factory=set)  # (key, version) to delete from Redis


# Django makes a cache backend per thread; the outage, like LocMemCache's store, is per process.
_outages: dict[str, Outage] = {}


class MemoryDuringOutage(LocMemCache):
    """This process's cache while Redis is away; it notes each key deleted, for Redis."""

    def __init__(self, name, params, outage):
        super().__init__(name, params)
        self.outage = outage

    def delete(self, key, version=None):  # delete_many and incr_version come through here too
        self.outage.deleted.add((key, version))
        return super().delete(key, version=version)


def _with_fallback(name):
    def method(self, *args, **kwargs):
        return self._call(name, *args, **kwargs)

    method.__name__ = name
    return method


class RedisWithLocalFallback(RedisCache):
    """django-redis's cache, answered from this process's memory while Redis is away."""

    retry_after = 5  # seconds between tries while Redis is away
    local_max_entries = 10_000  # enough for every client's rate-limit counts in a busy hour

    def __init__(self, server, params):
        super().__init__(server, params)
        # A failure must reach _call, which answers from memory, rather than be ignored.
        self._ignore_exceptions = False
        name = f"redis-fallback:{server}"
        self._outage = _outages.setdefault(name, Outage())
        options = {"MAX_ENTRIES": self.local_max_entries}
        self._memory = MemoryDuringOutage(name, {**params, "OPTIONS": options}, self._outage)

    # Every call BaseCache's own methods (get_or_set, the async ones, ...) are made of.
    get = _with_fallback("get")
    get_many = _with_fallback("get_many")
    has_key = _with_fallback("has_key")
    set = _with_fallback("set")
    set_many = _with_fallback("set_many")
    add = _with_fallback("add")
    touch = _with_fallback("touch")
    incr = _with_fallback("incr")
    decr = _with_fallback("decr")
    incr_version = _with_fallback("incr_version")
    delete = _with_fallback("delete")
    delete_many = _with_fallback("delete_many")
    clear = _with_fallback("clear")

    @property
    def in_outage(self):
        """True while this process answers from its own memory (for the health check)."""
        return self._outage.began is not None

    def _call(self, name, *args, **kwargs):
        outage = self._outage
        if time.monotonic() >= outage.retry_at:
            try:
                if outage.began is not None:
                    self._delete_what_was_deleted_meanwhile()
                result = getattr(super(), name)(*args, **kwargs)
            # Any Redis error: refused, timed out, not Redis at all, out of memory, read-only.
            except RedisError as error:
                self._went_away(error)
            else:
                if outage.began is not None:
                    self._came_back()
                return result
        return getattr(self._memory, name)(*args, **kwargs)

    def _went_away(self, error):
        outage = self._outage
        if outage.began is None:
            outage.began = time.monotonic()
            logger.warning("The Redis cache is not answering (%s): using this process's memory until it is back", error)
        outage.retry_at = time.monotonic() + self.retry_after

    def _delete_what_was_deleted_meanwhile(self):
        deleted = list(self._outage.deleted)
        keys_by_version = collections.defaultdict(list)
        for key, version in deleted:
            keys_by_version[version].append(key)
        for version, keys in keys_by_version.items():
            RedisCache.delete_many(self, keys, version=version)
        self._outage.deleted.difference_update(deleted)

    def _came_back(self):
        """Forget the outage's values: by the next outage they would be stale."""
        self._memory.clear()
        logger.info("The Redis cache is back after %d seconds", time.monotonic() - self._outage.began)
        self._outage.began = None
