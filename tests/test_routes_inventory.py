"""The route inventory and auth-missing, on real files: Next.js middleware matchers, Express
routers mounted across files, FastAPI router dependencies, Flask before_request hooks, helper
functions judged by what they do, public markers and public_routes."""

from __future__ import annotations

from pathlib import Path

from analyzers.routes.middleware import path_pattern, sample_url
from tests.routes_helpers import analyze, endpoint, found, write_project

SUPABASE_SERVER = """
import { createServerClient } from "@supabase/ssr";
import { cookies } from "next/headers";

export async function createClient() {
  const store = await cookies();
  return createServerClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, {
    cookies: { getAll: () => store.getAll() },
  });
}
"""

NOTES_ROUTE = """
import { NextResponse } from "next/server";
import { createClient } from "@/lib/server";

export async function GET() {
  const supabase = await createClient();
  const { data } = await supabase.from("notes").select("*");
  return NextResponse.json(data);
}
"""


def test_matcher_patterns_follow_path_to_regexp() -> None:
    assert path_pattern("/dashboard/:path*").match("/dashboard")
    assert path_pattern("/dashboard/:path*").match("/dashboard/a/b")
    assert not path_pattern("/dashboard/:path*").match("/dashboards")
    assert path_pattern("/api/:id").match("/api/x") and not path_pattern("/api/:id").match("/api/x/y")
    negative = path_pattern("/((?!_next/static|favicon.ico|login).*)")
    assert negative.match("/api/notes") and not negative.match("/login")
    assert path_pattern("/api(.*)").match("/api/notes/1")
    assert sample_url("/api/notes/[id]/[...rest]") == "/api/notes/x/x"


def test_middleware_matcher_covers_some_routes_and_not_others(tmp_path: Path) -> None:
    root = write_project(tmp_path, {
        "lib/server.ts": SUPABASE_SERVER,
        "middleware.ts": """
            import { NextResponse, type NextRequest } from "next/server";
            import { createClient } from "@/lib/server";

            export async function middleware(request: NextRequest) {
              const supabase = await createClient();
              const { data: { user } } = await supabase.auth.getUser();
              if (!user && !request.nextUrl.pathname.startsWith("/app/login")) {
                return NextResponse.redirect(new URL("/app/login", request.url));
              }
              return NextResponse.next();
            }

            export const config = { matcher: ["/app/:path*", "/api/notes/:path*"] };
        """,
        "app/api/notes/route.ts": NOTES_ROUTE,
        "app/api/journal/route.ts": NOTES_ROUTE,
    })
    result = analyze(root)
    assert endpoint(result, "GET", "/api/notes").protection == "middleware session check (middleware.ts)"
    assert endpoint(result, "GET", "/api/journal").protection is None
    assert found(result, "auth-missing") == {("app/api/journal/route.ts", 4)}


def test_clerk_middleware_protects_all_but_its_public_matcher(tmp_path: Path) -> None:
    route = """
        import { prisma } from "@/lib/db";
        export async function GET() {
          return Response.json(await prisma.invoice.findMany());
        }
    """
    root = write_project(tmp_path, {
        "lib/db.ts": 'import { PrismaClient } from "@prisma/client";\nexport const prisma = new PrismaClient();\n',
        "middleware.ts": """
            import { clerkMiddleware, createRouteMatcher } from "@clerk/nextjs/server";
            const isPublic = createRouteMatcher(["/", "/api/open(.*)"]);
            export default clerkMiddleware(async (auth, req) => {
              if (!isPublic(req)) await auth.protect();
            });
            export const config = { matcher: ["/((?!_next).*)", "/(api|trpc)(.*)"] };
        """,
        "app/api/invoices/route.ts": route,
        "app/api/open/invoices/route.ts": route,
    })
    result = analyze(root)
    assert endpoint(result, "GET", "/api/invoices").protection == "clerkMiddleware (middleware.ts)"
    assert found(result, "auth-missing") == {("app/api/open/invoices/route.ts", 2)}


