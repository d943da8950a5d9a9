"""The queue pages through many requests, also as an HTMX fragment (rendered alone)."""

from smatrx.extensions import db
from smatrx.models import Skill, UserSkill, VerificationRequest
from tests.helpers import make_user, sign_in


def test_the_queue_fragment_pages_through_many_requests(client, db_session):
    verifier = make_user("v@example.com", "verifier")
    skills = db.session.scalars(db.select(Skill).limit(30)).all()
    for i in range(30):
        owner = make_user(f"o{i}@example.com")
        us = UserSkill(user_id=owner.id, skill_id=skills[i].id, level="advanced", source="manual")
        db.session.add(us)
        db.session.flush()
        db.session.add(VerificationRequest(user_skill_id=us.id, user_id=owner.id, level="advanced"))
    db.session.commit()
    sign_in(client, verifier.email)
    r = client.get("/verifications/queue", headers={"HX-Request": "true"})
    assert r.status_code == 200, r.get_data(as_text=True)[:500]
    assert "Page 1 of" in r.get_data(as_text=True)
