import logging
import os

from flask import Flask
from flask_cors import CORS
from flask_login import LoginManager

from crm.extensions import db

login_manager = LoginManager()
log = logging.getLogger("crm")


def create_app() -> Flask:
    app = Flask(__name__)
    app.config["SECRET_KEY"] = os.environ["FLASK_SECRET_KEY"]
    app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
    app.config["MAILCHIMP_API_KEY"] = os.environ.get("MAILCHIMP_API_KEY", "")

    CORS(app, supports_credentials=True)

    db.init_app(app)
    login_manager.init_app(app)
    login_manager.login_view = "auth.login"

    from crm.blueprints.auth import bp as auth_bp
    from crm.blueprints.contacts import bp as contacts_bp
    from crm.blueprints.deals import bp as deals_bp
    from crm.blueprints.public import bp as public_bp

    app.register_blueprint(public_bp)
    app.register_blueprint(auth_bp, url_prefix="/auth")
    app.register_blueprint(contacts_bp, url_prefix="/api/contacts")
    app.register_blueprint(deals_bp, url_prefix="/api/deals")

    log.info("CRM started, mailchimp key %s", app.config["MAILCHIMP_API_KEY"])
    log.info("CRM started, mailchimp enabled: %s", bool(app.config["MAILCHIMP_API_KEY"]))
    return app
