from sqlalchemy import Column, Integer, String, Text
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Macro(Base):
    __tablename__ = "macros"
    id = Column(Integer, primary_key=True)
    team = Column(String(50), nullable=False)
    title = Column(String(200))
    body = Column(Text)
    shared = Column(Integer, default=0)
