from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required

from crm.extensions import db
from crm.models import Contact
from crm.services.reporting import contacts_by_stage, find_contacts

bp = Blueprint("contacts", __name__)
EDITABLE_FIELDS = ("name", "email", "phone", "company", "stage")


@bp.before_request
@login_required
def require_login():
    pass


@bp.get("/")
def list_contacts():
    term = request.args.get("q", "")
    return jsonify(find_contacts(current_user.id, term))


@bp.post("/")
def create_contact():
    contact = Contact(**request.get_json(), owner_id=current_user.id)
    db.session.add(contact)
    db.session.commit()
    return jsonify(id=contact.id), 201


@bp.put("/<int:contact_id>")
def update_contact(contact_id: int):
    contact = Contact.query.filter_by(id=contact_id, owner_id=current_user.id).first_or_404()
    data = request.get_json() or {}
    for key, value in data.items():
        if key in EDITABLE_FIELDS:
            setattr(contact, key, value)
    db.session.commit()
    return jsonify(id=contact.id)


@bp.get("/by-stage")
def by_stage():
    stage = request.args.get("stage", "lead")
    return jsonify(contacts_by_stage(current_user.id, stage))