def test_express_routers_mounted_across_files_inherit_the_mount_guard(tmp_path: Path) -> None:
    root = write_project(tmp_path, {
        "src/app.js": """
            const express = require("express");
            const { requireAuth } = require("./middleware/session");
            const app = express();
            app.use("/api/billing", requireAuth, require("./routes/billing"));
            app.use("/api/reports", require("./routes/billing"));
            module.exports = app;
        """,
        "src/middleware/session.js": """
            function requireAuth(req, res, next) {
              if (!req.session || !req.session.userId) {
                return res.status(401).json({ error: "sign in" });
              }
              next();
            }
            module.exports = { requireAuth };
        """,
        "src/routes/billing.js": """
            const router = require("express").Router();
            const db = require("../db");

            router.get("/invoices", async (req, res) => {
              const { rows } = await db.query("select * from invoices");
              res.json(rows);
            });

            module.exports = router;
        """,
        "src/db.js": "module.exports = new (require('pg').Pool)();\n",
    })
    result = analyze(root)
    guarded = endpoint(result, "GET", "/api/billing/invoices")
    assert guarded.protection == "requireAuth (src/middleware/session.js)"
    assert guarded.path == "src/routes/billing.js" and guarded.line == 4
    assert endpoint(result, "GET", "/api/reports/invoices").protection is None
    assert found(result, "auth-missing") == {("src/routes/billing.js", 4)}


def test_router_use_guards_only_the_routes_registered_after_it(tmp_path: Path) -> None:
    root = write_project(tmp_path, {
        "server.js": """
            import express from "express";
            import passport from "passport";
            import { pool } from "./db.js";
            const app = express();
            const router = express.Router();
            router.get("/summary", async (req, res) => res.json((await pool.query("select count(*) from orders")).rows));
            router.use(passport.authenticate("jwt", { session: false }));
            router.get("/orders", async (req, res) => res.json((await pool.query("select * from orders where user_id = $1", [req.user.id])).rows));
            app.use("/api", router);
        """,
        "db.js": "export const pool = {};\n",
    })
    result = analyze(root)
    assert endpoint(result, "GET", "/api/orders").protection == "passport.authenticate"
    assert found(result, "auth-missing") == {("server.js", 6)}


FASTAPI_DEPS = """
from fastapi import Depends, HTTPException
from fastapi.security import HTTPBearer, HTTPAuthorizationCredentials
import jwt

bearer = HTTPBearer()


def who_is_calling(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> dict:
    try:
        return jwt.decode(creds.credentials, "k", algorithms=["HS256"])
    except jwt.PyJWTError:
        raise HTTPException(status_code=401)
"""


def test_fastapi_router_and_include_dependencies_protect_their_routes(tmp_path: Path) -> None:
    root = write_project(tmp_path, {
        "svc/deps.py": FASTAPI_DEPS,
        "svc/db.py": "def get_db():\n    yield None\n",
        "svc/orders.py": """
            from fastapi import APIRouter, Depends
            from svc.db import get_db

            router = APIRouter(prefix="/orders")


            @router.get("/")
            def list_orders(db=Depends(get_db)):
                return db.query(Order).all()
        """,
        "svc/main.py": """
            from fastapi import Depends, FastAPI
            from svc import orders
            from svc.deps import who_is_calling

            app = FastAPI()
            app.include_router(orders.router, prefix="/v1", dependencies=[Depends(who_is_calling)])
            app.include_router(orders.router, prefix="/open")
        """,
    })
    result = analyze(root)
    assert endpoint(result, "GET", "/v1/orders/").protection == "Depends(who_is_calling (svc/deps.py))"
    assert endpoint(result, "GET", "/open/orders/").protection is None
    assert found(result, "auth-missing") == {("svc/orders.py", 7)}


FLASK_OPEN = """
from flask import Blueprint
from app.models import Invoice

bp = Blueprint("open", __name__)


@bp.route("/invoices")
def invoices():
    return [i.id for i in Invoice.query.all()]
"""

FLASK_MEMBERS = FLASK_OPEN.replace('"open"', '"members"').replace(
    "\n\n@bp.route",
    """

@bp.before_request
def only_members():
    if "user_id" not in session:
        abort(401)


@bp.route""",
).replace("from flask import Blueprint", "from flask import Blueprint, abort, session")


