"""The legal texts, the acceptance page the gate sends people to, and the consent page."""

from __future__ import annotations

from flask import abort, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from werkzeug.wrappers import Response

from smatrx.consent import current_versions, legal
from smatrx.consent.records import (
    OPTIONAL,
    ConsentError,
    check_versions,
    record_required,
    set_optional,
    states,
)
from smatrx.extensions import db
from smatrx.privacy import bp, narrative_offered, request_aggregate_refresh
from smatrx.privacy.forms import AcceptForm, ChoiceForm


@bp.get("/legal/<kind>")
def text(kind: str) -> str:
    if kind not in legal.DOCUMENTS:
        abort(404)
    document = legal.load(kind, current_app.config["INSTANCE_PATH"])
    return render_template(
        "privacy/text.html",
        document=document,
        title=legal.TITLES[kind],
        body=legal.render(document.body),
    )


def _render_accept(form: AcceptForm, status: int = 200) -> tuple[str, int]:
    instance = current_app.config["INSTANCE_PATH"]
    documents = [(legal.TITLES[kind], legal.load(kind, instance)) for kind in legal.DOCUMENTS]
    current = states(db.session, current_user.id)
    html = render_template(
        "privacy/accept.html",
        form=form,
        documents=[
            (title, document, legal.render(document.body), current[document.kind])
            for title, document in documents
        ],
    )
    return html, status


@bp.route("/account/privacy/accept", methods=["GET", "POST"])
@login_required
def accept() -> Response | tuple[str, int]:
    versions = current_versions()
    form = AcceptForm()
    if request.method == "GET":
        if current_user.legal_current:
            return redirect(url_for("home.index"))
        form.terms_version.data = versions["terms"]
        form.privacy_version.data = versions["privacy"]
        return _render_accept(form)
    if not form.validate_on_submit():
        form.form_errors.append("Something went wrong with the form: please accept again.")
        return _render_accept(_fresh(versions, form), 422)
    try:
        check_versions(
            {"terms": form.terms_version.data, "privacy": form.privacy_version.data}, versions
        )
    except ConsentError as error:
        fresh = _fresh(versions, form)
        fresh.form_errors.append(str(error))
        return _render_accept(fresh, 409)
    record_required(db.session, current_user.id, versions)
    db.session.commit()
    flash("Thank you: you accepted the current terms and privacy notice.", "success")
    return redirect(url_for("home.index"))


def _fresh(versions: dict[str, str], form: AcceptForm) -> AcceptForm:
    form.terms_version.data = versions["terms"]
    form.privacy_version.data = versions["privacy"]
    return form


def _render_consent(status: int = 200) -> tuple[str, int]:
    offered = [p for p in OPTIONAL if p != "narrative" or narrative_offered()]
    html = render_template(
        "privacy/consent.html",
        states=states(db.session, current_user.id),
        offered=offered,
        form=ChoiceForm(formdata=None),
        versions=current_versions(),
    )
    return html, status


@bp.get("/account/privacy")
@login_required
def consent() -> tuple[str, int]:
    return _render_consent()


@bp.post("/account/privacy/<purpose>")
@login_required
def choose(purpose: str) -> Response | tuple[str, int]:
    if purpose not in OPTIONAL or (purpose == "narrative" and not narrative_offered()):
        flash("There is no such choice to make here.", "error")
        return _render_consent(404)
    form = ChoiceForm()
    if not form.validate_on_submit():
        flash("That choice could not be saved: please try again.", "error")
        return _render_consent(422)
    granted = form.granted.data == "1"
    try:
        changed = set_optional(
            db.session, current_user, purpose, granted, current_versions()["privacy"]
        )
    except ConsentError as error:
        flash(str(error), "error")
        return _render_consent(422)
    if changed and purpose == "aggregates":
        request_aggregate_refresh()
    db.session.commit()
    if changed:
        flash(MESSAGES[purpose][granted], "success")
    return redirect(url_for("privacy.consent"))


MESSAGES = {
    "aggregates": {
        True: "You count in aggregate statistics again.",
        False: "You are left out of every aggregate statistic from now on.",
    },
    "teams": {
        True: "Your teams see your skills again.",
        False: "Your teams no longer see your skills.",
    },
    "narrative": {
        True: "Your analyses may get a generated narrative.",
        False: "No more generated narratives: nothing about you is sent to the language model.",
    },
}
