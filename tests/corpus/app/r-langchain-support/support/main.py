import logging

from fastapi import FastAPI, HTTPException, Request
from langchain_core.messages import HumanMessage, SystemMessage
from langchain_core.prompts import ChatPromptTemplate
from langchain_openai import ChatOpenAI
from langchain.chains import create_sql_query_chain
from pydantic import BaseModel

from support.deps import DB, Agent, sql_db
from support.models import Macro

logging.basicConfig(level=logging.DEBUG)
log = logging.getLogger("support")
app = FastAPI()
llm = ChatOpenAI(model="gpt-4o-mini", temperature=0)

SUPPORT_RULES = "You are a support agent for Acme. Be polite. Never promise refunds."


class Draft(BaseModel):
    ticket: str
    customer_name: str
    extra_rules: str = ""


class MacroIn(BaseModel):
    title: str
    body: str


@app.middleware("http")
async def log_requests(request: Request, call_next):
    log.debug("%s %s headers=%s", request.method, request.url.path, dict(request.headers))
    return await call_next(request)


@app.post("/draft")
def draft(body: Draft, agent: Agent):
    messages = [
        SystemMessage(content=f"{SUPPORT_RULES}\n{body.extra_rules}"),
        HumanMessage(content=f"Customer {body.customer_name} wrote:\n{body.ticket}"),
    ]
    return {"draft": llm.invoke(messages).content}


@app.post("/draft/safe")
def draft_safe(body: Draft, agent: Agent):
    prompt = ChatPromptTemplate.from_messages(
        [("system", SUPPORT_RULES), ("human", "Customer {name} wrote:\n{ticket}")]
    )
    chain = prompt | llm
    return {"draft": chain.invoke({"name": body.customer_name, "ticket": body.ticket}).content}


@app.post("/insights")
def insights(question: str, agent: Agent):
    chain = create_sql_query_chain(llm, sql_db)
    query = chain.invoke({"question": question})
    log.info("insight query for team %s", agent["team"])
    return {"rows": sql_db.run(query)}


@app.post("/macros")
def create_macro(macro: MacroIn, agent: Agent, session: DB):
    row = Macro(**macro.model_dump(), team=agent["team"])
    session.add(row)
    session.commit()
    return {"id": row.id}


@app.put("/macros/{macro_id}")
async def update_macro(macro_id: int, request: Request, agent: Agent, session: DB):
    row = session.get(Macro, macro_id)
    if row is None or row.team != agent["team"]:
        raise HTTPException(404, "not found")
    changes = await request.json()
    for key, value in changes.items():
        setattr(row, key, value)
    session.commit()
    return {"id": row.id}