def test_flask_before_request_on_a_blueprint_protects_its_routes_only(tmp_path: Path) -> None:
    root = write_project(tmp_path, {
        "app/__init__.py": """
            from flask import Flask

            def create_app():
                app = Flask(__name__)
                from app.members import bp as members
                from app.open import bp as open_bp
                app.register_blueprint(members, url_prefix="/members")
                app.register_blueprint(open_bp, url_prefix="/open")
                return app
        """,
        "app/models.py": "class Invoice: ...\n",
        "app/members.py": FLASK_MEMBERS,
        "app/open.py": FLASK_OPEN,
    })
    result = analyze(root)
    assert endpoint(result, "GET", "/members/invoices").protection == "before_request only_members (app/members.py)"
    assert endpoint(result, "GET", "/open/invoices").protection is None
    assert found(result, "auth-missing") == {("app/open.py", 7)}


def test_helpers_count_by_what_they_do_not_by_their_name(tmp_path: Path) -> None:
    root = write_project(tmp_path, {
        "lib/server.ts": SUPABASE_SERVER,
        "lib/guards.ts": """
            import { createClient } from "@/lib/server";

            // checks the session although its name says nothing about auth
            export async function loadContext() {
              const supabase = await createClient();
              const { data: { user } } = await supabase.auth.getUser();
              if (!user) throw new Response("Unauthorized", { status: 401 });
              return { supabase, user };
            }

            // named like a guard, checks nothing
            export async function requireAuth() {
              return createClient();
            }
        """,
        "app/api/a/route.ts": """
            import { loadContext } from "@/lib/guards";
            export async function GET() {
              const { supabase } = await loadContext();
              return Response.json((await supabase.from("notes").select("*")).data);
            }
        """,
        "app/api/b/route.ts": """
            import { requireAuth } from "@/lib/guards";
            export async function GET() {
              const supabase = await requireAuth();
              return Response.json((await supabase.from("notes").select("*")).data);
            }
        """,
    })
    result = analyze(root)
    assert endpoint(result, "GET", "/api/a").protection == "loadContext() (lib/guards.ts)"
    assert endpoint(result, "GET", "/api/b").protection is None
    assert found(result, "auth-missing") == {("app/api/b/route.ts", 2)}


def test_public_by_design_markers_and_config(tmp_path: Path) -> None:
    root = write_project(tmp_path, {
        "lib/server.ts": SUPABASE_SERVER,
        "app/api/status/route.ts": NOTES_ROUTE,
        "app/api/board/route.ts": NOTES_ROUTE.replace(
            "export async function GET", "// rescue: public (shared read-only board)\nexport async function GET"
        ),
        "app/api/private/route.ts": NOTES_ROUTE,
        "app/api/health/route.ts": "export async function GET() {\n  return Response.json({ ok: true });\n}\n",
        "app/api/stripe/route.ts": """
            import Stripe from "stripe";
            import { createClient } from "@/lib/server";
            const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
            export async function POST(req: Request) {
              const event = stripe.webhooks.constructEvent(await req.text(), req.headers.get("stripe-signature")!, process.env.WH!);
              const supabase = await createClient();
              await supabase.from("orders").update({ paid: true }).eq("session", event.id);
              return Response.json({ ok: true });
            }
        """,
    })
    result = analyze(root, public_routes=("/api/status/**",))
    assert endpoint(result, "GET", "/api/status").public_reason == "public_routes: /api/status/**"
    assert endpoint(result, "GET", "/api/board").public_reason == "shared read-only board"
    assert endpoint(result, "GET", "/api/health").public_reason == "touches no stored data"
    assert endpoint(result, "POST", "/api/stripe").public_reason == "webhook that verifies its signature"
    assert found(result, "auth-missing") == {("app/api/private/route.ts", 4)}


def test_edge_function_that_verifies_the_bearer_token(tmp_path: Path) -> None:
    fn = """
        import { createClient } from "jsr:@supabase/supabase-js@2";
        Deno.serve(async (req) => {
          const admin = createClient(Deno.env.get("SUPABASE_URL")!, Deno.env.get("SUPABASE_SERVICE_ROLE_KEY")!);
          {check}
          const { data } = await admin.from("payouts").select("*");
          return Response.json(data);
        });
    """
    check = """const { data: { user } } = await admin.auth.getUser(req.headers.get("Authorization")!.replace("Bearer ", ""));
          if (!user) return new Response("Unauthorized", { status: 401 });"""
    root = write_project(tmp_path, {
        "supabase/functions/payouts/index.ts": fn.replace("{check}", check),
        "supabase/functions/payouts-open/index.ts": fn.replace("{check}", ""),
    })
    result = analyze(root)
    assert endpoint(result, "ANY", "/functions/v1/payouts").protection == "admin.auth.getUser() check"
    assert found(result, "auth-missing") == {("supabase/functions/payouts-open/index.ts", 2)}


