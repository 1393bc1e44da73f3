"""IDOR: records fetched by a client id in authenticated code, with and without an owner scope."""

from __future__ import annotations

from pathlib import Path

from tests.routes_helpers import analyze, found, write_project

EXPRESS = """
const express = require("express");
const { Pool } = require("pg");
const jwt = require("jsonwebtoken");

const db = new Pool();
const app = express();

function auth(req, res, next) {
  try {
    req.user = jwt.verify(req.headers.authorization.slice(7), process.env.JWT_SECRET);
    next();
  } catch (e) {
    res.status(401).end();
  }
}

app.get("/notes/:id", auth, async (req, res) => {
  const { rows } = await db.query("select * from notes where id = $1", [req.params.id]);
  res.json(rows[0]);
});

app.get("/mine/:id", auth, async (req, res) => {
  const { rows } = await db.query("select * from notes where id = $1 and owner_id = $2", [req.params.id, req.user.id]);
  res.json(rows[0]);
});

app.delete("/notes/:id", auth, async (req, res) => {
  const { rows } = await db.query("select owner_id from notes where id = $1", [req.params.id]);
  if (!rows[0] || rows[0].owner_id !== req.user.id) return res.sendStatus(404);
  await db.query("delete from notes where id = $1", [req.params.id]);
  res.sendStatus(204);
});

app.post("/notes", auth, async (req, res) => {
  await db.query("insert into notes (owner_id, body) values ($1, $2)", [req.user.id, req.body.body]);
  res.sendStatus(201);
});
"""


def test_express_idor_and_its_scoped_look_alikes(tmp_path: Path) -> None:
    result = analyze(write_project(tmp_path, {"server.js": EXPRESS}))
    assert found(result, "idor") == {("server.js", 18)}
    assert found(result, "auth-missing") == set()


SUPABASE_ROUTE = """
import { NextResponse } from "next/server";
import { {client} } from "@/lib/clients";

export async function GET(_req: Request, { params }: { params: { id: string } }) {
  const supabase = {make};
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  const { data } = await supabase.from("invoices").select("*").eq("id", params.id).single();
  return NextResponse.json(data);
}
"""

CLIENTS = """
import { createClient as create } from "@supabase/supabase-js";

export function userClient() {
  return create(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!);
}

export function serviceClient() {
  return create(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!);
}
"""


def test_supabase_service_role_is_idor_and_the_user_scoped_client_is_not(tmp_path: Path) -> None:
    root = write_project(tmp_path, {
        "lib/clients.ts": CLIENTS,
        "app/api/a/[id]/route.ts": SUPABASE_ROUTE.replace("{client}", "userClient").replace("{make}", "userClient()"),
        "app/api/b/[id]/route.ts": SUPABASE_ROUTE.replace("{client}", "serviceClient").replace("{make}", "serviceClient()"),
    })
    result = analyze(root)
    assert found(result, "idor") == {("app/api/b/[id]/route.ts", 8)}


def test_prisma_where_with_the_session_user_is_scoped(tmp_path: Path) -> None:
    route = """
        import { auth } from "@/auth";
        import { prisma } from "@/lib/prisma";

        export async function PATCH(req: Request, { params }: { params: { id: string } }) {
          const session = await auth();
          if (!session?.user) return new Response(null, { status: 401 });
          const { title } = await req.json();
          await prisma.task.update({ where: {where}, data: { title } });
          return Response.json({ ok: true });
        }
    """
    root = write_project(tmp_path, {
        "auth.ts": 'import NextAuth from "next-auth";\nexport const { auth } = NextAuth({ providers: [] });\n',
        "lib/prisma.ts": 'import { PrismaClient } from "@prisma/client";\nexport const prisma = new PrismaClient();\n',
        "app/api/open/[id]/route.ts": route.replace("{where}", "{ id: params.id }"),
        "app/api/scoped/[id]/route.ts": route.replace("{where}", "{ id: params.id, userId: session.user.id }"),
    })
    assert found(analyze(root), "idor") == {("app/api/open/[id]/route.ts", 8)}


FASTAPI = """
from fastapi import APIRouter, Depends, FastAPI, HTTPException
from fastapi.security import OAuth2PasswordBearer
import jwt

app = FastAPI()
oauth2 = OAuth2PasswordBearer(tokenUrl="/token")


def current_user(token: str = Depends(oauth2)):
    try:
        return jwt.decode(token, "k", algorithms=["HS256"])
    except jwt.PyJWTError:
        raise HTTPException(status_code=401)


@app.get("/docs/{doc_id}")
def read_doc(doc_id: int, user=Depends(current_user)):
    return db.query(Doc).filter(Doc.id == doc_id).first()


@app.get("/my-docs/{doc_id}")
def read_my_doc(doc_id: int, user=Depends(current_user)):
    return db.query(Doc).filter(Doc.id == doc_id, Doc.owner_id == user["sub"]).first()


@app.delete("/docs/{doc_id}")
def delete_doc(doc_id: int, user=Depends(current_user)):
    doc = db.get(Doc, doc_id)
    if doc is None or doc.owner_id != user["sub"]:
        raise HTTPException(status_code=404)
    db.delete(doc)
"""


