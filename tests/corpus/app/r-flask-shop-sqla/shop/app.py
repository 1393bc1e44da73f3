import logging
import os

import anthropic
from flask import Flask, abort, jsonify, request
from flask_login import LoginManager, current_user, login_required
from flask_sqlalchemy import SQLAlchemy
from marshmallow import Schema, fields
from sqlalchemy import text

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
db = SQLAlchemy(app)
login = LoginManager(app)
claude = anthropic.Anthropic()
log = logging.getLogger("shop")


class Product(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    shop_id = db.Column(db.Integer, nullable=False)
    name = db.Column(db.String(200))
    price_cents = db.Column(db.Integer)
    featured = db.Column(db.Boolean, default=False)


class ProductSchema(Schema):
    name = fields.Str(required=True)
    price_cents = fields.Int(required=True)


@app.get("/api/products")
def list_products():
    category = request.args.get("category", "")
    rows = db.session.execute(
        text("SELECT id, name, price_cents FROM product WHERE featured AND category = :c"), {"c": category}
    ).mappings().all()
    return jsonify([dict(r) for r in rows])


@app.get("/api/products/search")
def search_products():
    q = request.args.get("q", "")
    rows = Product.query.filter(text(f"name ILIKE '%{q}%'")).limit(20).all()
    return jsonify([{"id": p.id, "name": p.name} for p in rows])


@app.post("/api/shops/<int:shop_id>/products")
@login_required
def create_product(shop_id: int):
    if current_user.shop_id != shop_id:
        abort(403)
    data = ProductSchema().load(request.get_json())
    product = Product(**data, shop_id=shop_id)
    db.session.add(product)
    db.session.commit()
    return jsonify(id=product.id), 201


@app.put("/api/shops/<int:shop_id>/products/<int:product_id>")
@login_required
def update_product(shop_id: int, product_id: int):
    if current_user.shop_id != shop_id:
        abort(403)
    product = Product.query.filter_by(id=product_id, shop_id=shop_id).first_or_404()
    Product.query.filter_by(id=product.id).update(request.get_json())
    db.session.commit()
    return jsonify(ok=True)


@app.post("/api/shops/<int:shop_id>/describe")
@login_required
def describe(shop_id: int):
    if current_user.shop_id != shop_id:
        abort(403)
    data = request.get_json()
    log.info("describe request by %s using key %s", current_user.id, current_user.api_token)
    msg = claude.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=300,
        system=[{"type": "text", "text": f"You write product copy in the voice of {data['brand_voice']}."}],
        messages=[{"role": "user", "content": data["product_name"]}],
    )
    return jsonify(copy=msg.content[0].text)


@app.get("/api/shops/<int:shop_id>/report")
@login_required
def report(shop_id: int):
    if current_user.shop_id != shop_id:
        abort(403)
    period = request.args.get("period", "30")
    if not period.isdigit():
        abort(400)
    with db.engine.connect() as conn:
        rows = conn.execute(
            text(f"SELECT date_trunc('day', created_at) d, count(*) FROM orders WHERE shop_id = :s AND created_at > now() - interval '{int(period)} days' GROUP BY 1"),
            {"s": shop_id},
        ).all()
    return jsonify([list(r) for r in rows])
