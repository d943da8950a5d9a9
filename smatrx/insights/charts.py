"""Geometry of the insights' server-rendered SVG charts: the readiness gauge and the
readiness history. Pure (no Flask): the templates draw what these compute, and add the
accessible names and the table fallback."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol


@dataclass(frozen=True)
class Gauge:
    percent: int
    track: str  # SVG path of the whole arc
    value: str  # SVG path of the filled part ("" at 0 %)
    band: str  # "low" | "mid" | "high": the colour class


# A 240° arc, open at the bottom, on a 120 by 100 canvas.
_CX, _CY, _R = 60.0, 58.0, 46.0
_START, _SWEEP = 150.0, 240.0


def _point(angle: float) -> tuple[float, float]:
    radians = math.radians(angle)
    return _CX + _R * math.cos(radians), _CY + _R * math.sin(radians)


def _arc(fraction: float) -> str:
    if fraction <= 0:
        return ""
    x0, y0 = _point(_START)
    x1, y1 = _point(_START + _SWEEP * min(fraction, 1.0))
    large = 1 if _SWEEP * fraction > 180 else 0
    return f"M {x0:.2f} {y0:.2f} A {_R:.0f} {_R:.0f} 0 {large} 1 {x1:.2f} {y1:.2f}"


def gauge(percent: int) -> Gauge:
    """The gauge for a readiness percentage (clamped to 0..100)."""
    percent = max(0, min(100, int(percent)))
    band = "low" if percent < 40 else "mid" if percent < 70 else "high"
    return Gauge(percent=percent, track=_arc(1.0), value=_arc(percent / 100), band=band)


class _Point(Protocol):
    day: date
    readiness: int


@dataclass(frozen=True)
class HistoryChart:
    width: int
    height: int
    line: str  # SVG points of the polyline
    dots: list[tuple[float, float, date, int]]  # x, y, day, readiness
    gridlines: list[tuple[float, int]]  # y, percentage
    first: date
    last: date


def history(points: Sequence[_Point], width: int = 560, height: int = 180) -> HistoryChart:
    """Readiness over time: x by day (first to last point), y by percentage (0..100)."""
    left, right, top, bottom = 36.0, 12.0, 10.0, 24.0
    first, last = points[0].day, points[-1].day
    span = max((last - first).days, 1)
    plot_w, plot_h = width - left - right, height - top - bottom

    def x_of(day: date) -> float:
        return left + plot_w * (day - first).days / span

    def y_of(value: int) -> float:
        return top + plot_h * (1 - value / 100)

    dots = [(x_of(p.day), y_of(p.readiness), p.day, p.readiness) for p in points]
    return HistoryChart(
        width=width,
        height=height,
        line=" ".join(f"{x:.1f},{y:.1f}" for x, y, _, _ in dots),
        dots=dots,
        gridlines=[(y_of(value), value) for value in (0, 25, 50, 75, 100)],
        first=first,
        last=last,
    )
