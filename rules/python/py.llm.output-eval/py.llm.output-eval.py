import json
import os
import subprocess

import anthropic
from openai import OpenAI
from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.orm import Session

client = OpenAI()
claude = anthropic.Anthropic()
COMMANDS = {"disk": ["df", "-h"], "uptime": ["uptime"]}


class Plan(BaseModel):
    command: str


def run_generated(task: str) -> object:
    reply = client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": task}])
    code = reply.choices[0].message.content
    # ruleid: py.llm.output-eval
    return eval(code)


def parse_generated(task: str) -> object:
    reply = client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": task}])
    # ok: py.llm.output-eval
    return json.loads(reply.choices[0].message.content)


def run_fixed() -> None:
    # ok: py.llm.output-eval
    os.system("ls")


def shell_helper(task: str) -> str:
    msg = claude.messages.create(
        model="claude-sonnet-4-5", max_tokens=200, messages=[{"role": "user", "content": task}]
    )
    command = msg.content[0].text
    # ruleid: py.llm.output-eval
    return subprocess.run(command, shell=True, capture_output=True, text=True).stdout


def pick_command(task: str) -> str:
    msg = claude.messages.create(
        model="claude-sonnet-4-5", max_tokens=200, messages=[{"role": "user", "content": task}]
    )
    plan = Plan.model_validate_json(msg.content[0].text)
    argv = COMMANDS.get(plan.command, ["true"])
    # ok: py.llm.output-eval
    return subprocess.run(argv, capture_output=True, text=True).stdout


def text_to_sql(session: Session, question: str) -> list:
    reply = client.chat.completions.create(
        model="gpt-4o", messages=[{"role": "system", "content": "Reply with one SELECT."}, {"role": "user", "content": question}]
    )
    # ruleid: py.llm.output-eval
    return session.execute(text(reply.choices[0].message.content)).all()


def nightly_report(session: Session, question: str, llm) -> list:
    statement = llm.text_to_sql(question)
    # ruleid: py.llm.output-eval
    return session.execute(text(statement)).all()


def build_query(session: Session, status: str) -> list:
    # ok: py.llm.output-eval
    return session.execute(text("SELECT * FROM invoices WHERE status = :s"), {"s": status}).all()