def test_express_route_modules_that_take_the_app_as_a_parameter(tmp_path: Path) -> None:
    root = write_project(tmp_path, {
        "server.js": """
            const express = require("express");
            const { requireUser } = require("./auth");
            const app = express();
            require("./routes/public")(app);
            app.use("/api", requireUser);
            require("./routes/notes")(app);
            app.listen(3000);
        """,
        "auth.js": """
            module.exports.requireUser = (req, res, next) => {
              if (!req.session.user) return res.status(401).send("sign in");
              next();
            };
        """,
        "routes/notes.js": """
            const db = require("../db");
            module.exports = (app) => {
              app.get("/api/notes", async (req, res) => {
                res.json(await db.query("select * from notes where owner = $1", [req.session.user.id]));
              });
            };
        """,
        "routes/public.js": """
            const db = require("../db");
            module.exports = function (app) {
              app.get("/stats", async (req, res) => res.json(await db.query("select * from notes")));
            };
        """,
        "db.js": "module.exports = new (require('pg').Pool)();\n",
    })
    result = analyze(root)
    assert endpoint(result, "GET", "/api/notes").protection == "requireUser (auth.js)"
    assert found(result, "auth-missing") == {("routes/public.js", 3)}


def test_fastapi_http_middleware_with_its_own_public_paths(tmp_path: Path) -> None:
    root = write_project(tmp_path, {"main.py": """
        import os
        from fastapi import FastAPI, Request
        from fastapi.responses import JSONResponse
        import jwt

        app = FastAPI()
        PUBLIC_PATHS = {"/health", "/auth/login"}


        @app.middleware("http")
        async def require_token(request: Request, call_next):
            if request.url.path in PUBLIC_PATHS or request.url.path.startswith("/public"):
                return await call_next(request)
            token = request.headers.get("authorization", "").removeprefix("Bearer ")
            try:
                request.state.user = jwt.decode(token, os.environ["JWT_SECRET"], algorithms=["HS256"])
            except jwt.PyJWTError:
                return JSONResponse({"detail": "Unauthorized"}, status_code=401)
            return await call_next(request)


        @app.get("/public/stats")
        def stats():
            return db.execute("select count(*) from orders").scalar()


        @app.get("/orders")
        def orders(request: Request):
            return db.execute("select * from orders where user_id = :u", {"u": request.state.user["sub"]}).all()
    """})
    result = analyze(root)
    assert endpoint(result, "GET", "/orders").protection == "middleware require_token (main.py)"
    assert endpoint(result, "GET", "/public/stats").protection is None
    assert found(result, "auth-missing") == {("main.py", 22)}


def test_guest_checkout_is_public_and_optional_jwt_is_not_protection(tmp_path: Path) -> None:
    root = write_project(tmp_path, {
        "app/api/checkout/route.ts": """
            import Stripe from "stripe";
            const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
            export async function POST(req: Request) {
              const { priceId } = await req.json();
              const session = await stripe.checkout.sessions.create({ mode: "payment", line_items: [{ price: priceId, quantity: 1 }] });
              return Response.json({ url: session.url });
            }
        """,
        "app/api/refund/route.ts": """
            import Stripe from "stripe";
            const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
            export async function POST(req: Request) {
              const { paymentIntent } = await req.json();
              return Response.json(await stripe.refunds.create({ payment_intent: paymentIntent }));
            }
        """,
        "api.py": """
            from flask import Flask
            from flask_jwt_extended import jwt_required

            app = Flask(__name__)


            @app.get("/feed")
            @jwt_required(optional=True)
            def feed():
                return [o.id for o in Order.query.all()]
        """,
    })
    result = analyze(root)
    assert endpoint(result, "POST", "/api/checkout").public_reason == "starts a checkout"
    assert found(result, "auth-missing") == {("app/api/refund/route.ts", 3), ("api.py", 7)}


