from typing import Any

from fastapi import Body, Depends, FastAPI
from flask import Blueprint, jsonify, request
from pydantic import BaseModel
from sqlalchemy.orm import Session

from .db import db, get_db
from .models import Project, User

app = FastAPI()
bp = Blueprint("users", __name__)
EDITABLE = {"name", "bio", "avatar_url"}


class ProjectUpdate(BaseModel):
    name: str | None = None
    description: str | None = None


@app.post("/projects")
def create_project(payload: dict = Body(...), session: Session = Depends(get_db)):
    # ruleid: py.input.mass-assignment
    project = Project(**payload)
    session.add(project)
    session.commit()
    return project


@app.patch("/projects/{project_id}")
def update_project(project_id: int, changes: ProjectUpdate, session: Session = Depends(get_db)):
    project = session.get(Project, project_id)
    # ok: py.input.mass-assignment
    for key, value in changes.model_dump(exclude_unset=True).items():
        setattr(project, key, value)
    session.commit()
    return project


@app.put("/projects/{project_id}/raw")
async def replace_project(project_id: int, data: dict[str, Any], session: Session = Depends(get_db)):
    project = session.get(Project, project_id)
    for key, value in data.items():
        # ruleid: py.input.mass-assignment
        setattr(project, key, value)
    session.commit()
    return project


@bp.route("/users/<int:user_id>", methods=["PUT"])
def update_user(user_id: int):
    user = User.query.get_or_404(user_id)
    body = request.get_json()
    for key, value in body.items():
        if key in EDITABLE:
            # ok: py.input.mass-assignment
            setattr(user, key, value)
    db.session.commit()
    return jsonify(id=user.id)


@bp.route("/users", methods=["POST"])
def create_user():
    data = request.get_json() or {}
    # ok: py.input.mass-assignment
    user = User(email=data["email"], name=data.get("name", ""))
    db.session.add(user)
    # ruleid: py.input.mass-assignment
    db.session.add(User(**data))
    db.session.commit()
    return jsonify(id=user.id), 201


@app.post("/articles")
async def create_article(article: dict = Body(...)):
    columns = ", ".join(article)
    placeholders = ", ".join(f"${i}" for i in range(1, len(article) + 1))
    # ruleid: py.input.mass-assignment
    await db.execute(f"INSERT INTO articles ({columns}) VALUES ({placeholders})", *article.values())


@bp.route("/contacts", methods=["POST"])
def create_contact():
    data = request.get_json()
    data["owner_id"] = 1
    # ruleid: py.input.mass-assignment
    contact = Project(**data)
    db.session.add(contact)
    db.session.commit()
    return jsonify(id=contact.id), 201


@bp.route("/contacts/form", methods=["POST"])
def create_contact_form():
    form = ContactForm(request.form)
    if not form.validate():
        return jsonify(errors=form.errors), 400
    # ok: py.input.mass-assignment
    contact = Project(**form.data)
    db.session.add(contact)
    db.session.commit()
    return jsonify(id=contact.id), 201


@bp.route("/me", methods=["PATCH"])
def patch_me():
    data = request.get_json()
    updates = {}
    if "name" in data:
        updates["name"] = data["name"]
    # ok: py.input.mass-assignment
    User.query.filter_by(id=1).update(updates)
    db.session.commit()
    return jsonify(ok=True)
