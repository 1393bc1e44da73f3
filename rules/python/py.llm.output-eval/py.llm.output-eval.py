import json
import os

from openai import OpenAI

client = OpenAI()


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
