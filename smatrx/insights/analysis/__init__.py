"""Pure analyses behind SMATRX insights: role gap, profile and recommendations.

No Flask, no database: callers map their rows onto the inputs (inputs.py) and store the
results' to_data() (JSON, "version": 1); from_data() reads a stored row back.
"""

from smatrx.insights.analysis.common import DATA_VERSION, MIN_PEOPLE
from smatrx.insights.analysis.confidence import (
    Confidence,
    confidence_over,
    explain,
    explain_data,
)
from smatrx.insights.analysis.gap import Gap, gap_analysis
from smatrx.insights.analysis.inputs import Candidate, HeldSkill, Market, Requirement, Role
from smatrx.insights.analysis.profile import ProfileAnalysis, profile_analysis
from smatrx.insights.analysis.recommend import Recommendation, Recommendations, recommend
from smatrx.insights.analysis.rubric import RUBRIC

__all__ = [
    "DATA_VERSION",
    "MIN_PEOPLE",
    "RUBRIC",
    "Candidate",
    "Confidence",
    "Gap",
    "HeldSkill",
    "Market",
    "ProfileAnalysis",
    "Recommendation",
    "Recommendations",
    "Requirement",
    "Role",
    "confidence_over",
    "explain",
    "explain_data",
    "gap_analysis",
    "profile_analysis",
    "recommend",
]
