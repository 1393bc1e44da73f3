import logging
import os

import stripe
from flask import Flask, current_app, request

log = logging.getLogger(__name__)
app = Flask(__name__)


@app.post("/login")
def login():
    body = request.get_json()
    # ruleid: py.logging.secret-logged
    log.info("login attempt for %s with password %s", body["email"], body["password"])
    # ok: py.logging.secret-logged
    log.info("login attempt for %s", body["email"])
    token = issue_token(body["email"])
    # ruleid: py.logging.secret-logged
    current_app.logger.debug(f"issued token {token}")
    # ok: py.logging.secret-logged
    current_app.logger.debug("issued token ending %s", token[-4:])
    return {"token": token}


def configure():
    stripe.api_key = os.environ["STRIPE_SECRET_KEY"]
    # ruleid: py.logging.secret-logged
    print("Using Stripe key", os.environ["STRIPE_SECRET_KEY"])
    # ok: py.logging.secret-logged
    print("Stripe configured:", bool(os.environ.get("STRIPE_SECRET_KEY")))
    # ok: py.logging.secret-logged
    log.info("database host %s", os.environ.get("DATABASE_HOST"))


def issue_token(email: str) -> str:
    return email[::-1]


@app.post("/webhook")
def webhook():
    # ruleid: py.logging.secret-logged
    log.warning("webhook auth header: %s", request.headers.get("Authorization"))
    # ok: py.logging.secret-logged
    log.info("usage: %s prompt tokens, %s total tokens", 10, 20)
    return "", 204


DATABASE_URL = os.environ.get("DATABASE_URL", "postgresql://localhost/app")
SECRET_KEY = os.environ.get("SECRET_KEY", "")


def connect():
    # ruleid: py.logging.secret-logged
    print(f"Connecting to {DATABASE_URL}")
    # ruleid: py.logging.secret-logged
    log.debug("flask secret key is %s", SECRET_KEY)


@app.post("/debug")
def debug():
    # ruleid: py.logging.secret-logged
    log.debug("headers: %s", dict(request.headers))
    # ok: py.logging.secret-logged
    log.debug("user agent: %s", request.headers.get("User-Agent"))
    return "", 204


def dump_env():
    # ruleid: py.logging.secret-logged
    print("environment:", dict(os.environ))
    # ok: py.logging.secret-logged
    print("environment:", os.environ.get("APP_ENV"))
