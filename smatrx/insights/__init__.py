"""Insights: what a person's skills say about them, a target role and what to learn next.

analysis/ holds the pure computations (no Flask, no database); the pages and the stored
"SkillAnalysis" rows are built on them.
"""
