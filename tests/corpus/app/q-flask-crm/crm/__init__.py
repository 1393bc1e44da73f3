import os

from flask import Flask

from crm.extensions import db, jwt, login_manager


def create_app() -> Flask:
    app = Flask(__name__)
    app.config["SECRET_KEY"] = os.environ["FLASK_SECRET_KEY"]
    app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
    app.config["JWT_SECRET_KEY"] = os.environ["JWT_SECRET_KEY"]

    db.init_app(app)
    login_manager.init_app(app)
    jwt.init_app(app)

    from crm.blueprints.admin import admin_bp
    from crm.blueprints.api import api_bp
    from crm.blueprints.auth import auth_bp
    from crm.blueprints.contacts import contacts_bp
    from crm.blueprints.public import public_bp

    app.register_blueprint(public_bp)
    app.register_blueprint(auth_bp, url_prefix="/auth")
    app.register_blueprint(contacts_bp, url_prefix="/contacts")
    app.register_blueprint(api_bp, url_prefix="/api")
    app.register_blueprint(admin_bp, url_prefix="/admin")
    return app
