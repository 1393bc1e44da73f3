from flask import Blueprint, abort, jsonify, redirect, request, url_for
from flask_login import current_user

from crm.extensions import db
from crm.models import Contact

contacts_bp = Blueprint("contacts", __name__)


@contacts_bp.before_request
def require_login():
    if not current_user.is_authenticated:
        return redirect(url_for("auth.login", next=request.path))


@contacts_bp.route("/")
def list_contacts():
    contacts = Contact.query.filter_by(owner_id=current_user.id).order_by(Contact.name).all()
    return jsonify([{"id": c.id, "name": c.name, "email": c.email} for c in contacts])


@contacts_bp.route("/<int:contact_id>")
def show_contact(contact_id):
    contact = Contact.query.get_or_404(contact_id)
    return jsonify({"id": contact.id, "name": contact.name, "email": contact.email, "notes": contact.notes})


@contacts_bp.route("/<int:contact_id>/edit", methods=["POST"])
def edit_contact(contact_id):
    contact = Contact.query.filter_by(id=contact_id, owner_id=current_user.id).first_or_404()
    contact.name = request.form.get("name", contact.name)
    contact.notes = request.form.get("notes", contact.notes)
    db.session.commit()
    return redirect(url_for("contacts.show_contact", contact_id=contact.id))


@contacts_bp.route("/<int:contact_id>/delete", methods=["POST"])
def delete_contact(contact_id):
    contact = db.session.get(Contact, contact_id)
    if contact is None or contact.owner_id != current_user.id:
        abort(404)
    db.session.delete(contact)
    db.session.commit()
    return redirect(url_for("contacts.list_contacts"))
