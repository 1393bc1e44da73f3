import cors from "cors";
import express from "express";

const app = express();

app.use(
  cors({
    // ruleid: js.cors.credentials-any-origin
    origin: true,
    credentials: true,
  }),
);

// ruleid: js.cors.credentials-any-origin
const reflect = {
  credentials: true,
  origin: (origin: string | undefined, callback: (e: Error | null, ok?: boolean) => void) => callback(null, true),
};
app.use(cors(reflect));

// ruleid: js.cors.credentials-any-origin
app.use("/v2", cors({ origin: "*", credentials: true }));

// ruleid: js.cors.credentials-any-origin
app.use("/v3", cors({ origin: /.*/, credentials: true }));

const allowed = ["https://app.example.com", "https://admin.example.com"];

app.use(
  cors({
    // ok: js.cors.credentials-any-origin
    origin: allowed,
    credentials: true,
  }),
);

app.use(
  cors({
    credentials: true,
    // ok: js.cors.credentials-any-origin
    origin: (origin: string | undefined, cb: (e: Error | null, ok?: boolean) => void) => cb(null, !origin || allowed.includes(origin)),
  }),
);

// A public, token-authenticated API may allow every origin without credentials.
// ok: js.cors.credentials-any-origin
app.use("/public", cors({ origin: "*" }));

// ok: js.cors.credentials-any-origin
app.use("/own", cors({ origin: /^https:\/\/([a-z0-9-]+\.)?example\.com$/, credentials: true }));

app.use(
  "/v4",
  // ruleid: js.cors.credentials-any-origin
  cors({
    origin: function (origin, callback) {
      callback(null, origin);
    },
    credentials: true,
  }),
);
