from flask import Blueprint, jsonify, request
from flask_login import current_user, login_required

from crm.extensions import db
from crm.models import Deal
from crm.services.reporting import pipeline_total

bp = Blueprint("deals", __name__)


@bp.get("/")
@login_required
def list_deals():
    deals = Deal.query.filter_by(owner_id=current_user.id).all()
    return jsonify([{"id": d.id, "title": d.title, "amount": d.amount_cents} for d in deals])


@bp.patch("/<int:deal_id>")
@login_required
def update_deal(deal_id: int):
    deal = Deal.query.filter_by(id=deal_id, owner_id=current_user.id).first_or_404()
    for key, value in request.json.items():
        setattr(deal, key, value)
    db.session.commit()
    return jsonify(id=deal.id, status=deal.status)


@bp.get("/pipeline")
@login_required
def pipeline():
    status = request.args.get("status", "open")
    return jsonify(total=pipeline_total(current_user.id, status))
