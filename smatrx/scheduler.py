"""The scheduler: one small process (`flask smatrx scheduler`) that enqueues each periodic
task of the one declared list (smatrx/periodic.py) into RQ on its period; the workers run
them as ordinary jobs.

Why not `rq cron` (RQ's cron, marked beta): it takes no lock, so two of them (a second host,
a deploy overlapping the old process) both enqueue every task, and its schedule lives in the
process, so every restart starts every period again. Here:

- a Redis lock (SET NX PX, renewed every tick) makes one scheduler the leader; any other is
  a standby that takes over when the lock is released (a clean stop) or lapses (a crash);
- each task's last and next run live in Redis, so a new leader keeps the schedule, and the
  slot is claimed atomically with the lock check (a Lua script): even a leader that paused
  past its lock cannot enqueue a slot the new leader already took;
- a task whose previous job is still waiting or running is not queued again.

No Flask here: the command builds it from the app's Redis connection.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import socket
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from redis import Redis
from redis.exceptions import RedisError
from rq import Queue
from rq.exceptions import NoSuchJobError
from rq.job import Job, JobStatus

logger = logging.getLogger(__name__)

PeriodicTask = tuple[Callable[[], object], timedelta]

KEY_PREFIX = "smatrx:scheduler"
LOCK_KEY = f"{KEY_PREFIX}:leader"
# Every running scheduler says it is there (leader or standby) under its own key, which
# lapses with the lock's lifetime when it stops saying so.
PRESENCE_PREFIX = f"{KEY_PREFIX}:present:"
# A task's job may run this long (a daily snapshot of many people is slow); a reaper that
# overruns its minute is not queued again meanwhile (WAITING below).
JOB_TIMEOUT = 3600
FAILURE_TTL = 7 * 86400  # failed periodic jobs stay visible a week
RESULT_TTL = 86400
WAITING = {JobStatus.QUEUED, JobStatus.STARTED, JobStatus.SCHEDULED, JobStatus.DEFERRED}

# Renew the lock if we hold it: 1 when renewed, 0 when someone else holds it (or nobody).
_RENEW = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 0
"""
# Release only our own lock.
_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
"""
# Claim a task's due slot: -1 not the leader, 0 not due (the first look only schedules the
# first run one period ahead), 1 claimed (next run moved one period on).
_CLAIM = """
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return -1 end
local now = tonumber(ARGV[2])
local period = tonumber(ARGV[3])
local next_run = redis.call('HGET', KEYS[2], 'next_run')
if not next_run then
  redis.call('HSET', KEYS[2], 'next_run', tostring(now + period), 'period', ARGV[3])
  return 0
end
if tonumber(next_run) > now then return 0 end
redis.call('HSET', KEYS[2], 'next_run', tostring(now + period), 'last_run', ARGV[2],
  'period', ARGV[3])
return 1
"""


def task_name(func: Callable[[], object]) -> str:
    """A task's stable name (its import path): the key of its state in Redis."""
    return f"{func.__module__}.{func.__qualname__}"


def state_key(name: str) -> str:
    return f"{KEY_PREFIX}:task:{name}"


def redis_now(connection: Redis) -> float:
    """The time on the Redis server: every scheduler, on any host, reads the same clock."""
    seconds, micros = connection.time()
    return seconds + micros / 1_000_000


@dataclass(frozen=True)
class TaskState:
    """What /admin/system shows of one periodic task."""

    name: str
    period: timedelta
    last_run: datetime | None
    next_run: datetime | None
    last_job_id: str | None
    last_status: str | None  # queued, started, finished, failed, ... or None (expired/never)
    skipped: int  # slots skipped because the previous job was still waiting or running


def _timestamp(raw: bytes | None) -> datetime | None:
    return None if raw is None else datetime.fromtimestamp(float(raw), UTC)


def running_schedulers(connection: Redis) -> dict[str, str]:
    """Every scheduler seen within its lock's lifetime: identity → "leader" or "standby"."""
    found = {}
    for key in connection.scan_iter(match=PRESENCE_PREFIX + "*", count=100):
        role = connection.get(key)
        if role is not None:
            found[key.decode()[len(PRESENCE_PREFIX) :]] = role.decode()
    return found


def schedule_state(
    connection: Redis, tasks: Sequence[PeriodicTask]
) -> tuple[str | None, list[TaskState]]:
    """The current leader (host:pid:nonce, None when no scheduler runs) and each task's last
    and next run, for an admin page (running_schedulers() lists the standbys too)."""
    leader = connection.get(LOCK_KEY)
    states = []
    for func, period in tasks:
        name = task_name(func)
        raw = connection.hgetall(state_key(name))
        job_id = raw.get(b"last_job_id")
        status = None
        if job_id:
            try:
                status = Job.fetch(job_id.decode(), connection=connection).get_status()
            except NoSuchJobError:
                status = None
        states.append(
            TaskState(
                name=name,
                period=period,
                last_run=_timestamp(raw.get(b"last_run")),
                next_run=_timestamp(raw.get(b"next_run")),
                last_job_id=job_id.decode() if job_id else None,
                last_status=status.value if status else None,
                skipped=int(raw.get(b"skipped", 0)),
            )
        )
    return (leader.decode() if leader else None), states