def test_public_paths_listed_in_the_middleware_helper_are_not_covered(tmp_path: Path) -> None:
    root = write_project(tmp_path, {
        "lib/server.ts": SUPABASE_SERVER,
        "middleware.ts": """
            import { type NextRequest } from "next/server";
            import { updateSession } from "@/lib/session";
            export async function middleware(request: NextRequest) {
              return await updateSession(request);
            }
            export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"] };
        """,
        "lib/session.ts": """
            import { NextResponse, type NextRequest } from "next/server";
            import { createClient } from "@/lib/server";
            export async function updateSession(request: NextRequest) {
              const supabase = await createClient();
              const { data: { user } } = await supabase.auth.getUser();
              if (!user && !request.nextUrl.pathname.startsWith("/login") && !request.nextUrl.pathname.startsWith("/api/open")) {
                return NextResponse.redirect(new URL("/login", request.url));
              }
              return NextResponse.next({ request });
            }
        """,
        "app/api/notes/route.ts": NOTES_ROUTE,
        "app/api/open/notes/route.ts": NOTES_ROUTE,
    })
    result = analyze(root)
    assert endpoint(result, "GET", "/api/notes").protection == "middleware session check (middleware.ts)"
    assert found(result, "auth-missing") == {("app/api/open/notes/route.ts", 4)}


def test_clerk_v4_auth_middleware_with_public_routes(tmp_path: Path) -> None:
    route = """
        import { prisma } from "@/lib/db";
        export async function GET() {
          return Response.json(await prisma.invoice.findMany());
        }
    """
    root = write_project(tmp_path, {
        "lib/db.ts": 'import { PrismaClient } from "@prisma/client";\nexport const prisma = new PrismaClient();\n',
        "middleware.ts": """
            import { authMiddleware } from "@clerk/nextjs";
            export default authMiddleware({ publicRoutes: ["/", "/api/open(.*)"] });
            export const config = { matcher: ["/((?!.+\\\\.[\\\\w]+$|_next).*)", "/", "/(api|trpc)(.*)"] };
        """,
        "app/api/invoices/route.ts": route,
        "app/api/open/invoices/route.ts": route,
    })
    result = analyze(root)
    assert endpoint(result, "GET", "/api/invoices").protection == "Clerk authMiddleware (middleware.ts)"
    assert found(result, "auth-missing") == {("app/api/open/invoices/route.ts", 2)}


def test_pages_handler_that_checks_the_session_in_one_method_branch_only(tmp_path: Path) -> None:
    root = write_project(tmp_path, {
        "lib/prisma.js": 'import { PrismaClient } from "@prisma/client";\nexport const prisma = new PrismaClient();\n',
        "pages/api/orders.js": """
            import { getServerSession } from "next-auth/next";
            import { prisma } from "../../lib/prisma";

            export default async function handler(req, res) {
              if (req.method === "GET") {
                return res.json(await prisma.order.findMany({ include: { customer: true } }));
              }
              if (req.method === "POST") {
                const session = await getServerSession(req, res);
                if (!session) return res.status(401).json({ error: "Unauthorized" });
                return res.status(201).json(await prisma.order.create({ data: { userId: session.user.id } }));
              }
              res.status(405).end();
            }
        """,
        "pages/api/notes.js": """
            import { getServerSession } from "next-auth/next";
            import { prisma } from "../../lib/prisma";

            export default async function handler(req, res) {
              const session = await getServerSession(req, res);
              if (!session) return res.status(401).json({ error: "Unauthorized" });
              switch (req.method) {
                case "GET":
                  return res.json(await prisma.note.findMany({ where: { userId: session.user.id } }));
                case "POST":
                  return res.json(await prisma.note.create({ data: { userId: session.user.id } }));
              }
            }
        """,
    })
    result = analyze(root)
    assert endpoint(result, "GET", "/api/orders").protection is None
    assert endpoint(result, "ANY", "/api/notes").protection == "getServerSession() check"
    assert found(result, "auth-missing") == {("pages/api/orders.js", 4)}