def test_fastapi_idor_with_owner_filter_and_ownership_check_look_alikes(tmp_path: Path) -> None:
    result = analyze(write_project(tmp_path, {"main.py": FASTAPI}))
    assert found(result, "idor") == {("main.py", 18)}
    assert found(result, "auth-missing") == set()


def test_an_unauthenticated_fetch_by_id_is_auth_missing_not_idor(tmp_path: Path) -> None:
    source = FASTAPI.replace("def read_doc(doc_id: int, user=Depends(current_user)):", "def read_doc(doc_id: int):")
    result = analyze(write_project(tmp_path, {"main.py": source}))
    assert found(result, "idor") == set()
    assert found(result, "auth-missing") == {("main.py", 16)}


def test_wrapper_injected_user_scopes_and_service_helpers_are_followed(tmp_path: Path) -> None:
    root = write_project(tmp_path, {
        "lib/admin.ts": 'import { createClient } from "@supabase/supabase-js";\nexport const admin = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!);\n',
        "lib/with-auth.ts": """
            import { createServerClient } from "@supabase/ssr";
            export function withAuth(handler) {
              return async (req, { params }) => {
                const supabase = createServerClient("u", "k", { cookies: {} });
                const { data: { user } } = await supabase.auth.getUser();
                if (!user) return Response.json({ error: "Unauthorized" }, { status: 401 });
                return handler(req, { user, params });
              };
            }
        """,
        "lib/invoices.ts": """
            import { admin } from "@/lib/admin";
            export async function getInvoice(id: string) {
              return (await admin.from("invoices").select("*").eq("id", id).single()).data;
            }
            export async function getInvoiceFor(id: string, userId: string) {
              return (await admin.from("invoices").select("*").eq("id", id).eq("user_id", userId).single()).data;
            }
        """,
        "app/api/invoices/[id]/route.ts": """
            import { withAuth } from "@/lib/with-auth";
            import { getInvoice, getInvoiceFor } from "@/lib/invoices";
            export const GET = withAuth(async (_req, { params }) => Response.json(await getInvoice(params.id)));
            export const POST = withAuth(async (_req, { user, params }) => Response.json(await getInvoiceFor(params.id, user.id)));
        """,
        "app/api/docs/[id]/route.ts": """
            import { withAuth } from "@/lib/with-auth";
            import { admin } from "@/lib/admin";
            export const DELETE = withAuth(async (_req, { user, params }) => {
              await admin.from("docs").delete().eq("id", params.id).eq("owner_id", user.id);
              return new Response(null, { status: 204 });
            });
        """,
    })
    assert found(analyze(root), "idor") == {("lib/invoices.ts", 3)}


def test_routes_behind_a_service_key_may_open_any_record(tmp_path: Path) -> None:
    root = write_project(tmp_path, {
        "src/app.js": """
            const express = require("express");
            const { Pool } = require("pg");
            const db = new Pool();
            const app = express();
            function apiKey(req, res, next) {
              if (req.headers["x-api-key"] !== process.env.INTERNAL_API_KEY) return res.status(401).end();
              next();
            }
            app.post("/internal/orders/:id/ship", apiKey, async (req, res) => {
              await db.query("update orders set status = 'shipped' where id = $1", [req.params.id]);
              res.json({ ok: true });
            });
        """,
    })
    result = analyze(root)
    assert found(result, "idor") == set() and found(result, "auth-missing") == set()
    assert result.endpoints[0].protection == "apiKey (src/app.js) [shared key]"


def test_a_project_access_check_in_the_condition_scopes_the_record(tmp_path: Path) -> None:
    root = write_project(tmp_path, {
        "lib/db.ts": 'import { PrismaClient } from "@prisma/client";\nexport const db = new PrismaClient();\n',
        "app/api/posts/[postId]/route.ts": """
            import { getServerSession } from "next-auth";
            import { db } from "@/lib/db";

            export async function DELETE(req: Request, context: { params: { postId: string } }) {
              if (!(await userCanEditPost(context.params.postId))) {
                return new Response(null, { status: 403 });
              }
              await db.post.delete({ where: { id: context.params.postId } });
              return new Response(null, { status: 204 });
            }

            export async function PATCH(req: Request, context: { params: { postId: string } }) {
              const session = await getServerSession();
              if (!session) return new Response("Unauthorized", { status: 403 });
              await db.post.update({ where: { id: context.params.postId }, data: { title: "x" } });
              return new Response(null, { status: 200 });
            }

            async function userCanEditPost(postId: string) {
              const session = await getServerSession();
              return (await db.post.count({ where: { id: postId, authorId: session?.user.id } })) > 0;
            }
        """,
    })
    assert found(analyze(root), "idor") == {("app/api/posts/[postId]/route.ts", 15)}


