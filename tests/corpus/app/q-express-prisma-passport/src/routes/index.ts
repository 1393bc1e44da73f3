import { Router } from "express";
import passport from "passport";
import projects from "./projects";
import tasks from "./tasks";
import exportsRouter from "./exports";
import invites from "./invites";

const api = Router();

api.use("/exports", exportsRouter);
api.use("/invites", invites);

api.use(passport.authenticate("jwt", { session: false }));
api.use("/projects", projects);
api.use("/tasks", tasks);

export default api;
