from flask import Blueprint, jsonify

bp = Blueprint("public", __name__)


@bp.get("/healthz")
def healthz():
    return jsonify(status="ok")


@bp.get("/pricing")
def pricing():
    return jsonify(plans=[{"name": "Starter", "price": 0}, {"name": "Team", "price": 49}])
