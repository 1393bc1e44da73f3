import logging
import os
import sqlite3

from flask import Flask, g, jsonify, request, session
from flask_cors import CORS
from openai import OpenAI

from tutor.auth import login_required

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET"]
CORS(app, origins=["https://tutor.example.com"], supports_credentials=True)
client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
logger = logging.getLogger(__name__)

SUBJECT_PROMPTS = {
    "math": "You are a math tutor. Guide the student step by step; never just give the answer.",
    "history": "You are a history tutor. Cite dates and ask a follow-up question.",
}


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(os.environ.get("TUTOR_DB", "tutor.db"))
        g.db.row_factory = sqlite3.Row
    return g.db


@app.get("/health")
def health():
    return {"ok": True}


@app.post("/login")
def login():
    body = request.get_json(force=True)
    row = get_db().execute("SELECT id, pw_hash FROM students WHERE email = ?", (body["email"],)).fetchone()
    if row is None:
        print(f"unknown student {body['email']} tried password {body['password']}")
        return jsonify(error="invalid"), 401
    session["student_id"] = row["id"]
    return jsonify(ok=True)


@app.post("/tutor")
@login_required
def tutor():
    body = request.get_json(force=True)
    subject = body.get("subject", "math")
    system = SUBJECT_PROMPTS.get(subject, SUBJECT_PROMPTS["math"])
    reply = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": system}, {"role": "user", "content": body["question"]}],
    )
    return jsonify(answer=reply.choices[0].message.content)


@app.post("/tutor/custom")
@login_required
def tutor_custom():
    body = request.get_json(force=True)
    teacher_notes = body.get("teacher_notes", "")
    system = "You are a tutor for a school. The teacher adds: {}".format(teacher_notes)
    reply = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": system}, {"role": "user", "content": body["question"]}],
    )
    return jsonify(answer=reply.choices[0].message.content)


@app.post("/tutor/continue")
@login_required
def tutor_continue():
    conversation = request.json.get("messages", [])
    reply = client.chat.completions.create(model="gpt-4o-mini", messages=conversation)
    return jsonify(answer=reply.choices[0].message.content)


@app.get("/progress")
@login_required
def progress():
    subject = request.args.get("subject", "math")
    db = get_db()
    rows = db.execute(
        "SELECT lesson, score FROM progress WHERE student_id = %d AND subject = '%s'" % (session["student_id"], subject)
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/progress/summary")
@login_required
def progress_summary():
    db = get_db()
    rows = db.execute(
        "SELECT subject, avg(score) AS avg FROM progress WHERE student_id = ? GROUP BY subject", (session["student_id"],)
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/grade")
@login_required
def grade():
    answer = request.get_json(force=True)["answer"]
    reply = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "Return a Python expression that evaluates to the score 0-10 for the answer."},
            {"role": "user", "content": answer},
        ],
    )
    score = eval(reply.choices[0].message.content)
    logger.info("graded student %s: %s", session["student_id"], score)
    return jsonify(score=score)


@app.put("/profile")
@login_required
def update_profile():
    data = request.get_json(force=True)
    db = get_db()
    assignments = ", ".join(f"{key} = ?" for key in data)
    db.execute(f"UPDATE students SET {assignments} WHERE id = ?", (*data.values(), session["student_id"]))
    db.commit()
    return jsonify(ok=True)
