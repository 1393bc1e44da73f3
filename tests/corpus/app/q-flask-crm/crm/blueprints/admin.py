from flask import Blueprint, jsonify

from crm.extensions import db
from crm.models import User
from crm.utils import admin_required

admin_bp = Blueprint("admin", __name__)


@admin_bp.route("/users/<int:user_id>", methods=["DELETE"])
@admin_required
def delete_user(user_id):
    user = db.get_or_404(User, user_id)
    db.session.delete(user)
    db.session.commit()
    return jsonify({"deleted": user_id})
