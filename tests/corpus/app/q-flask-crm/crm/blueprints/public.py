from flask import Blueprint, jsonify, render_template

from crm.models import Plan

public_bp = Blueprint("public", __name__)


@public_bp.route("/")
def index():
    return render_template("index.html")


@public_bp.route("/pricing")
def pricing():
    plans = Plan.query.filter_by(is_public=True).order_by(Plan.price_cents).all()
    return jsonify([{"name": p.name, "price_cents": p.price_cents} for p in plans])


@public_bp.get("/healthz")
def healthz():
    return {"ok": True}
