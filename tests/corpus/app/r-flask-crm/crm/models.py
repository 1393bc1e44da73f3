from flask_login import UserMixin

from crm.extensions import db


class User(UserMixin, db.Model):
    id = db.Column(db.Integer, primary_key=True)
    email = db.Column(db.String(255), unique=True, nullable=False)
    password_hash = db.Column(db.String(255), nullable=False)
    role = db.Column(db.String(20), default="rep")


class Contact(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    owner_id = db.Column(db.Integer, db.ForeignKey("user.id"), nullable=False)
    name = db.Column(db.String(200), nullable=False)
    email = db.Column(db.String(255))
    phone = db.Column(db.String(50))
    company = db.Column(db.String(200))
    stage = db.Column(db.String(30), default="lead")


class Deal(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    owner_id = db.Column(db.Integer, db.ForeignKey("user.id"), nullable=False)
    contact_id = db.Column(db.Integer, db.ForeignKey("contact.id"))
    title = db.Column(db.String(200))
    amount_cents = db.Column(db.Integer, default=0)
    status = db.Column(db.String(20), default="open")
