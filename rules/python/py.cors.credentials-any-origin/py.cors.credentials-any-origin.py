from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from flask import Flask, request
from flask_cors import CORS, cross_origin

app = FastAPI()
app.add_middleware(
    CORSMiddleware,
    # ruleid: py.cors.credentials-any-origin
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

public = FastAPI()
public.add_middleware(
    CORSMiddleware,
    # ok: py.cors.credentials-any-origin
    allow_origins=["*"],
    allow_methods=["GET"],
)

own = FastAPI()
own.add_middleware(
    CORSMiddleware,
    # ok: py.cors.credentials-any-origin
    allow_origins=["https://app.example.com", "https://admin.example.com"],
    allow_credentials=True,
)

flask_app = Flask(__name__)
# ruleid: py.cors.credentials-any-origin
CORS(flask_app, supports_credentials=True)

other = Flask("other")
# ok: py.cors.credentials-any-origin
CORS(other, origins=["https://portal.example.com"], supports_credentials=True)

third = Flask("third")
# ruleid: py.cors.credentials-any-origin
CORS(third, resources={r"/api/*": {"origins": "*"}}, supports_credentials=True)

# ok: py.cors.credentials-any-origin
CORS(Flask("fourth"))


@flask_app.after_request
def add_cors(response):
    # ruleid: py.cors.credentials-any-origin
    response.headers["Access-Control-Allow-Origin"] = request.headers.get("Origin", "*")
    response.headers["Access-Control-Allow-Credentials"] = "true"
    return response


@flask_app.route("/widget")
@cross_origin(origins=["https://shop.example.com"], supports_credentials=True)
def widget():
    # ok: py.cors.credentials-any-origin
    return {"ok": True}

origins = ["*"]
fifth = FastAPI()
fifth.add_middleware(
    CORSMiddleware,
    # ruleid: py.cors.credentials-any-origin
    allow_origins=origins,
    allow_credentials=True,
)
