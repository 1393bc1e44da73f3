import mysql from "mysql2/promise";

export const db = mysql.createPool({
  host: process.env.DB_HOST,
  user: process.env.DB_USER,
  password: process.env.DB_PASSWORD,
  database: "events",
});

console.log("mysql pool ready for", process.env.DB_HOST, "as", process.env.DB_USER);
