"""Swallowed errors around writes and payment/auth calls, and the catches that are fine."""

from __future__ import annotations

from pathlib import Path

from tests.routes_helpers import analyze, found, write_project

JS = """
import Stripe from "stripe";
import { prisma } from "./db";
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);

export async function pay(req, res) {
  try {
    await stripe.paymentIntents.confirm(req.body.intent);
  } catch (e) {}
  res.json({ ok: true });
}

export async function save(req, res) {
  try {
    await prisma.order.create({ data: { total: 1 } });
  } catch (err) {
    console.error(err);
  }
  return res.status(200).json({ success: true });
}

export async function saveOrFail(req, res) {
  try {
    await prisma.order.create({ data: { total: 1 } });
  } catch (err) {
    console.error(err);
    return res.status(500).json({ error: "could not save" });
  }
  return res.json({ success: true });
}

export async function readQuietly() {
  try {
    return await prisma.order.findMany();
  } catch {
    return [];
  }
}

export function fireAndForget(id) {
  prisma.order.update({ where: { id }, data: { seen: true } }).catch(() => {});
  fetch("https://stats.example.com/ping").catch(() => {});
}

export async function rethrow() {
  try {
    await prisma.order.delete({ where: { id: 1 } });
  } catch (e) {
    throw new Error("delete failed", { cause: e });
  }
}
"""

PY = """
import logging

log = logging.getLogger(__name__)


def charge(db, stripe, order):
    try:
        stripe.PaymentIntent.create(amount=order.total, currency="eur")
    except Exception:
        pass
    return {"ok": True}


def save(db, row):
    try:
        db.add(row)
        db.commit()
    except:
        log.exception("save failed")
    return {"saved": True}


def save_or_fail(db, row):
    try:
        db.add(row)
        db.commit()
    except Exception:
        db.rollback()
        raise


def cleanup(path):
    import os
    try:
        os.remove(path)
    except FileNotFoundError:
        pass


def lookup(db, key):
    try:
        return db.query(Row).get(key)
    except Exception:
        pass
"""


def test_swallowed_errors_in_javascript(tmp_path: Path) -> None:
    result = analyze(write_project(tmp_path, {"api.js": JS}))
    assert found(result, "swallowed-error") == {("api.js", 8), ("api.js", 15), ("api.js", 40)}


def test_swallowed_errors_in_python(tmp_path: Path) -> None:
    result = analyze(write_project(tmp_path, {"jobs.py": PY}))
    assert found(result, "swallowed-error") == {("jobs.py", 9), ("jobs.py", 18)}


def test_logged_promise_failures_helper_writes_and_suppress(tmp_path: Path) -> None:
    root = write_project(tmp_path, {
        "lib/orders.js": """
            import { prisma } from "./db";
            export async function saveOrder(order) {
              return prisma.order.create({ data: order });
            }
            export async function loadOrder(id) {
              return prisma.order.findUnique({ where: { id } });
            }
        """,
        "api/checkout.js": """
            import { saveOrder, loadOrder } from "../lib/orders";
            export async function checkout(req, res) {
              saveOrder(req.body).catch(console.error);
              res.json({ ok: true });
            }
            export async function retry(req, res) {
              try {
                await saveOrder(req.body);
              } catch {}
              res.json({ ok: true });
            }
            export async function peek(req, res) {
              try {
                return res.json(await loadOrder(req.query.id));
              } catch {}
              res.status(404).end();
            }
        """,
        "jobs.py": """
            from contextlib import suppress


            def close_order(db, order):
                with suppress(Exception):
                    order.status = "closed"
                    db.commit()
                return {"closed": True}
        """,
    })
    result = analyze(root)
    assert found(result, "swallowed-error") == {("api/checkout.js", 3), ("api/checkout.js", 9), ("jobs.py", 5)}


def test_python_except_that_answers_success(tmp_path: Path) -> None:
    root = write_project(tmp_path, {"views.py": """
        from flask import jsonify


        def create_order(db, order):
            try:
                db.session.add(order)
                db.session.commit()
            except Exception as e:
                print(f"Error: {e}")
                return jsonify({"success": True})
            return jsonify({"id": order.id}), 201


        def create_or_fail(db, order):
            try:
                db.session.add(order)
                db.session.commit()
            except Exception as e:
                return jsonify({"error": str(e)}), 500
            return jsonify({"id": order.id}), 201
    """})
    assert found(analyze(root), "swallowed-error") == {("views.py", 8)}


def test_javascript_catch_that_answers_success(tmp_path: Path) -> None:
    root = write_project(tmp_path, {"route.js": """
        import { prisma } from "./db";
        export async function POST(req) {
          try {
            await prisma.booking.create({ data: await req.json() });
          } catch (e) {
            console.log(e);
            return Response.json({ message: "Saved" }, { status: 200 });
          }
          return Response.json({ message: "Saved" });
        }
        export async function PUT(req) {
          try {
            await prisma.booking.update({ where: { id: 1 }, data: { seen: true } });
          } catch (e) {
            console.log(e);
            return Response.json({ error: "Could not save" }, { status: 500 });
          }
          return Response.json({ message: "Saved" });
        }
    """})
    assert found(analyze(root), "swallowed-error") == {("route.js", 5)}
