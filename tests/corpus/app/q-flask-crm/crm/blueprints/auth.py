from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import login_required, login_user, logout_user
from werkzeug.security import check_password_hash, generate_password_hash

from crm.extensions import db
from crm.models import User

auth_bp = Blueprint("auth", __name__)


@auth_bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "POST":
        user = User.query.filter_by(email=request.form["email"].lower()).first()
        if user and check_password_hash(user.password_hash, request.form["password"]):
            login_user(user)
            return redirect(url_for("contacts.list_contacts"))
        flash("Wrong email or password")
    return render_template("login.html")


@auth_bp.route("/signup", methods=["POST"])
def signup():
    user = User(
        email=request.form["email"].lower(),
        password_hash=generate_password_hash(request.form["password"]),
    )
    db.session.add(user)
    db.session.commit()
    login_user(user)
    return redirect(url_for("contacts.list_contacts"))


@auth_bp.route("/logout")
@login_required
def logout():
    logout_user()
    return redirect(url_for("public.index"))
