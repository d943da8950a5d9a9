"""Skill imports: pure sources (résumé, LinkedIn export) and the matcher they share; the
background pipeline and its pages build on these."""
