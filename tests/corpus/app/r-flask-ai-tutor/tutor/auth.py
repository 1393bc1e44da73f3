from functools import wraps

from flask import jsonify, session


def login_required(view):
    @wraps(view)
    def wrapped(*args, **kwargs):
        if "student_id" not in session:
            return jsonify(error="login required"), 401
        return view(*args, **kwargs)

    return wrapped
