"""Every route of the coverage, assessment and export pages, walked as a non-member, a plain
member, a lead and an admin: 404, read or 403, manage."""

from __future__ import annotations

from typing import Any

from smatrx.extensions import db
from smatrx.models import TeamTarget, User
from tests.helpers import catalog_skill, hold, make_user, post_form, signed_in
from tests.teams.builders import make_team


def test_every_coverage_route_for_every_kind_of_person(
    app: Any, ada: User, member: User, admin: User
) -> None:
    other = make_user("other@example.com", name="Other Member")
    outsider = make_user("out@example.com", name="Out Sider")
    team = make_team(ada, "Platform", member, other)
    target = TeamTarget(team_id=team.id, skill_id=catalog_skill("go").id, min_level="beginner")
    db.session.add(target)
    db.session.commit()
    row = hold(other, "python")
    base = f"/teams/{team.slug}"
    reads = [
        f"{base}/coverage",
        f"{base}/export?what=matrix&format=csv",
        f"{base}/export?what=coverage&format=xlsx",
        f"{base}/print",
    ]
    lead_reads = [f"{base}/targets/suggest?target-skill=py", f"{base}/assess/{row.id}"]
    writes = [
        (f"{base}/targets", {"target-skill": "Python", "target-needed": "1"}),
        (f"{base}/targets/from-role", {"role-role_id": "x"}),
        (f"{base}/targets/{target.id}", {f"t-{target.id}-min_level": "expert"}),
        (f"{base}/assess/{row.id}", {"assess-level": "expert"}),
        (f"{base}/assess/{row.id}/review", {}),
        (f"{base}/assess/{row.id}/verify", {}),
        (f"{base}/coverage/review/{other.id}", {}),
        (f"{base}/targets/{target.id}/remove", {}),
    ]
    people = {"outsider": outsider, "member": member, "admin": admin, "lead": ada}
    target_id, go = target.id, target.skill_id
    for label, person in people.items():
        if db.session.get(TeamTarget, target_id) is None:  # the last walker removed it
            db.session.add(
                TeamTarget(id=target_id, team_id=team.id, skill_id=go, min_level="beginner")
            )
            db.session.commit()
        browser = signed_in(app.test_client(), person)
        for path in reads + lead_reads:
            status = browser.get(path).status_code
            if label == "outsider":
                assert status == 404, (label, path)
            elif label == "member" and path in lead_reads:
                assert status == 403, (label, path)
            else:
                assert status == 200, (label, path)
        for path, data in writes:
            status = post_form(browser, "/skills", path, data).status_code
            if label == "outsider":
                assert status == 404, (label, path)
            elif label == "member" or (path.endswith("/verify") and not person.is_verifier):
                assert status == 403, (label, path)
            else:
                assert status in (302, 422), (label, path, status)
