import logging

from flask import Blueprint, jsonify, request
from flask_login import login_user, logout_user
from werkzeug.security import check_password_hash

from crm.models import User

bp = Blueprint("auth", __name__)
log = logging.getLogger(__name__)


@bp.post("/login")
def login():
    data = request.get_json() or {}
    user = User.query.filter_by(email=data.get("email", "")).first()
    if user is None or not check_password_hash(user.password_hash, data.get("password", "")):
        log.warning("failed login for %s", data.get("email"))
        return jsonify(error="Invalid credentials"), 401
    login_user(user)
    log.info("user %s logged in", user.id)
    return jsonify(id=user.id)


@bp.post("/logout")
def logout():
    logout_user()
    return jsonify(ok=True)