def test_flask_session_variables_protect_and_a_none_check_is_no_ownership_check(tmp_path: Path) -> None:
    root = write_project(tmp_path, {"app.py": """
        from flask import Flask, jsonify, session

        app = Flask(__name__)


        def logged_in_user():
            uid = session.get("uid")
            return User.query.get(uid) if uid else None


        @app.route("/api/notes")
        def notes():
            user_id = session.get("user_id")
            if not user_id:
                return jsonify({"error": "Unauthorized"}), 401
            return jsonify([n.id for n in Note.query.filter_by(user_id=user_id).all()])


        @app.route("/api/notes/<int:note_id>")
        def note(note_id):
            me = logged_in_user()
            if me is None:
                return jsonify({"error": "Unauthorized"}), 401
            return jsonify(Note.query.get_or_404(note_id).body)


        @app.route("/api/mine/<int:note_id>")
        def mine(note_id):
            me = logged_in_user()
            if me is None:
                return jsonify({"error": "Unauthorized"}), 401
            found = Note.query.get_or_404(note_id)
            if found.owner_id != me.id:
                return jsonify({"error": "Not found"}), 404
            return jsonify(found.body)
    """})
    result = analyze(root)
    assert found(result, "auth-missing") == set()
    assert found(result, "idor") == {("app.py", 24)}


def test_class_controllers_and_the_request_property_auth_middleware_sets(tmp_path: Path) -> None:
    root = write_project(tmp_path, {
        "src/middleware.ts": """
            import jwt from "jsonwebtoken";
            export function authenticate(req, res, next) {
              try {
                req.agent = jwt.verify(req.get("authorization").split(" ")[1], process.env.JWT_SECRET);
                next();
              } catch (e) {
                res.status(401).json({ error: "invalid token" });
              }
            }
        """,
        "src/TicketController.ts": """
            import { Ticket } from "./models";
            export class TicketController {
              async show(req, res) {
                res.json(await Ticket.findOne({ where: { id: req.params.id, assigneeId: req.agent.id } }));
              }
              async remove(req, res) {
                await Ticket.destroy({ where: { id: req.params.id } });
                res.sendStatus(204);
              }
            }
        """,
        "src/app.ts": """
            import express, { Router } from "express";
            import { authenticate } from "./middleware";
            import { TicketController } from "./TicketController";
            const c = new TicketController();
            const tickets = Router();
            tickets.get("/:id", (req, res) => c.show(req, res));
            tickets.delete("/:id", (req, res) => c.remove(req, res));
            const app = express();
            app.use("/tickets", authenticate, tickets);
        """,
    })
    assert found(analyze(root), "idor") == {("src/TicketController.ts", 7)}


def test_filters_by_status_or_search_are_not_record_ids(tmp_path: Path) -> None:
    route = """
        import { auth } from "@/auth";
        import { prisma } from "@/lib/prisma";
        import { admin } from "@/lib/admin";

        export async function GET(req: Request) {
          const session = await auth();
          if (!session) return new Response(null, { status: 401 });
          const status = new URL(req.url).searchParams.get("status");
          const projectId = new URL(req.url).searchParams.get("projectId");
          const a = await prisma.task.findMany({ where: { status } });
          const b = await admin.from("tasks").select("*").eq("status", status);
          const c = await prisma.task.findMany({ where: { projectId } });
          return Response.json({ a, b, c });
        }
    """
    root = write_project(tmp_path, {
        "auth.ts": 'import NextAuth from "next-auth";\nexport const { auth } = NextAuth({ providers: [] });\n',
        "lib/prisma.ts": 'import { PrismaClient } from "@prisma/client";\nexport const prisma = new PrismaClient();\n',
        "lib/admin.ts": 'import { createClient } from "@supabase/supabase-js";\nexport const admin = createClient("u", process.env.SUPABASE_SERVICE_ROLE_KEY!);\n',
        "app/api/tasks/route.ts": route,
    })
    assert found(analyze(root), "idor") == {("app/api/tasks/route.ts", 12)}


def test_python_filters_by_status_are_not_record_ids(tmp_path: Path) -> None:
    source = FASTAPI + '''

@app.get("/docs")
def list_docs(status: str, user=Depends(current_user)):
    return db.query(Doc).filter(Doc.status == status).all()


@app.get("/folders/{folder_id}/docs")
def folder_docs(folder_id: int, user=Depends(current_user)):
    return db.query(Doc).filter_by(folder_id=folder_id).all()
'''
    result = analyze(write_project(tmp_path, {"main.py": source}))
    assert found(result, "idor") == {("main.py", 18), ("main.py", 41)}