class Scheduler:
    """Run with run() until stop(); tick() is one look (tests drive it directly)."""

    def __init__(
        self,
        connection: Redis,
        tasks: Sequence[PeriodicTask],
        *,
        queue_name: str = "default",
        tick_seconds: float = 1.0,
        lock_seconds: float = 15.0,
    ) -> None:
        if lock_seconds <= 2 * tick_seconds:
            raise ValueError("the lock must outlive several ticks, or it lapses between them")
        self.connection = connection
        self.tasks = tuple(tasks)
        self.queue = Queue(queue_name, connection=connection)
        self.tick_seconds = tick_seconds
        self.lock_ms = int(lock_seconds * 1000)
        self.identity = f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(4)}"
        self.is_leader = False
        self._stop = threading.Event()
        self._renew = connection.register_script(_RENEW)
        self._release = connection.register_script(_RELEASE)
        self._claim = connection.register_script(_CLAIM)
        self._redis_down = False

    def stop(self) -> None:
        """Ask run() to return after the current tick (safe from a signal handler)."""
        self._stop.set()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def run(self) -> None:
        logger.info("scheduler %s: %d periodic task(s)", self.identity, len(self.tasks))
        try:
            while not self._stop.is_set():
                try:
                    self.tick()
                    if self._redis_down:
                        logger.info("scheduler: Redis answers again")
                        self._redis_down = False
                except RedisError as error:
                    # Redis away for a moment: keep trying; the lock lapses meanwhile, and
                    # whoever holds it when Redis is back leads.
                    if not self._redis_down:
                        logger.warning("scheduler: Redis unavailable (%s); retrying", error)
                        self._redis_down = True
                    self.is_leader = False
                self._stop.wait(self.tick_seconds)
        finally:
            self.release()
            logger.info("scheduler %s stopped", self.identity)

    def tick(self) -> list[str]:
        """Hold (or take) the lock, then enqueue what is due. Returns the names enqueued."""
        leading = self._hold_lock()
        self.connection.set(
            PRESENCE_PREFIX + self.identity, "leader" if leading else "standby", px=self.lock_ms
        )
        if not leading:
            return []
        return self.enqueue_due()

    def release(self) -> None:
        """Give up the lock (a standby takes over at its next tick)."""
        with contextlib.suppress(RedisError):  # else both lapse on their own
            self.connection.delete(PRESENCE_PREFIX + self.identity)
            if self.is_leader:
                self._release(keys=[LOCK_KEY], args=[self.identity])
        self.is_leader = False

    def _hold_lock(self) -> bool:
        if self.is_leader and self._renew(keys=[LOCK_KEY], args=[self.identity, self.lock_ms]):
            return True
        was_leader = self.is_leader
        self.is_leader = bool(
            self.connection.set(LOCK_KEY, self.identity, nx=True, px=self.lock_ms)
        )
        if self.is_leader:
            logger.info("scheduler %s leads", self.identity)
        elif was_leader:
            logger.warning("scheduler %s lost the lock; standing by", self.identity)
        return self.is_leader

    def enqueue_due(self) -> list[str]:
        now = redis_now(self.connection)
        enqueued = []
        for func, period in self.tasks:
            name = task_name(func)
            claimed = self._claim(
                keys=[LOCK_KEY, state_key(name)],
                args=[self.identity, repr(now), repr(period.total_seconds())],
            )
            if claimed == -1:
                self.is_leader = False
                logger.warning("scheduler %s lost the lock; standing by", self.identity)
                break
            if claimed == 1 and self._enqueue(func, name, now):
                enqueued.append(name)
        return enqueued

    def _still_waiting(self, name: str) -> bool:
        job_id = self.connection.hget(state_key(name), "last_job_id")
        if not job_id:
            return False
        try:
            return Job.fetch(job_id.decode(), connection=self.connection).get_status() in WAITING
        except NoSuchJobError:
            return False

    def _enqueue(self, func: Callable[[], object], name: str, now: float) -> bool:
        if self._still_waiting(name):
            self.connection.hincrby(state_key(name), "skipped", 1)
            logger.info("periodic %s: the previous run is still waiting or running", name)
            return False
        # One id per run (not one per task): a failed run stays in the failed registry
        # under its own id while the next one runs.
        job_id = f"periodic-{func.__name__}-{int(now * 1000)}"
        self.queue.enqueue(
            func,
            job_id=job_id,
            description=f"periodic {name}",
            job_timeout=JOB_TIMEOUT,
            result_ttl=RESULT_TTL,
            failure_ttl=FAILURE_TTL,
        )
        self.connection.hset(state_key(name), "last_job_id", job_id)
        logger.info("periodic %s enqueued as %s", name, job_id)
        return True
